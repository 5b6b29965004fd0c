"""Brings the change feed into Qt: one signal per committed change set, for every open window to filter."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from app.changes import ChangeSet
from app.db import Database
from app.domain.setup import forget_if_setup_changed

if TYPE_CHECKING:
    from app.ui.remote_watch import RemoteWatch


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

        self._remote: RemoteWatch | None = None

    def watch_remote(self) -> None:
        """Also deliver changes that other processes and users commit (SPEC §12)."""
        if self._remote is None:
            from app.ui.remote_watch import RemoteWatch

            self._remote = RemoteWatch(self._db, self._on_remote, self)

    def _on_remote(self, changes: ChangeSet) -> None:
        # Another desk changed the setup: the reads shared per database (setup, field map) are stale.
        forget_if_setup_changed(self._db.engine, changes)
        self.changed.emit(changes)

    def _on_commit(self, changes: ChangeSet) -> None:
        # Commits happen on the GUI thread, so emitting directly reaches every window before the
        # user's next event; changes from other processes arrive through the same signal.
        self.changed.emit(changes)

    def close(self) -> None:
        self._db.bus.unsubscribe(self._on_commit)
        if self._remote is not None:
            self._remote.stop()
