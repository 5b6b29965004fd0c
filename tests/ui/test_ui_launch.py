"""Starting the GUI: first-start demo offer, --open, and the one excepthook."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.db import Database
from app.demo.loader import DemoSummary
from app.errors import UserError
from app.ui.launch import ExceptionHandler, open_from_spec, run_gui
from app.ui.main_window import MainWindow
from tests.helpers.factory import make_company
from tests.ui.conftest import PromptLog


def _close_main_later(seen: list[MainWindow]) -> None:
    def close() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible():
                seen.append(widget)
                seen[-1].setProperty("open_windows", [w.objectName() for w in widget.windows.windows()])
                widget.close()

    QTimer.singleShot(0, close)


def test_run_gui_offers_demo_data_on_first_start(
    qtbot: QtBot, tmp_path: Path, answers: PromptLog, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    loaded: list[Database] = []

    def fake_load_demo(db: Database) -> DemoSummary:
        loaded.append(db)
        return DemoSummary(contacts=3)

    monkeypatch.setattr("app.demo.loader.load_demo", fake_load_demo)
    answers.question = True
    seen: list[MainWindow] = []
    _close_main_later(seen)
    assert run_gui(f"sqlite:///{tmp_path / 'first.db'}", None, first_start=True) == 0
    assert len(loaded) == 1 and str(loaded[0].url).endswith("first.db")
    assert "demo data" in answers.texts("question")[0]
    assert seen[0].property("open_windows") == ["list_contact"]


def test_run_gui_opens_the_card_named_on_the_command_line(
    qtbot: QtBot, tmp_path: Path, answers: PromptLog, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    url = f"sqlite:///{tmp_path / 'open.db'}"
    db = Database(url)
    no = make_company(db, name="Alpha")
    db.dispose()
    seen: list[MainWindow] = []
    _close_main_later(seen)
    assert run_gui(url, f"contact/{no}", first_start=False) == 0
    assert answers.calls == []
    assert seen and seen[0].property("open_windows") == ["card_contact"]


def test_open_from_spec(main: MainWindow, answers: PromptLog) -> None:
    no = make_company(main.ctx.db)
    assert open_from_spec(main, "customer").objectName() == "list_customer"
    card = open_from_spec(main, f"contact/{no.lower()}")
    assert card is not None and card.window_key() == ("card", "contact", no)
    assert open_from_spec(main, "vendor/new").window_key() == ("card", "vendor", None)
    assert open_from_spec(main, "contact/NOPE") is None
    assert open_from_spec(main, "invoice/1") is None
    assert len(answers.texts("error")) == 2
    assert "does not exist" in answers.texts("error")[0]


def test_excepthook_logs_and_shows_one_error(answers: PromptLog, caplog: pytest.LogCaptureFixture) -> None:
    handler = ExceptionHandler(None)
    try:
        raise RuntimeError("boom")
    except RuntimeError as exc:
        handler(RuntimeError, exc, exc.__traceback__)
    handler(UserError, UserError("Nope."), None)
    assert answers.texts("error")[0].startswith("Something went wrong (RuntimeError).")
    assert "boom" not in answers.texts("error")[0]  # an error's text may hold values (SPEC §16)
    assert answers.texts("error")[1] == "Nope."
    assert "unexpected error" in caplog.text
