"""An editable table of setup rows (codes, number series, templates), saved row by row like BC lists."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from app.db import Database
from app.errors import UserError
from app.ui import prompts, runner
from app.ui.dialogs.common import CodeCombo, cell, tr
from app.ui.formats import edit_number, parse_decimal

log = logging.getLogger(__name__)
Row = dict[str, Any]
NEW_ROLE = Qt.ItemDataRole.UserRole + 1
ERROR_ROLE = Qt.ItemDataRole.UserRole + 2
ERROR_BRUSH = QBrush(QColor("#c62828"))


@dataclass(frozen=True)
class Column:
    """One column: `kind` is text, number (typed in the locale's notation), check (a checkbox), choice (a code
    from `choices`) or readonly."""

    key: str
    caption: str
    kind: str = "text"
    choices: Sequence[tuple[str, str]] = ()
    blank: bool = True  # a choice column offers a blank entry


class ChoiceDelegate(QStyledItemDelegate):
    """Edits a cell with a combo of codes; the cell keeps the code."""

    def __init__(self, column: Column, parent: QWidget) -> None:
        super().__init__(parent)
        self._choices, self._blank = list(column.choices), column.blank

    def createEditor(
        self, parent: QWidget, _option: QStyleOptionViewItem, _index: QModelIndex | QPersistentModelIndex
    ) -> QWidget:
        return CodeCombo(self._choices, blank=self._blank, parent=parent)

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, CodeCombo)
        editor.set_code(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(
        self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        assert isinstance(editor, CodeCombo)
        model.setData(index, editor.code(), Qt.ItemDataRole.EditRole)


class ListEditor(QWidget):
    """Rows of one table with New and Delete. Each edit saves its row in one unit of work; a refusal is shown,
    and the cell keeps what the user typed (marked) for correction. A new row is saved once its key is filled.

    load(session) -> rows; save(session, values, new) -> the stored row; delete(session, key);
    confirm(key) -> the question asked before deleting."""

    def __init__(
        self,
        db: Database,
        columns: Sequence[Column],
        *,
        load: Callable[[Session], list[Row]],
        save: Callable[[Session, Row, bool], Row],
        delete: Callable[[Session, str], None],
        confirm: Callable[[str], str],
        defaults: Row | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._db, self._columns = db, list(columns)
        self._load, self._save, self._delete, self._confirm = load, save, delete, confirm
        self._defaults = defaults or {}
        self._updating = False
        self.table = QTableWidget(0, len(self._columns), self)
        self.table.setObjectName("list_table")
        self.table.setHorizontalHeaderLabels([c.caption for c in self._columns])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        for index, column in enumerate(self._columns):
            if column.kind == "choice":
                self.table.setItemDelegateForColumn(index, ChoiceDelegate(column, self.table))
        self.table.itemChanged.connect(self._on_item_changed)
        self.new_button = QPushButton(tr("&New"), self)
        self.new_button.setObjectName("list_new")
        self.new_button.clicked.connect(self.add_row)
        self.delete_button = QPushButton(tr("&Delete"), self)
        self.delete_button.setObjectName("list_delete")
        self.delete_button.clicked.connect(self.delete_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        self.reload()

    # --- rows ---------------------------------------------------------------------------------------
    def reload(self) -> None:
        with self._db.session() as session:
            rows = self._load(session)
        self._updating = True
        self.table.setRowCount(0)
        for values in rows:
            self._append(values, new=False)
        self._updating = False
        self.table.resizeColumnsToContents()

    def _append(self, values: Row, *, new: bool) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for index, column in enumerate(self._columns):
            item = QTableWidgetItem()
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if column.kind == "check":
                flags |= Qt.ItemFlag.ItemIsUserCheckable
            elif column.kind != "readonly" and (index > 0 or new):
                flags |= Qt.ItemFlag.ItemIsEditable
            item.setFlags(flags)
            self._show(item, column, values.get(column.key))
            self.table.setItem(row, index, item)
        cell(self.table, row, 0).setData(NEW_ROLE, new)
        return row

    def _show(self, item: QTableWidgetItem, column: Column, value: Any) -> None:
        if column.kind == "check":
            item.setCheckState(Qt.CheckState.Checked if value else Qt.CheckState.Unchecked)
        elif column.kind == "number" and value is not None:
            item.setText(edit_number(Decimal(value)))
        else:
            item.setText("" if value is None else str(value))

    def row_values(self, row: int) -> Row:
        values: Row = {}
        for index, column in enumerate(self._columns):
            item = cell(self.table, row, index)
            if column.kind == "check":
                values[column.key] = item.checkState() == Qt.CheckState.Checked
            elif column.kind == "number":
                values[column.key] = parse_decimal(item.text())
            elif column.kind != "readonly":
                values[column.key] = item.text()
        return values

    def is_new(self, row: int) -> bool:
        return bool(cell(self.table, row, 0).data(NEW_ROLE))

    def find_row(self, key: str) -> int:
        for row in range(self.table.rowCount()):
            if cell(self.table, row, 0).text() == key:
                return row
        return -1

    def cell_at(self, row: int, key: str) -> QTableWidgetItem:
        return cell(self.table, row, [c.key for c in self._columns].index(key))

    def add_row(self) -> int:
        """A blank row at the bottom (setup defaults filled in); saved once its key is entered."""
        self._updating = True
        row = self._append(dict(self._defaults), new=True)
        self._updating = False
        self.table.setCurrentCell(row, 0)
        if self.isVisible():
            self.table.editItem(cell(self.table, row, 0))
        return row

    # --- saving -------------------------------------------------------------------------------------
    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if self._updating:
            return
        row = item.row()
        values = self.row_values(row)
        if self.is_new(row) and not str(values.get(self._columns[0].key, "")).strip():
            return  # a new row waits for its key
        outcome = runner.run(
            self, self._db, self._save, values, self.is_new(row),
            title=tr("ContactSync"), on_refusal=lambda exc: self._mark_refused(row, item, exc),
        )  # fmt: skip
        if outcome.value is not None:
            self._saved(row, outcome.value)

    def _mark_refused(self, row: int, item: QTableWidgetItem, exc: UserError) -> bool:
        """Mark the refused cell (its field's, else the edited one), keeping the typed text; False: the
        message is shown in a prompt as well."""
        keys = [c.key for c in self._columns]
        field = exc.field if exc.field in keys else None
        self._mark(self.cell_at(row, field) if field else item, exc.message)
        return False

    def _mark(self, item: QTableWidgetItem, message: str) -> None:
        self._updating = True
        item.setData(ERROR_ROLE, message)
        item.setForeground(ERROR_BRUSH)
        item.setToolTip(message)
        self._updating = False

    def _saved(self, row: int, stored: Row) -> None:
        """Show what was stored (normalized), clear the marks; the key of a saved row is fixed."""
        self._updating = True
        for index, column in enumerate(self._columns):
            item = cell(self.table, row, index)
            item.setData(ERROR_ROLE, None)
            item.setData(Qt.ItemDataRole.ForegroundRole, None)
            item.setToolTip("")
            if column.key in stored:
                self._show(item, column, stored[column.key])
        key_item = cell(self.table, row, 0)
        key_item.setData(NEW_ROLE, False)
        key_item.setFlags(key_item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self._updating = False

    def delete_selected(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        if self.is_new(row):
            self.table.removeRow(row)
            return
        key = cell(self.table, row, 0).text()
        if not prompts.question(self, tr("Delete"), self._confirm(key)):
            return
        if runner.run(self, self._db, self._delete, key, title=tr("ContactSync")).done:
            self.table.removeRow(row)
