"""SPEC §12 with real windows: two main windows on one database (two connections, as two desks) see each
other's commits in their open cards, merge edits of different fields and ask about the same field."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.ui import prompts
from app.ui.main_window import MainWindow, create_main_window
from tests.helpers.factory import get, linked_trio
from tests.ui.conftest import PromptLog, line, type_into

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def answers() -> Iterator[PromptLog]:
    log = PromptLog()
    prompts.set_answerer(log)
    yield log
    prompts.set_answerer(None)


def open_window(qtbot: QtBot, url: str) -> MainWindow:
    window = create_main_window(url)
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.fixture(params=["postgresql", "sqlite"])
def desks(
    request: pytest.FixtureRequest, qtbot: QtBot, tmp_path: Path, answers: PromptLog
) -> Iterator[tuple[MainWindow, MainWindow, str]]:
    url = (
        request.getfixturevalue("pg_url")
        if request.param == "postgresql"
        else f"sqlite:///{tmp_path / 's.db'}"
    )
    first, second = open_window(qtbot, url), open_window(qtbot, url)
    yield first, second, url
    for window in (first, second):
        window.close()


def test_phone_change_reaches_the_other_desks_open_cards(qtbot: QtBot, desks) -> None:  # type: ignore[no-untyped-def]
    mine, theirs, _url = desks
    contact, customer, _vendor, _bank = linked_trio(mine.ctx.db)
    their_contact = theirs.open_card("contact", contact)
    their_customer = theirs.open_card("customer", customer)
    my_contact = mine.open_card("contact", contact)
    type_into(qtbot, my_contact, "phone_no", "+49 40 777")
    qtbot.keyClick(line(my_contact, "phone_no"), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: line(their_contact, "phone_no").text() == "+49 40 777", timeout=5000)
    qtbot.waitUntil(lambda: line(their_customer, "phone_no").text() == "+49 40 777", timeout=5000)


def test_edits_of_different_fields_merge(qtbot: QtBot, desks) -> None:  # type: ignore[no-untyped-def]
    mine, theirs, _url = desks
    contact, customer, _vendor, _bank = linked_trio(mine.ctx.db)
    my_card, their_card = mine.open_card("customer", customer), theirs.open_card("customer", customer)
    their_typing = type_into(qtbot, their_card, "city", "Bremen")  # not finished yet
    type_into(qtbot, my_card, "phone_no", "040 1")
    qtbot.keyClick(line(my_card, "phone_no"), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: line(their_card, "phone_no").text() == "040 1", timeout=5000)
    assert their_typing.text() == "Bremen"
    qtbot.keyClick(their_typing, Qt.Key.Key_Return)
    record = get(mine.ctx.db, "customer", customer)
    assert (record.phone_no, record.city) == ("040 1", "Bremen")
    assert get(mine.ctx.db, "contact", contact).city == "Bremen"


def test_same_field_asks_and_loses_nothing(qtbot: QtBot, desks, answers: PromptLog) -> None:  # type: ignore[no-untyped-def]
    mine, theirs, _url = desks
    contact, _customer, _vendor, _bank = linked_trio(mine.ctx.db)
    my_card, their_card = mine.open_card("contact", contact), theirs.open_card("contact", contact)
    their_typing = type_into(qtbot, their_card, "city", "Bonn")
    type_into(qtbot, my_card, "city", "Kiel")
    qtbot.keyClick(line(my_card, "city"), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(their_typing.property("changed")), timeout=5000)
    assert their_typing.text() == "Bonn"  # not overwritten while typing
    answers.conflict = "mine"
    qtbot.keyClick(their_typing, Qt.Key.Key_Return)
    (question,) = answers.texts("conflict")
    assert "Kiel" in question
    assert get(mine.ctx.db, "contact", contact).city == "Bonn"
    qtbot.waitUntil(lambda: line(my_card, "city").text() == "Bonn", timeout=5000)


def test_propagated_change_merges_into_unsaved_edit_elsewhere(qtbot: QtBot, desks) -> None:  # type: ignore[no-untyped-def]
    mine, theirs, _url = desks
    contact, customer, _vendor, _bank = linked_trio(mine.ctx.db)
    their_customer = theirs.open_card("customer", customer)
    their_typing = type_into(qtbot, their_customer, "name_2", "Filiale Nord")
    my_contact = mine.open_card("contact", contact)
    type_into(qtbot, my_contact, "email", "neu@firma.de")
    qtbot.keyClick(line(my_contact, "email"), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: line(their_customer, "email").text() == "neu@firma.de", timeout=5000)
    qtbot.keyClick(their_typing, Qt.Key.Key_Return)
    record = get(mine.ctx.db, "customer", customer)
    assert (record.email, record.name_2) == ("neu@firma.de", "Filiale Nord")


def test_change_from_another_process_reaches_open_card(qtbot: QtBot, desks) -> None:  # type: ignore[no-untyped-def]
    mine, _theirs, url = desks
    contact, customer, _vendor, _bank = linked_trio(mine.ctx.db)
    card = mine.open_card("customer", customer)
    script = "\n".join(
        [
            "import sys",
            "from app.db import Database",
            "from app.domain.records import set_field",
            "db = Database(sys.argv[1])",
            "with db.unit_of_work() as session:",
            "    set_field(session, 'contact', sys.argv[2], 'city', 'Lübeck')",
        ]
    )
    subprocess.run([sys.executable, "-c", script, url, contact], cwd=ROOT, check=True, timeout=60)
    qtbot.waitUntil(lambda: line(card, "city").text() == "Lübeck", timeout=5000)


@pytest.mark.postgres
def test_listener_reconnects_after_the_server_drops_it(qtbot: QtBot, pg_url: str, answers: PromptLog) -> None:
    from sqlalchemy import text

    mine, theirs = open_window(qtbot, pg_url), open_window(qtbot, pg_url)
    contact, _customer, _vendor, _bank = linked_trio(mine.ctx.db)
    card = theirs.open_card("contact", contact)
    with mine.ctx.db.engine.begin() as conn:  # what a server restart does to the listening connection
        dropped = conn.execute(
            text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE query LIKE 'LISTEN%' AND datname = current_database()"
            )
        ).all()
    assert dropped
    with mine.ctx.db.unit_of_work() as session:
        from app.domain.records import set_field

        set_field(session, "contact", contact, "city", "Rostock")
    qtbot.waitUntil(lambda: line(card, "city").text() == "Rostock", timeout=10000)
    for window in (mine, theirs):
        window.close()
