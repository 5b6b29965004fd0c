"""Import on PostgreSQL: a refused row's savepoint is rolled back alone; the rest commits as one change."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.db import Database
from app.demo.codes import ensure_codes
from app.io.files import read_contacts
from app.io.importer import apply_import, preview_import
from app.models import ChangeLog, ImportColumnMap
from app.operations.import_export import import_contacts
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


@pytest.mark.postgres
def test_outlook_csv_with_new_company_on_postgresql(pg_url: str, tmp_path: Path) -> None:
    """SPEC §15 on the real server: German Outlook headers, a company created by name for its person, the
    country named in German, unstored values listed, the mapping kept; a second run finds the company."""
    db = Database(pg_url, user="anna")
    try:
        with db.unit_of_work() as session:
            ensure_codes(session)
        path = tmp_path / "outlook.csv"
        path.write_text(
            '"Vorname";"Nachname";"Firma";"Ort geschäftlich";"Land/Region geschäftlich";"E-Mail-Adresse";'
            '"Notizen"\n"Erika";"Muster";"Pg Neu GmbH";"Köln";"Deutschland";"erika@pgneu.example";"VIP"\n',
            encoding="cp1252",
        )
        report = import_contacts(db, path, apply=True)
        assert report.profile == "outlook_de" and report.created == 1 and report.companies_created == 1
        assert [(d.source, d.value) for d in report.not_stored[2]] == [("Notizen", "VIP")]
        person = get(db, "contact", report.rows[0].contact_no)
        company = get(db, "contact", person.company_no)
        assert (person.name, person.country_region_code, person.city) == ("Erika Muster", "DE", "Köln")
        assert (company.type, company.name) == ("company", "Pg Neu GmbH")
        again = import_contacts(db, path)  # the preview of the same file: the person exists, the company too
        assert (again.unchanged, again.companies_created) == (1, 0)
        with db.session() as session:
            assert session.scalar(select(func.count()).select_from(ImportColumnMap)) >= 1
    finally:
        db.dispose()
