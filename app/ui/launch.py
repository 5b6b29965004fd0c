"""Starting the GUI: the QApplication, translations, one excepthook, the first-start offer and --open."""

from __future__ import annotations

import logging
import sys
from functools import partial
from pathlib import Path
from types import TracebackType
from typing import cast

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from app import errors
from app.config import APP_NAME, log_file
from app.errors import DatabaseTooNewError, UserError
from app.ui import prompts, runner
from app.ui.language import apply_language
from app.ui.main_window import MainWindow, create_main_window
from app.ui.session_state import restore_session, save_session

log = logging.getLogger(__name__)
ICON = Path(__file__).resolve().parent.parent / "resources" / "contactsync.svg"


def _translate_domain(text: str) -> str:
    return QCoreApplication.translate("errors", text)


def install_translations(app: QCoreApplication, language: str | None = None) -> None:
    """Domain messages go through Qt's translator; the language is `language` ("de", "en", "" for the
    system's) or else the one chosen in Help ▸ Language, with its locale for numbers and dates."""
    errors.translate = _translate_domain
    apply_language(app, language)


class ExceptionHandler:
    """sys.excepthook: logs every unexpected exception and shows one error dialog at a time."""

    def __init__(self, parent: QWidget | None) -> None:
        self.parent = parent
        self._showing = False

    def __call__(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        log.error("unexpected error", exc_info=(exc_type, exc, tb))
        if self._showing:
            return
        self._showing = True
        try:
            title = QCoreApplication.translate("launch", "ContactSync")
            if isinstance(exc, UserError):
                text = exc.message
            else:
                text = QCoreApplication.translate(
                    "launch",
                    "Something went wrong: {error}\n\n"
                    "The action was not completed. The details are in the log file:\n{log}",
                ).format(error=exc or exc_type.__name__, log=log_file())
            prompts.error(self.parent, title, text)
        finally:
            self._showing = False


def install_excepthook(parent: QWidget | None) -> ExceptionHandler:
    handler = ExceptionHandler(parent)
    sys.excepthook = handler
    return handler


def offer_demo(window: MainWindow) -> None:
    """First start: ask whether to load the demo data (SPEC §2.4)."""
    text = QCoreApplication.translate(
        "launch",
        "This is a new database. Load the demo data (companies, persons, customers, vendors and bank "
        "accounts, some linked and some not) to try ContactSync?",
    )
    if not prompts.question(window, APP_NAME, text, default_yes=True):
        return
    from app.demo.loader import load_demo

    outcome = runner.attempt(window, APP_NAME, load_demo, window.ctx.db)  # commits itself; refusals shown
    if outcome.value is None:
        return
    window.statusBar().showMessage(outcome.value.text(), 15000)
    window.open_list("contact")


def open_from_spec(window: MainWindow, spec: str) -> QWidget | None:
    """`contact/CT000001` opens that card, `contact` the list, `contact/new` a new card."""
    kind, _, no = spec.strip().partition("/")
    try:
        if not no:
            return window.open_list(kind)
        return window.open_card(kind, None if no.lower() == "new" else no.upper())
    except (ValueError, UserError) as exc:
        prompts.error(window, APP_NAME, str(exc))
        return None


WARM_UP_MS = 400  # once the first paint is done: the user is still looking at the window


def warm_up() -> None:
    """Configure the ORM mappers while the user reads the start page. Nothing on the start's path needs
    them (it reads with Core); without this the first card opened would pay the ~0.1 s."""
    from sqlalchemy.orm import configure_mappers

    configure_mappers()


def run_gui(database_url: str, open_spec: str | None, first_start: bool, language: str | None = None) -> int:
    """Run the application until the main window closes; returns the exit code."""
    app = cast(QApplication, QApplication.instance() or QApplication(sys.argv))
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    install_translations(app, language)
    try:
        window = create_main_window(database_url)
    except DatabaseTooNewError as exc:
        prompts.error(None, APP_NAME, str(exc))
        return 1
    install_excepthook(window)
    app.setWindowIcon(QIcon(str(ICON)))
    screen = app.primaryScreen()
    if screen is not None:  # a business application gets the room it needs on first start
        window.setGeometry(screen.availableGeometry().adjusted(0, 0, -1, -1))
    reopened = restore_session(window)
    window.closing.connect(partial(save_session, window))
    window.show()
    QTimer.singleShot(WARM_UP_MS, window, warm_up)
    if first_start:
        offer_demo(window)
    if open_spec:
        open_from_spec(window, open_spec)
    elif not reopened:
        window.open_list("contact")  # the start page: where bookkeepers begin their day
        window.tile_windows()
    return app.exec()
