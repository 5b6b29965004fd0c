"""The field-by-field differences between a contact and a record, with the winning side chosen per field."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)
from sqlalchemy.orm import Session

from app import errors
from app.domain.fieldmap import field_map
from app.domain.fields import caption
from app.kinds import kind as registry_kind
from app.operations.link_existing import differences
from app.operations.link_plan import Losses, default_winner, is_blank, losses
from app.ui.dialogs.common import cell

log = logging.getLogger(__name__)
FIELD, CONTACT, RECORD, WINNER = range(4)
BLANK_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class DiffRow:
    contact_field: str
    contact_value: Any
    record_value: Any


class DifferencesTable(QTableWidget):
    """Columns Field, Contact, <kind>, Use Value Of. The winner's value is bold, the loser's struck through.

    `hint` is a label (for the dialog to place) that says what the table means right now; `choices_changed`
    is emitted when the user changes a field's winner (the dialog's loss summary follows it)."""

    choices_changed = Signal()

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(0, 4, parent)
        self._kind = kind
        self.setObjectName("link_differences")
        self.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Contact"), kind, self.tr("Use Value Of")])
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(FIELD, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CONTACT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(RECORD, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(WINNER, QHeaderView.ResizeMode.ResizeToContents)
        self.hint = QLabel(parent)
        self.hint.setObjectName("link_differences_hint")
        self.hint.setWordWrap(True)
        self._fields: list[str] = []
        self._rows: list[DiffRow] = []

    @staticmethod
    def compare(session: Session, contact_no: str, table: str, record_no: str) -> list[DiffRow]:
        """The differing fields that linking overwrites (create-only fields keep each side's value; a one-way
        kind's fields all follow the contact)."""
        fmap = field_map(session)
        one_way = registry_kind(table).one_way
        pairs = fmap.contact_to_record(table) if one_way else fmap.record_to_contact(table)
        applied = {pair.contact_field for pair in pairs}
        return [
            DiffRow(d.contact_field, d.contact_value, d.record_value)
            for d in differences(session, contact_no, table, record_no)
            if d.contact_field in applied
        ]

    one_way = False  # set by the dialog for kinds synchronized from the contact only

    def show_rows(self, rows: list[DiffRow] | None, master: str) -> None:
        self.setRowCount(0)
        self._rows = list(rows or [])
        self._fields = [row.contact_field for row in self._rows]
        for index, row in enumerate(rows or []):
            self.insertRow(index)
            self.setItem(index, FIELD, QTableWidgetItem(errors.translate(caption(row.contact_field))))
            self.setItem(index, CONTACT, self._value_item(row.contact_value))
            self.setItem(index, RECORD, self._value_item(row.record_value))
            combo = QComboBox(self)
            combo.setObjectName(f"link_winner_{row.contact_field}")
            combo.addItem(self.tr("Contact"), "contact")
            combo.addItem(self._kind, "record")
            combo.setCurrentIndex(combo.findData(default_winner(row, master)))
            # a one-way kind takes the contact's values (its blanks are filled from the record)
            combo.setEnabled(not self.one_way)
            combo.currentIndexChanged.connect(self._on_winner_changed)
            self.setCellWidget(index, WINNER, combo)
        self._restyle()
        if rows is None:
            text = self.tr("Choose a record above to see where its data differs from the contact's.")
        elif not rows:
            text = self.tr("The contact and the record agree in every synchronized field.")
        else:
            text = self.tr(
                "{n} synchronized fields differ. Where one side is blank, the side with a value wins; where "
                "both have one, the master fields win. You can choose per field."
            ).format(n=len(rows))
        self.hint.setText(text)

    def _value_item(self, value: Any) -> QTableWidgetItem:
        if isinstance(value, bool):
            return QTableWidgetItem(self.tr("Yes") if value else self.tr("No"))
        if is_blank(value):  # show that a blank would win, or be filled
            item = QTableWidgetItem(self.tr("(blank)"))
            item.setData(BLANK_ROLE, True)
            return item
        return QTableWidgetItem(str(value))

    def _combo(self, row: int) -> QComboBox:
        combo = self.cellWidget(row, WINNER)
        assert isinstance(combo, QComboBox)
        return combo

    def set_all(self, side: str) -> None:
        """Follow a new master choice: every field where both sides have a value takes the master's side;
        a blank still never overwrites a value."""
        for row, diff in enumerate(self._rows):
            self._combo(row).setCurrentIndex(self._combo(row).findData(default_winner(diff, side)))

    def set_choice(self, contact_field: str, side: str) -> None:
        row = self._fields.index(contact_field)
        self._combo(row).setCurrentIndex(self._combo(row).findData(side))

    def choices(self) -> dict[str, str]:
        return {field: str(self._combo(row).currentData()) for row, field in enumerate(self._fields)}

    def losses(self) -> Losses:
        """The fields whose values each side loses with the choices as they stand."""
        return losses(self._rows, self.choices())

    def _on_winner_changed(self, _index: int) -> None:
        self._restyle()
        self.choices_changed.emit()

    def _restyle(self) -> None:
        for row in range(self.rowCount()):
            contact_wins = self._combo(row).currentData() == "contact"
            for column, wins in ((CONTACT, contact_wins), (RECORD, not contact_wins)):
                item = cell(self, row, column)
                font = QFont(self.font())
                font.setBold(wins)
                font.setStrikeOut(not wins)
                font.setItalic(bool(item.data(BLANK_ROLE)))
                item.setFont(font)
                item.setForeground(self.palette().text() if wins else self.palette().placeholderText())
                if wins:
                    item.setToolTip(self.tr("This value wins"))
                elif item.data(BLANK_ROLE):
                    item.setToolTip(self.tr("This blank is filled"))
                else:
                    item.setToolTip(self.tr("This value is overwritten"))
        self.resizeColumnToContents(WINNER)


__all__ = ["DiffRow", "DifferencesTable"]
