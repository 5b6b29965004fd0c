"""SPEC §6.4 and §6.5: what persons take from their company."""

from __future__ import annotations

import pytest

from app.db import Database
from app.errors import UserError
from app.models import MarketingSetup
from tests.helpers.dump import dump
from tests.helpers.factory import create_as_, edit, get, make_company, make_person


def test_hand_changed_phone_survives_company_change_and_old_phone_follows(db: Database) -> None:
    company = make_company(db, phone_no="+49 89 100")
    follower = make_person(db, company, "Anna Schmidt")
    individualist = make_person(db, company, "Bernd Weber")
    assert get(db, "contact", follower).phone_no == "+49 89 100"
    edit(db, "contact", individualist, "phone_no", "+49 89 555")
    edit(db, "contact", company, "phone_no", "+49 89 200")
    assert get(db, "contact", follower).phone_no == "+49 89 200"
    assert get(db, "contact", individualist).phone_no == "+49 89 555"


def test_address_is_copied_as_a_block(db: Database) -> None:
    company = make_company(db, address="Alte Str. 1", post_code="10115", city="Berlin")
    same = make_person(db, company, "Anna Schmidt")
    moved = make_person(db, company, "Carl Braun")
    edit(db, "contact", moved, "city", "Potsdam")  # differs in one block field
    edit(db, "contact", company, "address", "Neue Str. 2")
    assert get(db, "contact", same).address == "Neue Str. 2"
    assert get(db, "contact", moved).address == "Alte Str. 1"


def test_company_name_always_follows(db: Database) -> None:
    company = make_company(db, name="Alt GmbH")
    person = make_person(db, company)
    assert get(db, "contact", person).company_name == "Alt GmbH"
    edit(db, "contact", company, "name", "Neu GmbH")
    assert get(db, "contact", person).company_name == "Neu GmbH"


def test_switch_off_stops_inheritance(db: Database) -> None:
    company = make_company(db, email="info@alt.de")
    person = make_person(db, company)
    with db.unit_of_work() as session:
        setup = session.get(MarketingSetup, 1)
        assert setup is not None
        setup.inherit_communication_details = False
    edit(db, "contact", company, "email", "info@neu.de")
    assert get(db, "contact", person).email == "info@alt.de"


def test_person_assigned_to_company_inherits(db: Database) -> None:
    old = make_company(db, name="Alt", address="A-Weg 1", city="Köln", phone_no="1", country_region_code="DE")
    new = make_company(db, name="Neu", address="N-Weg 2", city="Bonn", phone_no="2", country_region_code="AT")
    person = make_person(db, old, "Anna Schmidt", mobile_phone_no="0170 1")
    edit(db, "contact", person, "email", "anna@privat.de")
    edit(db, "contact", person, "company_no", new)
    moved = get(db, "contact", person)
    assert (moved.address, moved.city, moved.phone_no) == ("N-Weg 2", "Bonn", "2")
    assert moved.country_region_code == "AT"
    assert moved.email == "anna@privat.de"  # typed by hand, not the old company's
    assert moved.company_name == "Neu"


def test_person_name_is_built_from_its_parts(db: Database) -> None:
    company = make_company(db)
    person = make_person(db, company, "Anna Schmidt")
    assert get(db, "contact", person).name == "Anna Schmidt"
    edit(db, "contact", person, "middle_name", "Maria")
    assert get(db, "contact", person).name == "Anna Maria Schmidt"


def test_inherited_change_reaches_persons_customer(db: Database) -> None:
    """A person without company that is a customer, later placed under a company, is refused (links)."""
    company = make_company(db)
    person = make_person(db, None, "Eva Frei")
    create_as_(db, person, "customer", "CUST-PERS")
    before = dump(db)
    with pytest.raises(UserError, match="business relations"):
        edit(db, "contact", person, "company_no", company)
    assert dump(db) == before


@pytest.mark.parametrize("bad", ["CT999999", "self", "person"])
def test_company_no_must_be_a_company(db: Database, bad: str) -> None:
    company = make_company(db)
    other_person = make_person(db, company, "Otto Lang")
    person = make_person(db, None, "Eva Frei")
    value = {"self": person, "person": other_person}.get(bad, bad)
    before = dump(db)
    with pytest.raises(UserError, match="Company No.") as err:
        edit(db, "contact", person, "company_no", value)
    assert err.value.field == "company_no"
    assert dump(db) == before
