"""`edit_propagate`: a shared field of a contact linked to a customer, a vendor and a bank account is edited
through the domain layer (validated, propagated, journal and change log written, committed), beside raw
sqlite3 updating the same four rows and committing."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from app import sync
from app.db import Database
from app.domain.records import create_record, set_field
from app.kinds import kind as registry_kind
from app.models import SyncJournalEntry
from app.operations.create_as import create_as
from bench import build
from bench.report import Result, median
from bench.sizes import Sizes

FIELD = "phone_no"  # a shared field that is also a duplicate-search field: the whole path runs
TABLES = ("contact", "customer", "vendor", "bank_account")


def edit_database(workdir: Path, sizes: Sizes, name: str = "edit") -> tuple[Path, dict[str, str]]:
    """`sizes.edit_contacts` contacts plus one company linked to a customer, a vendor and a bank account."""
    path = build.fresh(workdir, name)
    build.add_contacts(path, sizes.edit_contacts)
    db = Database(f"sqlite:///{path}", user="bench")
    with db.unit_of_work() as session:
        values = {"type": "company", "name": "Sync Bench GmbH", "address": "Hafenstraße 1",
                  "post_code": "20457", "city": "Hamburg", "phone_no": "+49 40 100"}  # fmt: skip
        contact = create_record(session, "contact", values).no
    trio = {"contact": contact}
    for table, template in (("customer", "CUST-COMP"), ("vendor", "VEND-COMP"), ("bank_account", None)):
        with db.unit_of_work() as session:
            trio[table] = create_as(session, contact, table, template).no
    db.dispose()
    return path, trio


def _raw_edit(conn: sqlite3.Connection, trio: dict[str, str], value: str) -> float:
    started = time.perf_counter()
    conn.execute("BEGIN")
    for table in TABLES:
        conn.execute(f"UPDATE {table} SET {FIELD} = ? WHERE no = ?", (value, trio[table]))
    conn.execute("COMMIT")
    return time.perf_counter() - started


def run(workdir: Path, sizes: Sizes) -> Result:
    path, trio = edit_database(workdir, sizes)
    db = Database(f"sqlite:///{path}", user="bench")
    raw = build.connect(path)
    ours: list[float] = []
    reference: list[float] = []
    warmup = 3
    for k in range(sizes.edit_repeats + warmup):  # interleaved: both see the same noise
        value = f"+49 40 {k:07d}"
        started = time.perf_counter()
        with db.unit_of_work() as session:
            set_field(session, "contact", trio["contact"], FIELD, value)
        elapsed = time.perf_counter() - started
        raw_elapsed = _raw_edit(raw, trio, f"+49 41 {k:07d}")
        if k >= warmup:
            ours.append(elapsed * 1000)
            reference.append(raw_elapsed * 1000)
    with db.unit_of_work() as session:  # the raw edits went last; ours must reach all four rows
        set_field(session, "contact", trio["contact"], FIELD, "+49 40 7654321")
    stored = {raw.execute(f"SELECT {FIELD} FROM {t} WHERE no = ?", (trio[t],)).fetchone()[0] for t in TABLES}
    assert len(stored) == 1 and "7654321" in stored.pop().replace(" ", ""), stored
    journal = raw.execute("SELECT count(*) FROM sync_journal_entry").fetchone()[0]
    assert journal >= 3 * sizes.edit_repeats, journal
    floor = orm_floor(db, trio, sizes.edit_repeats)
    raw.close()
    db.dispose()
    return Result(
        scenario="edit_propagate",
        unit="ms",
        target="≤ 10× raw SQL update of the same 4 rows + commit",
        samples=ours,
        reference_samples=reference,
        limit=10.0,
        by_ratio=True,
        extra={"contacts": sizes.edit_contacts + 1, "bare_orm_ms": round(median(floor), 2),
               "note": "bare_orm: the same four updates and three journal rows in one ORM unit of work, "
                       "no validation or synchronization"},
    )  # fmt: skip


def orm_floor(db: Database, trio: dict[str, str], repeats: int) -> list[float]:
    """What the ORM alone costs for this edit's writes (sync engine switched off): the limit of the ratio."""
    sync.uninstall(db.session_factory)
    try:
        samples = []
        for k in range(repeats + 3):
            started = time.perf_counter()
            with db.unit_of_work() as session:
                for table in TABLES:
                    setattr(session.get(registry_kind(table).model, trio[table]), FIELD, f"+49 42 {k:07d}")
                for table in TABLES[1:]:
                    row = {"change_id": "floor", "source_table": "contact", "source_no": trio["contact"],
                           "source_field": FIELD, "target_table": table, "target_no": trio[table],
                           "target_field": FIELD, "old_value": "", "new_value": ""}  # fmt: skip
                    session.add(SyncJournalEntry(**row))
            samples.append((time.perf_counter() - started) * 1000)
        return samples[3:]
    finally:
        sync.install(db.session_factory)
