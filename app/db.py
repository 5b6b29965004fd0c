"""Engine, session factory, SQLite pragmas, migrate-on-open and the unit of work."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from app import sync
from app.changes import ChangeBus
from app.config import current_user
from app.domain.defaults import ensure_defaults
from app.errors import UserError
from app.migrate import migrate
from app.search_index import ensure as ensure_search_index
from app.unit_of_work import begin, unit

log = logging.getLogger(__name__)
T = TypeVar("T")


def _sqlite_pragmas(dbapi_connection: Any, _record: object) -> None:
    # A plain cursor: Python 3.11's sqlite3 connection has no `autocommit` attribute.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": 5})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)


class Database:
    """One database: its engine, the session factory, the change bus and the current user's name."""

    def __init__(self, url: str, *, user: str | None = None, migrate_on_open: bool = True) -> None:
        self.url = url
        self.engine = make_engine(url)
        if migrate_on_open:
            try:
                migrate(self.engine)
                ensure_search_index(self.engine)  # the contact list's FTS index (SQLite), built once
            except BaseException:  # refused (a newer database) or failed: leave no connection open
                self.engine.dispose()
                raise
        self.user = user or current_user()
        self.session_factory = sessionmaker(self.engine, expire_on_commit=False)
        sync.install(self.session_factory)  # every write through this database is synchronized
        self.bus = ChangeBus()
        self.bus.attach(self.session_factory)
        if migrate_on_open:
            with self.unit_of_work() as session:
                ensure_defaults(session)

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
            except BaseException:
                session.rollback()
                raise

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
