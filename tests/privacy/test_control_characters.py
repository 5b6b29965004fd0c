"""SPEC §16: control characters are refused in every text field by the domain rule, so the API, the import
and the GUI all get it: a message naming the field and the rule, and nothing stored."""

from __future__ import annotations

from pathlib import Path

import pytest

from app import api
from app.db import Database
from app.domain.validation import forbidden_character
from app.errors import UserError
from app.io.files import read_contacts
from app.io.importer import apply_import
from app.models import Contact
from tests.helpers.dump import dump
from tests.helpers.factory import make_company


@pytest.mark.parametrize(
    "text, bad",
    [
        ("A\x00B", "\x00"), ("A\x07B", "\x07"), ("A\x1bB", "\x1b"), ("A\nB", "\n"), ("A\rB", "\r"),
        ("A\u202eB", "\u202e"), ("A\u2067B", "\u2067"), ("A\x9bB", "\x9b"), ("A\x7fB", "\x7f"),
    ],
)
def test_forbidden_characters_are_found(text: str, bad: str) -> None:
    assert forbidden_character(text) == bad


def test_clean_text_and_marks_pass() -> None:
    for text in ("Müller & Söhne GmbH", "Łódź", "שלום\u200f", "日本語", "O'Brien – Ltd."):
        assert forbidden_character(text) is None
    assert forbidden_character("line 1\nline 2\tx", multiline=True) is None
    assert forbidden_character("line 1\x00", multiline=True) == "\x00"


def test_the_api_refuses_a_nul_in_a_name_and_stores_nothing(db: Database) -> None:
    no = make_company(db, "Alpha GmbH")
    before = dump(db)
    with pytest.raises(UserError) as refused, db.unit_of_work() as s:
        api.set_field(s, "contact", no, "name", "Alpha\x00 GmbH")
    assert refused.value.field == "name"
    assert "Name contains a control character (U+0000)" in refused.value.message
    assert "Alpha" not in refused.value.message  # the value itself is not repeated
    assert dump(db) == before


def test_the_api_refuses_line_breaks_and_bidi_overrides_in_new_records(db: Database) -> None:
    for values, message in [
        ({"name": "Evil\u202egnp.exe"}, "Name contains a control character (U+202E)"),
        ({"name": "Two\r\nLines"}, "Name must be a single line"),
        ({"name": "Bell", "city": "Ber\x07lin"}, "City contains a control character (U+0007)"),
        ({"name": "Esc", "email": "a\x1b@b.de"}, "Email contains a control character (U+001B)"),
    ]:
        before = dump(db)
        with pytest.raises(UserError) as refused, db.unit_of_work() as s:
            api.create_record(s, "customer", values)
        assert message in refused.value.message, refused.value.message
        assert dump(db) == before


def test_import_refuses_the_row_with_a_nul_and_keeps_the_others(db: Database, tmp_path: Path) -> None:
    import_with_nul(db, tmp_path)


def import_with_nul(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "nul.csv"
    path.write_text("name;city\nGute AG;Ulm\nBö\x00se AG;Kiel\nAuch Gut KG;Bonn\n", encoding="utf-8")
    rows, notes = read_contacts(path)
    with db.unit_of_work() as session:
        result = apply_import(session, rows, notes)
    assert [r.action for r in result.rows] == ["create", "error", "create"]
    with db.session() as session:
        names = {c.name for c in session.query(Contact)}
    assert {"Gute AG", "Auch Gut KG"} <= names
    assert not any("\x00" in n for n in names)
