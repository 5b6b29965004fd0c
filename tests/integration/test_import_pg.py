"""Import on PostgreSQL: a refused row's savepoint is rolled back alone; the rest commits as one change."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.db import Database
from app.io.files import read_contacts
from app.io.importer import apply_import, preview_import
from app.models import ChangeLog
from tests.helpers.dump import dump
from tests.helpers.factory import get, linked_trio


@pytest.mark.postgres
def test_import_on_postgresql(pg_url: str, tmp_path: Path) -> None:
    db = Database(pg_url, user="anna")
    try:
        _contact, customer, _vendor, _bank = linked_trio(db)
        path = tmp_path / "in.csv"
        text = "name;phone_no;email\nMüller GmbH;+49 30 3180552;\nNeu AG;;neu@firma.de\nKaputt;;x@\n"
        path.write_text(text, encoding="utf-8-sig")
        rows, notes = read_contacts(path)
        before = dump(db)
        with db.session() as session:
            plan = preview_import(session, rows, notes)
        assert [r.action for r in plan.rows] == ["update", "create", "error"]
        assert dump(db) == before
        with db.session() as session:
            logged = session.scalar(select(func.count()).select_from(ChangeLog))
        with db.unit_of_work() as session:
            result = apply_import(session, rows, notes)
        assert [r.action for r in result.rows] == ["update", "create", "error"]
        assert get(db, "customer", customer).phone_no == "+49 30 3180552"
        with db.session() as session:
            assert session.scalar(select(func.count()).select_from(ChangeLog)) == (logged or 0) + 1
    finally:
        db.dispose()
