"""List windows: lazy SQL model (checked by qtmodeltester), search, sort, open on Enter, delete, live rows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLineEdit
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import insert, update

from app.db import Database
from app.models import Contact
from app.ui.lists.list_window import ListWindow
from app.ui.lists.model import RecordTableModel
from app.ui.main_window import MainWindow
from tests.helpers.factory import create_as_, edit, get, make_company, make_person
from tests.ui.conftest import PromptLog


def _bulk_contacts(db: Database, count: int) -> None:
    rows = [
        {
            "no": f"K{i:05d}",
            "name": f"Firma {i:05d}",
            "search_name": f"FIRMA {i:05d}",
            "city": "Ulm" if i % 2 else "Bonn",
        }
        for i in range(count)
    ]
    with db.engine.begin() as conn:
        conn.execute(insert(Contact), rows)


def _names(model: RecordTableModel) -> list[str]:
    return [model.index(row, 1).data() for row in range(model.rowCount())]


def test_model_passes_qtmodeltester(qtmodeltester: ModelTester, db: Database) -> None:
    make_company(db, name="Alpha GmbH", city="Köln", phone_no="0221 1")
    make_person(db, None, "Bea Berg")
    model = RecordTableModel(db, "contact")
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    assert model.headerData(0, Qt.Orientation.Horizontal) == "No."
    assert model.index(0, 2).data() == "Company"


def test_model_pages_rows_in_and_counts_in_sql(qtmodeltester: ModelTester, db: Database) -> None:
    _bulk_contacts(db, 450)
    model = RecordTableModel(db, "contact")
    assert model.rowCount() == model.PAGE_SIZE
    assert model.count() == 450
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 450
    assert not model.canFetchMore(QModelIndex())
    assert len(set(_names(model))) == 450
    model.sort(1, Qt.SortOrder.DescendingOrder)
    model.fetchMore(QModelIndex())
    names = _names(model)
    assert names == sorted(names, reverse=True) and len(names) == 400
    model.sort(4, Qt.SortOrder.AscendingOrder)  # city: many equal values, keyset by (city, no)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    keys = [model.key(row) for row in range(model.rowCount())]
    assert len(keys) == len(set(keys)) == 450
    qtmodeltester.check(model)


def test_search_filters_by_no_name_city_and_phone(qtbot: QtBot, main: MainWindow) -> None:
    db = main.ctx.db
    make_company(db, name="Alpha GmbH", city="Köln")
    make_company(db, name="Beta AG", city="Hamburg", phone_no="040 777")
    make_company(db, name="Gamma 100% KG", city="Alphaville")
    window = main.open_list("contact")
    assert window.objectName() == "list_contact"
    search = window.findChild(QLineEdit, "search")
    assert search is not None
    qtbot.keyClicks(search, "alpha")
    qtbot.waitUntil(lambda: window.model.rowCount() == 2)
    assert set(_names(window.model)) == {"Alpha GmbH", "Gamma 100% KG"}
    search.setText("777")
    qtbot.waitUntil(lambda: _names(window.model) == ["Beta AG"])
    search.setText("100%")
    qtbot.waitUntil(lambda: _names(window.model) == ["Gamma 100% KG"])
    search.setText("_")
    qtbot.waitUntil(lambda: window.model.rowCount() == 0)
    assert "0" in window.count_label.text()
    search.clear()
    qtbot.waitUntil(lambda: window.model.rowCount() == 3)


def test_ctrl_f_focuses_search(qtbot: QtBot, main: MainWindow) -> None:
    window = main.open_list("contact")
    window.view.setFocus()
    qtbot.waitUntil(window.view.hasFocus)
    qtbot.keyClick(window.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.search.hasFocus)


def test_header_click_sorts(qtbot: QtBot, main: MainWindow) -> None:
    for name in ("Beta", "Alpha", "Gamma"):
        make_company(main.ctx.db, name=name)
    window = main.open_list("contact")
    assert _names(window.model) == ["Beta", "Alpha", "Gamma"]  # by number
    header = window.view.horizontalHeader()
    position = QPoint(header.sectionViewportPosition(1) + 5, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=position)
    qtbot.waitUntil(lambda: _names(window.model) == ["Alpha", "Beta", "Gamma"])
    window.view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert _names(window.model) == ["Gamma", "Beta", "Alpha"]


def test_enter_opens_the_card_and_opening_again_raises_it(qtbot: QtBot, main: MainWindow) -> None:
    make_company(main.ctx.db, name="Alpha")
    second = make_company(main.ctx.db, name="Beta")
    window = main.open_list("contact")
    window.view.setFocus()
    window.select_key(second)
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    card = main.windows.find(("card", "contact", second))
    assert card is not None and card.objectName() == "card_contact"
    assert main.mdi.activeSubWindow().widget() is card
    main.open_list("contact")
    assert main.mdi.activeSubWindow().widget() is window
    window.open_current()
    assert main.mdi.activeSubWindow().widget() is card
    assert len(main.windows.windows()) == 2


def test_delete_asks_with_the_plan_text(qtbot: QtBot, main: MainWindow, answers: PromptLog) -> None:
    db = main.ctx.db
    company = make_company(db, name="Alpha")
    person = make_person(db, company, "Eva Maier")
    customer = create_as_(db, company, "customer", "CUST-COMP")
    window = main.open_list("contact")
    window.select_key(company)
    answers.question = False
    delete = window.findChild(QAction, "action_delete")
    assert delete is not None and delete.shortcut().toString() == "Del"
    delete.trigger()
    text = answers.texts("question")[0]
    assert text.startswith(f"Delete contact {company}?")
    assert f"person {person} Eva Maier" in text and f"customer {customer}" in text
    assert window.model.rowCount() == 2
    answers.question = True
    window.commands["delete"].trigger()
    qtbot.waitUntil(lambda: window.model.rowCount() == 0)
    assert get(db, "customer", customer) is not None


def test_rows_refresh_live(qtbot: QtBot, main: MainWindow) -> None:
    db = main.ctx.db
    contact = make_company(db, name="Alpha", city="Ulm")
    customer = create_as_(db, contact, "customer", "CUST-COMP")
    contacts: ListWindow = main.open_list("contact")
    customers: ListWindow = main.open_list("customer")
    contacts.select_key(contact)
    edit(db, "customer", customer, "city", "Bonn")
    qtbot.waitUntil(lambda: contacts.model.index(0, 4).data() == "Bonn")
    assert customers.model.index(0, 2).data() == "Bonn"
    assert contacts.model.index(0, 7).data() == "Customer"
    make_company(db, name="Zeta")
    qtbot.waitUntil(lambda: contacts.model.rowCount() == 2)
    assert contacts.current_key() == contact


def test_list_keyboard_shortcuts(qtbot: QtBot, main: MainWindow, answers: PromptLog) -> None:
    contact = make_company(main.ctx.db, name="Alpha")
    window = main.open_list("contact")
    window.view.setFocus()
    window.select_key(contact)
    qtbot.waitUntil(window.view.hasFocus)
    answers.question = False
    qtbot.keyClick(window.view, Qt.Key.Key_Delete)
    assert answers.texts("question") == [f"Delete contact {contact}?"]
    qtbot.keyClick(window.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert main.mdi.activeSubWindow().widget().window_key() == ("card", "contact", None)
    with main.ctx.db.unit_of_work() as session:  # a change the change feed does not announce
        session.execute(update(Contact).where(Contact.no == contact).values(name="Renamed"))
    main.open_list("contact")
    window.view.setFocus()
    qtbot.waitUntil(window.view.hasFocus)
    qtbot.keyClick(window.view, Qt.Key.Key_F5)
    assert window.model.index(0, 1).data() == "Renamed"


def test_enter_in_search_opens_the_first_match(qtbot: QtBot, main: MainWindow) -> None:
    make_company(main.ctx.db, name="Alpha")
    beta = make_company(main.ctx.db, name="Beta")
    make_company(main.ctx.db, name="Betamax")
    window = main.open_list("contact")
    window.focus_search()
    qtbot.waitUntil(window.search.hasFocus)
    qtbot.keyClicks(window.search, "bet")
    qtbot.keyClick(window.search, Qt.Key.Key_Return)  # one Enter: the first row found opens
    card = main.windows.find(("card", "contact", beta))
    assert card is not None and card.isVisible()


@pytest.mark.parametrize("downs", [1, 2])
def test_search_down_enter_opens_the_selected_row_with_one_enter(
    qtbot: QtBot, main: MainWindow, downs: int
) -> None:
    make_company(main.ctx.db, name="Alpha")
    beta = make_company(main.ctx.db, name="Beta")
    betamax = make_company(main.ctx.db, name="Betamax")
    window = main.open_list("contact")
    window.focus_search()
    qtbot.waitUntil(window.search.hasFocus)
    qtbot.keyClicks(window.search, "bet")
    qtbot.keyClick(window.search, Qt.Key.Key_Down)  # into the list, on the first row found
    qtbot.waitUntil(window.view.hasFocus)
    assert window.current_key() == beta
    for _ in range(downs - 1):
        qtbot.keyClick(window.view, Qt.Key.Key_Down)
    wanted = beta if downs == 1 else betamax
    assert window.current_key() == wanted
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    assert main.windows.find(("card", "contact", wanted)) is not None
    other = betamax if wanted == beta else beta
    assert main.windows.find(("card", "contact", other)) is None
