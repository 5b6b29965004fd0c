"""The contact card's Business Relations section: the contact's relations and links, read-only."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import BusinessRelation, ContactBusinessRelation
from app.ui.actions import T, plain_text
from app.ui.widgets import value_label


@dataclass(frozen=True)
class RelationRow:
    contact_no: str
    code: str
    description: str
    table: str | None
    no: str | None


def read_relations(session: Session, contact_nos: list[str]) -> list[RelationRow]:
    """Relations of the contact (and, for a person, its company's), as plain rows."""
    rows = session.execute(
        select(
            ContactBusinessRelation.contact_no,
            ContactBusinessRelation.business_relation_code,
            BusinessRelation.description,
            ContactBusinessRelation.link_to_table,
            ContactBusinessRelation.no,
        )
        .join(BusinessRelation, BusinessRelation.code == ContactBusinessRelation.business_relation_code)
        .where(ContactBusinessRelation.contact_no.in_(contact_nos))
        .order_by(ContactBusinessRelation.contact_no, ContactBusinessRelation.business_relation_code)
    ).all()
    return [RelationRow(*row) for row in rows]


class RelationsPanel(QWidget):
    """A small table; double-clicking a linked row opens that record's card (open_requested)."""

    open_requested = Signal(str, str)  # table, no

    HEADERS = (T("cards", "Code"), T("cards", "Description"), T("cards", "Linked To"), T("cards", "No."),
               T("cards", "Contact"))

    def __init__(self, edit_action: QAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, len(self.HEADERS), self)
        self.table.setObjectName("relations_table")
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("cards", h) for h in self.HEADERS])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.table.setTabKeyNavigation(False)  # Tab moves on to the next field, arrows move in the table
        self.table.cellActivated.connect(self._activated)
        button = QToolButton(self)
        button.setObjectName("edit_relations")
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.clicked.connect(edit_action.trigger)
        self._button, self._edit_action = button, edit_action
        edit_action.changed.connect(self._follow_action)
        self._follow_action()
        buttons = QHBoxLayout()
        buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self._rows: list[RelationRow] = []
        self.table.setColumnHidden(4, True)
        self._fit_height()

    def _follow_action(self) -> None:
        """The button mirrors the toolbar's action, without its mnemonic (Alt+letter is the toolbar's)."""
        action = self._edit_action
        self._button.setText(plain_text(action.text()).replace("&", "&&"))
        self._button.setToolTip(action.toolTip())
        self._button.setEnabled(action.isEnabled())

    def set_rows(self, rows: list[RelationRow], own_no: str | None) -> None:
        """Show `rows`; the Contact column only appears when some rows belong to the person's company."""
        if rows == self._rows and self.table.rowCount() == len(rows):
            return
        self._rows = rows
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            cells = (row.code, row.description, value_label(row.table) if row.table else "", row.no or "")
            for column, text in enumerate((*cells, row.contact_no)):
                self.table.setItem(index, column, QTableWidgetItem(text))
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(2)
        self.table.setColumnHidden(4, all(row.contact_no == own_no for row in rows))
        self._fit_height()

    def _fit_height(self) -> None:
        """Tall enough for the rows (two at least, six at most); the card scrolls, not the table."""
        visible = min(max(len(self._rows), 2), 6)
        row_height = self.table.verticalHeader().defaultSectionSize()
        frame = 2 * self.table.frameWidth()
        self.table.setFixedHeight(
            self.table.horizontalHeader().sizeHint().height() + visible * row_height + frame
        )

    def rows(self) -> list[RelationRow]:
        return list(self._rows)

    def _activated(self, row: int, _column: int) -> None:
        relation = self._rows[row]
        if relation.table and relation.no:
            self.open_requested.emit(relation.table, relation.no)
