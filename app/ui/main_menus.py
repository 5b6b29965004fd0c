"""The main window's menu bar and navigation pane, built from the action registry and the kinds registry."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QTreeWidget, QTreeWidgetItem

from app import kinds
from app.errors import domain_text
from app.kinds import Kind
from app.ui.actions import ActionRegistry, T, assign_mnemonics, mnemonic

ACTION_ROLE = Qt.ItemDataRole.UserRole


def _tr(text: str) -> str:
    return QCoreApplication.translate("main", text)


Menus = tuple[tuple[str, tuple[str, ...]], ...]  # (untranslated title, action names or "|")
Navigation = tuple[tuple[str, tuple[tuple[str, str], ...]], ...]  # translated (group, ((text, action), …))


def batch_kinds() -> list[Kind]:
    """The kinds with a "Create Contacts from …" batch job: those whose records get a contact (SPEC §7.3)."""
    return [k for k in kinds.KINDS if k.has_batch]


def batch_action(entry: Kind) -> str:
    return f"create_contacts_from_{entry.batch_name}"


def menus() -> Menus:
    """The menu bar: the record kinds' entries from the registry, in its order, among the fixed ones."""
    names = [k.name for k in kinds.KINDS]
    return (
        (T("main", "&File"),
         (*(f"new_{name}" for name in names), "|", "import_contacts", "export_contacts", "|", "quit")),
        (T("main", "&Go"),
         (*(f"list_{name}" for name in names), "|", "list_sales_header", "list_purchase_header", "|",
          "duplicates")),
        (T("main", "&Setup"),
         ("marketing_setup", "business_relation_codes", "|", "number_series", "templates", "|",
          "company_information")),
        (T("main", "&Batch Jobs"), tuple(batch_action(k) for k in batch_kinds())),
        (T("main", "&Window"),
         ("close_window", "close_all_windows", "|", "tile_windows", "cascade_windows", "tabbed_windows")),
        (T("main", "&Help"), ("about",)),
    )  # fmt: skip


def navigation() -> Navigation:
    """The navigation pane's groups and entries, translated; the kinds' entries from the registry."""
    return (
        (
            _tr(T("main", "Relationship Management")),
            (
                *((domain_text(k.texts.plural), f"list_{k.name}") for k in kinds.KINDS),
                (_tr(T("main", "Sales Documents")), "list_sales_header"),
                (_tr(T("main", "Purchase Documents")), "list_purchase_header"),
                (_tr(T("main", "Duplicate Contacts")), "duplicates"),
            ),
        ),
        (
            _tr(T("main", "Setup")),
            (
                (_tr(T("main", "Business Relations")), "business_relation_codes"),
                (_tr(T("main", "Marketing Setup")), "marketing_setup"),
                (_tr(T("main", "Number Series")), "number_series"),
                (_tr(T("main", "Templates")), "templates"),
                (_tr(T("main", "Company Information")), "company_information"),
            ),
        ),
        (
            _tr(T("main", "Batch Jobs")),
            tuple((domain_text(k.texts.batch), batch_action(k)) for k in batch_kinds()),
        ),
    )


def menu_bar_letters() -> list[str]:
    """The mnemonics of the main window's menus in the current language (toolbars avoid them if they can)."""
    return [letter for title, _names in menus() if (letter := mnemonic(_tr(title))) is not None]


def build_menus(window: QMainWindow, menus: Menus, actions: ActionRegistry) -> None:
    for title, names in menus:
        menu = window.menuBar().addMenu(_tr(title))
        menu.setObjectName("menu_" + title.replace("&", "").lower().replace(" ", "_"))
        for name in names:
            if name == "|":
                menu.addSeparator()
            else:
                menu.addAction(actions[name])
    assign_menu_mnemonics(window.menuBar().actions())


def assign_menu_mnemonics(entries: list[QAction]) -> None:
    """Mnemonics for the entries of a menu bar or menu and, recursively, of every submenu in it (run again
    after a submenu is added: entries that have one keep it)."""
    assign_mnemonics(entries)
    for entry in entries:
        if (menu := entry.menu()) is not None:
            assign_menu_mnemonics(menu.actions())


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
        for group, entries in navigation():
            parent = QTreeWidgetItem(self, [group])
            parent.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = parent.font(0)
            font.setBold(True)
            parent.setFont(0, font)
            for text, name in entries:
                item = QTreeWidgetItem(parent, [text])
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
