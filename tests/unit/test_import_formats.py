"""SPEC §15 rules of the readers and the importer one by one: profiles by header set, malformed input by
line, countries in any form, companies by name, the same care for updates, formula-safe export."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.db import Database
from app.errors import UserError
from app.io.columns import ONE_VALUE, PHOTO
from app.io.csv_file import MAX_CELL
from app.io.files import open_source, read_contacts, write_contacts
from app.io.profiles import IGNORE, detect, mapping_for
from app.io.results import DATABASE, KEPT_ROWS, ImportCancelled, ImportOptions, ImportResult, RowResult
from app.models import CountryRegion
from app.operations.import_export import import_contacts, prepare, run_import
from tests.helpers.factory import get, make_company


def write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_profiles_are_detected_from_the_header_set() -> None:
    assert detect(["Name", "Given Name", "Family Name", "E-mail 1 - Value"]) == "google"
    assert detect(["First Name", "Last Name", "E-mail Address", "Business Phone"]) == "outlook_en"
    assert detect(["Vorname", "Nachname", "E-Mail-Adresse", "Telefon geschäftlich", "Firma"]) == "outlook_de"
    assert detect(["First Name", "Last Name", "Primary Email", "Work ZipCode"]) == "thunderbird"
    assert detect(["no", "type", "name", "city"]) == "contactsync"
    mapping = mapping_for(["Nachname", "E-Mail-Adresse", "Telefon geschäftlich", "Firma", "Notizen"])
    assert mapping.fields == ["surname", "email", "phone_no", "company_name", IGNORE]


def test_ragged_row_and_oversize_cell_are_refused_by_line(tmp_path: Path) -> None:
    path = write(tmp_path, "r.csv", "name,city\nA GmbH,Bonn\nB GmbH,Köln,extra,more\nC GmbH,Ulm\n")
    rows, _notes = read_contacts(path)
    assert [r.line for r in rows] == [2, 3, 4]
    assert (
        rows[1].error is not None and "Line 3 has 4 values where the header names 2" in rows[1].error.message
    )
    assert rows[0].error is None and rows[2].values == {"name": "C GmbH", "city": "Ulm"}
    big = write(tmp_path, "big.csv", "name,city\nA GmbH,Bonn\nB GmbH," + "x" * (MAX_CELL + 10) + "\n")
    with pytest.raises(UserError, match="line 3: the file cannot be read as CSV"):
        read_contacts(big)


def test_windows_1252_is_read_with_a_note(tmp_path: Path) -> None:
    path = write(tmp_path, "w.csv", "name;city\nMüller GmbH;Köln\n", "cp1252")
    source = open_source(path)
    assert [r.values for r in source.rows()] == [{"name": "Müller GmbH", "city": "Köln"}]
    assert "not UTF-8" in source.notes[0].message


def test_vcard_kinds_photos_and_quoted_printable(tmp_path: Path) -> None:
    path = write(tmp_path, "c.vcf", (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Eva Frei\r\nORG:Frei KG\r\nEND:VCARD\r\n"  # FN+ORG, no N: a person
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Frei KG\r\nORG:Frei KG\r\nPHOTO;ENCODING=b:AAAA\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Boss\r\nORG:Big AG\r\nX-ABShowAs:COMPANY\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Weiß;Jürgen\r\nADR;WORK;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:;;Stra=\r\n"
        "=C3=9Fe 1=0D=0AHof;Berlin;;10115;Germany\r\nTEL;CELL:1\r\nTEL;CELL:2\r\nEND:VCARD\r\n"
    ))  # fmt: skip
    eva, company, big, juergen = read_contacts(path)[0]
    assert (eva.values["type"], eva.values["name"], eva.values["company_name"]) == (
        "person",
        "Eva Frei",
        "Frei KG",
    )
    assert (company.values["type"], company.values["name"]) == ("company", "Frei KG")
    assert [(d.source, d.reason) for d in company.dropped] == [("PHOTO", PHOTO)]
    assert (big.values["type"], big.values["name"]) == ("company", "Big AG")
    assert [(d.source, d.value) for d in big.dropped] == [("FN", "Boss")]
    assert (juergen.values["address"], juergen.values["address_2"]) == ("Straße 1", "Hof")
    assert juergen.values["mobile_phone_no"] == "1" and juergen.dropped[0].reason == ONE_VALUE


@pytest.mark.parametrize("country", ["United States of America", "USA", "us", "Vereinigte Staaten"])
def test_countries_in_any_common_form(db: Database, tmp_path: Path, country: str) -> None:
    path = write(tmp_path, "c.csv", f"name;country_region_code\nAcme Inc.;{country}\n")
    report = import_contacts(db, path, apply=True)
    assert report.created == 1, report.errors
    assert get(db, "contact", report.rows[0].contact_no).country_region_code == "US"


def test_unknown_country_refuses_the_row_only(db: Database, tmp_path: Path) -> None:
    with db.unit_of_work() as session:
        if session.get(CountryRegion, "CA") is None:
            session.add(CountryRegion(code="CA", name="Canada"))
    path = write(tmp_path, "c.csv", "name;country_region_code\nA GmbH;Atlantis\nB GmbH;CANADA\n")
    report = import_contacts(db, path)
    assert [r.action for r in report.rows] == ["error", "create"]
    assert report.errors[0].field == "country_region_code" and "Atlantis" in report.errors[0].message


def test_both_sides_have_a_value_the_user_chooses(db: Database, tmp_path: Path) -> None:
    """The same care as a card: a blank never clears; where both differ, the database's value can be kept
    (shown as a conflict) or the file's taken; a value only the file has is taken either way."""
    no = make_company(db, name="Care GmbH", email="care@example.com", city="Berlin")
    path = write(tmp_path, "c.csv", "name;email;city;phone_no\nCare GmbH;care@example.com;Bonn;+49 30 1\n")
    source, mapping = prepare(db, path)
    kept = run_import(db, source, mapping, apply=True, options=ImportOptions(prefer=DATABASE))
    row = kept.rows[0]
    assert [(c.field, c.old, c.new) for c in row.conflicts] == [("city", "Berlin", "Bonn")]
    assert (get(db, "contact", no).city, get(db, "contact", no).phone_no) == ("Berlin", "+49 30 1")
    taken = run_import(db, source, mapping, apply=True)  # the default: the file's value
    assert taken.rows[0].conflicts == [] and get(db, "contact", no).city == "Bonn"
    blank = write(tmp_path, "b.csv", "name;email;city\nCare GmbH;care@example.com;\n")
    assert import_contacts(db, blank, apply=True).unchanged == 1 and get(db, "contact", no).city == "Bonn"


def test_export_defuses_the_formula_payload(tmp_path: Path) -> None:
    payload = "-2+3+cmd|' /C calc'!A0"
    path = tmp_path / "out.csv"
    write_contacts(path, [{"type": "company", "name": payload, "phone_no": "+49 30 1", "city": "=1+1"}])
    text = path.read_text(encoding="utf-8-sig")
    assert f";'{payload};" in text and ";'+49 30 1;" in text and ";'=1+1;" in text
    row = read_contacts(path)[0][0]
    assert (row.values["name"], row.values["phone_no"], row.values["city"]) == (payload, "+49 30 1", "=1+1")


def test_cancel_during_apply_writes_nothing(db: Database, tmp_path: Path) -> None:
    """Cancel answers at the next row; the unit of work rolls back all rows imported so far."""
    path = write(tmp_path, "c.csv", "name;city\n" + "".join(f"Firma {i} GmbH;Bonn\n" for i in range(10)))
    source, mapping = prepare(db, path)
    done: list[int] = []
    with pytest.raises(ImportCancelled):
        run_import(db, source, mapping, True, progress=done.append, should_cancel=lambda: len(done) >= 3)
    assert done == [1, 2, 3]
    assert import_contacts(db, path).created == 10  # nothing of the cancelled run was kept


def test_a_result_keeps_only_the_rows_it_shows() -> None:
    """Bounded memory: a million-row import keeps the first KEPT_ROWS rows (by line) and counts the rest;
    later rows are kept only when they have something to report (here one refused row)."""
    result = ImportResult([])
    last = 3 * KEPT_ROWS + 5
    for line in range(last, 1, -1):  # companies and persons come in two passes: any order
        result.add(RowResult(line, "x", "error" if line == last else "create" if line % 2 else "unchanged"))
    result.finish()
    assert [r.line for r in result.rows] == [*range(2, KEPT_ROWS + 2), last]
    assert result.total == 3 * KEPT_ROWS + 4 and not result.complete
    assert result.count("create") + result.count("unchanged") + result.count("error") == result.total


def test_rows_beyond_the_kept_ones_are_still_reported_by_line(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Nothing is dropped without its line: a refused row and a row with values not stored, far down a
    large file, are in the report although only the first rows are kept to show."""
    import app.io.results as results

    monkeypatch.setattr(results, "KEPT_ROWS", 3)
    lines = [f"Firma {i} GmbH;DE" for i in range(2, 12)]
    lines[7] = "Firma 9 GmbH;Atlantis"  # line 9: an unknown country refuses the row
    path = write(tmp_path, "c.csv", "name;country_region_code\n" + "\n".join(lines) + "\n")
    report = import_contacts(db, path)
    assert [e.line for e in report.errors] == [9] and report.errors[0].field == "country_region_code"
    assert [r.line for r in report.rows][:3] == [2, 3, 4] and 9 in [r.line for r in report.rows]
    assert report.created == 9
