"""The cards' Sync History section (SPEC §6.8): what synchronization changed on the record, with undo."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app import kinds
from app.changes import ChangeSet, fields_of
from app.journal.rows import HistoryPage, HistoryRow, RecordKey, history_page
from app.journal.undo import undo_change
from app.ui import prompts, runner
from app.ui.actions import ActionRegistry, ActionSpec, T
from app.ui.cards.common import kind_title
from app.ui.cards.form import Section, section_title
from app.ui.context import AppContext
from app.ui.formats import timestamp_text
from app.ui.widgets import field_caption

if TYPE_CHECKING:
    from app.ui.cards.base import BaseCard

log = logging.getLogger(__name__)
REFRESH_DELAY_MS = 120  # the fields the user looks at first; the history follows, once per burst of commits
SHOWN_CHANGES = 50
HEADERS = (T("cards", "Time"), T("cards", "User"), T("cards", "Field"), T("cards", "Change"),
           T("cards", "Source \u2192 Targets"))  # fmt: skip
UNDO = ActionSpec(
    "undo_sync_change",
    T("actions", "Undo this change"),
    "undo_selected",
    enabled_when="has_selection",
    tip=T("actions", "Put back every value the selected change wrote, if none has changed since"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("cards", text)


def _record(key: RecordKey) -> str:
    return f"{kind_title(key[0])} {key[1]}"


def _quoted(value: str | None) -> str:
    return f"\u201c{value or ''}\u201d"


class HistoryPanel(QWidget):
    """objectName `history_panel`: the journal rows touching one record (table `history_table`), newest
    first. Reads only while it is visible (a folded section or a closed card reads when shown again); after
    the first read, a commit about the record puts only the new changes on top (no full reload)."""

    def __init__(self, ctx: AppContext, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("history_panel")
        self.ctx = ctx
        self.kind = kind
        self.no: str | None = None
        self._rows: list[HistoryRow] = []
        self._stale = False
        self._seen_id: int | None = None  # the newest journal row read; None: read everything next time
        self.table = QTableWidget(0, len(HEADERS), self)
        self.table.setObjectName("history_table")
        self.table.setHorizontalHeaderLabels([_tr(h) for h in HEADERS])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.commands = ActionRegistry(self, (UNDO,))
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.table.addAction(self.commands["undo_sync_change"])
        button = QToolButton(self)
        button.setObjectName("undo_sync_change")
        button.setDefaultAction(self.commands["undo_sync_change"])
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.empty = QLabel(_tr("No synchronized changes yet."), self)
        self.empty.setObjectName("history_empty")
        self.empty.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addWidget(button)
        buttons.addWidget(self.empty)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self._fit_height()
        self.commands.update()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._timer.timeout.connect(self._refresh_if_stale)
        ctx.controller.changed.connect(self._on_changed)

    # --- loading ------------------------------------------------------------------------------------
    def show_record(self, no: str | None) -> None:
        """The card shows record `no` (None: a new card, nothing to show yet)."""
        if no != self.no:
            self.no = no
            self._seen_id = None
            self._mark_stale()

    def _on_changed(self, changes: ChangeSet) -> None:
        # New journal rows about this record come with a change of the record itself (or of its links).
        if self.no is None or "sync_journal_entry" not in changes:
            return
        if "contact_business_relation" in changes:
            self._seen_id = None  # links changed: which changes concern the record is read afresh
            self._mark_stale()
        elif fields_of(changes, self.kind, self.no) is not None:
            self._mark_stale()

    def _mark_stale(self) -> None:
        self._stale = True
        if self.isVisible() and not self._timer.isActive():  # folded or closed: read once shown again
            self._timer.start()

    def _refresh_if_stale(self) -> None:
        if self._stale and self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Put the changes written since the last read on top; everything is read only the first time (or
        after the record or its links changed)."""
        if self._seen_id is None or self.no is None:
            self.reload()
            return
        self._stale = False
        no, after = self.no, self._seen_id
        page = runner.read(self.ctx.db, lambda s: history_page(s, self.kind, no, SHOWN_CHANGES, after))
        self._seen_id = page.seen_id
        if not page.rows:
            return
        selected = self.selected_change()
        kept = {r.change_id for r in page.rows}
        for row in self._rows:  # the newest SHOWN_CHANGES changes stay, the oldest drop off the end
            if len(kept) >= SHOWN_CHANGES and row.change_id not in kept:
                break
            kept.add(row.change_id)
        old_count = len(self._rows)
        self._rows = [*page.rows, *(r for r in self._rows if r.change_id in kept)]
        self.table.setUpdatesEnabled(False)
        for index in range(len(page.rows)):
            self.table.insertRow(index)
            self._fill(index, page.rows[index])
        self.table.setRowCount(len(self._rows))
        self.table.setUpdatesEnabled(True)
        self._widen(len(page.rows), first_load=old_count == 0)
        self._after_rows(selected)

    def reload(self) -> None:
        """Read the record's history afresh (the first time, or after its links changed)."""
        self._stale = False
        no = self.no
        if no is None:
            page = HistoryPage([], 0)
        else:
            page = runner.read(self.ctx.db, lambda s: history_page(s, self.kind, no, SHOWN_CHANGES))
        self._seen_id = page.seen_id if no is not None else None
        selected = self.selected_change()
        self._rows = page.rows
        self.table.setRowCount(len(self._rows))
        for index, row in enumerate(self._rows):
            self._fill(index, row)
        self._widen(len(self._rows), first_load=True)
        self._after_rows(selected)

    def _fill(self, index: int, row: HistoryRow) -> None:
        cells = (
            timestamp_text(row.created_at) if row.first else "",
            row.user_name if row.first else "",
            field_caption(row.field),
            f"{_quoted(row.old_value)} \u2192 {_quoted(row.new_value)}",
            ", ".join(_record(k) for k in row.sources)
            + " \u2192 "
            + ", ".join(_record(k) for k in row.targets),
        )
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            self.table.setItem(index, column, item)

    def _widen(self, new_rows: int, *, first_load: bool) -> None:
        """Columns fit their contents: measured over all rows on a full load, over the new rows only on an
        append (a column only ever grows then)."""
        if first_load:
            for column in range(4):
                self.table.resizeColumnToContents(column)
            return
        header = self.table.horizontalHeader()
        for column in range(4):
            needed = max(
                (
                    self.table.sizeHintForIndex(self.table.model().index(r, column)).width()
                    for r in range(new_rows)
                ),
                default=0,
            )
            if needed > header.sectionSize(column):
                header.resizeSection(column, needed)

    def _after_rows(self, selected: str | None) -> None:
        self.empty.setVisible(not self._rows)
        self._select(selected)
        self._fit_height()
        self.commands.update()

    def _fit_height(self) -> None:
        """Tall enough for the rows (three at least, eight at most); the card scrolls, not the table."""
        visible = min(max(len(self._rows), 3), 8)
        row_height = self.table.verticalHeader().defaultSectionSize()
        header = self.table.horizontalHeader().sizeHint().height()
        self.table.setFixedHeight(header + visible * row_height + 2 * self.table.frameWidth())

    # --- selection: a change is selected as a whole ---------------------------------------------------
    def rows(self) -> list[HistoryRow]:
        return list(self._rows)

    def selected_change(self) -> str | None:
        current = self.table.currentRow()
        selected = self.table.selectionModel().selectedRows()
        if not selected or not 0 <= current < len(self._rows):
            return None
        return self._rows[current].change_id

    def select_change(self, change_id: str) -> None:
        self._select(change_id)

    def _select(self, change_id: str | None) -> None:
        index = next((i for i, r in enumerate(self._rows) if r.change_id == change_id), None)
        if index is None:
            self.table.clearSelection()
        else:
            self.table.setCurrentCell(index, 0)
            self.table.selectRow(index)

    def _selection_changed(self) -> None:
        self.commands.update()

    def has_selection(self) -> bool:
        return self.selected_change() is not None

    # --- undo -----------------------------------------------------------------------------------------
    def undo_selected(self) -> None:
        """Undo the selected change as a whole; a refusal names the record that changed since."""
        change_id = self.selected_change()
        if change_id is None:
            return
        title = _tr("Undo this change")
        lines = [
            f"{field_caption(r.field)}: {_quoted(r.new_value)} \u2192 {_quoted(r.old_value)}"
            for r in self._rows
            if r.change_id == change_id
        ]
        question = _tr("Put these values back on every record the change reached?\n\n{lines}").format(
            lines="\n".join(lines)
        )
        if not prompts.question(self, title, question):
            return
        outcome = runner.run(self, self.ctx.db, undo_change, change_id, title=title)
        if outcome.done:
            log.info("undid change %s (%s values)", change_id, outcome.value)


def add_history_section(card: BaseCard, content: QWidget, column: QVBoxLayout) -> HistoryPanel | None:
    """Append the collapsible "Sync History" section to the card of a registry kind (other cards, e.g.
    documents, have no sync journal: None)."""
    if card.kind not in kinds.BY_NAME:
        return None
    section = Section("sync_history", section_title(T("cards", "Sync History")), content)
    panel = HistoryPanel(card.ctx, card.kind, section.body)
    section.add_widget(panel)
    column.addWidget(section)
    card.sections.append(section)
    return panel
