"""Brings the change feed into Qt: one signal per committed change set, for every open window to filter."""

from __future__ import annotations

from collections import deque
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThread, QTimer, Signal

from app.changes import ChangeSet
from app.db import Database
from app.domain.setup import forget_if_setup_changed
from app.ui.qt_fixes import emit

if TYPE_CHECKING:
    from app.ui.remote_watch import RemoteWatch

DRAIN_MS = 50  # how soon the windows see a worker thread's commit


class SyncController(QObject):
    """Re-emits the database's change bus as a Qt signal.

    changed(dict): {table: {record key: set of field names}} of one committed transaction. Windows refresh
    only what they show; a card does not overwrite a field the user is editing.
    """

    changed = Signal(dict)

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db = db
        db.bus.subscribe(self._on_commit)
        # Commits of worker threads (app.ui.worker) wait here for the GUI thread, which polls them.
        self._pending: deque[ChangeSet] = deque()
        self._drain = QTimer(self)
        self._drain.setInterval(DRAIN_MS)
        self._drain.timeout.connect(self._emit_pending)
        self._drain.start()

        self._remote: RemoteWatch | None = None

    def watch_remote(self) -> None:
        """Also deliver changes that other processes and users commit (SPEC §12)."""
        if self._remote is None:
            from app.ui.remote_watch import RemoteWatch

            self._remote = RemoteWatch(self._db, self._on_remote, self)

    def _on_remote(self, changes: ChangeSet) -> None:
        # Another desk changed the setup: the reads shared per database (setup, field map) are stale.
        forget_if_setup_changed(self._db.engine, changes)
        emit(self.changed, changes)

    def _on_commit(self, changes: ChangeSet) -> None:
        # A commit on the GUI thread reaches every window before the user's next event; a worker's commit
        # is queued to the GUI thread, so windows never refresh from another thread. Changes from other
        # processes arrive through the same signal.
        if QThread.currentThread() is self.thread():
            emit(self.changed, changes)
        else:
            self._pending.append(changes)  # deque: appending from one thread, popping in another is safe

    def _emit_pending(self) -> None:
        while self._pending:
            emit(self.changed, self._pending.popleft())

    def close(self) -> None:
        self._db.bus.unsubscribe(self._on_commit)
        self._drain.stop()  # nothing more arrives: a closed controller keeps no timer running
        if self._remote is not None:
            self._remote.stop()
