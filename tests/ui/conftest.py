"""UI fixtures: prompts answered and recorded, an app context on the test database, the main window."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from app.db import Database
from app.ui import prompts
from app.ui.cards.base import BaseCard
from app.ui.context import AppContext
from app.ui.main_window import MainWindow
from app.ui.sync_controller import SyncController


@dataclass
class PromptLog:
    """Answers every prompt without showing it and records (kind, title, text, options)."""

    calls: list[tuple[str, str, str, tuple[str, ...]]] = field(default_factory=list)
    question: bool = True
    choice: str | None = None
    cancel_choice: bool = False
    conflict: str | None = "mine"  # what the user picks when someone else saved the same field
    save_path: str | None = None  # the file chosen in a save dialog (None: cancelled)
    unsaved: str | None = None  # Esc on a card with typed text: "save", "discard" or None (cancel)

    def __call__(self, kind: str, title: str, text: str, options: Sequence[str]) -> Any:
        self.calls.append((kind, title, text, tuple(options)))
        if kind == "question":
            return self.question
        if kind == "conflict":
            return self.conflict
        if kind == "save_file":
            return self.save_path
        if kind == "unsaved":
            return self.unsaved
        if kind == "choose":
            if self.cancel_choice:
                return None
            return self.choice if self.choice is not None else (options[0] if options else None)
        return None

    def texts(self, kind: str) -> list[str]:
        return [text for k, _title, text, _options in self.calls if k == kind]


@pytest.fixture
def answers() -> Iterator[PromptLog]:
    log = PromptLog()
    prompts.set_answerer(log)
    yield log
    prompts.set_answerer(None)


@pytest.fixture
def ctx(db: Database) -> Iterator[AppContext]:
    controller = SyncController(db)
    yield AppContext(db=db, controller=controller)
    controller.close()


@pytest.fixture
def main(qtbot: QtBot, ctx: AppContext, answers: PromptLog) -> Iterator[MainWindow]:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()


def action(window: QWidget, name: str) -> QAction:
    """The QAction `action_<name>` of a window (DESIGN.md automation contract)."""
    found = window.findChild(QAction, f"action_{name}")
    assert found is not None, name
    return found


def line(card: BaseCard, field_name: str) -> QLineEdit:
    widget = card.findChild(QLineEdit, f"field_{field_name}")
    assert widget is not None, f"no line edit field_{field_name} on {card.objectName()}"
    return widget


def type_into(qtbot: QtBot, card: BaseCard, field_name: str, text: str) -> QLineEdit:
    """Replace the field's text by typing it (ASCII) and press Enter."""
    edit = line(card, field_name)
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    return edit


def enter_text(card: BaseCard, field_name: str, text: str) -> QLineEdit:
    """Non-ASCII input: set the text as the user would have typed it, then finish editing."""
    edit = line(card, field_name)
    edit.setText(text)
    edit.editingFinished.emit()
    return edit


@pytest.fixture(autouse=True)
def no_pdf_viewer(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> list[Any]:
    """A saved PDF offers to open it: tests record the URL instead of starting the desktop's viewer; the
    Documents folder a file dialog suggests is a temporary one, not the user's."""
    from app.ui.documents import pdf

    opened: list[Any] = []
    monkeypatch.setattr(pdf, "open_url", lambda url: opened.append(url) or True)
    folder = tmp_path_factory.mktemp("Documents")
    monkeypatch.setattr(pdf, "documents_folder", lambda: folder)
    return opened


@pytest.fixture(autouse=True)
def no_dialog_left_open(qapp: QApplication) -> Iterator[None]:
    """Non-modal windows a test opened (a batch job's result, a progress window) are closed after it, so the
    next test starts with none on screen."""
    yield
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.close()


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    """The translator installed as the launcher does it (the .qm compiled from the .ts by ensure_qm), with
    the German locale as Qt's default; everything put back afterwards."""
    from PySide6.QtCore import QLocale

    from app import errors
    from app.ui.launch import install_translations
    from app.ui.translations import remove_translators

    locale, translate = QLocale(), errors.translate
    install_translations(qapp, "de")
    yield
    remove_translators(qapp)
    QLocale.setDefault(locale)
    errors.translate = translate


@pytest.fixture
def locale() -> Iterator[None]:
    """The user's language is the default QLocale; each test leaves it as it found it."""
    from PySide6.QtCore import QLocale

    before = QLocale()
    yield
    QLocale.setDefault(before)
