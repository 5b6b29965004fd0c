"""Desktop conventions: the open windows and the main window's geometry come back on the next start."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.db import Database
from app.ui.main_window import create_main_window
from app.ui.session_state import restore_session, save_session
from tests.helpers.factory import make_company


def test_open_windows_are_reopened_next_time(qtbot: QtBot, db: Database, db_url: str) -> None:
    contact = make_company(db)
    gone = make_company(db, name="Bald weg")
    first = create_main_window(db_url)
    qtbot.addWidget(first)
    first.open_list("customer")
    first.open_card("contact", contact)
    first.open_card("contact", gone)
    first.open_card("vendor", None)  # a new, empty card is not remembered
    save_session(first)
    first.close()
    from app.operations.deletion import delete

    with db.unit_of_work() as session:
        delete(session, "contact", gone)
    second = create_main_window(db_url)
    qtbot.addWidget(second)
    assert restore_session(second) == 2
    assert {key for key in second.windows.open_keys()} == {
        ("list", "customer", None),
        ("card", "contact", contact),
    }
    second.close()
