"""The "Synchronized Fields" page of the marketing setup: the shared-field map with a switch per row."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import errors
from app.domain.fields import caption
from app.kinds import kind
from app.ui.actions import T
from app.ui.dialogs.common import cell

FieldKey = tuple[str, str]  # (contact field, linked table)
DIRECTIONS = {  # shown through errors.translate, like the captions beside them
    "both": T("errors", "Both ways"),
    "create_only": T("errors", "Only when created"),
    "to_record": T("errors", "Contact \u2192 record only"),
}
ENABLED = 4


@dataclass(frozen=True)
class FieldMapRow:
    contact_field: str
    link_to_table: str
    record_field: str
    direction: str
    enabled: bool


class FieldMapPage(QWidget):
    """One row per mapped field; unticking Enabled stops synchronizing that field and never deletes data."""

    def __init__(self, rows: list[FieldMapRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows = rows
        self.filter = QComboBox(self)
        self.filter.setObjectName("sync_field_map_filter")
        self.filter.addItem(self.tr("All linked tables"), "")
        for table in dict.fromkeys(row.link_to_table for row in rows):
            self.filter.addItem(errors.translate(kind(table).texts.caption), table)
        self.filter.currentIndexChanged.connect(self._apply_filter)
        self.table = QTableWidget(len(rows), 5, self)
        self.table.setObjectName("sync_field_map")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Contact Field"),
                self.tr("Linked Table"),
                self.tr("Linked Field"),
                self.tr("Direction"),
                self.tr("Enabled"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        for index, row in enumerate(rows):
            texts = (
                caption(row.contact_field),
                kind(row.link_to_table).texts.caption,
                caption(row.record_field),
                DIRECTIONS.get(row.direction, row.direction),
            )
            for column, text in enumerate(texts):
                item = QTableWidgetItem(errors.translate(text))
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(index, column, item)
            check = QTableWidgetItem()
            check.setFlags(
                Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable
            )
            check.setCheckState(Qt.CheckState.Checked if row.enabled else Qt.CheckState.Unchecked)
            self.table.setItem(index, ENABLED, check)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        note = QLabel(
            self.tr(
                "Unticked fields are no longer copied between contact and linked record; their values stay."
            ),
            self,
        )
        note.setWordWrap(True)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("Show:"), self.filter)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table)
        layout.addWidget(note)

    def row_of(self, contact_field: str, link_to_table: str) -> int:
        for index, row in enumerate(self._rows):
            if (row.contact_field, row.link_to_table) == (contact_field, link_to_table):
                return index
        raise KeyError((contact_field, link_to_table))

    def set_enabled(self, contact_field: str, link_to_table: str, enabled: bool) -> None:
        item = cell(self.table, self.row_of(contact_field, link_to_table), ENABLED)
        item.setCheckState(Qt.CheckState.Checked if enabled else Qt.CheckState.Unchecked)

    def changes(self) -> dict[FieldKey, bool]:
        """The switches the user changed: {(contact field, linked table): enabled}."""
        result = {}
        for index, row in enumerate(self._rows):
            enabled = cell(self.table, index, ENABLED).checkState() == Qt.CheckState.Checked
            if enabled != row.enabled:
                result[(row.contact_field, row.link_to_table)] = enabled
        return result

    def _apply_filter(self, _index: int) -> None:
        table = self.filter.currentData()
        for index, row in enumerate(self._rows):
            self.table.setRowHidden(index, bool(table) and row.link_to_table != table)
