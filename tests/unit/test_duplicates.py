"""SPEC §10: search strings for company contacts, hit %, "not a duplicate", reports from creation."""

from __future__ import annotations

from sqlalchemy import select

from app.db import Database
from app.duplicates.search import duplicates_of, mark_not_duplicate, normalize, refresh_contact, similar_to
from app.models import Contact, ContDuplSearchString, MarketingSetup
from tests.helpers.factory import edit, make_company, make_person

MUELLER = {
    "name": "Müller Maschinenbau GmbH",
    "address": "Industriestraße 12",
    "city": "München",
    "post_code": "80331",
    "phone_no": "+49 89 123456",
}


def test_normalize_ignores_case_umlauts_and_punctuation() -> None:
    assert normalize("Müller-Straße 5") == "muellerstrasse5"
    assert normalize("MUELLER strasse 5") == "muellerstrasse5"


def test_similar_company_is_found_and_reported(db: Database) -> None:
    first = make_company(db, **MUELLER)
    second = make_company(db, **{**MUELLER, "name": "Mueller Maschinenbau GmbH", "phone_no": "089 123456"})
    with db.session() as session:
        assert [d.duplicate_contact_no for d in duplicates_of(session, first)] == [second]
        assert [d.duplicate_contact_no for d in duplicates_of(session, second)] == [first]
        unsaved = similar_to(session, {**MUELLER, "name": "Müller Maschinenbau"})
    assert first in [c.contact_no for c in unsaved]


def test_different_companies_are_not_duplicates(db: Database) -> None:
    first = make_company(db, **MUELLER)
    make_company(
        db,
        name="Hansen ApS",
        address="Strandvejen 1",
        city="København",
        post_code="2100",
        phone_no="+45 33 11 22 33",
    )
    with db.session() as session:
        assert duplicates_of(session, first) == []


def test_not_a_duplicate_mark_survives_a_later_edit(db: Database) -> None:
    first = make_company(db, **MUELLER)
    second = make_company(db, **MUELLER)
    with db.unit_of_work() as session:
        mark_not_duplicate(session, first, second)
    edit(db, "contact", second, "home_page", "www.mueller.de")
    edit(db, "contact", second, "phone_no", "+49 89 123457")
    with db.session() as session:
        rows = duplicates_of(session, second)
        assert [(r.duplicate_contact_no, r.separate_contacts) for r in rows] == [(first, True)]
        again = refresh_contact(session, session.get(Contact, second))  # type: ignore[arg-type]
    assert again == []  # marked pairs are no longer reported


def test_persons_have_no_search_strings_and_switch_off(db: Database) -> None:
    company = make_company(db, **MUELLER)
    person = make_person(db, company)
    with db.session() as session:
        owners = set(session.scalars(select(ContDuplSearchString.contact_no)))
    assert owners == {company}
    assert person not in owners
    with db.unit_of_work() as session:
        setup = session.get(MarketingSetup, 1)
        assert setup is not None
        setup.maintain_dupl_search_strings = False
    other = make_company(db, **MUELLER)
    with db.session() as session:
        assert other not in set(session.scalars(select(ContDuplSearchString.contact_no)))


def test_hit_percent_threshold(db: Database) -> None:
    first = make_company(db, **MUELLER)
    with db.unit_of_work() as session:
        setup = session.get(MarketingSetup, 1)
        assert setup is not None
        setup.search_hit_pct = 100
    near = make_company(db, **{**MUELLER, "phone_no": "+49 30 999999"})
    with db.session() as session:
        assert duplicates_of(session, near) == []
        assert first


def test_batch_job_reports_duplicates(db: Database) -> None:
    from app.operations.batch import create_contacts_from
    from tests.helpers.factory import make

    existing = make_company(db, **MUELLER)
    make(db, "customer", auto_contact=False, **MUELLER)
    result = create_contacts_from(db, "customer")
    assert result.created == 1 and len(result.duplicates) == 1
    assert "Possible duplicates found: 1." in result.summary("customer")
    assert existing


def test_company_turned_person_leaves_the_duplicate_list(db: Database) -> None:
    first = make_company(db, **MUELLER)
    second = make_company(db, **MUELLER)
    edit(db, "contact", second, "type", "person")
    with db.session() as session:
        assert duplicates_of(session, first) == [] and duplicates_of(session, second) == []
