"""Open cards show synchronized values at once, without overwriting what the user is typing (SPEC §6.6)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QTableWidget
from pytestqt.qtbot import QtBot

from app.operations import deletion
from app.ui.main_window import MainWindow
from tests.helpers.factory import create_as_, edit, get, make_company, make_person
from tests.ui.conftest import PromptLog, enter_text, line, type_into


def _company_with_customer_and_vendor(main: MainWindow) -> tuple[str, str, str]:
    db = main.ctx.db
    contact = make_company(db, phone_no="+49 30 111", city="Berlin", address="Hauptstr. 1")
    return contact, create_as_(db, contact, "customer", "CUST-COMP"), create_as_(db, contact, "vendor")


def test_phone_typed_in_contact_card_reaches_open_customer_and_vendor_cards(
    qtbot: QtBot, main: MainWindow
) -> None:
    contact, customer, vendor = _company_with_customer_and_vendor(main)
    customer_card = main.open_card("customer", customer)
    vendor_card = main.open_card("vendor", vendor)
    contact_card = main.open_card("contact", contact)
    assert line(customer_card, "phone_no").text() == "+49 30 111"

    type_into(qtbot, contact_card, "phone_no", "+49 30 999")
    qtbot.keyClick(line(contact_card, "phone_no"), Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: line(customer_card, "phone_no").text() == "+49 30 999")
    assert line(vendor_card, "phone_no").text() == "+49 30 999"
    assert get(main.ctx.db, "customer", customer).phone_no == "+49 30 999"
    assert get(main.ctx.db, "vendor", vendor).phone_no == "+49 30 999"


def test_focus_change_saves_like_enter(qtbot: QtBot, main: MainWindow) -> None:
    contact, customer, _vendor = _company_with_customer_and_vendor(main)
    customer_card = main.open_card("customer", customer)
    contact_card = main.open_card("contact", contact)
    qtbot.waitUntil(lambda: main.mdi.activeSubWindow().widget() is contact_card)
    edit_field = type_into(qtbot, contact_card, "phone_no", "0301234")
    qtbot.waitUntil(edit_field.hasFocus)
    qtbot.keyClick(edit_field, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: line(customer_card, "phone_no").text() == "0301234")


def test_customer_address_reaches_open_contact_and_vendor_cards(qtbot: QtBot, main: MainWindow) -> None:
    contact, customer, vendor = _company_with_customer_and_vendor(main)
    contact_card = main.open_card("contact", contact)
    vendor_card = main.open_card("vendor", vendor)
    customer_card = main.open_card("customer", customer)

    enter_text(customer_card, "address", "Königsallee 12")
    enter_text(customer_card, "city", "Düsseldorf")

    qtbot.waitUntil(lambda: line(contact_card, "address").text() == "Königsallee 12")
    assert line(vendor_card, "address").text() == "Königsallee 12"
    assert line(contact_card, "city").text() == "Düsseldorf"
    assert line(vendor_card, "city").text() == "Düsseldorf"
    assert get(main.ctx.db, "vendor", vendor).city == "Düsseldorf"


def test_field_being_edited_is_not_overwritten_by_a_live_refresh(
    qtbot: QtBot, main: MainWindow, answers: PromptLog
) -> None:
    contact, customer, _vendor = _company_with_customer_and_vendor(main)
    contact_card = main.open_card("contact", contact)
    typing = type_into(qtbot, contact_card, "phone_no", "0221 55")  # not finished yet

    edit(main.ctx.db, "customer", customer, "phone_no", "0800 1")  # another window / user saves
    edit(main.ctx.db, "customer", customer, "city", "Köln")

    qtbot.waitUntil(lambda: line(contact_card, "city").text() == "Köln")
    assert typing.text() == "0221 55"
    assert typing.property("changed") is True
    assert "0800 1" in typing.toolTip()
    assert get(main.ctx.db, "contact", contact).phone_no == "0800 1"

    qtbot.keyClick(typing, Qt.Key.Key_Return)  # finishing asks (same field): the user keeps theirs
    (conflict,) = answers.texts("conflict")
    assert "0800 1" in conflict
    assert get(main.ctx.db, "contact", contact).phone_no == "0221 55"
    assert not typing.property("changed")


@pytest.mark.parametrize("choice", ["theirs", None])
def test_conflict_take_theirs_or_decide_later_loses_nothing(
    qtbot: QtBot, main: MainWindow, answers: PromptLog, choice: str | None
) -> None:
    contact, _customer, _vendor = _company_with_customer_and_vendor(main)
    contact_card = main.open_card("contact", contact)
    typing = type_into(qtbot, contact_card, "city", "Bonn")
    edit(main.ctx.db, "contact", contact, "city", "Köln")
    qtbot.waitUntil(lambda: bool(typing.property("changed")))
    answers.conflict = choice
    qtbot.keyClick(typing, Qt.Key.Key_Return)
    assert get(main.ctx.db, "contact", contact).city == "Köln"
    assert typing.text() == ("Köln" if choice == "theirs" else "Bonn")  # undecided keeps the entry


def test_escape_takes_the_value_that_changed_underneath(qtbot: QtBot, main: MainWindow) -> None:
    contact, customer, _vendor = _company_with_customer_and_vendor(main)
    contact_card = main.open_card("contact", contact)
    typing = type_into(qtbot, contact_card, "phone_no", "0221 55")
    edit(main.ctx.db, "customer", customer, "phone_no", "0800 1")
    qtbot.waitUntil(lambda: bool(typing.property("changed")))
    qtbot.keyClick(typing, Qt.Key.Key_Escape)
    assert typing.text() == "0800 1"
    assert not typing.property("changed")


def test_title_follows_a_rename_made_elsewhere(qtbot: QtBot, main: MainWindow) -> None:
    contact, customer, _vendor = _company_with_customer_and_vendor(main)
    contact_card = main.open_card("contact", contact)
    edit(main.ctx.db, "customer", customer, "name", "Neuer Name AG")
    qtbot.waitUntil(lambda: contact_card.windowTitle() == f"Contact {contact} · Neuer Name AG")
    sub = main.windows.subwindow_of(contact_card)
    assert sub is not None and sub.windowTitle() == contact_card.windowTitle()


def test_card_closes_when_its_record_is_deleted_elsewhere(qtbot: QtBot, main: MainWindow) -> None:
    _contact, customer, _vendor = _company_with_customer_and_vendor(main)
    customer_card = main.open_card("customer", customer)

    with main.ctx.db.unit_of_work() as session:
        deletion.delete(session, "customer", customer)
    qtbot.waitUntil(lambda: main.windows.find(("card", "customer", customer)) is None)
    assert customer_card not in main.windows.windows()


def test_person_card_follows_its_company_links(qtbot: QtBot, main: MainWindow) -> None:
    db = main.ctx.db
    company = make_company(db, name="Firma AG")
    person = make_person(db, company, "Eva Maier")
    card = main.open_card("contact", person)
    assert line(card, "business_relation").text() == "None"
    open_customer = card.findChild(QAction, "action_open_customer")
    assert open_customer is not None and not open_customer.isEnabled()

    customer = create_as_(db, company, "customer", "CUST-COMP")

    qtbot.waitUntil(lambda: line(card, "business_relation").text() == "Customer")
    assert open_customer.isEnabled()
    table = card.findChild(QTableWidget, "relations_table")
    assert table is not None and table.rowCount() == 1
    assert table.item(0, 3).text() == customer and table.item(0, 4).text() == company
    assert not table.isColumnHidden(4)
