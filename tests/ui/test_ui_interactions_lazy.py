"""The contact card's Interaction Log reads lazily (issue 15): not while its section is folded, once when
unfolded, and again when an interaction is logged; a new entry is put on top of the rows already shown."""

from __future__ import annotations

from PySide6.QtWidgets import QTableWidget, QWidget
from pytestqt.qtbot import QtBot

from app.documents.interactions import log_interaction
from app.ui.main_window import MainWindow
from tests.helpers.factory import make_company


def test_folded_log_reads_when_unfolded_and_new_entries_go_on_top(qtbot: QtBot, main: MainWindow) -> None:
    db = main.ctx.db
    company = make_company(db)
    with db.unit_of_work() as session:
        log_interaction(session, company, "note", "first call")
    card = main.open_card("contact", company)
    table = card.findChild(QTableWidget, "interactions_table")
    header = card.findChild(QWidget, "section_header_interactions")
    assert table is not None and header is not None
    assert table.rowCount() == 1  # open and visible: read when shown
    header.click()  # fold
    assert not table.isVisible()
    with db.unit_of_work() as session:
        log_interaction(session, company, "note", "second call")
    assert table.rowCount() == 1  # folded: nothing read
    first = table.item(0, 5)

    header.click()  # unfold

    qtbot.waitUntil(lambda: table.rowCount() == 2)
    assert table.item(0, 5).text() == "second call"
    assert table.item(1, 5) is first  # the older row stays as it was: only the new one was added
