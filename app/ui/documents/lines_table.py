"""The lines grid of a document card: one save per cell through the domain, refusals kept at the cell."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from app.ui.documents.format import money, plain_number, price, quantity, tr
from app.ui.widgets import field_caption

log = logging.getLogger(__name__)
Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("description", "quantity", "unit_price", "amount", "vat_prod_posting_group")
EDITABLE = frozenset({"description", "quantity", "unit_price", "vat_prod_posting_group"})
TEXT = frozenset({"description", "vat_prod_posting_group"})  # shown and edited as typed
DISPLAY: dict[str, Callable[[Any], str]] = {"quantity": quantity, "unit_price": price, "amount": money}
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
ERROR_BACKGROUND = QColor("#fde7e9")
# saver(line_no or None for the new-line row, field, typed text) -> the refusal's message, or None if saved
Saver = Callable[[int | None, str, str], str | None]


class LinesModel(QAbstractTableModel):
    """Rows are plain dicts (line_no, description, quantity, unit_price, amount, vat_prod_posting_group)
    plus, when editable, an empty last row where typing adds a line. A refused value stays in its cell,
    marked, until corrected.

    errors_changed() is emitted when a refusal is added or resolved (the card's message bar follows)."""

    errors_changed = Signal()

    def __init__(self, saver: Saver, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._saver = saver
        self._rows: list[dict[str, Any]] = []
        self._pending: dict[tuple[int | None, str], tuple[str, str]] = {}  # (line, field): (text, error)
        self.editable = True

    # --- state --------------------------------------------------------------------------------------
    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        """Show fresh rows; changed cells update in place and appended lines are inserted, so that an
        open cell editor and the current cell survive a refresh."""
        old = [row["line_no"] for row in self._rows]
        new = [row["line_no"] for row in rows]
        kept = set(new) | {None}
        pending = {key: value for key, value in self._pending.items() if key[0] in kept}
        dropped, self._pending = len(pending) != len(self._pending), pending
        if new == old:
            self._rows = rows
            if rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(COLUMNS) - 1))
        elif new[: len(old)] == old:
            self.beginInsertRows(QModelIndex(), len(old), len(new) - 1)
            self._rows = rows
            self.endInsertRows()
            if old:
                self.dataChanged.emit(self.index(0, 0), self.index(len(old) - 1, len(COLUMNS) - 1))
        else:
            self.beginResetModel()
            self._rows = rows
            self.endResetModel()
        if dropped:  # the line of a refused value was deleted
            self.errors_changed.emit()

    def line_no(self, row: int) -> int | None:
        return self._rows[row]["line_no"] if 0 <= row < len(self._rows) else None

    def row_of(self, line_no: int) -> int | None:
        return next((i for i, row in enumerate(self._rows) if row["line_no"] == line_no), None)

    def line_count(self) -> int:
        return len(self._rows)

    def errors(self) -> list[str]:
        return [error for _text, error in self._pending.values()]

    def set_editable(self, editable: bool) -> None:
        if editable != self.editable:
            self.beginResetModel()
            self.editable = editable
            self.endResetModel()

    # --- Qt model -----------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows) + (1 if self.editable else 0)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return field_caption(COLUMNS[section]) if 0 <= section < len(COLUMNS) else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.editable and COLUMNS[index.column()] in EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        field = COLUMNS[index.column()]
        row = self._rows[index.row()] if index.row() < len(self._rows) else None
        pending = self._pending.get((row["line_no"] if row else None, field))
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if pending is not None:
                return pending[0]
            if row is None:  # the new-line row
                placeholder = role == Qt.ItemDataRole.DisplayRole and field == "description"
                return tr("Type here to add a line") if placeholder else ""
            value = row[field]
            if field in TEXT:
                return value
            return DISPLAY[field](value) if role == Qt.ItemDataRole.DisplayRole else plain_number(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and field not in TEXT:
            return RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and pending is not None:
            return pending[1]
        if role == Qt.ItemDataRole.BackgroundRole and pending is not None:
            return QBrush(ERROR_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and row is None and pending is None:
            return QBrush(QColor("#8a8886"))
        if role == Qt.ItemDataRole.FontRole and row is None and pending is None:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        field = COLUMNS[index.column()]
        if field not in EDITABLE:
            return False
        line_no = self.line_no(index.row())
        text = "" if value is None else str(value)
        key = (line_no, field)
        if key not in self._pending and text == self.data(index, Qt.ItemDataRole.EditRole):
            return False  # nothing changed: nothing to save
        if line_no is None and not text.strip() and key not in self._pending:
            return False
        error = self._saver(line_no, field, text)
        row = index.row()
        had_error = self._pending.pop(key, None) is not None
        if error is not None:
            moved = self.row_of(line_no) if line_no is not None else None
            row = moved if moved is not None else row  # the line may have moved meanwhile (refresh)
            self._pending[key] = (text, error)  # last: the newest refusal is the one the card shows
        cell = self.index(row, index.column())
        self.dataChanged.emit(cell, cell)
        if had_error or error is not None:
            self.errors_changed.emit()
        return True


class LinesView(QTableView):
    """objectName `lines_table`. Typing starts editing; Tab moves on; the new-line row adds a line."""

    def __init__(self, model: LinesModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lines_table")
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        triggers = QAbstractItemView.EditTrigger
        self.setEditTriggers(
            triggers.DoubleClicked
            | triggers.EditKeyPressed
            | triggers.AnyKeyPressed
            | triggers.SelectedClicked
        )
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 90), (2, 110), (3, 120), (4, 150)):
            self.setColumnWidth(column, width)
        self.setMinimumHeight(self.verticalHeader().defaultSectionSize() * 6)
        model.rowsInserted.connect(self._follow_new_line)

    def lines_model(self) -> LinesModel:
        model = self.model()
        assert isinstance(model, LinesModel)
        return model

    def current_line_no(self) -> int | None:
        index = self.currentIndex()
        return self.lines_model().line_no(index.row()) if index.isValid() else None

    def commit_editing(self) -> None:
        """Save the cell being typed in now (before closing, printing): leaving a cell commits it."""
        if self.state() == QAbstractItemView.State.EditingState:
            current = self.currentIndex()
            self.setCurrentIndex(QModelIndex())
            self.setCurrentIndex(self.lines_model().index(current.row(), current.column()))

    def edit_new_line(self) -> None:
        """Put the cursor into the description of the new-line row and start typing there."""
        model = self.lines_model()
        index = model.index(model.line_count(), 0)
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self.setCurrentIndex(index)
        self.edit(index)

    def _follow_new_line(self, _parent: QModelIndex, first: int, last: int) -> None:
        # Typing into the new-line row added a line: stay on that line, not on the (moved) empty row.
        current = self.currentIndex()
        if (
            current.isValid()
            and current.row() == last + 1
            and first == self.lines_model().line_count() - (last - first + 1)
        ):
            self.setCurrentIndex(self.lines_model().index(last, current.column()))
