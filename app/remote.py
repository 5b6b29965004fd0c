"""Changes committed by other processes and users: the change log reader and PostgreSQL's LISTEN (no Qt).

The UI's sync controller asks `ChangeFeed.fetch()` when PostgreSQL notifies (a socket it watches) or, on
SQLite, on a cheap timer that compares the change log's highest id.

Exactly once, whatever the commit order. A change-log id comes from a sequence when the row is inserted,
just before its transaction commits, so on PostgreSQL a transaction can hold a lower id and commit after a
higher one was already read. The feed therefore remembers every id below its high-water mark that it has not
seen (a gap) together with the transactions that may hold it: those running in the snapshot that found the gap
(its `xip`) and those too new to be listed there (from its `xmax` up to a transaction id the reader takes
afterwards). The holder is among them because the writer takes its transaction id before the sequence value
(app/changes.py).
Each fetch re-reads the gaps; a gap that turns up is delivered and forgotten, a gap still missing once none
of those transactions is in progress belonged to a rolled-back transaction (or a pruned row) and is dropped.
SQLite has one writer at a time and numbers rows after the last committed one, so it never leaves a gap
that can still fill.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy import Connection, delete, func, select, text

from app.changes import CHANNEL, ChangeSet, decode
from app.db import Database
from app.models import ChangeLog
from app.models.base import utcnow

log = logging.getLogger(__name__)
KEEP = timedelta(hours=24)
# On opening, ids this far below the highest one are checked for gaps held by running transactions.
STARTUP_LOOKBACK = 10_000


@dataclass(frozen=True)
class Snapshot:
    """PostgreSQL's pg_current_snapshot(): transactions below xmin were over, those listed in xip were
    running, and those at or above xmax (one past the latest completed) had not completed: running ones
    there are not listed."""

    xmin: int
    xmax: int
    xip: frozenset[int]

    @classmethod
    def parse(cls, value: str) -> Snapshot:
        xmin, xmax, xip = value.split(":")
        return cls(int(xmin), int(xmax), frozenset(int(x) for x in xip.split(",") if x))

    def running(self, xid: int) -> bool:
        return xid >= self.xmax or xid in self.xip


@dataclass(frozen=True)
class Holders:
    """The transactions that may hold a missing id: those listed as running when it was found, and every
    transaction id from that snapshot's xmax (running ones at or above it are not listed) below `bound`, a
    transaction id taken after the snapshot."""

    listed: frozenset[int]
    low: int
    bound: int

    def any_running(self, now: Snapshot) -> bool:
        if any(now.running(xid) for xid in self.listed):
            return True
        return now.xmax < self.bound or any(self.low <= xid < self.bound for xid in now.xip)


@dataclass(frozen=True)
class Entry:
    """One delivered change-log row."""

    id: int
    client_id: str
    changes: ChangeSet


class ChangeFeed:
    """Reads change sets that other clients committed and this feed has not delivered yet."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._postgres = db.engine.dialect.name == "postgresql"
        # PostgreSQL: a connection of the feed's own, in autocommit, so that a fetch is one round trip
        self._pg: Any = None
        # id -> the transactions of which one holds it, if any still runs
        self._gaps: dict[int, Holders] = {}
        self.last_id = 0
        missing: set[int] = set()
        with self._reading() as (conn, snapshot):
            self.last_id = self._max_id(conn)
            if snapshot is not None:  # a transaction may still hold an id below the highest one
                low = max(0, self.last_id - STARTUP_LOOKBACK)
                present = conn.execute(select(ChangeLog.id).where(ChangeLog.id > low)).scalars()
                missing = set(range(low + 1, self.last_id)) - set(present)
        self._gaps = self._holders(missing, snapshot)

    @property
    def gaps(self) -> frozenset[int]:
        """Ids below the high-water mark not delivered yet because their transaction may still commit."""
        return frozenset(self._gaps)

    def latest_id(self) -> int:
        with self._db.engine.connect() as conn:
            return self._max_id(conn)

    def has_news(self) -> bool:
        return bool(self._gaps) or self.latest_id() > self.last_id

    def fetch(self) -> list[ChangeSet]:
        """Change sets committed by other clients since the last call, each exactly once."""
        return [entry.changes for entry in self.fetch_entries() if entry.client_id != self._db.bus.client_id]

    def fetch_entries(self) -> list[Entry]:
        """Every change-log row not delivered yet, this client's own included (in id order per call)."""
        snapshot, rows = self._read_postgres() if self._postgres else (None, self._read_sqlite())
        entries = [Entry(row_id, client, decode(json.loads(payload))) for row_id, client, payload in rows]
        seen = {entry.id for entry in entries}
        top = max(seen, default=self.last_id)
        # Every id above last_id that this snapshot has is among the rows.
        found = self._holders(set(range(self.last_id + 1, top)) - seen, snapshot)
        # The position moves only here, after all that can fail: a failed fetch is simply repeated.
        self._gaps = {
            gap: holders for gap, holders in self._gaps.items()  # drop the delivered and the finished ones
            if gap not in seen and snapshot is not None and holders.any_running(snapshot)
        } | found
        self.last_id = max(self.last_id, top)
        return entries

    def close(self) -> None:
        """Close the feed's own connection (PostgreSQL); a later fetch opens it again."""
        if self._pg is not None:
            pg, self._pg = self._pg, None
            pg.close()

    def _read_sqlite(self) -> list[tuple[int, str, str]]:
        columns = (ChangeLog.id, ChangeLog.client_id, ChangeLog.payload)
        with self._db.engine.connect() as conn:
            rows = conn.execute(select(*columns).where(ChangeLog.id > self.last_id).order_by(ChangeLog.id))
            return [(row_id, client, payload) for row_id, client, payload in rows]

    def _read_postgres(self) -> tuple[Snapshot, list[tuple[int, str, str]]]:
        """One statement, hence one snapshot, for the rows and the list of running transactions (one round
        trip: every desk runs this on every notification)."""
        result = self._query(_FETCH, {"last": self.last_id, "gaps": sorted(self._gaps)})
        rows = [(row_id, client, payload) for _snap, row_id, client, payload in result if row_id is not None]
        return Snapshot.parse(result[0][0]), rows

    def _holders(self, missing: set[int], snapshot: Snapshot | None) -> dict[int, Holders]:
        """The ids missing below a delivered one, each with the transactions that may still hold it."""
        if not missing or snapshot is None:
            return {}
        # Transaction ids grow: one taken now exceeds every id its holder could have (only when a gap is
        # found, so the feed rarely uses up transaction ids).
        bound = int(self._query("SELECT pg_current_xact_id()::text", {})[0][0])
        holders = Holders(snapshot.xip, snapshot.xmax, bound)
        return dict.fromkeys(missing, holders)

    def _query(self, sql: str, params: dict[str, Any]) -> list[Any]:
        """A statement on the feed's own autocommit connection; a broken connection is reopened next time."""
        if self._pg is None or self._pg.closed:
            import psycopg  # only needed for PostgreSQL

            url = self._db.engine.url.set(drivername="postgresql")
            self._pg = psycopg.connect(url.render_as_string(hide_password=False), autocommit=True)
        try:
            return list(self._pg.execute(sql, params).fetchall())
        except Exception:
            self.close()
            raise

    def _reading(self) -> _Reading:
        return _Reading(self._db, self._postgres)

    @staticmethod
    def _max_id(conn: Connection) -> int:
        # the table's column, not the mapped attribute: no mapper configuration on the start's path
        return int(conn.execute(select(func.coalesce(func.max(ChangeLog.__table__.c.id), 0))).scalar_one())

    def prune(self) -> None:
        """Forget change sets older than a day; every open client has long read them. The highest row stays:
        SQLite numbers a new row after the highest present, and a reused id would never be fetched."""
        with self._db.engine.begin() as conn:
            top = self._max_id(conn)
            conn.execute(delete(ChangeLog).where(ChangeLog.created_at < utcnow() - KEEP, ChangeLog.id < top))


_FETCH = (
    "SELECT pg_current_snapshot()::text, c.id, c.client_id, c.payload"
    " FROM (SELECT 1) AS one LEFT JOIN change_log AS c ON c.id > %(last)s OR c.id = ANY(%(gaps)s::bigint[])"
    " ORDER BY c.id"
)


class _Reading:
    """One transaction whose reads all see one snapshot (opening a feed); on PostgreSQL also that snapshot's
    list of running transactions (None on SQLite, where a missing id can never fill later)."""

    def __init__(self, db: Database, postgres: bool) -> None:
        self._db = db
        self._postgres = postgres
        self._conn: Connection | None = None

    def __enter__(self) -> tuple[Connection, Snapshot | None]:
        if not self._postgres:
            self._conn = self._db.engine.connect()
            self._conn.begin()
            return self._conn, None
        self._conn = self._db.engine.connect().execution_options(isolation_level="REPEATABLE READ")
        self._conn.begin()
        # The first statement fixes the transaction's snapshot; pg_current_snapshot() reports that one.
        current = self._conn.execute(text("SELECT pg_current_snapshot()::text")).scalar_one()
        return self._conn, Snapshot.parse(str(current))

    def __exit__(self, *_exc: object) -> None:
        assert self._conn is not None
        self._conn.rollback()  # read only: nothing to keep
        self._conn.close()


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
