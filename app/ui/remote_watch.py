"""Watches for changes committed by other processes and users and hands them to the sync controller.

PostgreSQL: a LISTEN connection whose socket a QSocketNotifier watches (no busy poll); after a lost
connection it reconnects with back-off and catches up from the change log, so nothing is missed.
SQLite: a cheap timer that compares the change log's highest id.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier, QTimer

from app.changes import ChangeSet
from app.db import Database
from app.remote import ChangeFeed, Entry, PgListener

log = logging.getLogger(__name__)
SQLITE_POLL_MS = 150
RECONNECT_MS = (250, 1000, 2000, 5000, 10000)


class RemoteWatch(QObject):
    """Calls `deliver(changes)` for every change set another client commits, exactly once each; `observe`
    (if given) first sees the change-log row it came from (the benchmark's delivery proof)."""

    def __init__(
        self,
        db: Database,
        deliver: Callable[[ChangeSet], None],
        parent: QObject | None = None,
        observe: Callable[[Entry], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._deliver = deliver
        self._observe = observe
        self._feed = ChangeFeed(db)
        self._listener: PgListener | None = None
        self._notifier: QSocketNotifier | None = None
        self._attempt = 0
        self._timer = QTimer(self)
        if db.engine.dialect.name == "postgresql":
            self._timer.setSingleShot(True)
            self._timer.timeout.connect(self._connect)
            self._connect()
        else:
            self._timer.setInterval(SQLITE_POLL_MS)
            self._timer.timeout.connect(self._poll)
            self._timer.start()

    @property
    def connected(self) -> bool:
        return self._listener is not None or self._db.engine.dialect.name != "postgresql"

    def _connect(self) -> None:
        try:
            self._listener = PgListener(self._db)
        except Exception as exc:  # server down: try again later, the change log keeps what we miss
            self._retry_later(f"cannot listen for changes ({type(exc).__name__})")
            return
        self._notifier = QSocketNotifier(self._listener.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_socket)
        if self._fetch():  # catch up on what was committed while not listening
            self._attempt = 0

    def _retry_later(self, why: str) -> None:
        delay = RECONNECT_MS[min(self._attempt, len(RECONNECT_MS) - 1)]
        self._attempt += 1
        log.warning("%s; retrying in %d ms", why, delay)
        self._timer.start(delay)

    def _on_socket(self) -> None:
        assert self._listener is not None
        try:
            self._listener.drain()
        except Exception as exc:
            log.warning("lost the change notification connection: %s", exc)
            self._drop_listener()
            self._timer.start(RECONNECT_MS[0])
            return
        self._fetch()

    def _poll(self) -> None:
        try:
            if self._feed.has_news():
                self._fetch()
        except Exception:  # a locked or briefly unavailable file: the next tick tries again
            log.debug("change poll failed", exc_info=True)

    def _fetch(self) -> bool:
        try:
            entries = self._feed.fetch_entries()
        except Exception as exc:  # the feed's position is unchanged: reading again later misses nothing
            if self._db.engine.dialect.name != "postgresql":
                log.debug("could not read the change log (%s)", type(exc).__name__)
                return False  # a locked file: the next tick reads again
            # The notification that woke us is consumed: start over as after a lost connection.
            self._drop_listener()
            self._retry_later(f"could not read the change log ({type(exc).__name__})")
            return False
        for entry in entries:
            if entry.client_id == self._db.bus.client_id:
                continue  # our own commits were delivered in-process
            if self._observe is not None:
                self._observe(entry)
            self._deliver(entry.changes)
        return True

    def _drop_listener(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        if self._listener is not None:
            try:
                self._listener.close()
            except Exception:
                log.debug("closing the listener failed", exc_info=True)
            self._listener = None

    def stop(self) -> None:
        self._timer.stop()
        self._drop_listener()
        self._feed.close()
