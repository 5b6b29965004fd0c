"""Changes committed by other processes and users: the change log reader and PostgreSQL's LISTEN (no Qt).

The UI's sync controller asks `ChangeFeed.fetch()` when PostgreSQL notifies (a socket it watches) or, on
SQLite, on a cheap timer that compares the change log's highest id.
"""

from __future__ import annotations

import json
import logging
from datetime import timedelta

from sqlalchemy import delete, func, select

from app.changes import CHANNEL, ChangeSet, decode
from app.db import Database
from app.models import ChangeLog
from app.models.base import utcnow

log = logging.getLogger(__name__)
KEEP = timedelta(hours=24)


class ChangeFeed:
    """Reads change sets that other clients committed after the last one seen."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self.last_id = self.latest_id()

    def latest_id(self) -> int:
        with self._db.engine.connect() as conn:
            return int(conn.execute(select(func.coalesce(func.max(ChangeLog.id), 0))).scalar_one())

    def has_news(self) -> bool:
        return self.latest_id() > self.last_id

    def fetch(self) -> list[ChangeSet]:
        with self._db.engine.connect() as conn:
            rows = conn.execute(
                select(ChangeLog.id, ChangeLog.client_id, ChangeLog.payload)
                .where(ChangeLog.id > self.last_id)
                .order_by(ChangeLog.id)
            ).all()
        result: list[ChangeSet] = []
        for row_id, client_id, payload in rows:
            self.last_id = max(self.last_id, row_id)
            if client_id != self._db.bus.client_id:  # our own commits were delivered in-process
                result.append(decode(json.loads(payload)))
        return result

    def prune(self) -> None:
        """Forget change sets older than a day; every open client has long read them."""
        with self._db.engine.begin() as conn:
            conn.execute(delete(ChangeLog).where(ChangeLog.created_at < utcnow() - KEEP))


class PgListener:
    """A dedicated autocommit connection that LISTENs; `fileno()` is watched by the UI's socket notifier."""

    def __init__(self, db: Database) -> None:
        import psycopg  # only needed for PostgreSQL

        url = db.engine.url.set(drivername="postgresql")
        self._conn = psycopg.connect(url.render_as_string(hide_password=False), autocommit=True)
        self._conn.execute(f"LISTEN {CHANNEL}")

    def fileno(self) -> int:
        return self._conn.pgconn.socket

    def drain(self) -> int:
        """Read pending notifications without blocking; return how many arrived."""
        pgconn = self._conn.pgconn
        pgconn.consume_input()
        count = 0
        while pgconn.notifies() is not None:
            count += 1
        return count

    def close(self) -> None:
        self._conn.close()
