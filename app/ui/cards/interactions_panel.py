"""The contact card's Interaction Log section: entries of the contact (a company's include its persons')."""

from __future__ import annotations

import logging
from datetime import UTC
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QShowEvent
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
from sqlalchemy.orm import Session

from app.changes import DELETED, NEW, ChangeSet
from app.documents import entries_for
from app.errors import UserError
from app.ui import runner
from app.ui.actions import T
from app.ui.cards.form import Section, section_title
from app.ui.documents.format import date_text, log_type_caption
from app.ui.formats import time_text

if TYPE_CHECKING:
    from PySide6.QtWidgets import QVBoxLayout as Column

    from app.ui.cards.base import BaseCard
    from app.ui.context import AppContext

log = logging.getLogger(__name__)
KIND_LABELS = {
    "document_created": T("interactions", "Document Created"),
    "document_printed": T("interactions", "Document Printed"),
    "email_sent": T("interactions", "E-mail"),
    "phone_call": T("interactions", "Phone Call"),
    "meeting": T("interactions", "Meeting"),
    "note": T("interactions", "Note"),
    "service_order": T("interactions", "Service Order"),
}
HEADERS = (
    T("interactions", "Date"),
    T("interactions", "Time"),
    T("interactions", "User"),
    T("interactions", "Contact"),
    T("interactions", "Kind"),
    T("interactions", "Description"),
    T("interactions", "Document Type"),
    T("interactions", "Document No."),
)
TABLE_OF_LOG_TYPE = {"sales": "sales_header", "purchase": "purchase_header"}
DOCUMENT_ROLE = Qt.ItemDataRole.UserRole


def kind_label(kind: str) -> str:
    return QCoreApplication.translate("interactions", KIND_LABELS[kind]) if kind in KIND_LABELS else kind


def read_interactions(session: Session, contact_no: str) -> list[dict[str, Any]]:
    """The entries as plain values, newest first, with the time in the user's time zone."""
    rows = []
    for entry in entries_for(session, contact_no):
        local = entry.created_at.replace(tzinfo=UTC).astimezone()  # stored as UTC
        rows.append(
            {
                "entry_no": entry.entry_no,
                "date": local.date(),
                "time": local.time().replace(microsecond=0),
                "user": entry.user_name,
                "contact_no": entry.contact_no,
                "kind": entry.kind,
                "description": entry.description,
                "document_type": entry.document_type,
                "document_no": entry.document_no,
            }
        )
    return rows


class InteractionsPanel(QWidget):
    """A read-only table (objectName `interactions_table`) with the Log Interaction button below it.
    Double-clicking an entry of a document emits open_requested(table, no).

    With a context (`ctx`) the panel reads its entries itself, lazily: only while it is visible (a folded
    section or a hidden card reads when shown again), and again only when an interaction was logged."""

    open_requested = Signal(str, str)

    def __init__(
        self, log_action: QAction, parent: QWidget | None = None, ctx: AppContext | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("interactions")
        self.ctx = ctx
        self.no: str | None = None
        self._stale = False
        button = QToolButton(self)
        button.setDefaultAction(log_action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        buttons = QHBoxLayout()
        buttons.addWidget(button)
        buttons.addStretch(1)
        self._rows: list[dict[str, Any]] = []
        self.table = QTableWidget(0, len(HEADERS), self)
        self.table.setObjectName("interactions_table")
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("interactions", h) for h in HEADERS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        rows_shown = 7  # newest first; older entries scroll
        self.table.setFixedHeight(
            self.table.horizontalHeader().sizeHint().height()
            + self.table.verticalHeader().defaultSectionSize() * rows_shown
            + 2 * self.table.frameWidth()
        )
        self.table.itemActivated.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        if ctx is not None:
            ctx.controller.changed.connect(self._on_changed)

    # --- lazy loading -------------------------------------------------------------------------------
    def show_contact(self, no: str | None) -> None:
        """The card shows contact `no` (None: a new card): read when visible."""
        if no != self.no:
            self.no = no
            self._stale = True
            if no is None:
                self.set_rows([])
        self._load_if_visible()

    def _on_changed(self, changes: ChangeSet) -> None:
        # A logged interaction, or a person joining or leaving (a company's log includes its persons').
        persons_moved = any(
            fields & {"company_no", "type", NEW, DELETED} for fields in changes.get("contact", {}).values()
        )
        if self.no is not None and ("interaction_log_entry" in changes or persons_moved):
            self._stale = True
            self._load_if_visible()

    def _load_if_visible(self) -> None:
        if self._stale and self.isVisible():
            self.load()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._load_if_visible()

    def load(self) -> None:
        self._stale = False
        no = self.no
        if self.ctx is None or no is None:
            return
        try:
            rows = runner.read(self.ctx.db, lambda s: read_interactions(s, no))
        except UserError:  # the contact is gone: its card closes
            rows = []
        self.set_rows(rows)

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        if rows == self._rows and self.table.rowCount() == len(rows):
            return  # a plain field edit of the contact: nothing to redraw
        new = len(rows) - len(self._rows)
        if self._rows and new > 0 and rows[new:] == self._rows:  # only new entries (newest first): on top
            for r in range(new):
                self.table.insertRow(r)
            self._fill(rows[:new])
            self._rows = rows
            return
        self._rows = rows
        self.table.setRowCount(len(rows))
        self._fill(rows)

    def _fill(self, rows: list[dict[str, Any]]) -> None:
        for r, row in enumerate(rows):
            values = (
                date_text(row["date"]),
                time_text(row["time"]),
                row["user"],
                row["contact_no"],
                kind_label(row["kind"]),
                row["description"],
                log_type_caption(row["document_type"]) if row["document_type"] else "",
                row["document_no"],
            )
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if row["document_no"]:
                    item.setData(DOCUMENT_ROLE, (row["document_type"], row["document_no"]))
                self.table.setItem(r, c, item)

    def _activated(self, item: QTableWidgetItem) -> None:
        document = item.data(DOCUMENT_ROLE)
        if document:
            log_type, no = document
            table = TABLE_OF_LOG_TYPE.get(str(log_type).partition("_")[0])
            if table is not None:
                self.open_requested.emit(table, no)


def add_interactions_section(card: BaseCard, content: QWidget, column: Column) -> InteractionsPanel:
    """The Interaction Log FastTab of the contact card, with the card's log_interaction action; the panel
    reads its entries itself (card.interactions.show_contact(no) after each load of the card)."""
    section = Section("interactions", section_title(T("cards", "Interaction Log")), content)
    panel = InteractionsPanel(card.commands["log_interaction"], section.body, card.ctx)
    section.add_widget(panel)
    column.addWidget(section)
    card.sections.append(section)
    return panel
