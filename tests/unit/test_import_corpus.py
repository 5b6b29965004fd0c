"""SPEC §15: real files of other programs (tests/data/real, origins in its README) import into a fresh SQLite
database with the expected contacts, and every value that is not stored is listed for its row.

Set IMPORT_CORPUS_WRITE=1 to write the expected files from what the importer does now (then read the diff)."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pycountry
import pytest

from app.db import Database
from app.models import Contact, CountryRegion
from app.operations.import_export import import_contacts

REAL = Path(__file__).resolve().parents[1] / "data" / "real"
EXPECTED = REAL / "expected"
FILES = sorted(p for p in REAL.iterdir() if p.suffix in (".csv", ".vcf"))
KEY_FIELDS = ("type", "name", "first_name", "middle_name", "surname", "company_name", "job_title", "address",
              "address_2", "post_code", "city", "county", "country_region_code", "phone_no",
              "mobile_phone_no",
              "fax_no", "email", "home_page")  # fmt: skip


def all_countries(db: Database) -> None:
    """A Business Central company has its Countries/Regions table filled: every ISO country."""
    with db.unit_of_work() as session:
        known = set(session.scalars(CountryRegion.__table__.select().with_only_columns(CountryRegion.code)))
        for country in pycountry.countries:
            if country.alpha_2 not in known:
                session.add(CountryRegion(code=country.alpha_2, name=country.name[:50]))


def outcome(db: Database, path: Path) -> dict[str, Any]:
    report = import_contacts(db, path, apply=True)
    rows = []
    with db.session() as session:
        for row in report.rows:
            entry: dict[str, Any] = {"line": row.line, "action": row.action}
            if row.contact_no:
                contact = session.get(Contact, row.contact_no)
                assert contact is not None
                entry["contact"] = {f: getattr(contact, f) for f in KEY_FIELDS if getattr(contact, f)}
            if row.message:
                entry["message"] = row.message
            if row.company_created:
                entry["company_created"] = row.company_created
            entry["not_stored"] = [[d.source, d.value, d.reason] for d in row.dropped]
            rows.append(entry)
    return {"profile": report.profile, "rows": rows}


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_real_file_imports_as_expected(db: Database, path: Path) -> None:
    all_countries(db)
    got = outcome(db, path)
    expected_file = EXPECTED / (path.name + ".json")
    if os.environ.get("IMPORT_CORPUS_WRITE"):
        expected_file.write_text(json.dumps(got, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    expected = json.loads(expected_file.read_text(encoding="utf-8"))
    assert got == expected


def test_corpus_covers_the_programs_of_spec_15() -> None:
    """Google, Outlook (en, de), Thunderbird CSV; iPhone/iCloud 3.0, Outlook 2.1 quoted-printable, Android,
    vCard 4.0 — each with an expected result and a line in the README."""
    readme = (REAL / "README.md").read_text(encoding="utf-8")
    for path in FILES:
        assert (EXPECTED / (path.name + ".json")).is_file(), path.name
        assert path.name in readme, path.name
    profiles = {json.loads((EXPECTED / (p.name + ".json")).read_text())["profile"] for p in FILES}
    assert {"google", "outlook_en", "outlook_de", "thunderbird", "vcard"} <= profiles


def test_stray_quote_does_not_merge_rows(db: Database) -> None:
    """The issue's case: one stray quote must not turn three rows into one contact; the lines are named."""
    report = import_contacts(db, REAL / "handwritten_stray_quote.csv")
    assert [r.action for r in report.rows] == ["create", "error", "create"]
    assert "Lines 3\u20135" in report.rows[1].message and "quote" in report.rows[1].message


def test_outlook_quoted_printable_address_is_kept(db: Database) -> None:
    """vCard 2.1 quoted-printable with soft line breaks: the address no longer vanishes."""
    all_countries(db)
    report = import_contacts(db, REAL / "handwritten_outlook2003.vcf", apply=True)
    with db.session() as session:
        person = session.get(Contact, report.rows[0].contact_no)
        assert person is not None
        assert (person.address, person.address_2, person.city) == (
            "Königsallee 58",
            "Hinterhaus",
            "Düsseldorf",
        )
        assert (person.post_code, person.country_region_code) == ("40212", "DE")
        assert person.company_name == "Müller & Söhne GmbH"
