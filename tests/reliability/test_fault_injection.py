"""Every user action is one transaction: an error injected at any flush, at any propagation target or at
commit leaves the database exactly as before (compared as a full dump)."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.orm import Session

from app.db import Database
from app.domain.records import create_record, set_field
from app.journal.history import history
from app.journal.undo import undo_change
from app.sync import engine as sync_engine
from app.sync.deletion import delete
from app.sync.linking import create_as, link_existing, remove_relation
from app.sync.primary import set_primary_contact
from tests.helpers.dump import dump
from tests.helpers.factory import edit, linked_trio, make, make_person

Action = Callable[[Session, dict[str, str]], Any]


class InjectedFault(Exception):
    pass


def build_template(path: Path) -> dict[str, str]:
    db = Database(f"sqlite:///{path}", user="fault")
    contact, customer, vendor, bank = linked_trio(db)
    person = make_person(db, contact, "Anna Schmidt")
    loose_customer = make(db, "customer", name="Lose GmbH", city="Ulm", auto_contact=False)
    plain = make(db, "contact", name="Nur Kontakt AG", city="Kiel")
    edit(db, "customer", customer, "city", "Hamburg")
    with db.session() as session:
        change_id = history(session, "customer", customer)[0].change_id
    db.dispose()
    return {
        "contact": contact,
        "customer": customer,
        "vendor": vendor,
        "bank": bank,
        "person": person,
        "loose_customer": loose_customer,
        "plain": plain,
        "change_id": change_id,
    }


ACTIONS: dict[str, Action] = {
    "edit contact phone": lambda s, k: set_field(s, "contact", k["contact"], "phone_no", "+49 1 2"),
    "edit customer address": lambda s, k: set_field(s, "customer", k["customer"], "address", "Neuer Weg 9"),
    "edit company email (inheritance)": lambda s, k: set_field(s, "contact", k["contact"], "email", "n@f.de"),
    "create contact": lambda s, k: create_record(s, "contact", {"name": "Neu", "phone_no": "1"}),
    "create customer (auto contact)": lambda s, k: create_record(
        s, "customer", {"name": "Auto", "contact": "Max M"}
    ),
    "create as customer": lambda s, k: create_as(s, k["plain"], "customer", "CUST-COMP"),
    "link existing (master record)": lambda s, k: link_existing(
        s, k["plain"], "customer", k["loose_customer"], "record"
    ),
    "remove link": lambda s, k: remove_relation(s, k["contact"], "VEND"),
    "set primary contact": lambda s, k: set_primary_contact(s, "customer", k["customer"], k["person"]),
    "delete company contact": lambda s, k: delete(s, "contact", k["contact"]),
    "delete customer": lambda s, k: delete(s, "customer", k["customer"]),
    "undo propagated change": lambda s, k: undo_change(s, k["change_id"]),
}


@contextmanager
def faults(
    db: Database, *, flush_at: int = 0, write_at: int = 0, at_commit: bool = False
) -> Iterator[dict[str, int]]:
    """Count flushes and propagation writes; raise at the chosen one (0 = never)."""
    counts = {"flush": 0, "write": 0}

    def on_flush(session: Session, _ctx: object) -> None:
        counts["flush"] += 1
        if counts["flush"] == flush_at:
            raise InjectedFault(f"flush {flush_at}")

    def on_commit(_session: Session) -> None:
        if at_commit:
            raise InjectedFault("commit")

    original_write = sync_engine.SyncRun._write

    def write(self: sync_engine.SyncRun, *args: Any) -> bool:
        counts["write"] += 1
        if counts["write"] == write_at:
            raise InjectedFault(f"write {write_at}")
        return original_write(self, *args)

    event.listen(db.session_factory, "after_flush", on_flush)
    event.listen(db.session_factory, "before_commit", on_commit)
    sync_engine.SyncRun._write = write  # type: ignore[method-assign]
    try:
        yield counts
    finally:
        sync_engine.SyncRun._write = original_write  # type: ignore[method-assign]
        event.remove(db.session_factory, "after_flush", on_flush)
        event.remove(db.session_factory, "before_commit", on_commit)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    path = tmp_path_factory.mktemp("fault") / "template.db"
    return path, build_template(path)


INJECTED: list[str] = []


@pytest.mark.parametrize("name", list(ACTIONS))
def test_fault_anywhere_leaves_database_unchanged(
    name: str, template: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    path, keys = template
    action = ACTIONS[name]
    probe = tmp_path / "probe.db"
    shutil.copy(path, probe)
    db = Database(f"sqlite:///{probe}", user="fault")
    with faults(db) as counts, db.unit_of_work() as session:  # a clean run: how many points are there?
        action(session, keys)
    db.dispose()
    points = [{"flush_at": i} for i in range(1, counts["flush"] + 1)]
    points += [{"write_at": i} for i in range(1, counts["write"] + 1)]
    points.append({"at_commit": True})
    assert counts["flush"] >= 1
    for point in points:
        copy = tmp_path / "copy.db"
        shutil.copy(path, copy)
        db = Database(f"sqlite:///{copy}", user="fault")
        before = dump(db)
        with pytest.raises(InjectedFault), faults(db, **point), db.unit_of_work() as session:  # type: ignore[arg-type]
            action(session, keys)
        assert dump(db) == before, f"{name}: fault at {point} left changes behind"
        db.dispose()
        INJECTED.append(f"{name} {point}")


def test_report_injected_faults() -> None:
    """Prints the number of injected faults (read by the closing note)."""
    print(f"\ninjected faults: {len(INJECTED)}")
    assert len(INJECTED) >= len(ACTIONS) * 2
