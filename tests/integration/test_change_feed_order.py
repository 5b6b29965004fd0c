"""The change feed delivers every committed change exactly once whatever order transactions commit in
(SPEC §12, DESIGN "Reliability targets"): a lower change-log id committed after a higher one was read is
still delivered, a rolled-back id's gap is forgotten, and random commit orders lose or repeat nothing."""

from __future__ import annotations

import random
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import event, select, text
from sqlalchemy.orm import Session

from app.db import Database
from app.errors import LOCKED, DatabaseFault
from app.models import ChangeLog
from app.remote import ChangeFeed, Entry
from tests.helpers.factory import edit, make_company


class Gate:
    """Holds a database's commits after its change-log row is written (its id taken), until released;
    with `fail` the transaction then rolls back instead."""

    def __init__(self, db: Database, *, fail: bool = False) -> None:
        self.reached = threading.Event()
        self.release = threading.Event()
        self.fail = fail
        # Registered after the change bus's own hook, so it runs once the change-log row is inserted.
        event.listen(db.session_factory, "before_commit", self._hold)

    def _hold(self, session: Session) -> None:
        if session.in_nested_transaction():
            return
        self.reached.set()
        assert self.release.wait(20), "the test never released the held commit"
        if self.fail:
            raise RuntimeError("injected failure after the change-log id was taken")


def _in_thread(target: object, *args: object) -> tuple[threading.Thread, list[BaseException]]:
    errors: list[BaseException] = []

    def run() -> None:
        try:
            target(*args)  # type: ignore[operator]
        except BaseException as exc:  # the test inspects what the held transaction ended with
            errors.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread, errors


@pytest.fixture
def desks(pg_url: str) -> Iterator[tuple[Database, Database, Database]]:
    a, b, reader = Database(pg_url, user="a"), Database(pg_url, user="b"), Database(pg_url, user="reader")
    yield a, b, reader
    for db in (a, b, reader):
        db.dispose()


@pytest.mark.postgres
def test_lower_id_committed_after_a_higher_one_is_delivered_exactly_once(
    desks: tuple[Database, Database, Database],
) -> None:
    a, b, reader = desks
    first, second = make_company(a, name="Aachen AG"), make_company(b, name="Bonn KG")
    feed = ChangeFeed(reader)
    gate = Gate(a)
    thread, errors = _in_thread(edit, a, "contact", first, "city", "Aachen")
    assert gate.reached.wait(10), "transaction A never wrote its change-log row"
    edit(b, "contact", second, "city", "Bonn")  # B: the higher id, committed first

    (only_b,) = feed.fetch()
    assert set(only_b["contact"]) == {second}
    assert len(feed.gaps) == 1  # A's id is missing while A runs: remembered, not skipped

    gate.release.set()
    thread.join(10)
    assert not thread.is_alive() and errors == []
    (only_a,) = feed.fetch()  # A committed later with the lower id: delivered now
    assert set(only_a["contact"]) == {first}
    assert "city" in only_a["contact"][first]
    assert feed.fetch() == [] and feed.gaps == frozenset()  # and only once
    feed.close()


@pytest.mark.postgres
def test_a_rolled_back_id_is_forgotten(desks: tuple[Database, Database, Database]) -> None:
    a, b, reader = desks
    first, second = make_company(a, name="Aachen AG"), make_company(b, name="Bonn KG")
    feed = ChangeFeed(reader)
    gate = Gate(a, fail=True)
    thread, errors = _in_thread(edit, a, "contact", first, "city", "Nirgendwo")
    assert gate.reached.wait(10)
    edit(b, "contact", second, "city", "Bonn")
    assert len(feed.fetch()) == 1
    (gap,) = feed.gaps
    feed.fetch()
    assert feed.gaps == {gap}  # A still runs: its id may yet commit

    gate.release.set()
    thread.join(10)
    assert [type(e) for e in errors] == [RuntimeError]  # A rolled back
    assert feed.fetch() == []
    assert feed.gaps == frozenset()  # its transaction is over without the row: no endless re-reads
    with reader.engine.connect() as conn:
        assert conn.execute(select(ChangeLog.id).where(ChangeLog.id == gap)).first() is None
    feed.close()


@pytest.mark.postgres
def test_gap_held_on_opening_is_delivered(desks: tuple[Database, Database, Database]) -> None:
    """A feed opened while a lower id is still uncommitted (a desk starting up) does not skip it."""
    a, b, reader = desks
    first, second = make_company(a, name="Aachen AG"), make_company(b, name="Bonn KG")
    gate = Gate(a)
    thread, errors = _in_thread(edit, a, "contact", first, "city", "Aachen")
    assert gate.reached.wait(10)
    edit(b, "contact", second, "city", "Bonn")
    feed = ChangeFeed(reader)  # opens after B's commit: B is in what the desk loads, A is not yet
    assert len(feed.gaps) == 1
    gate.release.set()
    thread.join(10)
    assert errors == []
    (only_a,) = feed.fetch()
    assert set(only_a["contact"]) == {first}
    assert feed.gaps == frozenset()
    feed.close()


def _stress(url: str, writers: int, edits: int, max_hold: float) -> None:
    """`writers` threads, each on its own database connection, save `edits` times; each holds its commit a
    random time after taking its change-log id and one save in six rolls back there. A reader fetches all
    the while. Every committed change-log row must be delivered exactly once."""
    reader = Database(url, user="reader")
    desks = [Database(url, user=f"desk{k}") for k in range(writers)]
    records = [make_company(db, name=f"Firma {k}") for k, db in enumerate(desks)]
    feed = ChangeFeed(reader)
    start = feed.last_id
    rng = random.Random(14)
    failed = threading.local()

    def hold(session: Session) -> None:
        if not session.in_nested_transaction():
            threading.Event().wait(rng.uniform(0, max_hold))
            if getattr(failed, "now", False):
                raise RuntimeError("injected")

    for db in desks:
        event.listen(db.session_factory, "before_commit", hold)

    def work(k: int) -> None:
        local = random.Random(k)
        for n in range(edits):
            failed.now = local.random() < 1 / 6
            # On a starved machine SQLite may give up waiting for the write lock (busy timeout): that save is
            # rolled back like the injected one, and the desk saves again, as a user would after the refusal,
            # so that most saves commit whatever the load and the run proves something.
            for _attempt in range(50):
                try:
                    edit(desks[k], "contact", records[k], "fax_no", f"0228 {k}{n:03d}")
                except RuntimeError:  # the injected rollback
                    break
                except DatabaseFault as fault:
                    assert fault.fault == LOCKED, fault.fault
                    continue
                break

    threads = [threading.Thread(target=work, args=(k,)) for k in range(writers)]
    for thread in threads:
        thread.start()
    delivered: list[Entry] = []
    late = 0
    while any(thread.is_alive() for thread in threads):
        high = feed.last_id
        batch = feed.fetch_entries()
        late += sum(1 for entry in batch if entry.id < high)
        delivered += batch
    for thread in threads:
        thread.join()
    delivered += feed.fetch_entries()
    with reader.engine.connect() as conn:
        committed = list(conn.execute(select(ChangeLog.id).where(ChangeLog.id > start)).scalars())
    ids = [entry.id for entry in delivered]
    assert len(committed) >= writers * edits // 2  # most saves committed: the run proves something
    assert len(ids) == len(set(ids)), "a change was delivered twice"
    assert sorted(ids) == sorted(committed), "a committed change was not delivered"
    assert feed.gaps == frozenset() and feed.fetch_entries() == []
    if reader.engine.dialect.name == "postgresql":
        assert late > 0, "no commit came out of id order: the test did not exercise the interleaving"
    feed.close()
    for db in (reader, *desks):
        db.dispose()


@pytest.mark.postgres
def test_random_commit_order_on_postgres_delivers_every_change_exactly_once(pg_url: str) -> None:
    _stress(pg_url, writers=6, edits=15, max_hold=0.03)


def test_concurrent_writers_on_sqlite_deliver_every_change_exactly_once(tmp_path: Path) -> None:
    _stress(f"sqlite:///{tmp_path / 'shared.db'}", writers=4, edits=8, max_hold=0.01)


@pytest.mark.postgres
def test_remote_watch_delivers_the_late_lower_id_from_its_notification(
    desks: tuple[Database, Database, Database], qtbot: QtBot
) -> None:
    """The UI's watcher (LISTEN socket + feed): B's change arrives, then A's with the lower id, once each."""
    from app.ui.remote_watch import RemoteWatch

    a, b, reader = desks
    first, second = make_company(a, name="Aachen AG"), make_company(b, name="Bonn KG")
    got: list[Entry] = []
    watch = RemoteWatch(reader, lambda _changes: None, observe=got.append)
    gate = Gate(a)
    thread, errors = _in_thread(edit, a, "contact", first, "city", "Aachen")
    assert gate.reached.wait(10)
    edit(b, "contact", second, "city", "Bonn")
    qtbot.waitUntil(lambda: len(got) == 1, timeout=5000)
    assert set(got[0].changes["contact"]) == {second}

    gate.release.set()
    thread.join(10)
    assert errors == []
    qtbot.waitUntil(lambda: len(got) == 2, timeout=5000)  # no timer: A's own NOTIFY brings it
    assert set(got[1].changes["contact"]) == {first} and got[1].id < got[0].id
    edit(b, "contact", second, "city", "Berlin")  # a later change still comes, and A's not again
    qtbot.waitUntil(lambda: len(got) == 3, timeout=5000)
    assert [e.id for e in got].count(got[1].id) == 1
    watch.stop()


@pytest.mark.postgres
def test_remote_watch_catches_up_after_the_server_drops_its_connections(
    desks: tuple[Database, Database, Database], qtbot: QtBot
) -> None:
    """The server ends every session of the database (a restart, an administrator): the watcher reconnects
    and delivers what was committed meanwhile, once."""
    from app.ui.remote_watch import RemoteWatch

    a, b, reader = desks
    first, second = make_company(a, name="Aachen AG"), make_company(b, name="Bonn KG")
    got: list[Entry] = []
    watch = RemoteWatch(reader, lambda _changes: None, observe=got.append)
    edit(a, "contact", first, "city", "Aachen")
    qtbot.waitUntil(lambda: len(got) == 1, timeout=5000)
    with b.engine.connect() as conn:
        conn.execute(text(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
            " WHERE datname = current_database() AND pid <> pg_backend_pid()"
        ))  # fmt: skip
    edit(b, "contact", second, "city", "Bonn")
    qtbot.waitUntil(lambda: len(got) == 2, timeout=10000)
    assert set(got[1].changes["contact"]) == {second}
    edit(a, "contact", first, "city", "Aalen")
    qtbot.waitUntil(lambda: len(got) == 3, timeout=10000)
    assert len({e.id for e in got}) == 3 and watch.connected
    watch.stop()
