"""List window of one record kind: search box, lazy table, open / new / delete, live refresh."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QStyle,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.changes import ChangeSet
from app.errors import UserError, domain_text
from app.kinds import kind
from app.operations import deletion
from app.ui import prompts, runner
from app.ui.actions import ActionRegistry, ActionSpec, T, add_toolbar_action
from app.ui.cards.common import NEW, REFRESH
from app.ui.context import AppContext
from app.ui.lists.model import RecordTableModel
from app.ui.main_menus import menu_bar_letters
from app.ui.windows import WindowKey

log = logging.getLogger(__name__)


def _plural(text: str, n: int) -> str:
    # A helper that scripts/i18n.py collects: lupdate before 6.12 files a translate() with a variable count
    # as a plain message, without plural forms.
    return QCoreApplication.translate("lists", text, "", n)
SEARCH_DELAY_MS = 150


class ListWindow(QWidget):
    """objectName `list_<kind>`; Enter or double-click opens the card of the current row."""

    ACTIONS = (
        NEW,
        ActionSpec("open", T("actions", "Open"), "open_current", (), "has_current",
                   T("actions", "Open the card of the selected record (Enter)")),
        ActionSpec("delete", T("actions", "Delete"), "delete_current",
                   (QKeySequence.StandardKey.Delete, "Ctrl+D"), "has_current",
                   T("actions", "Delete the selected record (asks first)"),
                   QStyle.StandardPixmap.SP_TrashIcon),
        REFRESH,
        ActionSpec("find", T("actions", "Search"), "focus_search", (QKeySequence.StandardKey.Find,),
                   tip=T("actions", "Search by no., name, city or phone")),
    )  # fmt: skip

    def __init__(self, ctx: AppContext, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kind = kind
        self.setObjectName(f"list_{kind}")
        self.setWindowTitle(self.list_title())
        self.model = self.make_model()
        self.view = QTableView(self)
        self.view.setObjectName("table")
        self.view.setModel(self.model)
        self._setup_view()
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(QCoreApplication.translate("lists", "Search no., name, city, phone…"))
        self.search.textChanged.connect(self._search_later)
        self.search.returnPressed.connect(self._search_entered)
        self.search.installEventFilter(self)  # ↓ moves into the list
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_search)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("count")
        self.commands = ActionRegistry(self, self.ACTIONS)
        self._layout()
        self._current_key: str | None = None
        self.model.modelAboutToBeReset.connect(self._remember_current)
        self.model.modelReset.connect(self._restore_current)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        ctx.controller.changed.connect(self._on_changed)
        self._update()
        self._update_count()

    def _setup_view(self) -> None:
        view = self.view
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)  # several: export
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        view.horizontalHeader().setStretchLastSection(True)
        view.horizontalHeader().setHighlightSections(False)
        view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        view.setSortingEnabled(True)
        view.setWordWrap(False)
        for index, column in enumerate(self.model.columns):
            view.setColumnWidth(index, column.width)
        view.activated.connect(self._activated)

    def _layout(self) -> None:
        bar = QToolBar(self)
        bar.setObjectName("toolbar")
        bar.setIconSize(QSize(16, 16))
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        taken: set[str] = set()
        for name in ("new", "open", "delete", "refresh"):
            add_toolbar_action(bar, self.commands[name], taken, menu_bar_letters())
        spacer = QWidget(bar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        self.search.setMinimumWidth(150)
        self.search.setMaximumWidth(320)
        self.search.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        bar.addWidget(self.search)
        bottom = QHBoxLayout()
        bottom.setContentsMargins(8, 2, 8, 4)
        bottom.addWidget(self.count_label)
        bottom.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(bar)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)
        self.setTabOrder(self.search, self.view)

    def list_title(self) -> str:
        return domain_text(kind(self.kind).texts.plural)

    def make_model(self) -> RecordTableModel:
        """Hook: the table model (document lists pass their own table and columns)."""
        return RecordTableModel(self.ctx.db, self.kind, self)

    def sizeHint(self) -> QSize:
        return QSize(900, 520)

    def window_key(self) -> WindowKey:
        return ("list", self.kind, None)

    # --- state --------------------------------------------------------------------------------------
    def current_key(self) -> str | None:
        index = self.view.currentIndex()
        return self.model.key(index.row()) if index.isValid() else None

    def selected_keys(self) -> list[str]:
        """The keys of the selected rows, in list order."""
        rows = sorted(index.row() for index in self.view.selectionModel().selectedRows())
        return [key for row in rows if (key := self.model.key(row)) is not None]

    def has_current(self) -> bool:
        return self.current_key() is not None

    def select_key(self, key: str) -> bool:
        row = self.model.row_of(key)
        if row is None:
            return False
        self.view.setCurrentIndex(self.model.index(row, 0))
        return True

    def _current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self.commands.update()

    def _remember_current(self) -> None:
        self._current_key = self.current_key()

    def _restore_current(self) -> None:
        if self._current_key is not None:
            self.select_key(self._current_key)
        self._update()
        self._update_count()

    def _update(self) -> None:
        self.commands.update()

    def _update_count(self) -> None:
        count = self.model.count()
        self.count_label.setText(_plural("%n record(s)", count))

    def _on_changed(self, changes: ChangeSet) -> None:
        if self.kind in changes:
            self.model.apply_changes(changes)

    # --- actions ------------------------------------------------------------------------------------
    def _search_later(self, _text: str) -> None:
        self._search_timer.start()

    def apply_search(self) -> None:
        """Filter now; a changed search makes its first row the current one (what Enter opens)."""
        pending = self._search_timer.isActive()
        self._search_timer.stop()
        self.model.set_search(self.search.text())
        if self.model.rowCount() and (pending or not self.view.currentIndex().isValid()):
            self.view.setCurrentIndex(self.model.index(0, 0))

    def _search_entered(self) -> None:
        """Enter in the search box opens the first row of the result (BC: Enter opens the found record)."""
        self.apply_search()
        if self.view.currentIndex().isValid():
            self.open_current()

    def _search_down(self) -> None:
        """↓ in the search box: into the list, on the first row found; Enter there opens it."""
        self.apply_search()
        if self.model.rowCount():
            if not self.view.currentIndex().isValid():
                self.view.setCurrentIndex(self.model.index(0, 0))
            self.view.setFocus(Qt.FocusReason.TabFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
        ):
            self._search_down()
            return True
        return super().eventFilter(watched, event)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _activated(self, index: QModelIndex) -> None:
        key = self.model.key(index.row())
        if key is not None:
            self.ctx.open_card(self.kind, key)

    def open_current(self) -> None:
        self._activated(self.view.currentIndex())

    def new_record(self) -> None:
        self.ctx.open_card(self.kind, None)

    def refresh(self) -> None:
        self.model.reload(keep=self.model.rowCount())

    def delete_current(self) -> None:
        """Ask with the deletion plan (what goes, what stays), then delete in one unit of work."""
        no = self.current_key()
        if no is None:
            return
        title = QCoreApplication.translate("lists", "Delete")
        try:
            plan = runner.read(self.ctx.db, lambda s: deletion.plan_delete(s, self.kind, no).text())
        except UserError as exc:
            prompts.error(self, title, exc.message)
            return
        if prompts.question(self, title, plan):
            runner.run(self, self.ctx.db, deletion.delete, self.kind, no, title=title)
