"""Sync History loads incrementally (issue 15): after the first read, a saved change is put on top of the
rows already shown, which stay as they were (not read and rebuilt again); links changing reads afresh."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.ui.main_window import MainWindow
from tests.helpers.factory import edit, linked_trio
from tests.ui.test_ui_sync_history import history_of, texts


def test_a_new_change_is_put_on_top_and_the_older_rows_stay(qtbot: QtBot, main: MainWindow) -> None:
    db = main.ctx.db
    contact, customer, vendor, _bank = linked_trio(db)
    edit(db, "contact", contact, "city", "Hamburg")
    edit(db, "contact", contact, "phone_no", "+49 40 1")
    card = main.open_card("vendor", vendor)
    panel, table, _undo = history_of(card)
    qtbot.waitUntil(lambda: table.rowCount() == 2)
    older = [table.item(row, 3) for row in range(2)]
    older_texts = [texts(table, row) for row in range(2)]

    edit(db, "customer", customer, "city", "Bremen")  # another window's save: the feed brings it

    qtbot.waitUntil(lambda: table.rowCount() == 3)
    assert texts(table, 0)[2:4] == ["City", "\u201cHamburg\u201d \u2192 \u201cBremen\u201d"]
    assert [table.item(row, 3) for row in (1, 2)] == older  # the very same items: nothing rebuilt
    assert [texts(table, row) for row in (1, 2)] == older_texts
    changes = [r.change_id for r in panel.rows()]
    assert len(changes) == 3 and changes[0] not in changes[1:]


def test_an_unrelated_commit_reads_nothing_new(qtbot: QtBot, main: MainWindow) -> None:
    db = main.ctx.db
    contact, _customer, vendor, _bank = linked_trio(db)
    edit(db, "contact", contact, "city", "Hamburg")
    card = main.open_card("vendor", vendor)
    panel, table, _undo = history_of(card)
    qtbot.waitUntil(lambda: table.rowCount() == 1)
    first = table.item(0, 3)
    other, *_ = linked_trio(db)
    edit(db, "contact", other, "city", "Köln")
    qtbot.wait(300)  # longer than the refresh delay: a refresh would have happened by now
    assert table.rowCount() == 1 and table.item(0, 3) is first and len(panel.rows()) == 1
