"""Brings the change feed into Qt: one signal per committed change set, for every open window to filter."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QThread, Signal

from app.changes import ChangeSet
from app.db import Database

if TYPE_CHECKING:
    from app.ui.remote_watch import RemoteWatch


class SyncController(QObject):
    """Re-emits the database's change bus as a Qt signal.

    changed(dict): {table: {record key: set of field names}} of one committed transaction. Windows refresh
    only what they show; a card does not overwrite a field the user is editing.
    """

    changed = Signal(dict)
    _relay = Signal(dict)  # commits of worker threads (app.ui.worker), queued to the GUI thread

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db = db
        db.bus.subscribe(self._on_commit)
        self._relay.connect(self.changed, Qt.ConnectionType.QueuedConnection)

        self._remote: RemoteWatch | None = None

    def watch_remote(self) -> None:
        """Also deliver changes that other processes and users commit (SPEC §12)."""
        if self._remote is None:
            from app.ui.remote_watch import RemoteWatch

            self._remote = RemoteWatch(self._db, self.changed.emit, self)

    def _on_commit(self, changes: ChangeSet) -> None:
        # A commit on the GUI thread reaches every window before the user's next event; a worker's commit
        # is queued to the GUI thread, so windows never refresh from another thread. Changes from other
        # processes arrive through the same signal.
        if QThread.currentThread() is self.thread():
            self.changed.emit(changes)
        else:
            self._relay.emit(changes)

    def close(self) -> None:
        self._db.bus.unsubscribe(self._on_commit)
        if self._remote is not None:
            self._remote.stop()
