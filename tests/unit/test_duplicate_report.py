"""The duplicates list rows and the new-record warning's candidates (SPEC §10)."""

from __future__ import annotations

from app.db import Database
from app.duplicates.report import duplicate_pairs, own_contact_no, possible_duplicates
from app.duplicates.search import mark_not_duplicate
from app.models import MarketingSetup
from tests.helpers.factory import make, make_company, make_person

MUELLER = {"address": "Industriestraße 12", "city": "München", "post_code": "80331"}


def test_pairs_are_listed_once_or_per_contact(db: Database) -> None:
    first = make_company(db, "Müller GmbH", **MUELLER)
    second = make_company(db, "Mueller GmbH", **MUELLER)
    with db.session() as session:
        (pair,) = duplicate_pairs(session)
        assert (pair.contact_no, pair.duplicate_no, pair.separate) == (first, second, False)
        assert pair.contact_name == "Müller GmbH" and pair.duplicate_name == "Mueller GmbH"
        assert [p.duplicate_no for p in duplicate_pairs(session, second)] == [first]


def test_warning_candidates_skip_marked_pairs_persons_and_own_contact(db: Database) -> None:
    first = make_company(db, "Müller GmbH", **MUELLER)
    second = make_company(db, "Müller GmbH", **MUELLER)
    person = make_person(db, first)
    customer = make(db, "customer", name="Müller GmbH", **MUELLER)
    with db.session() as session:
        assert first in [c.contact_no for c in possible_duplicates(session, "contact", second)]
        assert possible_duplicates(session, "contact", person) == []
        own = own_contact_no(session, "customer", customer)
        found = [c.contact_no for c in possible_duplicates(session, "customer", customer)]
    assert own not in found and {first, second} <= set(found)
    with db.unit_of_work() as session:
        mark_not_duplicate(session, first, second)
    with db.session() as session:
        assert [c.contact_no for c in possible_duplicates(session, "contact", second)] == [own]
    with db.unit_of_work() as session:
        setup = session.get(MarketingSetup, 1)
        assert setup is not None
        setup.autosearch_for_duplicates = False
    with db.session() as session:
        assert possible_duplicates(session, "customer", customer) == []
        assert possible_duplicates(session, "vendor", "V1") == []
