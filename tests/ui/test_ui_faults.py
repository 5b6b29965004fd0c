"""SPEC §16 in the GUI: database faults shown as messages at the field with the typed text kept, the
read-only banner, the restore offer for a damaged file, and no values or SQL in the log or the dialogs."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy.exc import OperationalError

from app.db import Database
from app.errors import FAULT_MESSAGES, FULL, LOCKED
from app.logsetup import configure_logging
from app.migrate import make_backup
from app.ui.launch import ExceptionHandler, run_gui
from app.ui.main_window import MainWindow
from tests.helpers.factory import get, make, make_company
from tests.helpers.faults import fill_up, write_lock_held
from tests.ui.conftest import PromptLog, enter_text, line


def _error(card: object, field_name: str) -> str:
    label = card.findChild(QLabel, f"error_{field_name}")  # type: ignore[attr-defined]
    return label.text() if label is not None and label.isVisible() else ""  # made with the first refusal


def test_locked_save_keeps_the_typed_text_and_succeeds_on_retry(main: MainWindow, db: Database) -> None:
    no = make_company(db, "Alpha GmbH", city="Ulm")
    card = main.open_card("contact", no)
    assert db.path is not None
    with write_lock_held(db.path):
        enter_text(card, "city", "Bonn")
        assert _error(card, "city") == FAULT_MESSAGES[LOCKED]
        assert line(card, "city").text() == "Bonn"  # the typed text is kept for the retry
        assert get(db, "contact", no).city == "Ulm"
    line(card, "city").editingFinished.emit()  # the user tries again
    assert get(db, "contact", no).city == "Bonn"
    assert _error(card, "city") == ""


def test_full_disk_save_keeps_the_typed_text(main: MainWindow, db: Database) -> None:
    no = make_company(db, "Alpha GmbH", city="Ulm")
    fill_up(db)
    for index in range(300):  # use up most of the free room in the file's pages
        try:
            make(db, "contact", type="company", name=f"Füller {index:03} " + "x" * 60)
        except Exception:
            break
    card = main.open_card("contact", no)
    saved = "Alpha GmbH"
    for attempt in range(200):  # each save adds journal rows: one of them meets the full file
        typed = f"Alpha Beta Gamma GmbH {attempt:03} " + "y" * 60
        enter_text(card, "name", typed)
        if _error(card, "name"):
            break
        saved = typed
    assert _error(card, "name") == FAULT_MESSAGES[FULL]
    assert line(card, "name").text() == typed  # the typed text is kept
    assert get(db, "contact", no).name == saved  # nothing of the refused save was written


def _close_later(seen: list[MainWindow]) -> None:
    def close() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible():
                banner = widget.findChild(QLabel, "banner_read_only_text")
                widget.setProperty("banner", banner.text() if banner is not None else None)
                seen.append(widget)
                widget.close()

    QTimer.singleShot(0, close)


def test_read_only_file_opens_with_a_banner(
    qtbot: QtBot, tmp_path: Path, answers: PromptLog, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    path = tmp_path / "ro.db"
    db = Database(f"sqlite:///{path}")
    make_company(db, "Alpha GmbH")
    db.dispose()
    os.chmod(path, 0o400)
    seen: list[MainWindow] = []
    _close_later(seen)
    assert run_gui(f"sqlite:///{path}", None, first_start=False) == 0
    banner = str(seen[0].property("banner")) if seen else ""
    assert banner.startswith("Read-only: the database file is write-protected")
    assert answers.texts("error") == []
    assert not list(tmp_path.glob("*.bak"))  # nothing written beside a read-only file


def test_damaged_file_offers_the_latest_backup(
    qtbot: QtBot, tmp_path: Path, answers: PromptLog, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    path = tmp_path / "damaged.db"
    db = Database(f"sqlite:///{path}")
    no = make_company(db, "Alpha GmbH")
    db.dispose()
    make_backup(path, "open")
    path.write_bytes(b"this is not a database" * 200)
    answers.question = True
    seen: list[MainWindow] = []
    _close_later(seen)
    assert run_gui(f"sqlite:///{path}", None, first_start=False) == 0
    assert "damaged" in answers.texts("question")[0] and "backup" in answers.texts("question")[0]
    assert seen and seen[0].property("banner") is None
    db = Database(f"sqlite:///{path}")
    assert get(db, "contact", no).name == "Alpha GmbH"
    db.dispose()
    assert list(tmp_path.glob("damaged.db.damaged-*"))


def test_new_database_in_a_read_only_folder_shows_a_dialog(
    qtbot: QtBot, tmp_path: Path, answers: PromptLog
) -> None:
    folder = tmp_path / "ro"
    folder.mkdir(mode=0o500)
    try:
        assert run_gui(f"sqlite:///{folder / 'new.db'}", None, first_start=True) == 1
    finally:
        os.chmod(folder, 0o700)
    assert answers.texts("error") == ["The database file cannot be opened or created. Check that its folder "
                                      "exists and that you may write to it."]  # fmt: skip


def test_refused_iban_and_email_never_reach_the_log(
    main: MainWindow, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CONTACTSYNC_HOME", str(tmp_path / "home"))
    configure_logging(to_file=True)
    try:
        bank = make(db, "bank_account", name="Hausbank", auto_contact=False)
        contact = make_company(db, "Alpha GmbH")
        enter_text(main.open_card("bank_account", bank), "iban", "DE44 1007 0000 0123 4567 99")
        enter_text(main.open_card("contact", contact), "email", "geheim.person@@beispiel.de")
        enter_text(main.open_card("contact", contact), "name", "Geheimname\x1bGmbH")
        for handler in logging.getLogger().handlers:
            handler.flush()
        log_file = tmp_path / "home" / "logs" / "contactsync.log"
        text = log_file.read_text(encoding="utf-8")
        assert "refused" in text  # the refusals were logged, by their rule
        for secret in ("DE44", "0123 4567", "geheim.person", "Geheimname"):
            assert secret not in text
        assert oct(log_file.stat().st_mode & 0o777) == oct(0o600)
        assert oct(log_file.parent.stat().st_mode & 0o777) == oct(0o700)
    finally:
        configure_logging()


def test_database_error_dialog_and_log_hold_no_sql_and_no_values(
    answers: PromptLog, caplog: pytest.LogCaptureFixture
) -> None:
    raw = OperationalError(
        "UPDATE contact SET email=? WHERE contact.no = ?",
        ("anna.schmidt@beispiel.de", "CT000001"),
        Exception("disk I/O error"),
    )
    unknown = OperationalError(
        "UPDATE bank_account SET iban=? WHERE no = ?", ("DE44100700000123456700", "B1"), Exception("weird")
    )
    handler = ExceptionHandler(None)
    with caplog.at_level(logging.INFO):
        for exc in (raw, unknown):
            handler(OperationalError, exc, None)
        locked = OperationalError("UPDATE contact SET name=?", ("Anna",), Exception("database is locked"))
        handler(OperationalError, locked, None)
    texts = answers.texts("error")
    assert len(texts) == 3 and texts[2] == FAULT_MESSAGES[LOCKED]
    for shown in (*texts, caplog.text):
        for secret in ("UPDATE", "SET", "anna.schmidt", "DE44", "CT000001", "Anna", "[SQL"):
            assert secret not in shown, (secret, shown)


def test_opening_makes_one_owner_only_backup_a_day(tmp_path: Path) -> None:
    from app.ui.launch import daily_backup

    path = tmp_path / "daily.db"
    db = Database(f"sqlite:///{path}")
    make_company(db, "Alpha GmbH")
    db.dispose()
    first = daily_backup(f"sqlite:///{path}")
    assert first is not None and oct(first.stat().st_mode & 0o777) == oct(0o600)
    assert daily_backup(f"sqlite:///{path}") is None  # one a day
    assert [p.name for p in tmp_path.glob("*.bak")] == [first.name]


def test_fault_and_control_character_messages_in_german(qapp: QApplication, db: Database) -> None:
    from PySide6.QtCore import QLocale

    from app import errors
    from app.errors import DatabaseFault, UserError
    from app.ui.launch import install_translations
    from app.ui.translations import remove_translators
    from tests.helpers.factory import edit

    locale, translate = QLocale(), errors.translate
    install_translations(qapp, "de")
    try:
        assert DatabaseFault(LOCKED).message.startswith("Die Datenbank wird gerade von einem anderen")
        assert DatabaseFault(FULL).message.startswith("Der Datenträger ist voll")
        no = make_company(db, "Alpha GmbH")
        with pytest.raises(UserError) as refused:
            edit(db, "contact", no, "name", "Al\x1bpha")
        assert refused.value.message == (
            "Name enthält ein Steuerzeichen (U+001B), das in Textfeldern nicht zulässig ist."
        )
    finally:
        remove_translators(qapp)
        QLocale.setDefault(locale)
        errors.translate = translate


def test_unwritable_data_folder_gives_a_dialog_not_a_traceback(
    qtbot: QtBot, tmp_path: Path, answers: PromptLog, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.__main__ import main

    blocker = tmp_path / "home"
    blocker.write_text("a file where the data folder's parent should be")  # mkdir fails, even for root
    monkeypatch.setenv("CONTACTSYNC_HOME", str(blocker / "ContactSync"))
    try:
        assert main([]) == 1
    finally:
        configure_logging()
    assert answers.texts("error") == [FAULT_MESSAGES["open"]]


def test_read_only_database_shows_every_card_field_read_only(qtbot: QtBot, tmp_path: Path) -> None:
    """Nothing can be typed that could not be saved: on a write-protected file every field of every kind's
    card is drawn read-only, choices and check boxes as their text."""
    from app.kinds import KINDS
    from app.ui.main_window import create_main_window
    from app.ui.widgets import ReadOnlyField

    path = tmp_path / "ro.db"
    db = Database(f"sqlite:///{path}")
    company = make_company(db, "Alpha GmbH", city="Ulm")
    records = {"contact": company}
    for kind in KINDS:
        if kind.name == "employee":
            fields = {"first_name": "Alpha", "last_name": "Muster"}
            records["employee"] = make(db, "employee", **fields, auto_contact=False)
        elif kind.name != "contact":
            records[kind.name] = make(db, kind.name, name=f"Alpha {kind.name}", auto_contact=False)
    db.dispose()
    os.chmod(path, 0o400)
    window = create_main_window(f"sqlite:///{path}")
    qtbot.addWidget(window)
    try:
        assert window.ctx.db.read_only
        for table, no in records.items():
            card = window.open_card(table, no)
            editors = card.editors.values()  # type: ignore[attr-defined]
            writable = [e.field for e in editors if not isinstance(e, ReadOnlyField)]
            assert writable == [], f"{table}: {writable}"
            name = "first_name" if table == "employee" else "name"
            assert card.editors[name].input.text().startswith("Alpha")  # type: ignore[attr-defined]
            card.close()
    finally:
        window.close()
        os.chmod(path, 0o600)
