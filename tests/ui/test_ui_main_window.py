"""The main window: wiring, menus and navigation, window registry, dialogs and batch jobs entry points."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QTreeWidget, QWidget
from pytestqt.qtbot import QtBot

from app.ui.main_window import MainWindow, create_main_window
from tests.helpers.factory import make_company
from tests.ui.conftest import PromptLog

MENU_ACTIONS = (
    "marketing_setup",
    "business_relation_codes",
    "create_contacts_from_customers",
    "create_contacts_from_vendors",
    "create_contacts_from_bank_accounts",
    "number_series",
    "templates",
    "quit",
)


def test_create_main_window_opens_no_modal_dialog(qtbot: QtBot, tmp_path: Path, answers: PromptLog) -> None:
    window = create_main_window(f"sqlite:///{tmp_path / 'fresh.db'}")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert QApplication.activeModalWidget() is None
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]
    assert answers.calls == []
    assert window.windowTitle() == "ContactSync"
    status = window.findChild(QLabel, "status_database")
    assert status is not None and "fresh.db" in status.text()
    for name in MENU_ACTIONS:
        assert window.findChild(QAction, f"action_{name}") is not None, name
    navigation = window.findChild(QTreeWidget, "navigation")
    assert navigation is not None
    entries = [navigation.topLevelItem(i).child(j).text(0) for i in range(3)
               for j in range(navigation.topLevelItem(i).childCount())]  # fmt: skip
    for text in ("Contacts", "Customers", "Vendors", "Bank Accounts", "Business Relations", "Marketing Setup",
                 "Number Series", "Templates", "Create Contacts from Customers"):  # fmt: skip
        assert text in entries
    window.close()


def test_open_list_and_card_raise_the_open_window(main: MainWindow) -> None:
    no = make_company(main.ctx.db, name="Alpha")
    card = main.open_card("contact", no)
    contacts = main.open_list("contact")
    assert main.mdi.activeSubWindow().widget() is contacts
    assert main.open_card("contact", no) is card
    assert main.mdi.activeSubWindow().widget() is card
    assert main.open_list("contact") is contacts
    assert len(main.windows.windows()) == 2
    with pytest.raises(ValueError, match="unknown kind"):
        main.open_list("invoice")


def test_navigation_click_opens_lists(qtbot: QtBot, main: MainWindow) -> None:
    navigation = main.navigation
    item = navigation.entry("list_customer")
    assert item is not None
    navigation.trigger(item)
    assert main.mdi.activeSubWindow().widget().objectName() == "list_customer"


def test_close_window_action_closes_the_active_window(qtbot: QtBot, main: MainWindow) -> None:
    main.open_list("vendor")
    main.open_list("bank_account")
    main.commands["close_window"].trigger()
    qtbot.waitUntil(lambda: len(main.windows.windows()) == 1)
    assert main.windows.windows()[0].objectName() == "list_vendor"
    assert main.commands["close_window"].shortcut().toString() == "Ctrl+W"


@pytest.mark.parametrize(
    ("action", "module", "name"),
    [
        ("marketing_setup", "app.ui.dialogs.marketing_setup", "MarketingSetupDialog"),
        ("business_relation_codes", "app.ui.dialogs.business_relation_codes", "BusinessRelationCodesDialog"),
        ("number_series", "app.ui.dialogs.no_series", "NoSeriesDialog"),
        ("templates", "app.ui.dialogs.templates", "TemplatesDialog"),
    ],
)
def test_setup_actions_open_their_dialogs(
    main: MainWindow, monkeypatch: pytest.MonkeyPatch, action: str, module: str, name: str
) -> None:
    shown: list[QWidget | None] = []

    class FakeDialog(QDialog):
        def __init__(self, ctx: object, parent: QWidget | None) -> None:
            super().__init__(parent)
            assert ctx is main.ctx
            shown.append(parent)

        def exec(self) -> int:
            return 0

    monkeypatch.setattr(f"{module}.{name}", FakeDialog)
    main.commands[action].trigger()
    assert shown == [main]


@pytest.mark.parametrize("table", ["customer", "vendor", "bank_account"])
def test_batch_actions_run_the_batch_dialog(
    main: MainWindow, monkeypatch: pytest.MonkeyPatch, table: str
) -> None:
    runs: list[str] = []

    def fake_run_batch(ctx: object, kind: str, parent: QWidget | None) -> None:
        assert ctx is main.ctx and parent is main
        runs.append(kind)

    monkeypatch.setattr("app.ui.dialogs.batch_dialog.run_batch", fake_run_batch)
    plural = {"customer": "customers", "vendor": "vendors", "bank_account": "bank_accounts"}[table]
    main.commands[f"create_contacts_from_{plural}"].trigger()
    assert runs == [table]
