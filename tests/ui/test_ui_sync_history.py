"""The cards' Sync History section: rows per change, live refresh, undo through the domain (SPEC §6.8)."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QTableWidget, QWidget
from pytestqt.qtbot import QtBot

from app.ui.cards.base import BaseCard
from app.ui.cards.history_panel import HistoryPanel
from app.ui.main_window import MainWindow
from tests.helpers.dump import dump
from tests.helpers.factory import edit, get, linked_trio
from tests.ui.conftest import PromptLog, enter_text, line


def history_of(card: BaseCard) -> tuple[HistoryPanel, QTableWidget, QAction]:
    panel = card.findChild(HistoryPanel, "history_panel")
    table = card.findChild(QTableWidget, "history_table")
    undo = card.findChild(QAction, "action_undo_sync_change")
    assert panel is not None and table is not None and undo is not None
    return panel, table, undo


def texts(table: QTableWidget, row: int) -> list[str]:
    return [table.item(row, column).text() for column in range(table.columnCount())]


def test_every_synchronized_card_has_the_section(main: MainWindow) -> None:
    contact, customer, vendor, bank = linked_trio(main.ctx.db)
    for kind, no in (
        ("contact", contact),
        ("customer", customer),
        ("vendor", vendor),
        ("bank_account", bank),
    ):
        card = main.open_card(kind, no)
        assert card.findChild(QWidget, "section_sync_history") is not None, kind
        history_of(card)


def test_history_shows_a_change_and_refreshes_when_one_is_saved(qtbot: QtBot, main: MainWindow) -> None:
    db = main.ctx.db
    contact, customer, vendor, bank = linked_trio(db)
    vendor_card = main.open_card("vendor", vendor)
    _panel, vendor_table, _undo = history_of(vendor_card)
    assert vendor_table.rowCount() == 0
    customer_card = main.open_card("customer", customer)

    enter_text(customer_card, "city", "Hamburg")

    qtbot.waitUntil(lambda: vendor_table.rowCount() == 1)
    time, user, field, change, route = texts(vendor_table, 0)
    assert time and user == "tester" and field == "City"
    assert change == "\u201cBerlin\u201d \u2192 \u201cHamburg\u201d"
    assert route.startswith(f"Customer {customer} \u2192 ")
    for target in (f"Contact {contact}", f"Vendor {vendor}", f"Bank Account {bank}"):
        assert target in route
    _panel, customer_table, _undo = history_of(customer_card)
    qtbot.waitUntil(lambda: customer_table.rowCount() == 1)  # the panel refreshes on a short timer


def test_undo_puts_every_value_back_and_is_journaled(
    qtbot: QtBot, main: MainWindow, answers: PromptLog
) -> None:
    db = main.ctx.db
    contact, customer, vendor, bank = linked_trio(db)
    edit(db, "customer", customer, "city", "Hamburg")
    card = main.open_card("contact", contact)
    panel, table, undo = history_of(card)
    assert table.rowCount() == 1 and not undo.isEnabled()
    table.selectRow(0)
    assert undo.isEnabled()

    undo.trigger()

    assert answers.texts("question") and "City" in answers.texts("question")[0]
    assert answers.texts("error") == []
    for table_name, no in (
        ("contact", contact),
        ("customer", customer),
        ("vendor", vendor),
        ("bank_account", bank),
    ):
        assert get(db, table_name, no).city == "Berlin", table_name
    qtbot.waitUntil(lambda: line(card, "city").text() == "Berlin")
    qtbot.waitUntil(lambda: table.rowCount() == 2)
    assert texts(table, 0)[3] == "\u201cHamburg\u201d \u2192 \u201cBerlin\u201d"  # the undo, newest first
    assert panel.rows()[0].change_id != panel.rows()[1].change_id


def test_undo_refused_names_the_record_and_changes_nothing(main: MainWindow, answers: PromptLog) -> None:
    db = main.ctx.db
    contact, customer, vendor, _bank = linked_trio(db)
    edit(db, "contact", contact, "phone_no", "040 1")
    edit(db, "vendor", vendor, "phone_no", "040 2")  # a later change the undo would overwrite
    card = main.open_card("customer", customer)
    panel, _table, undo = history_of(card)
    older = panel.rows()[-1].change_id
    panel.select_change(older)
    before = dump(db)

    undo.trigger()

    (error,) = answers.texts("error")
    assert "cannot be undone" in error and "Phone No." in error
    assert dump(db) == before


def test_declining_the_question_changes_nothing(main: MainWindow, answers: PromptLog) -> None:
    db = main.ctx.db
    contact, customer, _vendor, _bank = linked_trio(db)
    edit(db, "customer", customer, "city", "Hamburg")
    card = main.open_card("contact", contact)
    _panel, table, undo = history_of(card)
    table.selectRow(0)
    answers.question = False
    before = dump(db)
    undo.trigger()
    assert dump(db) == before


def test_folded_section_reads_when_unfolded(qtbot: QtBot, main: MainWindow) -> None:
    db = main.ctx.db
    contact, customer, _vendor, _bank = linked_trio(db)
    card = main.open_card("contact", contact)
    panel, table, _undo = history_of(card)
    header = card.findChild(QWidget, "section_header_sync_history")
    header.setChecked(False)  # type: ignore[attr-defined]
    edit(db, "customer", customer, "city", "Hamburg")
    assert table.rowCount() == 0  # folded: nothing read
    header.setChecked(True)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: table.rowCount() == 1)
    assert panel.rows()[0].field == "city"
