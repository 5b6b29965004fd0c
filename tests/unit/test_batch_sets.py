"""The set-based batch job gives what the record-at-a-time path gives: the same contacts, links, persons,
primary contacts, numbers, search strings and duplicates (SPEC §7.3, §10)."""

from __future__ import annotations

import random
import shutil
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import insert, text

from app.db import Database
from app.domain.numbering import next_no, next_nos
from app.duplicates.bulk import Postings, compute_strings, find_duplicates, store_strings
from app.duplicates.search import FIELDS, similar_to
from app.kinds import kind as registry_kind
from app.models import Contact, MarketingSetup
from app.operations.batch import create_contacts_from
from app.operations.batch_sql import person_name
from app.sync.contact_from_record import create_contact_for
from app.unit_of_work import unit
from tests.helpers.factory import make, make_company

T0 = datetime(2024, 1, 1)
LINKED = ("customer", "vendor", "bank_account")
VOLATILE = {"last_modified", "created_at", "id", "change_id"}
TABLES = ("contact", "contact_business_relation", "customer", "vendor", "bank_account", "no_series",
          "cont_dupl_search_string", "contact_duplicate", "sync_journal_entry")  # fmt: skip
RECORDS = [
    ("customer", {"name": "Müller Maschinenbau GmbH", "address": "Hauptstraße 5", "city": "Köln",
                  "post_code": "50667", "phone_no": "+49 221 123456", "contact": "Hans  Peter Meier"}),
    ("customer", {"name": "Beta AG", "city": "Bonn", "contact": "Eva"}),
    ("customer", {"name": "Privat Person", "contact_type": "person", "contact": "Ignored Text"}),
    ("customer", {"name": "Gamma KG", "search_name": "GAMMA SPECIAL", "email": "a@b.de"}),
    ("customer", {"name": "Delta GmbH", "address": "Hauptstraße 5", "city": "Köln", "post_code": "50667",
                  "phone_no": "+49 221 123456"}),
    ("vendor", {"name": "Lieferant Eins", "contact": "Karl Klein", "city": "Ulm"}),
    ("vendor", {"name": "Lieferant Zwei"}),
    ("bank_account", {"name": "Bank X", "city": "Frankfurt", "contact": "Frau Bank"}),
]  # fmt: skip


def rows_of(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    result = {}
    with db.engine.connect() as conn:
        for table in TABLES:
            columns = [
                r[1] for r in conn.execute(text(f"PRAGMA table_info({table})")) if r[1] not in VOLATILE
            ]
            rows = conn.execute(text(f"SELECT {', '.join(columns)} FROM {table}"))
            result[table] = sorted(tuple(r) for r in rows)
    return result


def one_at_a_time(db: Database, table: str) -> list[str]:
    """The record-at-a-time path: create_contact_for and a flush per record, as for a new record. (The
    job, like this, finds new contacts that resemble each other; one flush per chunk used to miss those.)"""
    model = registry_kind(table).model
    linked = text("SELECT 1 FROM contact_business_relation WHERE link_to_table = :t AND no = :n")
    with db.unit_of_work() as session:
        for record in session.query(model).order_by(model.no).all():  # type: ignore[attr-defined]
            if not session.execute(linked, {"t": table, "n": record.no}).first():
                create_contact_for(session, record, company_primary=True)
                session.flush()
        return sorted(unit(session).duplicates_found)


@pytest.mark.parametrize("chunk_size", [1, 3, 5000])
def test_set_based_job_writes_what_the_record_path_writes(
    db_url: str, tmp_path: Path, chunk_size: int
) -> None:
    db = Database(db_url, user="tester")
    make_company(db, name="Müller Maschinenbau GmbH", address="Hauptstraße 5", city="Köln", post_code="50667",
                 phone_no="+49 221 123456")  # fmt: skip
    for table, values in RECORDS:
        make(db, table, auto_contact=False, **values)
    make(db, "customer", name="Schon verknüpft")
    db.dispose()
    copy = tmp_path / "copy.db"
    shutil.copy(db_url.removeprefix("sqlite:///"), copy)
    ours, theirs = Database(db_url, user="tester"), Database(f"sqlite:///{copy}", user="tester")
    found = [create_contacts_from(ours, t, chunk_size=chunk_size).duplicates for t in LINKED]
    expected = [one_at_a_time(theirs, t) for t in LINKED]
    assert found == expected and found[0]
    assert rows_of(ours) == rows_of(theirs)
    ours.dispose()
    theirs.dispose()


@pytest.mark.parametrize("hit_pct", [100, 60, 25])
def test_bulk_duplicate_search_finds_what_similar_to_finds(db: Database, hit_pct: int) -> None:
    rng = random.Random(hit_pct)
    words = {
        "name": ["Müller GmbH", "Müller AG", "Meyer GmbH", "Schmidt KG"],
        "address": ["Hauptstr. 1", "Hauptstr. 2"],
        "city": ["Köln", "Bonn", "Ulm"],
        "post_code": ["50667", "50668"],
        "phone_no": ["+49 1", "+49 2", ""],
        "email": ["a@b.de", ""],
        "vat_registration_no": [""],
    }
    values = {f"T{i:04d}": {f: rng.choice(words[f]) for f in FIELDS} for i in range(120)}
    with db.unit_of_work() as session:
        session.get(MarketingSetup, 1).search_hit_pct = hit_pct  # type: ignore[union-attr]
        rows = [{"no": no, "name": v["name"], "last_modified": T0} for no, v in values.items()]
        session.execute(insert(Contact.__table__), rows)
        strings = compute_strings(session, values)
        bulk = find_duplicates(session, strings, Postings(session))
        for no, fields in values.items():  # one at a time, each seeing the contacts stored before it
            expected = [(c.contact_no, c.matches, c.percent) for c in similar_to(session, fields, exclude=no)]
            assert [(c.contact_no, c.matches, c.percent) for c in bulk.get(no, [])] == expected, no
            store_strings(session, {no: strings[no]})


def test_person_names_as_the_engine_builds_them() -> None:
    """SPEC §14.1: the last word is the surname, the second-to-last of three or more the middle name."""
    assert person_name("Hans  Peter Meier") == {
        "person_name": "Hans Peter Meier",
        "first_name": "Hans",
        "middle_name": "Peter",
        "surname": "Meier",
        "person_search_name": "HANS  PETER MEIER",
    }
    assert person_name("Eva")["first_name"] == "Eva" and person_name("Eva")["surname"] == ""
    assert len(person_name("A " + "b" * 40)["surname"]) == 30


def test_next_nos_counts_like_next_no(db: Database) -> None:
    with db.unit_of_work() as session:
        assert next_nos(session, "CONT", 3) == ["CT000001", "CT000002", "CT000003"]
        assert next_no(session, "CONT") == "CT000004"
        assert next_nos(session, "CONT", 0) == []
