"""Contacts to and from vCard and CSV (issue 7): lossless round trips, a preview that writes nothing and shows
what propagates, one transaction to apply, refused rows reported while the others are imported."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.db import Database
from app.demo.codes import ensure_codes
from app.errors import UserError
from app.io.columns import COLUMNS, NOT_A_FIELD, Dropped
from app.io.csv_file import guard, unguard
from app.io.files import export_rows, read_contacts, write_contacts
from app.io.importer import CREATE, ERROR, UNCHANGED, UPDATE, ImportResult, apply_import, preview_import
from app.operations.setup import update_marketing_setup
from tests.helpers.dump import dump
from tests.helpers.factory import get, linked_trio, make, make_company

COMPANY: dict[str, Any] = {
    "name": "Müller & Söhne; \"Maschinenbau\", GmbH", "name_2": "Zweigwerk Süd",
    "search_name": "MÜLLER SÖHNE",
    "address": "Königsallee 58, Hinterhaus", "address_2": "c/o Frau Weiß", "post_code": "40212",
    "city": "Düsseldorf", "county": "Nordrhein-Westfalen", "country_region_code": "DE",
    "phone_no": "+49 211 869310", "mobile_phone_no": "+49 171 2345678", "fax_no": "+49 211 8693199",
    "email": "info@müller-söhne.de; buchhaltung@mueller.de", "home_page": "https://www.müller.de/a?b=1;c=2",
    "language_code": "DEU", "currency_code": "EUR", "territory_code": "WEST", "salesperson_code": "AW",
    "vat_registration_no": "DE123456788", "registration_number": "HRB 12345", "privacy_blocked": True,
}  # fmt: skip
PERSON: dict[str, Any] = {
    "first_name": "Jürgen", "middle_name": "Ökan", "surname": "Weiß-Äbersold", "job_title": "Geschäftsführer",
    "salutation_code": "HERR", "email": "j.weiss@müller-söhne.de", "mobile_phone_no": "+49 160 4455667",
}  # fmt: skip


@pytest.fixture
def other_db(tmp_path: Path) -> Iterator[Database]:
    """A second, empty database with the same code tables, to import into."""
    database = Database(f"sqlite:///{tmp_path / 'other.db'}", user="tester")
    with database.unit_of_work() as session:
        ensure_codes(session)
    yield database
    database.dispose()


def export(db: Database, path: Path, nos: list[str] | None = None) -> list[dict[str, str]]:
    with db.session() as session:
        rows = export_rows(session, nos)
    write_contacts(path, rows)
    return rows


def preview(db: Database, path: Path) -> ImportResult:
    rows, notes = read_contacts(path)
    with db.session() as session:
        return preview_import(session, rows, notes)


def apply(db: Database, path: Path) -> ImportResult:
    rows, notes = read_contacts(path)
    with db.unit_of_work() as session:
        return apply_import(session, rows, notes)


def actions(result: ImportResult) -> list[str]:
    return [row.action for row in result.rows]


@pytest.mark.parametrize("suffix", [".csv", ".vcf"])
def test_round_trip_without_loss(db: Database, other_db: Database, tmp_path: Path, suffix: str) -> None:
    with db.unit_of_work() as session:
        ensure_codes(session)
    company = make(db, "contact", type="company", **COMPANY)
    make(db, "contact", type="person", company_no=company, **PERSON)
    make_company(db, name="Ohne Adresse AG")
    path = tmp_path / f"contacts{suffix}"
    original = export(db, path)
    assert original[0]["privacy_blocked"] == "Yes" and original[1]["company_name"] == COMPANY["name"]

    assert actions(preview(db, path)) == [UNCHANGED] * 3  # the same database: nothing to do
    before = dump(other_db)
    assert actions(preview(other_db, path)) == [CREATE] * 3
    assert dump(other_db) == before  # the preview wrote nothing
    assert actions(apply(other_db, path)) == [CREATE] * 3

    copied = sorted(export(other_db, tmp_path / f"again{suffix}"), key=lambda r: r["name"])
    original.sort(key=lambda r: r["name"])  # numbers differ: companies are imported before persons
    assert [r["name"] for r in copied] == [r["name"] for r in original]
    for mine, theirs in zip(original, copied, strict=True):
        assert {k: v for k, v in mine.items() if k not in ("no", "company_no")} == {
            k: v for k, v in theirs.items() if k not in ("no", "company_no")
        }
    person = next(r for r in copied if r["type"] == "person")
    assert person["company_no"] == next(r["no"] for r in copied if r["name"] == COMPANY["name"])
    assert set(original[0]) == set(COLUMNS)


def write_csv_text(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8-sig")
    return path


def test_preview_then_apply_creates_updates_and_propagates(db: Database, tmp_path: Path) -> None:
    contact, customer, vendor, bank = linked_trio(db)
    with db.unit_of_work() as session:
        from app.domain.records import set_field

        set_field(session, "contact", contact, "email", "info@mueller.de")
    make_company(db, name="Ruhig GmbH", post_code="10115", city="Berlin")
    path = write_csv_text(
        tmp_path / "in.csv",
        "name;email;phone_no;city;post_code\n"
        "Müller GmbH (neu);INFO@mueller.de;+49 30 3180552;;\n"  # matched by e-mail: update
        "Ruhig GmbH;;;Berlin;10115\n"  # matched by name + post code, nothing differs
        "Neu & Co KG;neu@firma.de;;Köln;50667\n"  # no match: create
        "Kaputt AG;kaputt@;;;\n",  # refused e-mail: error, the rest goes on
    )
    before = dump(db)
    result = preview(db, path)
    assert dump(db) == before
    assert actions(result) == [UPDATE, UNCHANGED, CREATE, ERROR]
    update = result.rows[0]
    assert update.contact_no == contact
    changes = {c.field: (c.old, c.new) for c in update.changes}
    assert changes["phone_no"] == ("+49 30 111", "+49 30 3180552")
    assert changes["name"] == ("Müller GmbH", "Müller GmbH (neu)")
    assert "email" not in changes and "city" not in changes  # same addresses; a blank cell clears nothing
    targets = {(p.table, p.no): p.fields for p in update.propagation}
    assert set(targets) == {("customer", customer), ("vendor", vendor), ("bank_account", bank)}
    assert "phone_no" in targets[("customer", customer)] and "name" in targets[("customer", customer)]
    assert result.rows[3].field == "email" and "kaputt@" in result.rows[3].message

    report = apply(db, path)
    assert actions(report) == [UPDATE, UNCHANGED, CREATE, ERROR] and report.applied
    assert get(db, "customer", customer).phone_no == "+49 30 3180552"
    assert get(db, "vendor", vendor).name == "Müller GmbH (neu)"
    created = get(db, "contact", report.rows[2].contact_no)
    assert (created.name, created.city) == ("Neu & Co KG", "Köln")


def test_matching_by_vat_number_and_refusing_ambiguity(db: Database, tmp_path: Path) -> None:
    first = make_company(db, name="Erste AG", vat_registration_no="DE123456788")
    make_company(db, name="Doppelt GmbH", post_code="1")
    make_company(db, name="Doppelt GmbH", post_code="1")
    path = write_csv_text(
        tmp_path / "in.csv",
        "name,vat_registration_no,post_code\nUmbenannt AG,DE 123 456 788,\nDoppelt GmbH,,1\n",
    )
    result = preview(db, path)
    assert actions(result) == [UPDATE, ERROR]
    assert result.rows[0].contact_no == first
    assert "fits several contacts" in result.rows[1].message


def test_same_contact_twice_in_a_file_is_refused_once(db: Database, tmp_path: Path) -> None:
    make_company(db, name="Einmal GmbH", email="a@einmal.de")
    path = write_csv_text(tmp_path / "in.csv", "name;email;city\nEinmal GmbH;a@einmal.de;Bonn\n"
                          "Einmal GmbH;a@einmal.de;Köln\n")  # fmt: skip
    result = preview(db, path)
    assert actions(result) == [UPDATE, ERROR]
    assert "already imported by line 2" in result.rows[1].message


def test_persons_find_their_company_in_the_file_or_by_name(db: Database, tmp_path: Path) -> None:
    make_company(db, name="Alt GmbH")
    path = write_csv_text(
        tmp_path / "in.csv",
        "type;name;first_name;surname;company_name;company_no\n"
        "person;;Eva;Frei;Neu KG;CT999999\n"  # the company comes later in the file: companies go first
        "company;Neu KG;;;;\n"
        "person;;Otto;Alt;Alt GmbH;\n"
        "person;;Kai;Los;Gibt es nicht AG;\n",  # a company not yet in the database: made with the person
    )
    result = apply(db, path)
    assert actions(result) == [CREATE, CREATE, CREATE, CREATE]
    company = result.rows[1].contact_no
    eva = get(db, "contact", result.rows[0].contact_no)
    assert (eva.name, eva.company_no, eva.company_name) == ("Eva Frei", company, "Neu KG")
    assert result.rows[3].company_created == "Gibt es nicht AG"
    kai = get(db, "contact", result.rows[3].contact_no)
    made = get(db, "contact", kai.company_no)
    assert (made.type, made.name, kai.company_name) == ("company", "Gibt es nicht AG", "Gibt es nicht AG")
    assert apply(db, path).companies_created == 0  # the second time it is found by name


def format_phone_numbers(db: Database) -> None:
    """SPEC §14.11: numbers are formatted only with the Marketing Setup switch on."""
    with db.unit_of_work() as session:
        update_marketing_setup(session, {"format_phone_numbers": True})


def test_csv_with_commas_captions_and_unknown_columns(db: Database, tmp_path: Path) -> None:
    format_phone_numbers(db)
    path = write_csv_text(
        tmp_path / "in.csv", 'Name,Phone No.,Country/Region Code,Notiz\n"Komma, GmbH",030 3180552,DE,x\n'
    )
    rows, _notes = read_contacts(path)
    assert rows[0].values == {"name": "Komma, GmbH", "phone_no": "030 3180552", "country_region_code": "DE"}
    assert rows[0].dropped == [Dropped("Notiz", "x", NOT_A_FIELD)]  # listed for the row, not lost silently
    result = apply(db, path)
    assert get(db, "contact", result.rows[0].contact_no).phone_no == "+49 30 3180552"


def test_excel_formulas_are_defused_and_round_trip() -> None:
    payloads = ("=HYPERLINK(\"x\")", "@SUM(A1)", "+SUM(1)", "'=x", "-Minus", "-2+3+cmd|' /C calc'!A0",
                "+49 30 1", "-", "\tx", "\rx")  # fmt: skip
    for value in payloads:  # SPEC §15: every leading = + - @ tab CR, phone numbers included
        assert guard(value).startswith("'") and unguard(guard(value)) == value
    for value in ("'quoted", "normal", "49 30 1"):
        assert guard(value) == value and unguard(value) == value


def test_vcard_from_another_program(db: Database, tmp_path: Path) -> None:
    format_phone_numbers(db)
    company = make_company(db, name="Nordlicht GmbH")
    path = tmp_path / "outlook.vcf"
    path.write_bytes(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Schröder;Anke;;Dr.;\r\nFN:Dr. Anke Schröder\r\n"
        "ORG:Nordlicht GmbH;Einkauf\r\nTITLE:Leiterin Einkauf\r\nTEL;TYPE=CELL:0171 2345678\r\n"
        "TEL;TYPE=WORK:040 36987100\r\nEMAIL;TYPE=INTERNET,PREF:anke@nordlicht.de\r\n"
        "ADR;TYPE=WORK:;;Elbchaussee 1;Hamburg;;22763;Germany\r\nEND:VCARD\r\n".encode()
    )
    result = apply(db, path)
    assert actions(result) == [CREATE]
    anke = get(db, "contact", result.rows[0].contact_no)
    assert (anke.type, anke.company_no, anke.first_name) == ("person", company, "Anke")
    assert (anke.surname, anke.job_title) == ("Schröder", "Leiterin Einkauf")
    assert (anke.country_region_code, anke.mobile_phone_no, anke.phone_no) == (
        "DE", "+49 171 2345678", "+49 40 36987100",
    )  # fmt: skip


def test_unreadable_files_are_refused(tmp_path: Path) -> None:
    path = write_csv_text(tmp_path / "x.csv", "foo;bar\n1;2\n")
    with pytest.raises(UserError, match="no column that ContactSync knows"):
        read_contacts(path)
    with pytest.raises(UserError, match="cannot be read"):
        read_contacts(tmp_path / "missing.vcf")


def test_export_of_a_selection(db: Database, tmp_path: Path) -> None:
    make_company(db, name="A")
    second = make_company(db, name="B")
    rows = export(db, tmp_path / "sel.vcf", [second])
    assert [r["name"] for r in rows] == ["B"]
    assert len(read_contacts(tmp_path / "sel.vcf")[0]) == 1


def test_import_is_announced_once_at_commit(db: Database, tmp_path: Path) -> None:
    """Savepoints per row neither announce early (on release) nor lose earlier rows' changes (on a refused
    row's rollback): open windows and other users hear of the whole import once, after the commit."""
    _contact, customer, _vendor, _bank = linked_trio(db)
    published: list[Any] = []
    db.bus.subscribe(published.append)
    path = write_csv_text(
        tmp_path / "in.csv", "name;phone_no;email\nMüller GmbH;+49 30 3180552;\nKaputt;;x@\n"
    )
    assert actions(apply(db, path)) == [UPDATE, ERROR]
    assert len(published) == 1
    assert published[0]["customer"][customer] == {"phone_no"}


def test_an_old_value_in_the_file_does_not_undo_inheritance(db: Database, tmp_path: Path) -> None:
    """The user changes the company's phone in an exported file; its persons' rows still carry the old
    number. The persons inherit the new one (SPEC §6.4) and their rows do not put the old one back."""
    company = make_company(db, name="Erbe GmbH", phone_no="+49 30 111", city="Berlin")
    person = make(db, "contact", type="person", company_no=company, first_name="Ida", surname="Erb")
    path = tmp_path / "all.csv"
    rows = export(db, path)
    rows[0]["phone_no"] = "+49 30 222"
    write_contacts(path, rows)
    result = apply(db, path)
    assert actions(result) == [UPDATE, UNCHANGED]
    inherited = [(p.table, p.no, p.fields) for p in result.rows[0].propagation]
    assert inherited == [("contact", person, ("phone_no",))]
    assert get(db, "contact", person).phone_no == "+49 30 222"


def test_person_of_a_company_name_found_twice_is_refused(db: Database, tmp_path: Path) -> None:
    path = write_csv_text(
        tmp_path / "in.csv",
        "type;name;post_code;first_name;surname;company_name\n"
        "company;Zwilling KG;1;;;\ncompany;Zwilling KG;2;;;\nperson;;;Tom;Zwei;Zwilling KG\n",
    )
    result = preview(db, path)
    assert actions(result) == [CREATE, CREATE, ERROR]
    assert result.rows[2].message == "Company \u201cZwilling KG\u201d exists more than once."
