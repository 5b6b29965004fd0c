"""The main window: a thin shell of menus, a navigation pane and an MDI area holding lists and cards."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMdiArea, QMenu, QWidget

from app import kinds
from app.db import Database
from app.ui.actions import ActionRegistry, ActionSpec, T
from app.ui.cards import card_class
from app.ui.context import AppContext, weakly
from app.ui.documents import DOCUMENT_KINDS
from app.ui.language import add_language_menu
from app.ui.lists import list_class
from app.ui.lists.list_window import ListWindow
from app.ui.main_menus import (
    assign_menu_mnemonics,
    batch_action,
    batch_kinds,
    build_menus,
    build_navigation,
    menus,
)
from app.ui.status_bar import StatusBar
from app.ui.sync_controller import SyncController
from app.ui.toolbar_fit import fit_toolbars
from app.ui.windows import WindowRegistry

if TYPE_CHECKING:  # the card modules load with the first card, not at start (issue 15)
    from app.ui.cards.base import BaseCard

log = logging.getLogger(__name__)


def _a(name: str, text: str, handler: str, *shortcuts: str | QKeySequence.StandardKey) -> ActionSpec:
    return ActionSpec(name, text, handler, shortcuts)


class MainWindow(QMainWindow):
    """objectName `main_window`. open_list / open_card open or raise a window and return it.

    closing(): emitted when the user closes the main window, while its lists and cards are still open.
    """

    closing = Signal()

    ACTIONS = (
        ActionSpec("list_sales_header", T("actions", "Sales Documents"), "open_list", args=("sales_header",)),
        ActionSpec("list_purchase_header", T("actions", "Purchase Documents"), "open_list",
                   args=("purchase_header",)),
        _a("import_contacts", T("actions", "Import Contacts…"), "import_contacts"),
        _a("export_contacts", T("actions", "Export Contacts…"), "export_contacts"),
        _a("quit", T("actions", "Quit"), "close", QKeySequence.StandardKey.Quit),
        _a("marketing_setup", T("actions", "Marketing Setup…"), "show_marketing_setup"),
        _a("business_relation_codes", T("actions", "Business Relations…"), "show_business_relation_codes"),
        _a("number_series", T("actions", "Number Series…"), "show_number_series"),
        _a("templates", T("actions", "Templates…"), "show_templates"),
        _a("company_information", T("actions", "Company Information…"), "show_company_information"),
        _a("duplicates", T("actions", "Duplicate Contacts…"), "show_duplicates"),
        _a("close_window", T("actions", "Close Window"), "close_window", "Ctrl+W", "Ctrl+F4"),
        _a("close_all_windows", T("actions", "Close All Windows"), "close_all_windows"),
        _a("tile_windows", T("actions", "Tile"), "tile_windows"),
        _a("cascade_windows", T("actions", "Cascade"), "cascade_windows"),
        _a("tabbed_windows", T("actions", "Tabbed View"), "toggle_tabbed"),
        _a("about", T("actions", "About ContactSync"), "show_about"),
    )  # fmt: skip

    @classmethod
    def action_specs(cls) -> tuple[ActionSpec, ...]:
        """Per kind of the registry, in its order: its list, its New card and its batch job; then the fixed
        actions. Read when the window is built, so that a kind added to the registry needs no edit here."""
        return (
            *(ActionSpec(f"list_{k.name}", k.texts.plural, "open_list", args=(k.name,), domain=True)
              for k in kinds.KINDS),
            *(ActionSpec(f"new_{k.name}", k.texts.new, "new_card", args=(k.name,), domain=True)
              for k in kinds.KINDS),
            *(ActionSpec(batch_action(k), k.texts.batch, "run_batch", args=(k.name,), domain=True,
                         suffix="\u2026") for k in batch_kinds()),
            *cls.ACTIONS,
        )  # fmt: skip

    def __init__(
        self, ctx: AppContext, *, owns_database: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._owns_database = owns_database
        self.setObjectName("main_window")
        self.setWindowTitle("ContactSync")
        self.mdi = QMdiArea(self)
        self.mdi.setObjectName("mdi")
        self.mdi.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.mdi.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setCentralWidget(self.mdi)
        self.windows = WindowRegistry(self.mdi)
        ctx.open_card = weakly(self.open_card)  # no ctx <-> window cycle (see weakly)
        ctx.open_list = weakly(self.open_list)
        self.commands = ActionRegistry(self, self.action_specs(), Qt.ShortcutContext.WindowShortcut)
        self.commands["tabbed_windows"].setCheckable(True)
        build_menus(self, menus(), self.commands)
        self.language_menu = add_language_menu(self, self.menuBar().findChild(QMenu, "menu_help"))
        assign_menu_mnemonics(self.menuBar().actions())  # the Language submenu's entries too
        self.navigation = build_navigation(self, self.commands)
        self.status = StatusBar(self)
        self.setStatusBar(self.status)
        self.status.set_database_text(self._database_text(ctx.db))
        self.resize(1280, 820)

    @staticmethod
    def _database_text(db: Database) -> str:
        url = db.display_url  # the URL opened, not the read-only engine's file: URI
        return QCoreApplication.translate("main", "Database: {url}  \u00b7  User: {user}").format(
            url=url, user=db.user
        )

    # --- windows ------------------------------------------------------------------------------------
    def open_list(self, kind: str) -> ListWindow:
        self._check_kind(kind)
        window = self.windows.show(("list", kind, None), lambda: list_class(kind)(self.ctx, kind))
        fit_toolbars(window)
        return window

    def open_card(self, kind: str, no: str | None) -> BaseCard:
        self._check_kind(kind)
        card = self.windows.show(("card", kind, no), lambda: card_class(kind)(self.ctx, no))
        fit_toolbars(card)
        return card

    @staticmethod
    def _check_kind(kind: str) -> None:
        if kind not in kinds.BY_NAME and kind not in DOCUMENT_KINDS:
            names = ", ".join((*kinds.BY_NAME, *DOCUMENT_KINDS))
            raise ValueError(f"unknown kind {kind!r}; expected one of {names}")

    def new_card(self, kind: str) -> None:
        self.open_card(kind, None)

    def close_window(self) -> None:
        self.mdi.closeActiveSubWindow()

    def close_all_windows(self) -> None:
        self.mdi.closeAllSubWindows()

    def tile_windows(self) -> None:
        self.mdi.tileSubWindows()

    def cascade_windows(self) -> None:
        self.mdi.cascadeSubWindows()

    def toggle_tabbed(self) -> None:
        tabbed = self.commands["tabbed_windows"].isChecked()
        self.mdi.setViewMode(QMdiArea.ViewMode.TabbedView if tabbed else QMdiArea.ViewMode.SubWindowView)
        self.mdi.setTabsClosable(tabbed)
        self.mdi.setTabsMovable(tabbed)

    # --- setup dialogs and batch jobs (written in app.ui.dialogs; imported on first use) ------------
    def show_marketing_setup(self) -> None:
        from app.ui.dialogs.marketing_setup import MarketingSetupDialog

        MarketingSetupDialog(self.ctx, self).exec()

    def show_business_relation_codes(self) -> None:
        from app.ui.dialogs.business_relation_codes import BusinessRelationCodesDialog

        BusinessRelationCodesDialog(self.ctx, self).exec()

    def show_number_series(self) -> None:
        from app.ui.dialogs.no_series import NoSeriesDialog

        NoSeriesDialog(self.ctx, self).exec()

    def show_templates(self) -> None:
        from app.ui.dialogs.templates import TemplatesDialog

        TemplatesDialog(self.ctx, self).exec()

    def show_company_information(self) -> None:
        from app.ui.documents.company_information import CompanyInformationDialog

        CompanyInformationDialog(self.ctx, self).exec()

    def show_duplicates(self) -> None:
        from app.ui.dialogs.duplicates import show_duplicates

        show_duplicates(self.ctx, None, self)

    def import_contacts(self) -> None:
        from app.ui.import_export import import_contacts

        import_contacts(self.ctx, self)

    def export_contacts(self) -> None:
        from app.ui.import_export import export_contacts, selected_contacts

        export_contacts(self.ctx, self, selected_contacts(self.mdi))

    def run_batch(self, kind: str) -> None:
        from app.ui.dialogs.batch_dialog import run_batch

        run_batch(self.ctx, kind, self)

    def show_about(self) -> None:
        from app.ui import prompts

        text = QCoreApplication.translate(
            "main", "ContactSync keeps contacts synchronized with customers, vendors and bank accounts."
        )
        prompts.info(self, QCoreApplication.translate("main", "About ContactSync"), text)

    # --- closing ------------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        self.closing.emit()  # before the windows go: the session remembers which were open
        self.mdi.closeAllSubWindows()
        if self.mdi.subWindowList():  # a card kept open (the user chose to correct a refused value)
            event.ignore()
            return
        self.ctx.controller.close()
        if self._owns_database:
            self.ctx.db.dispose()
        super().closeEvent(event)


def create_main_window(database_url: str) -> MainWindow:
    """The fully wired main window on `database_url` (migrated on open). Opens no modal dialog."""
    db = Database(database_url)
    controller = SyncController(db)
    window = MainWindow(AppContext(db=db, controller=controller), owns_database=True)
    controller.setParent(window)
    controller.watch_remote()  # other users' and processes' commits refresh this window too (SPEC §12)
    return window
