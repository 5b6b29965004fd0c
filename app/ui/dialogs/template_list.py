"""Template choice as a BC list page (`dialog_template`): the fitting templates, one row each."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from app.kinds import kind
from app.models import Contact
from app.ui.widgets import field_caption, value_label

COLUMNS = ("code", "description", "contact_type", "country_region_code")


@dataclass(frozen=True)
class TemplateRow:
    """One template as the list shows it: plain values, read in one short session."""

    code: str
    description: str
    contact_type: str
    country: str
    posting_groups: tuple[str, ...]  # in the order of `posting_fields(kind)`


def posting_fields(table: str) -> tuple[str, ...]:
    """The posting groups a kind's template fills (customer / vendor posting group, gen. and VAT bus.)."""
    return tuple(field for field in kind(table).template_fields if field.endswith("posting_group"))


def read_templates(session: Session, table: str, codes: Sequence[str]) -> list[TemplateRow]:
    """The templates `codes` of kind `table`, in the given order (missing ones skipped)."""
    model = kind(table).template_model
    groups = posting_fields(table)
    rows = []
    for code in codes:
        template = session.get(model, code) if model is not None else None
        if template is None:
            rows.append(TemplateRow(code, "", "", "", ("",) * len(groups)))
            continue
        rows.append(
            TemplateRow(
                code,
                template.description or "",
                template.contact_type or "",
                template.country_region_code or "",
                tuple(getattr(template, field) or "" for field in groups),
            )
        )
    return rows


def read_contact_key(session: Session, contact_no: str | None) -> tuple[str, str] | None:
    """(country, type) of the contact a template is chosen for; None when unknown."""
    contact = session.get(Contact, contact_no) if contact_no else None
    return (contact.country_region_code or "", contact.type) if contact is not None else None


def preselected(rows: Sequence[TemplateRow], contact: tuple[str, str] | None) -> int:
    """The first template matching the contact's country and type, else its type, else the first one."""
    if contact is not None:
        country, contact_type = contact
        for test in (
            lambda r: r.country == country and r.contact_type == contact_type,
            lambda r: r.contact_type == contact_type and not r.country,
            lambda r: r.contact_type == contact_type,
        ):
            for index, row in enumerate(rows):
                if test(row):
                    return index
    return 0


class TemplateListDialog(QDialog):
    """objectName `dialog_template`: code, description, contact type, country and posting groups of each
    fitting template. Enter or a double click chooses the current row, Esc cancels."""

    def __init__(
        self,
        table: str,
        rows: Sequence[TemplateRow],
        current: int,
        title: str,
        text: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dialog_template")
        self.setWindowTitle(title)
        self.rows = list(rows)
        headers = [*(field_caption(f) for f in COLUMNS), *(field_caption(f) for f in posting_fields(table))]
        self.table = QTableWidget(len(self.rows), len(headers), self)
        self.table.setObjectName("templates_table")
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for index, row in enumerate(self.rows):
            kind_label = value_label(row.contact_type)
            cells = (row.code, row.description, kind_label, row.country, *row.posting_groups)
            for column, value in enumerate(cells):
                self.table.setItem(index, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self.accept)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.setObjectName("buttons")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setDefault(True)  # Enter in the table chooses the current row
        prompt = QLabel(text, self)
        prompt.setObjectName("template_prompt")
        prompt.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(prompt)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        if self.rows:
            self.table.selectRow(min(max(current, 0), len(self.rows) - 1))
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def sizeHint(self) -> QSize:
        return QSize(760, 320)

    def chosen_code(self) -> str | None:
        """The code of the current row (None when the list is empty)."""
        index = self.table.currentIndex()
        return self.rows[index.row()].code if index.isValid() else None

    def choose(self) -> str | None:
        """Run the dialog: the chosen template's code, None when cancelled."""
        return self.chosen_code() if self.exec() == QDialog.DialogCode.Accepted else None


def choice_text() -> str:
    return QCoreApplication.translate("cards", "Several templates fit this contact. Which one?")
