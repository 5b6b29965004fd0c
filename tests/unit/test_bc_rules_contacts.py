"""SPEC §14.1, §14.2, §14.3, §14.6, §14.10: Business Central's contact rules in the sync engine, one test per
rule, each named after it."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.db import Database
from app.documents.interactions import log_interaction
from app.domain.links import contact_of_record
from app.domain.names import split_name
from app.domain.records import set_field
from app.models import Contact, MarketingSetup, SalespersonPurchaser, Salutation
from app.operations.batch import create_contacts_from
from app.operations.primary_contact import set_primary_contact
from tests.helpers.dump import refused
from tests.helpers.factory import create_as_, edit, get, make, make_company, make_person


def setup_values(db: Database, **values: object) -> None:
    with db.unit_of_work() as session:
        setup = session.get(MarketingSetup, 1)
        assert setup is not None
        for field, value in values.items():
            setattr(setup, field, value)


def salutations(db: Database) -> None:
    """Salutation codes FIRMA / FRAU as the setup's defaults for companies and persons."""
    with db.unit_of_work() as session:
        session.add_all([Salutation(code="FIRMA"), Salutation(code="FRAU")])
    setup_values(db, default_company_salutation_code="FIRMA", default_person_salutation_code="FRAU")


def parts(db: Database, no: str) -> tuple[str, str, str]:
    contact = get(db, "contact", no)
    return contact.first_name, contact.middle_name, contact.surname


# --- §14.1 person names -------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("", ("", "", "")),
        ("Eva", ("Eva", "", "")),
        ("Anna Schmidt", ("Anna", "", "Schmidt")),
        ("Anna  Maria Schmidt", ("Anna", "Maria", "Schmidt")),
        ("Hans Peter von Berg", ("Hans Peter", "von", "Berg")),
        ("A " + "b" * 40, ("A", "", "b" * 30)),
        ("x" * 20 + " " + "y" * 20 + " m s", ("x" * 20 + " " + "y" * 9, "m", "s")),
    ],
)
def test_person_name_is_split_into_first_middle_and_surname(name: str, expected: tuple[str, ...]) -> None:
    """SPEC §14.1: with two or more words the last is the surname, with three or more the second-to-last is
    the middle name, the words before form the first name; each part at most 30 characters."""
    assert split_name(name) == expected
    assert all(len(part) <= 30 for part in split_name(name))


def test_name_typed_on_a_person_card_is_split_into_its_parts(db: Database) -> None:
    """SPEC §14.1: a name typed for a person (card, set_field) is split; the name stays as typed."""
    person = make_person(db, make_company(db), "Anna Schmidt")
    edit(db, "contact", person, "name", "Anna Maria Schmidt-Lang")
    assert parts(db, person) == ("Anna", "Maria", "Schmidt-Lang")
    assert get(db, "contact", person).name == "Anna Maria Schmidt-Lang"
    edit(db, "contact", person, "name", "Eva")
    assert parts(db, person) == ("Eva", "", "")
    new = make(db, "contact", type="person", name="Karl Otto Klein")
    assert parts(db, new) == ("Karl", "Otto", "Klein")


def test_name_typed_on_a_company_is_not_split(db: Database) -> None:
    """SPEC §14.1: only a person's name has parts."""
    company = make_company(db, name="Müller Maschinen GmbH")
    assert parts(db, company) == ("", "", "")


def test_editing_a_name_part_rebuilds_the_name(db: Database) -> None:
    """SPEC §14.1: editing a part rebuilds the name ("first middle surname", blanks skipped)."""
    person = make_person(db, None, "Anna Schmidt")
    edit(db, "contact", person, "middle_name", "Maria")
    assert get(db, "contact", person).name == "Anna Maria Schmidt"
    edit(db, "contact", person, "first_name", "")
    assert get(db, "contact", person).name == "Maria Schmidt"


def test_every_person_has_a_search_name_that_follows_its_name(db: Database) -> None:
    """SPEC §14.1: every contact has a search name, persons included; it follows the name, also a name
    built from its parts, and a person entered part by part (as on a new card) gets one."""
    by_hand = make(db, "contact", type="person")
    assert get(db, "contact", by_hand).search_name == ""
    edit(db, "contact", by_hand, "first_name", "Jörg")
    edit(db, "contact", by_hand, "surname", "Weiß")
    assert get(db, "contact", by_hand).search_name == "Jörg Weiß".upper()
    person = make_person(db, None, "Anna Schmidt")
    assert get(db, "contact", person).search_name == "ANNA SCHMIDT"
    edit(db, "contact", person, "surname", "Lang")
    assert get(db, "contact", person).search_name == "ANNA LANG"


def test_search_name_typed_by_the_user_is_kept(db: Database) -> None:
    """SPEC §14.1: the search name follows the name unless the user typed their own."""
    person = make_person(db, None, "Anna Schmidt")
    edit(db, "contact", person, "search_name", "ANNI")
    edit(db, "contact", person, "surname", "Lang")
    edit(db, "contact", person, "name", "Anna Maria Lang")
    assert get(db, "contact", person).search_name == "ANNI"


def test_contact_text_of_a_customer_is_split_into_the_persons_parts(db: Database) -> None:
    """SPEC §14.1: the person made from the customer's contact text has its name split."""
    customer = make(db, "customer", name="Firma", contact="Hans Peter Meier")
    person = get(db, "customer", customer).primary_contact_no
    assert parts(db, person) == ("Hans", "Peter", "Meier")
    assert get(db, "contact", person).search_name == "HANS PETER MEIER"


def test_batch_job_splits_the_persons_names(db: Database) -> None:
    """SPEC §14.1: "Create Contacts from Customers" splits the contact text like one record at a time."""
    customer = make(db, "customer", name="Firma", contact="Hans Peter Meier", auto_contact=False)
    own = make(db, "customer", name="Eva Maria Frei", contact_type="person", auto_contact=False)
    create_contacts_from(db, "customer")
    person = get(db, "customer", customer).primary_contact_no
    assert parts(db, person) == ("Hans", "Peter", "Meier")
    with db.session() as session:
        contact = session.scalar(select(Contact).where(Contact.name == "Eva Maria Frei"))
        assert contact is not None and contact.type == "person"
        assert (contact.first_name, contact.middle_name, contact.surname) == ("Eva", "Maria", "Frei")
    assert own


def test_name_of_a_person_customer_reaches_the_contact_split(db: Database) -> None:
    """SPEC §14.1: a person's name typed on its linked customer arrives split into the parts."""
    customer = make(db, "customer", name="Eva Frei", contact_type="person")
    with db.session() as session:  # the automatic contact (not the primary contact: SPEC §14.5)
        found = contact_of_record(session, "customer", customer)
        assert found is not None
        person = found.no
    assert parts(db, person) == ("Eva", "", "Frei")
    edit(db, "customer", customer, "name", "Eva Maria Frei-Berg")
    assert parts(db, person) == ("Eva", "Maria", "Frei-Berg")
    assert get(db, "contact", person).name == "Eva Maria Frei-Berg"


# --- §14.2 inheritance --------------------------------------------------------------------------------------
@pytest.mark.parametrize("field", ["mobile_phone_no", "pager"])
def test_mobile_phone_and_pager_are_inherited_like_the_other_communication_fields(
    db: Database, field: str
) -> None:
    """SPEC §14.2: communication fields include mobile phone no. and pager."""
    company = make_company(db, **{field: "+49 171 1000"})
    follower = make_person(db, company, "Anna Schmidt")
    own = make_person(db, company, "Bernd Weber")
    assert getattr(get(db, "contact", follower), field) == "+49 171 1000"
    edit(db, "contact", own, field, "+49 171 5555")
    edit(db, "contact", company, field, "+49 171 2000")
    assert getattr(get(db, "contact", follower), field) == "+49 171 2000"
    assert getattr(get(db, "contact", own), field) == "+49 171 5555"


def test_same_address_compares_address_address_2_post_code_and_city_not_county(db: Database) -> None:
    """SPEC §14.2: "same address as the company" compares address, address 2, post code and city (not
    county); on a change the changed parts travel, the county too."""
    company = make_company(db, address="Alte Str. 1", post_code="50667", city="Köln", county="NRW")
    person = make_person(db, company, "Anna Schmidt")
    edit(db, "contact", person, "county", "Rheinland")  # only the county differs: still the same address
    edit(db, "contact", company, "address", "Neue Str. 2")
    moved = get(db, "contact", person)
    assert (moved.address, moved.county) == ("Neue Str. 2", "Rheinland")  # the unchanged county stays
    edit(db, "contact", company, "county", "Nordrhein-Westfalen")
    assert get(db, "contact", person).county == "Nordrhein-Westfalen"
    other = make_person(db, company, "Carl Braun")
    edit(db, "contact", other, "address_2", "Hinterhaus")  # a different address
    edit(db, "contact", company, "city", "Bonn")
    assert (get(db, "contact", other).city, get(db, "contact", person).city) == ("Köln", "Bonn")


def test_assigning_a_company_copies_its_codes_as_they_are_blanks_included(db: Database) -> None:
    """SPEC §14.2: a person assigned to a company takes its salesperson, territory, country and language
    codes as the company has them, blanks included (per the switches)."""
    with db.unit_of_work() as session:
        session.add_all([SalespersonPurchaser(code=code, name=code) for code in ("JR", "KM")])
    old = make_company(db, name="Alt", salesperson_code="JR", country_region_code="AT", language_code="DEU")
    new = make_company(db, name="Neu", country_region_code="DE")
    person = make_person(db, old, "Anna Schmidt")
    assert (get(db, "contact", person).salesperson_code, get(db, "contact", person).language_code) == (
        "JR",
        "DEU",
    )
    edit(db, "contact", person, "company_no", new)
    moved = get(db, "contact", person)
    assert (moved.salesperson_code, moved.country_region_code, moved.language_code) == ("", "DE", "")
    setup_values(db, inherit_salesperson_code=False)
    edit(db, "contact", person, "salesperson_code", "KM")
    edit(db, "contact", person, "company_no", old)
    assert get(db, "contact", person).salesperson_code == "KM"  # switch off: kept


def test_new_person_keeps_a_code_given_with_it_where_the_company_has_none(db: Database) -> None:
    """SPEC §14.2: a code given with a new person (an imported card's country) is not cleared by a company
    without one; a company's own code still wins."""
    blank = make_company(db, name="Ohne Land")
    austrian = make_company(db, name="Wien AG", country_region_code="AT")
    given = make_person(db, blank, "Anna Schmidt", country_region_code="DE")
    overruled = make_person(db, austrian, "Eva Frei", country_region_code="DE")
    assert get(db, "contact", given).country_region_code == "DE"
    assert get(db, "contact", overruled).country_region_code == "AT"


# --- §14.3 type changes -------------------------------------------------------------------------------------
@pytest.mark.parametrize("start", ["company", "person"])
def test_type_cannot_change_while_the_contact_has_interaction_log_entries(db: Database, start: str) -> None:
    """SPEC §14.3: a contact cannot change type while it has interaction log entries."""
    contact = make_company(db) if start == "company" else make_person(db, None, "Eva Frei")
    with db.unit_of_work() as session:
        log_interaction(session, contact, "phone_call", "Angebot besprochen")
    other = "person" if start == "company" else "company"
    error = refused(db, set_field, "contact", contact, "type", other, match="interaction log entries")
    assert error.field == "type"


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [("currency_code", "USD", "currency code"), ("vat_registration_no", "DE129273398", "VAT registration")],
)
def test_company_with_a_currency_code_or_vat_no_cannot_become_a_person(
    db: Database, field: str, value: str, message: str
) -> None:
    """SPEC §14.3: company → person is refused while it has a currency code or a VAT registration no."""
    company = make_company(db, **{field: value})
    error = refused(db, set_field, "contact", company, "type", "person", match=message)
    assert error.field == "type"
    edit(db, "contact", company, field, "")
    edit(db, "contact", company, "type", "person")
    assert get(db, "contact", company).type == "person"


def test_becoming_a_company_clears_the_person_fields_and_sets_the_company_salutation(db: Database) -> None:
    """SPEC §14.3: becoming a company clears first/middle name, surname and job title and sets the setup's
    default company salutation code."""
    salutations(db)
    person = make_person(db, None, "Anna Maria Schmidt", job_title="Einkauf")
    edit(db, "contact", person, "type", "company")
    company = get(db, "contact", person)
    assert (company.first_name, company.middle_name, company.surname, company.job_title) == ("", "", "", "")
    assert (company.name, company.salutation_code) == ("Anna Maria Schmidt", "FIRMA")


def test_becoming_a_person_applies_the_person_salutation_and_splits_the_name(db: Database) -> None:
    """SPEC §14.3: becoming a person applies the setup's default person salutation code and splits the
    name (§14.1)."""
    salutations(db)
    contact = make_company(db, name="Eva Maria Frei")
    edit(db, "contact", contact, "type", "person")
    person = get(db, "contact", contact)
    assert (person.first_name, person.middle_name, person.surname) == ("Eva", "Maria", "Frei")
    assert (person.name, person.salutation_code) == ("Eva Maria Frei", "FRAU")


# --- §14.6 contact text on customer / vendor ----------------------------------------------------------------
@pytest.mark.parametrize("table", ["customer", "vendor"])
def test_contact_text_creates_a_person_only_from_a_first_text(db: Database, table: str) -> None:
    """SPEC §14.6: a person is created from the typed text only when the setup code is set and the old
    contact text and the old primary contact no. were both blank."""
    company = make_company(db)
    record = create_as_(db, company, table, "CUST-COMP" if table == "customer" else None)
    with db.unit_of_work() as session:
        set_primary_contact(session, table, record, "")
    edit(db, table, record, "contact", "Karl Klein")
    person = get(db, table, record).primary_contact_no
    assert (get(db, "contact", person).name, get(db, "contact", person).company_no) == ("Karl Klein", company)
    with db.unit_of_work() as session:  # the company as primary contact: the text is the record's own
        set_primary_contact(session, table, record, company)
    edit(db, table, record, "contact", "Lea Lang")
    assert get(db, table, record).primary_contact_no == company
    with db.session() as session:
        assert session.scalar(select(Contact).where(Contact.name == "Lea Lang")) is None


def test_contact_text_creates_no_person_without_the_setup_code(db: Database) -> None:
    """SPEC §14.6: without the setup's relation code for customers no person is created."""
    company = make_company(db)
    customer = create_as_(db, company, "customer", "CUST-COMP")
    with db.unit_of_work() as session:
        set_primary_contact(session, "customer", customer, "")
    setup_values(db, bus_rel_code_customers=None)
    edit(db, "customer", customer, "contact", "Karl Klein")
    assert get(db, "customer", customer).primary_contact_no == ""
    with db.session() as session:
        assert session.scalar(select(Contact).where(Contact.name == "Karl Klein")) is None


def test_editing_the_contact_text_never_renames_a_person(db: Database) -> None:
    """SPEC §14.6: editing the text later never renames a person (the primary person keeps its name)."""
    customer = make(db, "customer", name="Firma", contact="Hans Meier")
    person = get(db, "customer", customer).primary_contact_no
    edit(db, "customer", customer, "contact", "Hans Meier-Schulz")
    assert get(db, "contact", person).name == "Hans Meier"
    assert get(db, "customer", customer).contact == "Hans Meier-Schulz"


# --- §14.10 contact type on every push ----------------------------------------------------------------------
def test_every_push_to_the_customer_carries_the_contact_type(db: Database) -> None:
    """SPEC §14.10: every contact → customer propagation carries the contact's type (not only its change)."""
    contact = make(db, "contact", type="person", name="Eva Frei")
    customer = create_as_(db, contact, "customer", "CUST-PERS")
    edit(db, "customer", customer, "contact_type", "company")  # to_record: stays on the customer for now
    assert get(db, "customer", customer).contact_type == "company"
    edit(db, "contact", contact, "phone_no", "+49 30 1234")
    assert (get(db, "customer", customer).contact_type, get(db, "customer", customer).phone_no) == (
        "person",
        "+49 30 1234",
    )
