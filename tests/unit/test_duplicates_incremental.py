"""Search strings and duplicate pairs are written only where they differ (issue 15), and end exactly as a
full recomputation would leave them (SPEC §10)."""

from __future__ import annotations

from sqlalchemy import select

from app.db import Database
from app.duplicates.search import FIELDS, mark_not_duplicate, setup_rows, strings_for
from app.models import Contact, ContactDuplicate, ContDuplSearchString
from tests.helpers.factory import edit, make_company
from tests.unit.test_edit_budget import statements_of

MUELLER = {"address": "Industriestraße 12", "city": "München", "post_code": "80331",
           "phone_no": "+49 89 1234"}  # fmt: skip


def stored_strings(db: Database, no: str) -> dict[tuple[str, str], str]:
    with db.session() as session:
        rows = session.scalars(select(ContDuplSearchString).where(ContDuplSearchString.contact_no == no))
        return {(r.field, r.part): r.search_string for r in rows}


def expected_strings(db: Database, no: str) -> dict[tuple[str, str], str]:
    with db.session() as session:
        contact = session.get(Contact, no)
        return strings_for({f: getattr(contact, f) for f in FIELDS}, setup_rows(session))


def pairs(db: Database) -> set[tuple[str, str, int, bool]]:
    with db.session() as session:
        return {
            (d.contact_no, d.duplicate_contact_no, d.no_of_matching_strings, d.separate_contacts)
            for d in session.scalars(select(ContactDuplicate))
        }


def test_edited_strings_equal_a_full_recomputation(db: Database) -> None:
    no = make_company(db, "Müller Maschinenbau GmbH", **MUELLER)
    edits = (("phone_no", "+49 89 9999"), ("city", "Augsburg"), ("address", ""), ("email", "a@b.de"))
    for field, value in edits:
        edit(db, "contact", no, field, value)
        assert stored_strings(db, no) == expected_strings(db, no), field


def test_an_edit_of_a_field_the_search_ignores_touches_no_string(db: Database) -> None:
    no = make_company(db, "Müller Maschinenbau GmbH", **MUELLER)
    seen = statements_of(db, lambda: edit(db, "contact", no, "home_page", "www.example.de"))
    assert not [s for s in seen if "cont_dupl_search_string" in s or "contact_duplicate" in s], seen
    same = statements_of(db, lambda: edit(db, "contact", no, "phone_no", "+49-89-1234"))  # same digits
    assert not [s for s in same if "cont_dupl_search_string" in s], same


def test_pairs_follow_edits_both_ways_and_keep_the_not_a_duplicate_mark(db: Database) -> None:
    first = make_company(db, "Müller Maschinenbau GmbH", **MUELLER)
    second = make_company(db, "Schmidt Logistik AG", address="Hafenweg 1", city="Kiel", post_code="24103")
    assert pairs(db) == set()
    for field, value in MUELLER.items():  # the second becomes a copy of the first
        edit(db, "contact", second, field, value)
    edit(db, "contact", second, "name", "Müller Maschinenbau GmbH")
    found = pairs(db)
    assert {(a, b) for a, b, _n, _s in found} == {(first, second), (second, first)}
    with db.unit_of_work() as session:
        mark_not_duplicate(session, first, second)
    edit(db, "contact", second, "phone_no", "+49 89 5555")  # still similar: the count changes, the mark stays
    assert {(a, b, s) for a, b, _n, s in pairs(db)} == {(first, second, True), (second, first, True)}
    edit(db, "contact", second, "name", "Schmidt Logistik AG")
    for field in ("address", "city", "post_code"):
        edit(db, "contact", second, field, "")
    assert pairs(db) == set()  # no longer similar: both directions gone
