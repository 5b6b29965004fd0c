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
from app.documents.create import new_purchase_document, new_sales_document
from app.documents.lines import add_line
from app.documents.quotes import make_order
from app.domain.records import create_record, set_field
from app.duplicates.search import mark_not_duplicate
from app.journal.history import history
from app.journal.undo import undo_change
from app.operations import setup as setup_ops
from app.operations.batch import create_contacts_from
from app.operations.contact_from_record import create_contact_from_record
from app.operations.create_as import create_as
from app.operations.deletion import delete
from app.operations.link_existing import link_existing
from app.operations.primary_contact import set_primary_contact
from app.operations.relations import add_relation, remove_relation
from app.sync import engine as sync_engine
from tests.helpers.dump import dump
from tests.helpers.factory import edit, linked_trio, make, make_person

Action = Callable[[Session, dict[str, str]], Any]
DbAction = Callable[[Database, dict[str, str]], Any]  # runs its own units of work (the batch job)


class InjectedFault(Exception):
    pass


def build_template(path: Path) -> dict[str, str]:
    db = Database(f"sqlite:///{path}", user="fault")
    contact, customer, vendor, bank = linked_trio(db)
    person = make_person(db, contact, "Anna Schmidt")
    loose_customer = make(db, "customer", name="Lose GmbH", city="Ulm", auto_contact=False)
    make(db, "customer", name="Lose Zwei KG", city="Ulm", contact="Eva Frei", auto_contact=False)
    plain = make(db, "contact", name="Nur Kontakt AG", city="Kiel")
    twin = make(db, "contact", name="Nur Kontakt AG", city="Kiel")  # a duplicate of `plain`
    edit(db, "customer", customer, "city", "Hamburg")
    with db.unit_of_work() as session:
        quote = new_sales_document(session, contact, "quote").no
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
        "twin": twin,
        "quote": quote,
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
    "link existing (master contact)": lambda s, k: link_existing(
        s, k["plain"], "customer", k["loose_customer"], "contact"
    ),
    "add plain relation": lambda s, k: add_relation(s, k["contact"], "PROSPECT"),
    "create contact from record": lambda s, k: create_contact_from_record(s, "customer", k["loose_customer"]),
    "mark not a duplicate": lambda s, k: mark_not_duplicate(s, k["plain"], k["twin"]),
    "setup: marketing setup": lambda s, k: setup_ops.update_marketing_setup(
        s, {"search_hit_pct": 75, "bus_rel_code_bank_accounts": "", "inherit_address_details": False}
    ),
    "setup: field map switch": lambda s, k: setup_ops.set_field_map_enabled(s, "city", "customer", False),
    "setup: new business relation": lambda s, k: setup_ops.create_business_relation(s, "LEAD", "Lead"),
    "setup: delete business relation": lambda s, k: setup_ops.delete_business_relation(s, "PRESS"),
    "setup: number series": lambda s, k: setup_ops.save_no_series(
        s, {"code": "CONT", "last_no_used": "CT000500", "increment_by": 10}
    ),
    "setup: new template": lambda s, k: setup_ops.save_template(
        s, "customer", {"code": "CUST-EXP", "description": "Export", "currency_code": "USD"}, new=True
    ),
    "new sales order": lambda s, k: new_sales_document(s, k["person"], "order"),
    "new prospect sales quote": lambda s, k: new_sales_document(s, k["plain"], "quote", "CUST-COMP"),
    "new purchase order": lambda s, k: new_purchase_document(s, k["contact"], "order"),
    "add document line": lambda s, k: add_line(s, "sales_header", k["quote"], "Beratung", 2, "95.50"),
    "make order from quote": lambda s, k: make_order(s, k["quote"]),
}
DB_ACTIONS: dict[str, DbAction] = {
    "batch chunk (create contacts from customers)": lambda db, k: create_contacts_from(db, "customer"),
}


def perform(db: Database, name: str, keys: dict[str, str]) -> None:
    """Run one user action: a domain operation in one unit of work, or a job with its own."""
    if name in DB_ACTIONS:
        DB_ACTIONS[name](db, keys)
        return
    with db.unit_of_work() as session:
        ACTIONS[name](session, keys)


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


@pytest.mark.parametrize("name", [*ACTIONS, *DB_ACTIONS])
def test_fault_anywhere_leaves_database_unchanged(
    name: str, template: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    path, keys = template
    probe = tmp_path / "probe.db"
    shutil.copy(path, probe)
    db = Database(f"sqlite:///{probe}", user="fault")
    with faults(db) as counts:  # a clean run: how many points are there?
        perform(db, name, keys)
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
        with pytest.raises(InjectedFault), faults(db, **point):  # type: ignore[arg-type]
            perform(db, name, keys)
        assert dump(db) == before, f"{name}: fault at {point} left changes behind"
        db.dispose()
        INJECTED.append(f"{name} {point}")


def test_report_injected_faults() -> None:
    """Prints the number of injected faults (read by the closing note)."""
    print(f"\ninjected faults: {len(INJECTED)}")
    assert len(INJECTED) >= (len(ACTIONS) + len(DB_ACTIONS)) * 2
