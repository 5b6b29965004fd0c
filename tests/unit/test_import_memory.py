"""A large import keeps bounded state (SPEC §15 "a large import streams"): the session's identity map, the
change set it will announce and the rows it keeps do not grow with the file; counted in objects, with the
chunk and the limits made small so that a few hundred rows span many chunks."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from sqlalchemy import func, select

import app.io.importer as importer
import app.io.results as results
from app import changes
from app.changes import ANY, NEW, ChangeSet, fields_of, merge
from app.db import Database
from app.io.files import open_source
from app.io.importer import apply_import
from app.io.results import RowResult
from app.models import Contact

ROWS = 600


def write_persons(path: Path, rows: int) -> Path:
    lines = ["First Name;Last Name;E-mail Address;Business City"]
    lines += [f"Eva;Frei-{i};eva.{i}@frei{i}.example;Bonn" for i in range(rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _alive(kind: type) -> int:
    return sum(1 for o in gc.get_objects() if type(o) is kind)


def test_a_large_import_keeps_session_change_set_and_rows_bounded(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(importer, "CHUNK", 50)
    monkeypatch.setattr(importer, "merge", lambda into, new: merge(into, new, limit=100))
    monkeypatch.setattr(results, "KEPT_ROWS", 20)
    source = open_source(write_persons(tmp_path / "persons.csv", ROWS))
    announced: list[ChangeSet] = []
    db.bus.subscribe(announced.append)
    mapped: list[int] = []  # objects in the session's identity map, row by row
    kept: list[int] = []  # RowResult objects alive, every 100 rows

    with db.unit_of_work() as session:

        def progress(done: int) -> None:
            mapped.append(len(session.identity_map))
            if done % 100 == 0:
                kept.append(_alive(RowResult))

        result = apply_import(session, lambda: source.rows(source.mapping), progress=progress)

    assert result.count("create") == ROWS and len(mapped) == ROWS
    # The session holds one chunk's objects at most: as many after 550 rows as after 50
    assert max(mapped) <= 5 * importer.CHUNK, max(mapped)
    assert max(mapped[-100:]) <= max(mapped[:100]) + 5
    # The rows kept to show stay below twice the kept ones (rows without anything to report are counted)
    assert 0 < max(kept) <= 2 * results.KEPT_ROWS + 1 and len(result.rows) == results.KEPT_ROWS
    # The change set names at most 100 records per table, then announces the table: one per commit
    (published,) = announced
    assert published["contact"] == {ANY: {NEW}}
    assert all(len(records) <= 100 for records in published.values())
    # …and every row is stored, the last one too
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(Contact)) >= ROWS
        assert session.scalar(select(Contact.email).where(Contact.surname == "Frei-599")) == (
            "eva.599@frei599.example"
        )


def test_merge_announces_a_table_once_it_has_too_many_records() -> None:
    into: ChangeSet = {}
    merge(into, {"contact": {"CT1": {"city"}, "CT2": {NEW}}}, limit=2)
    assert into == {"contact": {"CT1": {"city"}, "CT2": {NEW}}}
    merge(into, {"contact": {"CT3": {"phone_no"}}, "customer": {"C1": {"name"}}}, limit=2)
    assert into == {"contact": {ANY: {"city", NEW, "phone_no"}}, "customer": {"C1": {"name"}}}
    merge(into, {"contact": {"CT4": {"email"}}}, limit=2)  # stays one entry
    assert into["contact"] == {ANY: {"city", NEW, "phone_no", "email"}}


def test_fields_of_answers_for_a_record_under_any() -> None:
    named = {"contact": {"CT1": {"city"}}}
    assert fields_of(named, "contact", "CT1") == {"city"} and fields_of(named, "contact", "CT2") is None
    many = {"contact": {ANY: {"city", changes.DELETED}}}
    assert fields_of(many, "contact", "CT2") == {"city"}  # read again, not closed: it may not be gone
    assert fields_of(many, "customer", "C1") is None
