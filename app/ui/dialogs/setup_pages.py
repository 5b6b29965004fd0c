"""The form pages of the marketing setup dialog: General, Inheritance, Defaults, Duplicates."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QSpinBox, QWidget

from app.domain.setup_checks import (
    DEFAULT_FIELDS,
    DUPLICATE_FLAGS,
    INHERIT_FIELDS,
    PHONE_FLAGS,
    RELATION_CODE_FIELDS,
    SALUTATION_FIELDS,
    SERIES_FIELDS,
)
from app.operations.setup import setup_caption
from app.ui.dialogs.common import CodeCombo, CodeItems

CONTEXT = "MarketingSetupDialog"
Editors = dict[str, QWidget]


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _form(page: QWidget) -> QFormLayout:
    form = QFormLayout(page)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    return form


def _section(form: QFormLayout, title: str, note: str = "") -> None:
    heading = QLabel(f"<b>{title}</b>")
    heading.setContentsMargins(0, 8 if form.rowCount() else 0, 0, 0)
    form.addRow(heading)
    if note:
        label = QLabel(note)
        label.setWordWrap(True)
        label.setStyleSheet("color: palette(placeholder-text);")
        form.addRow(label)


def _add(form: QFormLayout, editors: Editors, column: str, editor: QWidget) -> None:
    editor.setObjectName(f"field_{column}")
    if isinstance(editor, CodeCombo):  # one width for every code field, whatever its longest entry
        editor.setSizeAdjustPolicy(CodeCombo.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        editor.setMinimumContentsLength(28)
    editors[column] = editor
    label = QLabel(setup_caption(column) + ":")
    label.setBuddy(editor)
    form.addRow(label, editor)


def general_page(editors: Editors, relations: CodeItems, series: CodeItems) -> QWidget:
    page = QWidget()
    form = _form(page)
    _section(
        form,
        _tr("Business Relations"),
        _tr("A blank code: no new links of that kind (no automatic contacts, Create as, Link or batch job); "
            "existing links keep synchronizing. The codes must differ from each other."),
    )
    for column in RELATION_CODE_FIELDS:
        _add(form, editors, column, CodeCombo(relations))
    _section(form, _tr("Numbering"))
    for column in SERIES_FIELDS:
        _add(form, editors, column, CodeCombo(series))
    _section(
        form,
        _tr("Phone Numbers"),
        _tr("Off: numbers are stored as typed. On: a number valid for the record's country is stored in "
            "international format (030 3180552 in Germany becomes +49 30 3180552)."),
    )  # fmt: skip
    for column in PHONE_FLAGS:
        _add(form, editors, column, QCheckBox())
    return page


def inheritance_page(editors: Editors) -> QWidget:
    page = QWidget()
    form = _form(page)
    _section(
        form, _tr("Persons Inherit from Their Company"), _tr("A value a person changed by hand is kept.")
    )
    for column in INHERIT_FIELDS:
        _add(form, editors, column, QCheckBox())
    return page


def defaults_page(editors: Editors, choices: dict[str, CodeItems]) -> QWidget:
    page = QWidget()
    form = _form(page)
    _section(
        form,
        _tr("Defaults for Contacts Entered by Hand"),
        _tr("Not applied to contacts created from a customer, vendor or bank account."),
    )
    for column, field in DEFAULT_FIELDS.items():
        _add(form, editors, column, CodeCombo(choices[field]))
    _section(
        form,
        _tr("Salutations"),
        _tr("For contacts without a salutation code of their own: the greeting on documents and e-mails."),
    )
    for column, field in SALUTATION_FIELDS.items():
        _add(form, editors, column, CodeCombo(choices[field]))
    return page


def align_labels(pages: list[QWidget]) -> None:
    """Give the field labels of all pages one width, so that the editors line up from tab to tab."""
    labels = [label for page in pages for label in page.findChildren(QLabel) if label.buddy() is not None]
    width = max((label.sizeHint().width() for label in labels), default=0)
    for label in labels:
        label.setMinimumWidth(width)


def duplicates_page(editors: Editors) -> QWidget:
    page = QWidget()
    form = _form(page)
    _section(form, _tr("Duplicate Search"))
    for column in DUPLICATE_FLAGS:
        _add(form, editors, column, QCheckBox())
    spin = QSpinBox()
    spin.setRange(1, 100)
    spin.setSuffix(" %")
    _add(form, editors, "search_hit_pct", spin)
    return page
