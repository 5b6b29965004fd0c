"""The main window's menu bar and navigation pane, both built from the action registry."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QTreeWidget, QTreeWidgetItem

from app.ui.actions import ActionRegistry, T

ACTION_ROLE = Qt.ItemDataRole.UserRole

MENUS = (
    (
        T("main", "&File"),
        ("new_contact", "new_customer", "new_vendor", "new_bank_account", "|", "import_contacts",
         "export_contacts", "|", "quit"),
    ),
    (
        T("main", "&Go"),
        (
            "list_contact",
            "list_customer",
            "list_vendor",
            "list_bank_account",
            "|",
            "list_sales_header",
            "list_purchase_header",
            "|",
            "duplicates",
        ),
    ),
    (T("main", "&Setup"), ("marketing_setup", "business_relation_codes", "|", "number_series", "templates")),
    (
        T("main", "&Batch Jobs"),
        (
            "create_contacts_from_customers",
            "create_contacts_from_vendors",
            "create_contacts_from_bank_accounts",
        ),
    ),
    (
        T("main", "&Window"),
        ("close_window", "close_all_windows", "|", "tile_windows", "cascade_windows", "tabbed_windows"),
    ),
    (T("main", "&Help"), ("about",)),
)

NAVIGATION: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    (
        T("main", "Relationship Management"),
        (
            (T("main", "Contacts"), "list_contact"),
            (T("main", "Customers"), "list_customer"),
            (T("main", "Vendors"), "list_vendor"),
            (T("main", "Bank Accounts"), "list_bank_account"),
            (T("main", "Sales Documents"), "list_sales_header"),
            (T("main", "Purchase Documents"), "list_purchase_header"),
            (T("main", "Duplicate Contacts"), "duplicates"),
        ),
    ),
    (
        T("main", "Setup"),
        (
            (T("main", "Business Relations"), "business_relation_codes"),
            (T("main", "Marketing Setup"), "marketing_setup"),
            (T("main", "Number Series"), "number_series"),
            (T("main", "Templates"), "templates"),
        ),
    ),
    (
        T("main", "Batch Jobs"),
        (
            (T("main", "Create Contacts from Customers"), "create_contacts_from_customers"),
            (T("main", "Create Contacts from Vendors"), "create_contacts_from_vendors"),
            (T("main", "Create Contacts from Bank Accounts"), "create_contacts_from_bank_accounts"),
        ),
    ),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("main", text)


Menus = tuple[tuple[str, tuple[str, ...]], ...]


def build_menus(window: QMainWindow, menus: Menus, actions: ActionRegistry) -> None:
    for title, names in menus:
        menu = window.menuBar().addMenu(_tr(title))
        menu.setObjectName("menu_" + title.replace("&", "").lower().replace(" ", "_"))
        for name in names:
            if name == "|":
                menu.addSeparator()
            else:
                menu.addAction(actions[name])


class NavigationTree(QTreeWidget):
    """objectName `navigation`. A click (or Enter) on an entry triggers its action."""

    def __init__(self, actions: ActionRegistry) -> None:
        super().__init__()
        self._actions = actions
        self.setObjectName("navigation")
        self.setHeaderHidden(True)
        self.setRootIsDecorated(True)
        self.setIndentation(14)
        self.itemClicked.connect(self._clicked)
        enter = QAction(self)
        enter.setShortcuts([QKeySequence("Return"), QKeySequence("Enter")])
        enter.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        enter.triggered.connect(self.trigger_current)
        self.addAction(enter)
        for group, entries in NAVIGATION:
            parent = QTreeWidgetItem(self, [_tr(group)])
            parent.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = parent.font(0)
            font.setBold(True)
            parent.setFont(0, font)
            for text, name in entries:
                item = QTreeWidgetItem(parent, [_tr(text)])
                item.setData(0, ACTION_ROLE, name)
                item.setToolTip(0, actions[name].toolTip())
            parent.setExpanded(True)
        self.resizeColumnToContents(0)

    def _clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        self.trigger(item)

    def trigger_current(self) -> None:
        item = self.currentItem()
        if item is not None:
            self.trigger(item)

    def trigger(self, item: QTreeWidgetItem) -> None:
        name = item.data(0, ACTION_ROLE)
        if name:
            self._actions[name].trigger()

    def entry(self, name: str) -> QTreeWidgetItem | None:
        """The item that triggers action `name` (for tests and scripts)."""
        for group in range(self.topLevelItemCount()):
            parent = self.topLevelItem(group)
            children = [parent.child(row) for row in range(parent.childCount())] if parent else []
            for child in children:
                if child is not None and child.data(0, ACTION_ROLE) == name:
                    return child
        return None


def build_navigation(window: QMainWindow, actions: ActionRegistry) -> NavigationTree:
    tree = NavigationTree(actions)
    dock = QDockWidget(QCoreApplication.translate("main", "Navigation"), window)
    dock.setObjectName("dock_navigation")
    dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable)
    dock.setWidget(tree)
    tree.setMinimumWidth(tree.sizeHintForColumn(0) + tree.indentation() + 2 * tree.frameWidth() + 8)
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
    return tree
