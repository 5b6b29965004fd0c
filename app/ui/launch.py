"""Starting the GUI: the QApplication, translations, one excepthook, the first-start offer and --open."""

from __future__ import annotations

import logging
import sqlite3
import sys
import threading
import traceback
from datetime import date, datetime
from functools import partial
from pathlib import Path
from types import TracebackType
from typing import cast

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QLabel, QSizePolicy, QToolBar, QWidget
from sqlalchemy.exc import DBAPIError

from app import errors
from app.config import APP_NAME, log_file
from app.db import access_problem, sqlite_file, truncated
from app.errors import CORRUPT, FOLDER, READ_ONLY, DatabaseFault, DatabaseTooNewError, UserError, fault_of
from app.migrate import backups_of, make_backup, restore_backup
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
        fault = fault_of(exc) if isinstance(exc, DBAPIError) else None
        # The log gets the kind of error and where it happened, never its text: a database error's text
        # holds SQL (and on PostgreSQL the offending values), a refusal's the value typed (SPEC §16).
        where = "".join(traceback.format_tb(tb))
        if isinstance(exc, UserError):
            log.error("unexpected refusal: %s\n%s", exc.template, where)
        else:
            log.error("unexpected error %s%s\n%s", exc_type.__name__, _driver_error(exc), where)
        if self._showing:
            return
        self._showing = True
        try:
            title = QCoreApplication.translate("launch", "ContactSync")
            if isinstance(exc, UserError):
                text = exc.message
            elif fault is not None:
                text = DatabaseFault(fault).message
            else:
                text = QCoreApplication.translate(
                    "launch",
                    "Something went wrong ({error}).\n\n"
                    "The action was not completed. The details are in the log file:\n{log}",
                ).format(error=exc_type.__name__, log=log_file())
            prompts.error(self.parent, title, text)
        finally:
            self._showing = False


def _driver_error(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None)
    return f" ({type(orig).__name__})" if orig is not None else ""


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


# --- opening the database: a daily backup, and each fault with its message (SPEC §16) --------------------
def start_daily_backup(database_url: str) -> threading.Thread:
    """daily_backup in a thread of its own, started once the window is up: a million contacts take ~3 s to
    copy, which the start must not wait for (the copy reads one snapshot; saves go on meanwhile)."""
    thread = threading.Thread(target=daily_backup, args=(database_url,), name="daily-backup")
    thread.start()
    return thread


def daily_backup(database_url: str) -> Path | None:
    """One backup per day of a SQLite file that is whole and writable, made once the app has opened it (the
    three newest are kept; a file that does not open is never backed up, so it cannot push out good
    backups). A failure (disk full: the incomplete copy is removed) does not stop the app."""
    path = sqlite_file(database_url)
    if path is None or not path.exists() or access_problem(path) or truncated(path):
        return None
    today = date.today()
    if any(
        ".open." in b.name and datetime.fromtimestamp(b.stat().st_mtime).date() == today
        for b in backups_of(path)
    ):
        return None
    try:
        return make_backup(path, "open", keep=3)
    except (OSError, sqlite3.Error, DatabaseFault) as exc:  # a damaged file is reported by the opening
        log.warning("no backup on opening: %s", type(exc).__name__)
        return None


def offer_restore(database_url: str) -> bool:
    """The file is damaged: offer its latest backup; True when it was put in place (the damaged file kept)."""
    path = sqlite_file(database_url)
    backups = backups_of(path) if path is not None else []
    if path is None or not backups:
        text = QCoreApplication.translate(
            "launch",
            "The database file is damaged and cannot be used, and there is no backup of it in its folder. "
            "Restore a copy from your own backups, or start with a new database file.",
        )
        prompts.error(None, APP_NAME, text)
        return False
    latest = backups[0]
    stamp = datetime.fromtimestamp(latest.stat().st_mtime)
    text = QCoreApplication.translate(
        "launch",
        "The database file is damaged and cannot be used. Restore the latest backup, made on {date} at "
        "{time}? Changes made since then are lost; the damaged file is kept beside it.",
    ).format(date=stamp.date().isoformat(), time=stamp.strftime("%H:%M"))
    if not prompts.question(None, APP_NAME, text, default_yes=True):
        return False
    try:
        restore_backup(path, latest)
    except OSError as exc:
        log.warning("restoring the backup failed: %s", exc.strerror)
        prompts.error(None, APP_NAME, DatabaseFault(errors.CANNOT_OPEN).message)
        return False
    return True


def open_main_window(database_url: str) -> MainWindow | None:
    """The main window on the database, or None after the fault's message (a damaged file: the latest
    backup offered, then opened)."""
    restored = False
    while True:
        try:
            return create_main_window(database_url)
        except DatabaseTooNewError as exc:
            prompts.error(None, APP_NAME, str(exc))
            return None
        except DatabaseFault as exc:
            if exc.fault == CORRUPT and not restored and offer_restore(database_url):
                restored = True
                continue
            if exc.fault != CORRUPT:
                prompts.error(None, APP_NAME, exc.message)
            return None
        except DBAPIError as exc:
            log.error("cannot open the database: %s%s", type(exc).__name__, _driver_error(exc))
            prompts.error(None, APP_NAME, DatabaseFault(fault_of(exc) or errors.CANNOT_OPEN).message)
            return None


def show_read_only_banner(window: MainWindow) -> QLabel | None:
    """A database opened for reading only says so above the windows, with the reason (SPEC §16)."""
    reason = window.ctx.db.read_only
    if not reason:
        return None
    texts = {
        READ_ONLY: QCoreApplication.translate(
            "launch",
            "Read-only: the database file is write-protected, so changes cannot be saved. Ask for write "
            "access to the file to edit it.",
        ),
        FOLDER: QCoreApplication.translate(
            "launch",
            "Read-only: the folder of the database is not writable, so changes cannot be saved. Move the "
            "database to a folder you may write to.",
        ),
    }
    bar = QToolBar(window)
    bar.setObjectName("banner_read_only")
    bar.setMovable(False)
    bar.setFloatable(False)
    label = QLabel(texts.get(reason, DatabaseFault(reason).message), bar)
    label.setObjectName("banner_read_only_text")
    label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    label.setStyleSheet("QLabel { background: #fff4ce; color: #3b2f00; padding: 6px; }")
    bar.addWidget(label)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
    return label


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
    window = open_main_window(database_url)
    if window is None:
        return 1
    show_read_only_banner(window)
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
    backup = start_daily_backup(database_url)
    code = app.exec()
    backup.join()  # a copy cut off at exit would only be removed again
    return code
