"""The duplicate contacts list (SPEC §10): pairs, matching strings, "Not a duplicate", open either side."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.changes import ChangeSet
from app.duplicates.report import DuplicatePair, duplicate_pairs
from app.duplicates.search import mark_not_duplicate
from app.ui import runner
from app.ui.context import AppContext
from app.ui.dialogs.common import cell

log = logging.getLogger(__name__)
SEPARATE_COLUMN = 5


class DuplicatesDialog(QDialog):
    """objectName `dialog_duplicates`; table `duplicates_table`. All pairs, or those of one contact. A check
    in "Not a Duplicate" is saved at once; double-click (or the buttons) opens the contact on that side."""

    def __init__(self, ctx: AppContext, contact_no: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dialog_duplicates")
        self.ctx = ctx
        self.contact_no = contact_no
        self._pairs: list[DuplicatePair] = []
        self._loading = False
        title = self.tr("Duplicate Contacts")
        self.setWindowTitle(title if contact_no is None else f"{title} \u00b7 {contact_no}")
        headers = (
            self.tr("Contact No."),
            self.tr("Name"),
            self.tr("Duplicate Contact No."),
            self.tr("Duplicate Name"),
            self.tr("Matching Strings"),
            self.tr("Not a Duplicate"),
        )
        self.table = QTableWidget(0, len(headers), self)
        self.table.setObjectName("duplicates_table")
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)  # long names are elided (full text in the tooltip)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(self._item_changed)
        self.table.cellDoubleClicked.connect(self._double_clicked)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.summary = QLabel(self)
        self.summary.setObjectName("duplicates_summary")
        self.open_contact_button = QPushButton(self.tr("Open Contact"), self)
        self.open_contact_button.setObjectName("open_contact")
        self.open_contact_button.clicked.connect(self.open_contact)
        self.open_duplicate_button = QPushButton(self.tr("Open Duplicate"), self)
        self.open_duplicate_button.setObjectName("open_duplicate")
        self.open_duplicate_button.clicked.connect(self.open_duplicate)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.setObjectName("dialog_buttons")
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.open_contact_button)
        row.addWidget(self.open_duplicate_button)
        row.addWidget(self.summary, 1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(row)
        self.resize(1000, 380)
        self.reload()
        ctx.controller.changed.connect(self._on_changed)
        self._listening = True

    # --- loading ------------------------------------------------------------------------------------
    def reload(self) -> None:
        contact_no = self.contact_no
        self._pairs = runner.read(self.ctx.db, lambda s: duplicate_pairs(s, contact_no))
        self._loading = True
        self.table.setRowCount(len(self._pairs))
        for index, pair in enumerate(self._pairs):
            texts = (pair.contact_no, pair.contact_name, pair.duplicate_no, pair.duplicate_name)
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(index, column, item)
            matches = QTableWidgetItem(str(pair.matches))
            matches.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(index, 4, matches)
            check = QTableWidgetItem()
            check.setFlags(
                Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable
            )
            check.setCheckState(Qt.CheckState.Checked if pair.separate else Qt.CheckState.Unchecked)
            self.table.setItem(index, SEPARATE_COLUMN, check)
        self._loading = False
        for column in (0, 2, 4, 5):
            self.table.resizeColumnToContents(column)
        open_pairs = sum(not p.separate for p in self._pairs)
        self.summary.setText(
            self.tr("{n} possible duplicates, {m} marked as not a duplicate.").format(
                n=open_pairs, m=len(self._pairs) - open_pairs
            )
        )
        self._update_buttons()

    def pairs(self) -> list[DuplicatePair]:
        return list(self._pairs)

    def _on_changed(self, changes: ChangeSet) -> None:
        if "contact_duplicate" in changes and not self._loading:
            self.reload()

    # --- "not a duplicate" ---------------------------------------------------------------------------
    def set_separate(self, row: int, separate: bool) -> None:
        """What a click on the row's check box does."""
        cell(self.table, row, SEPARATE_COLUMN).setCheckState(
            Qt.CheckState.Checked if separate else Qt.CheckState.Unchecked
        )

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._loading or item.column() != SEPARATE_COLUMN:
            return
        pair = self._pairs[item.row()]
        separate = item.checkState() == Qt.CheckState.Checked
        if separate == pair.separate:
            return
        self._loading = True  # our own commit's echo: reloaded below, once
        try:
            runner.run(self, self.ctx.db, mark_not_duplicate, pair.contact_no, pair.duplicate_no, separate)
        finally:
            self._loading = False
        self.reload()

    # --- opening the contacts ------------------------------------------------------------------------
    def _selected(self) -> DuplicatePair | None:
        row = self.table.currentRow()
        return self._pairs[row] if self.table.selectedItems() and 0 <= row < len(self._pairs) else None

    def _update_buttons(self) -> None:
        selected = self._selected() is not None
        self.open_contact_button.setEnabled(selected)
        self.open_duplicate_button.setEnabled(selected)

    def open_contact(self) -> None:
        pair = self._selected()
        if pair is not None:
            self.ctx.open_card("contact", pair.contact_no)

    def open_duplicate(self) -> None:
        pair = self._selected()
        if pair is not None:
            self.ctx.open_card("contact", pair.duplicate_no)

    def _double_clicked(self, row: int, column: int) -> None:
        pair = self._pairs[row]
        if column < 2:
            self.ctx.open_card("contact", pair.contact_no)
        elif column < 4:
            self.ctx.open_card("contact", pair.duplicate_no)

    def done(self, result: int) -> None:
        if self._listening:
            self._listening = False
            self.ctx.controller.changed.disconnect(self._on_changed)
        super().done(result)


def show_duplicates(ctx: AppContext, contact_no: str | None, parent: QWidget | None) -> DuplicatesDialog:
    """Open the list as a window of its own (not modal: the user opens cards from it and works in them)."""
    dialog = DuplicatesDialog(ctx, contact_no, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
