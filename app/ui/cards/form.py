"""Card form building: BC-style FastTab sections with two aligned columns, and the editor for each field."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QScrollArea,
    QSizePolicy,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Boolean, Date, Numeric

from app.db import Database
from app.domain.fields import CODE_TABLES
from app.domain.validation import choices_for
from app.models import Base
from app.ui.actions import ActionRegistry, add_toolbar_action, assign_mnemonics, plain_text, with_mnemonic
from app.ui.formats import money
from app.ui.lookups import CodeField, Loader, code_loader
from app.ui.main_menus import menu_bar_letters
from app.ui.widgets import (
    BoolField,
    ChoiceField,
    FieldEditor,
    ReadOnlyField,
    TextField,
    field_caption,
    value_label,
)

EDITOR_MIN_WIDTH = 200
COLUMN_SPACING = 36
FORM_SPACING = 5
ToolbarEntry = str | tuple[str, tuple[str, ...]]  # action name, "|" (separator) or (menu title, names)


@dataclass(frozen=True)
class SectionSpec:
    """A FastTab: its (untranslated) title and fields; the first half goes left, the rest right."""

    name: str
    title: str
    fields: tuple[str, ...]


def section(name: str, title: str, fields: str) -> SectionSpec:
    """SectionSpec from a space-separated field list, in form order."""
    return SectionSpec(name, title, tuple(fields.split()))


def make_editor(
    db: Database,
    model: type[Base],
    field: str,
    *,
    read_only: bool = False,
    loader: Loader | None = None,
    parent: QWidget | None = None,
) -> FieldEditor:
    """The editor that fits the column: choice, check box, code lookup, number or text."""
    column = model.__table__.c[field]
    editor: FieldEditor
    if read_only:
        display = _display_for(field)
        if display is None and choices_for(model, field) is not None:
            display = value_label
        elif display is None and isinstance(column.type, Boolean):
            display = _yes_no
        editor = ReadOnlyField(field, parent, display=display)
    elif (choices := choices_for(model, field)) is not None:
        editor = ChoiceField(field, choices, parent)
    elif isinstance(column.type, Boolean):
        editor = BoolField(field, parent)
    elif loader is not None or field in CODE_TABLES:
        editor = CodeField(field, loader or code_loader(db, CODE_TABLES[field]), parent)
    else:
        numeric, is_date = isinstance(column.type, Numeric), isinstance(column.type, Date)
        editor = TextField(field, parent, numeric=numeric, is_date=is_date)
    editor.input.setMinimumWidth(EDITOR_MIN_WIDTH)
    return editor


def _yes_no(value: Any) -> str:
    return QCoreApplication.translate("cards", "Yes") if value else QCoreApplication.translate("cards", "No")


def _display_for(field: str) -> Callable[[Any], str] | None:
    if field in ("business_relation", "type", "contact_type", "document_type"):
        return value_label
    if field == "balance":
        return money
    return None


class Section(QWidget):
    """A collapsible FastTab: a header button that folds it, a rule, and two columns of labelled editors."""

    def __init__(self, name: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"section_{name}")
        self.header = QToolButton(self)
        self.header.setObjectName(f"section_header_{name}")
        self.header.setProperty("role", "section")
        self.header.setText(title.replace("&", "&&"))  # "Address & Contact" is not a mnemonic
        self.header.setCheckable(True)
        self.header.setChecked(True)
        self.header.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.header.setArrowType(Qt.ArrowType.DownArrow)
        self.header.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.header.toggled.connect(self._fold)
        rule = QFrame(self)
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setProperty("role", "section-line")
        header_row = QHBoxLayout()
        header_row.addWidget(self.header)
        header_row.addWidget(rule, 1)
        self.body = QWidget(self)
        self._columns = QBoxLayout(QBoxLayout.Direction.LeftToRight, self.body)
        self._columns.setContentsMargins(18, 2, 6, 10)
        self._columns.setSpacing(COLUMN_SPACING)
        self.labels: list[QLabel] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(header_row)
        layout.addWidget(self.body)

    def _fold(self, expanded: bool) -> None:
        self.body.setVisible(expanded)
        self.header.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)

    def add_fields(self, editors: list[FieldEditor]) -> None:
        """Two columns, the first one taking the extra field of an odd count (tab order: left, then right)."""
        half = (len(editors) + 1) // 2
        for chunk in (editors[:half], editors[half:]):
            holder = QWidget(self.body)
            form = QFormLayout(holder)  # on its widget first: rows are not moved again by a setLayout
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
            form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            form.setHorizontalSpacing(12)
            form.setVerticalSpacing(5)
            form.setContentsMargins(0, 0, 0, 0)
            for editor in chunk:
                label = QLabel(field_caption(editor.field), holder)
                label.setObjectName(f"label_{editor.field}")
                label.setBuddy(editor.input)
                self.labels.append(label)
                form.addRow(label, editor)
            holder.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            self._columns.addWidget(holder, 1, Qt.AlignmentFlag.AlignTop)

    def add_widget(self, widget: QWidget) -> None:
        self._columns.addWidget(widget, 1)

    def set_stacked(self, stacked: bool) -> None:
        """One column under the other when the card is narrow (tab order stays: first column, then second)."""
        direction = QBoxLayout.Direction.TopToBottom if stacked else QBoxLayout.Direction.LeftToRight
        if self._columns.direction() != direction:
            self._columns.setDirection(direction)
            self._columns.setSpacing(FORM_SPACING if stacked else COLUMN_SPACING)


def align_labels(sections: list[Section]) -> int:
    """Give every field label of a card the same width, so that all columns line up; returns that width."""
    labels = [label for section in sections for label in section.labels]
    width = max((label.sizeHint().width() for label in labels), default=0) + 8
    for label in labels:
        label.setFixedWidth(width)
    return width


def build_toolbar(parent: QWidget, entries: tuple[ToolbarEntry, ...], actions: ActionRegistry) -> QToolBar:
    """A card toolbar: action buttons, separators ("|") and drop-down menus ((title, action names)).

    Every button and menu entry gets a mnemonic (Alt+letter), unique within the toolbar and within each menu,
    avoiding the main window's menu letters where it can."""
    bar = QToolBar(parent)
    bar.setObjectName("toolbar")
    bar.setIconSize(QSize(16, 16))
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    taken: set[str] = set()
    avoid = menu_bar_letters()
    for entry in entries:
        if entry == "|":
            bar.addSeparator()
        elif isinstance(entry, str):
            add_toolbar_action(bar, actions[entry], taken, avoid)
        else:
            title, names = entry
            menu = QMenu(with_mnemonic(QCoreApplication.translate("cards", title), taken, avoid), parent)
            menu.setObjectName(f"menu_{names[0]}")
            for name in names:
                menu.addAction(actions[name])
            assign_mnemonics(menu.actions())
            button = QToolButton(bar)
            button.setObjectName(f"menu_{names[0]}")
            button.setText(menu.title())
            button.setToolTip(plain_text(menu.title()))
            button.setMenu(menu)
            button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            bar.addWidget(button)
    return bar


def scrolling_form(parent: QWidget) -> tuple[QScrollArea, QWidget, QVBoxLayout]:
    """The scroll area of a card, the widget inside it and the column the sections go into."""
    content = QWidget()
    content.setObjectName("form")
    column = QVBoxLayout(content)
    column.setContentsMargins(12, 8, 12, 8)
    column.setSpacing(4)
    scroll = QScrollArea(parent)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    scroll.setWidget(content)
    return scroll, content, column


def section_title(title: str) -> str:
    return QCoreApplication.translate("cards", title)


class MessageBar(QLabel):
    """objectName `field_error`: the card's notification of the latest refused value (hidden if none).

    It lives in `holder`, a strip of fixed height that stays in the layout while the bar is hidden, so that a
    refusal never pushes the form down (a longer text is cut at the strip; its tooltip holds all of it)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.holder = QWidget(parent)
        self.holder.setObjectName("message_area")
        super().__init__(self.holder)
        self.setObjectName("field_error")
        self.setProperty("role", "message-bar")
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self.holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self)
        self.holder.setFixedHeight(self.fontMetrics().lineSpacing() + 10)
        self.hide()

    def show_text(self, text: str) -> None:
        self.setText(text)
        self.setToolTip(text)
        self.show()

    def show_errors(self, editors: Iterable[FieldEditor]) -> None:
        errors = [editor.error_text() for editor in editors if editor.error_text()]
        if errors:
            self.show_text(errors[-1])
        else:
            self.hide()
