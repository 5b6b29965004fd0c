"""Engine, session factory, SQLite pragmas, migrate-on-open and the unit of work."""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from app import sync
from app.changes import ChangeBus
from app.config import current_user, user_data_dir
from app.domain.defaults import ensure_defaults
from app.errors import CANNOT_OPEN, CORRUPT, FOLDER, READ_ONLY, DatabaseFault, UserError, fault_of
from app.migrate import OWNER_DIR, OWNER_FILE, current_revision, head_from_files, migrate
from app.search_index import ensure as ensure_search_index
from app.unit_of_work import begin, unit

log = logging.getLogger(__name__)
T = TypeVar("T")


# How long a save waits for another program's write lock before it says so (SPEC §16): short, because the
# window waits with it; the user retries.
LOCK_WAIT_MS = 1500


def _sqlite_pragmas(dbapi_connection: Any, _record: object) -> None:
    # A plain cursor: Python 3.11's sqlite3 connection has no `autocommit` attribute.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute(f"PRAGMA busy_timeout={LOCK_WAIT_MS}")
    cursor.close()


def _sqlite_read_only_pragmas(dbapi_connection: Any, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={LOCK_WAIT_MS}")
    cursor.close()


def sqlite_file(url: str) -> Path | None:
    """The file of a SQLite URL; None for other databases and in-memory ones."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(str(parsed.database))


def _writable(path: Path) -> bool:
    # The mode bits too: an owner (or root) who removed every write bit means "read-only" (SPEC §16).
    return os.access(path, os.W_OK) and bool(stat.S_IMODE(path.stat().st_mode) & 0o222)


def access_problem(path: Path | None) -> str | None:
    """READ_ONLY when the database file may not be written, FOLDER when its folder may not (SQLite keeps
    its -wal/-shm files there), None when both can be written or the file does not exist yet."""
    if path is None or not path.exists():
        return None
    if not _writable(path):
        return READ_ONLY
    if not _writable(path.parent):
        return FOLDER
    return None


def make_engine(url: str, *, read_only: str | None = None) -> Engine:
    """hide_parameters: SQL parameters (names, e-mails, IBANs) never appear in an error's text (SPEC §16)."""
    path = sqlite_file(url)
    if path is not None and read_only:
        # Opened for reading only; a folder we cannot write gets no -shm file, so the file is taken as is.
        immutable = read_only == FOLDER and not path.with_name(path.name + "-shm").exists()
        options = {"mode": "ro", "uri": "true", **({"immutable": "1"} if immutable else {})}
        # URL.create keeps the percent-encoding that a `file:` URI needs (spaces, '#', '?' in the path).
        engine = create_engine(
            URL.create("sqlite", database=f"file:{quote(str(path.resolve()))}", query=options),
            connect_args={"timeout": LOCK_WAIT_MS / 1000},
            hide_parameters=True,
        )
        event.listen(engine, "connect", _sqlite_read_only_pragmas)
        return engine
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": LOCK_WAIT_MS / 1000}, hide_parameters=True)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True, hide_parameters=True)


def secure_files(path: Path) -> None:
    """The database and its -wal/-shm readable by the owner only (0600); the app's own data folder 0700.
    A folder the user chose is left as it is (it may be shared on purpose)."""
    uid = os.getuid() if hasattr(os, "getuid") else None  # Windows: chmod only sets the read-only flag
    for file in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        try:
            if file.exists() and uid in (None, file.stat().st_uid):
                os.chmod(file, OWNER_FILE)
        except OSError as exc:
            log.warning("cannot restrict access to a database file: %s", exc.strerror)
    if path.parent.resolve() == user_data_dir().resolve():
        os.chmod(path.parent, OWNER_DIR)


def truncated(path: Path) -> bool:
    """A SQLite file shorter than the page count its header states: cut off (copied half, disk full). With
    a -wal file beside it SQLite may still complete an interrupted checkpoint, so then it is not judged."""
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return False
    try:
        with path.open("rb") as file:
            header = file.read(100)
    except OSError:
        return False
    if len(header) < 100 or not header.startswith(b"SQLite format 3\x00"):
        return bool(header)  # garbage (an empty file is a new database)
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    valid = header[24:28] == header[92:96]  # the in-header size is valid only then
    return valid and pages * page_size > path.stat().st_size


class Database:
    """One database: its engine, the session factory, the change bus and the current user's name."""

    def __init__(self, url: str, *, user: str | None = None, migrate_on_open: bool = True) -> None:
        self.url = url
        self.path = sqlite_file(url)
        # READ_ONLY / FOLDER: opened for reading; every save is refused with the reason (SPEC §16).
        self.read_only = access_problem(self.path)
        if self.path is not None and self.path.exists() and truncated(self.path):
            raise DatabaseFault(CORRUPT)
        new_file = self.path is not None and not self.path.exists() and self.path.parent.exists()
        if new_file and self.path is not None and not _writable(self.path.parent):
            raise DatabaseFault(CANNOT_OPEN)  # a new database in a folder we may not write
        self.engine = make_engine(url, read_only=self.read_only)
        try:
            if migrate_on_open and self.read_only:
                if current_revision(self.engine) != head_from_files():  # cannot be brought up to date
                    raise DatabaseFault(self.read_only)
            elif migrate_on_open:
                migrate(self.engine)
                ensure_search_index(self.engine)  # the contact list's FTS index (SQLite), built once
            if self.path is not None and not self.read_only:
                secure_files(self.path)
        except DBAPIError as exc:  # locked, damaged, cannot be created: the fault's message, not the SQL
            self.engine.dispose()
            fault = self._fault(exc)
            if fault is None:
                raise
            raise DatabaseFault(fault) from exc
        except BaseException:  # refused (a newer database) or failed: leave no connection open
            self.engine.dispose()
            raise
        self.user = user or current_user()
        self.session_factory = sessionmaker(self.engine, expire_on_commit=False)
        sync.install(self.session_factory)  # every write through this database is synchronized
        self.bus = ChangeBus()
        self.bus.attach(self.session_factory)
        if migrate_on_open and not self.read_only:
            try:
                with self.unit_of_work() as session:
                    ensure_defaults(session)
            except BaseException:
                self.engine.dispose()
                raise

    @property
    def display_url(self) -> str:
        """The database as the user named it (password hidden), also when opened through a read-only URI."""
        return make_url(self.url).render_as_string(hide_password=True)

    def session(self) -> Session:
        session = self.session_factory()
        unit(session).user = self.user
        return session

    @contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        """One user action: one session, one transaction; commit on success, roll back on any error."""
        with self.session() as session:
            begin(session, self.user)
            try:
                yield session
                session.commit()
            except BaseException as exc:
                try:
                    session.rollback()
                except DBAPIError:  # the fault below is the news; a failed rollback changes nothing more
                    log.warning("rollback after a database error failed", exc_info=False)
                fault = self._fault(exc) if isinstance(exc, DBAPIError) else None
                if fault is not None:
                    log.warning("save refused: database fault %s", fault)  # never the SQL or values
                    raise DatabaseFault(fault) from exc
                raise

    def _fault(self, exc: BaseException) -> str | None:
        fault = fault_of(exc)
        if fault == READ_ONLY and self.read_only:
            return self.read_only  # why it is read-only: the file, or the folder
        return fault

    def run(self, operation: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """operation(session, ...) as one unit of work; retried when another user's commit overtook this
        one between its read and its write (the version check), since each try reads afresh."""
        for attempt in range(3):
            try:
                with self.unit_of_work() as session:
                    return operation(session, *args, **kwargs)
            except StaleDataError as exc:
                if attempt == 2:  # overtaken every time: a refusal the user can act on, not a crash
                    raise UserError(
                        "Other users kept changing these records while this was saved; nothing was saved. "
                        "Try again."
                    ) from exc
                log.info("concurrent update detected; retrying %s", getattr(operation, "__name__", operation))
        raise AssertionError("unreachable")

    def dispose(self) -> None:
        self.engine.dispose()
