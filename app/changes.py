"""The change feed: what each committed transaction changed, published once after commit (no Qt)."""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy import event, insert, inspect, text
from sqlalchemy.orm import Session, sessionmaker

from app.models import ChangeLog
from app.models.base import utcnow

log = logging.getLogger(__name__)

# {table: {record key: set of changed field names}}; a deleted record carries {"__deleted__"},
# a new one {"__new__"}; the key ANY stands for records too many to name (see merge).
ChangeSet = dict[str, dict[str, set[str]]]
Listener = Callable[[ChangeSet], None]

NEW = "__new__"
DELETED = "__deleted__"
ANY = "*"
# More changed records of one table than this are announced as ANY (a million-row import): the change set
# and the change-log row stay small, and a window showing a record of that table reads it again.
MANY = 10_000
CHANNEL = "contactsync_changes"
_KEY = "changes.pending"
# One round trip on PostgreSQL. The transaction takes its id (xact) before the row takes its sequence
# value: a reader that finds the row's id missing then finds this transaction among the running ones and
# waits for it (app/remote.py). The NOTIFY is delivered only on commit.
_LOG_AND_NOTIFY = text(
    "WITH xact AS MATERIALIZED (SELECT pg_current_xact_id()),"
    " logged AS (INSERT INTO change_log (client_id, created_at, payload)"
    " SELECT :client, :created, :payload FROM xact RETURNING id)"
    " SELECT id, pg_notify(:channel, id || ':' || :client) FROM logged"
)


class ChangeBus:
    """Collects changes after each flush and publishes one change set per commit; a rollback discards."""

    def __init__(self, client_id: str | None = None) -> None:
        self._listeners: list[Listener] = []
        # Identifies this process's own rows in the change log, so it ignores its own echo.
        self.client_id = client_id or str(uuid.uuid4())
        self.last_row_id: int | None = None  # change-log id of the latest change set (once it committed)

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def publish(self, changes: ChangeSet) -> None:
        for listener in list(self._listeners):
            try:
                listener(changes)
            except Exception:  # one broken window must not stop the others from refreshing
                log.exception("change listener failed")

    def attach(self, factory: sessionmaker[Session]) -> None:
        event.listen(factory, "after_flush", _collect)
        event.listen(factory, "before_commit", self._before_commit)
        event.listen(factory, "after_commit", self._after_commit)
        event.listen(factory, "after_rollback", _discard)

    def _before_commit(self, session: Session) -> None:
        """Write the change set into the change log in the same transaction, and on PostgreSQL NOTIFY
        (delivered only on commit), so other processes learn of committed changes only."""
        if session.in_nested_transaction():
            return  # releasing a savepoint: the changes are announced when the transaction commits
        session.flush()
        changes: ChangeSet | None = session.info.get(_KEY)
        if not changes:
            return
        payload = json.dumps(encode(changes), separators=(",", ":"))
        if session.get_bind().dialect.name == "postgresql":
            row_id = session.execute(
                _LOG_AND_NOTIFY,
                {"client": self.client_id, "created": utcnow(), "payload": payload, "channel": CHANNEL},
            ).scalar_one()
        else:
            row_id = session.execute(
                insert(ChangeLog).values(client_id=self.client_id, payload=payload).returning(ChangeLog.id)
            ).scalar_one()
        self.last_row_id = row_id

    def _after_commit(self, session: Session) -> None:
        if session.in_nested_transaction():
            return
        changes: ChangeSet | None = session.info.pop(_KEY, None)
        if changes:
            self.publish(changes)


def encode(changes: ChangeSet) -> dict[str, dict[str, list[str]]]:
    return {table: {key: sorted(fields) for key, fields in rows.items()} for table, rows in changes.items()}


def decode(data: dict[str, dict[str, list[str]]]) -> ChangeSet:
    return {table: {key: set(fields) for key, fields in rows.items()} for table, rows in data.items()}


def record_key(obj: Any) -> str | None:
    state = inspect(obj)
    identity = state.mapper.primary_key_from_instance(obj)
    if any(part is None for part in identity):
        return None
    return "|".join(str(part) for part in identity)


def add_change(session: Session, table: str, key: str, fields: set[str]) -> None:
    """Announce a change made by a Core statement that the ORM did not see."""
    pending: ChangeSet = session.info.setdefault(_KEY, {})
    pending.setdefault(table, {}).setdefault(key, set()).update(fields)


def add_changes(session: Session, table: str, keys: Iterable[str], fields: set[str]) -> None:
    """add_change for many records of one table (set-based batch jobs announce thousands at once)."""
    rows = session.info.setdefault(_KEY, {}).setdefault(table, {})
    for key in keys:
        rows.setdefault(key, set()).update(fields)


def merge(into: ChangeSet, changes: ChangeSet, limit: int = MANY) -> None:
    """Add `changes` to `into`; a table with more than `limit` changed records becomes {ANY: the fields
    any of them had changed}, and stays so."""
    for table, records in changes.items():
        rows = into.setdefault(table, {})
        if ANY not in rows:
            for key, fields in records.items():
                rows.setdefault(key, set()).update(fields)
            if len(rows) <= limit:
                continue
            records = dict(rows)
            rows.clear()
            rows[ANY] = set()
        rows[ANY].update(*records.values())


def fields_of(changes: ChangeSet, table: str, key: str) -> set[str] | None:
    """The fields of record `key` of `table` that `changes` announces, None when it does not name it. Under
    ANY it may be any record: the fields any of them had changed, without DELETED (a window showing one of
    them reads it again and finds out whether it is gone)."""
    rows = changes.get(table)
    if not rows:
        return None
    named = rows.get(key)
    many = rows.get(ANY)
    if many is None:
        return named
    return (many - {DELETED}) | (named or set())


def take_pending(session: Session) -> ChangeSet:
    """Remove and return what this session collected so far; a caller that rolls back a savepoint uses it
    to drop what the savepoint collected (a savepoint's rollback itself keeps everything collected)."""
    pending: ChangeSet = session.info.pop(_KEY, {})
    return pending


def _collect(session: Session, _flush_context: object) -> None:
    for obj, marker in (
        *((o, NEW) for o in session.new),
        *((o, DELETED) for o in session.deleted),
    ):
        key = record_key(obj)
        if key is not None and not isinstance(obj, ChangeLog):
            add_change(session, obj.__tablename__, key, {marker})
    for obj in session.dirty:
        state = inspect(obj)
        # committed_state holds exactly the attributes set since the last flush (not every column)
        fields = {key for key in state.committed_state if state.attrs[key].history.has_changes()}
        key = record_key(obj)
        if fields and key is not None:
            add_change(session, obj.__tablename__, key, fields)


def _discard(session: Session) -> None:
    if not session.in_nested_transaction():  # a savepoint's rollback keeps the transaction's changes
        session.info.pop(_KEY, None)
