"""Lazy table model over one table: pages rows in from SQL (keyset), sorts and searches in SQL."""

from __future__ import annotations

import logging
from typing import Any, cast

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from sqlalchemy import ColumnElement, Select, Table, func, select, tuple_

from app import search_index
from app.changes import ANY, DELETED, NEW, ChangeSet
from app.db import Database
from app.kinds import kind as kind_entry
from app.models import Base
from app.search_index import Search
from app.ui.lists.columns import Column, kind_columns

log = logging.getLogger(__name__)
Index = QModelIndex | QPersistentModelIndex
KEY_ROLE = Qt.ItemDataRole.UserRole
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class RecordTableModel(QAbstractTableModel):
    """Rows are plain tuples (first value the record no.); only the pages the view asked for are loaded."""

    PAGE_SIZE = 200

    def __init__(
        self,
        db: Database,
        kind: str,
        parent: QObject | None = None,
        *,
        model: type[Base] | None = None,
        columns: tuple[Column, ...] | None = None,
        search_fields: tuple[str, ...] | None = None,
    ) -> None:
        """`model`, `columns` and `search_fields` serve tables outside the kinds registry (documents); a
        registry kind's come from the registry and its card module."""
        super().__init__(parent)
        self.db = db
        self.kind = kind
        if columns is None or search_fields is None:
            own_columns, own_search = kind_columns(kind)
            columns, search_fields = columns or own_columns, search_fields or own_search
        self.columns = columns
        self.search_fields = search_fields
        self._table = cast(Table, (model or kind_entry(kind).model).__table__)
        self._cols = [self._table.c[c.field] for c in self.columns]
        self._key = self._table.c.no
        self._rows: list[tuple[Any, ...]] = []
        self._row_of: dict[str, int] = {}
        self._more = False
        self._search = ""
        self._plan: Search | None = None
        self._count: int | None = None  # the number of matching rows, when known without a COUNT
        self._sort_column = 0
        self._order = Qt.SortOrder.AscendingOrder
        self.reload()

    # --- SQL ----------------------------------------------------------------------------------------
    def _filtered(self, stmt: Select[Any]) -> Select[Any]:
        return stmt if self._plan is None else stmt.where(self._plan.condition)

    def _search_plan(self) -> Search | None:
        """The search condition (through the contacts' trigram index where it pays) and its count."""
        if not self._search:
            return None
        with self.db.session() as session:
            return search_index.plan(session, self._table, self.search_fields, self._search)

    def _page(self, limit: int, after: tuple[Any, ...] | None) -> list[tuple[Any, ...]]:
        sort_col, key = self._cols[self._sort_column], self._key
        desc = self._order == Qt.SortOrder.DescendingOrder
        stmt = self._filtered(select(*self._cols))
        if after is not None:
            sort_value, key_value = after[self._sort_column], after[0]
            stmt = stmt.where(self._after(sort_col, sort_value, key_value, desc))
        order = [sort_col] if sort_col is key else [sort_col, key]
        stmt = stmt.order_by(*(c.desc() if desc else c.asc() for c in order)).limit(limit)
        with self.db.session() as session:
            return [tuple(row) for row in session.execute(stmt)]

    def _after(
        self, sort_col: ColumnElement[Any], sort_value: Any, key_value: Any, desc: bool
    ) -> ColumnElement[bool]:
        """Keyset condition: rows after the last loaded one in the current order (no OFFSET scans)."""
        if sort_col is self._key:
            after_key: ColumnElement[bool] = sort_col < key_value if desc else sort_col > key_value
            return after_key
        # A row value: SQLite and PostgreSQL seek to it in an index on (sort column, no.) at any depth.
        mine, last = tuple_(sort_col, self._key), tuple_(sort_value, key_value)
        return mine < last if desc else mine > last

    def count(self) -> int:
        """How many rows the current search matches (one COUNT; nothing else is loaded)."""
        if self._count is not None:
            return self._count  # counted by the search index, or all rows fitted on the first page
        stmt = self._filtered(select(func.count()).select_from(self._table))
        with self.db.session() as session:
            return int(session.scalar(stmt) or 0)

    # --- state --------------------------------------------------------------------------------------
    def reload(self, keep: int = 0) -> None:
        """Re-query from the top, loading at least as many rows as were loaded before."""
        limit = max(self.PAGE_SIZE, keep)
        self.beginResetModel()
        self._plan = self._search_plan()
        self._rows = self._page(limit, None)
        self._more = len(self._rows) == limit
        self._count = self._plan.count if self._plan is not None else None
        if not self._more:
            self._count = len(self._rows)
        self._index_rows()
        self.endResetModel()

    def _index_rows(self) -> None:
        self._row_of = {row[0]: i for i, row in enumerate(self._rows)}

    def set_search(self, text: str) -> None:
        text = text.strip()
        if text != self._search:
            self._search = text
            self.reload()

    def search_text(self) -> str:
        return self._search

    def key(self, row: int) -> str | None:
        return self._rows[row][0] if 0 <= row < len(self._rows) else None

    def row_of(self, key: str) -> int | None:
        return self._row_of.get(key)

    def apply_changes(self, changes: ChangeSet) -> None:
        """Live refresh: changed rows are re-read in place; new, deleted or re-sorted rows re-query the
        loaded range."""
        changed = changes.get(self.kind)
        if not changed:
            return
        fields = set().union(*changed.values())
        touched = {self.columns[self._sort_column].field, *(self.search_fields if self._search else ())}
        if ANY in changed or NEW in fields or DELETED in fields or fields & touched:
            self.reload(keep=len(self._rows))
            return
        keys = [k for k in changed if k in self._row_of]
        if not keys:
            return
        with self.db.session() as session:
            rows = session.execute(select(*self._cols).where(self._key.in_(keys)))
            fresh = {row[0]: tuple(row) for row in rows}
        last = len(self.columns) - 1
        for key, row in fresh.items():
            index = self._row_of[key]
            self._rows[index] = row
            self.dataChanged.emit(self.index(index, 0), self.index(index, last))

    # --- Qt model -----------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid() or not self._more:
            return
        rows = self._page(self.PAGE_SIZE, self._rows[-1] if self._rows else None)
        self._more = len(rows) == self.PAGE_SIZE
        if not rows:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        for offset, row in enumerate(rows):
            self._row_of[row[0]] = first + offset
        self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(self._rows[index.row()][index.column()])
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return RIGHT
        if role == KEY_ROLE:
            return self._rows[index.row()][0]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.columns):
            return self.columns[section].caption()
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        column = column if 0 <= column < len(self.columns) else 0
        if (column, order) != (self._sort_column, self._order):
            self._sort_column, self._order = column, order
            self.reload()
