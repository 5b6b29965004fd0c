"""SPEC §2.3 and §3: number series and field rules; every refusal names the field and changes nothing."""

from __future__ import annotations

import pytest

from app.db import Database
from app.domain.numbering import increment
from app.domain.records import create_record, set_field
from app.errors import UserError
from app.models import NoSeries
from tests.helpers.dump import dump
from tests.helpers.factory import get, make, make_company, make_person


@pytest.mark.parametrize(
    ("number", "expected"),
    [("CT000001", "CT000002"), ("X-0009", "X-0010")],
)
def test_increment_keeps_prefix_and_width(number: str, expected: str) -> None:
    assert increment(number) == expected


def test_numbers_follow_the_series(db: Database) -> None:
    assert [make(db, "customer", name=f"K{i}", auto_contact=False) for i in range(3)] == [
        "C000010",
        "C000011",
        "C000012",
    ]
    assert make_company(db) == "CT000001"


def test_manual_number_refused_where_series_forbids(db: Database) -> None:
    with db.unit_of_work() as session:
        series = session.get(NoSeries, "CUST")
        assert series is not None
        series.manual_nos = False
    before = dump(db)
    with pytest.raises(UserError, match="manual") as err, db.unit_of_work() as session:
        create_record(session, "customer", {"no": "K-1", "name": "Hand"})
    assert err.value.field == "no"
    assert dump(db) == before


def test_number_clash_is_a_clear_error(db: Database) -> None:
    make(db, "vendor", no="V-1", name="Erster", auto_contact=False)
    before = dump(db)
    with pytest.raises(UserError, match="Vendor V-1 already exists"), db.unit_of_work() as session:
        create_record(session, "vendor", {"no": "v-1", "name": "Zweiter"})
    assert dump(db) == before


BAD_INPUTS = [
    ("name", "x" * 101, "Name can be at most 100 characters"),
    ("name_2", "x" * 51, "Name 2 can be at most 50"),
    ("city", "x" * 31, "City can be at most 30"),
    ("phone_no", "030 12 34 ab", "Phone No. must not contain letters"),
    ("mobile_phone_no", "O17O", "Mobile Phone No. must not contain letters"),
    ("fax_no", "fax 1", "Fax No. must not contain letters"),
    ("email", "not-an-address", "Email \u201cnot-an-address\u201d is not a valid e-mail address"),
    ("email", "a@b.de; broken@", "is not a valid e-mail address"),
    ("home_page", "x" * 256, "Home Page can be at most 255"),
    ("country_region_code", "XX", "Country/Region Code \u201cXX\u201d does not exist"),
    ("language_code", "KLI", "Language Code \u201cKLI\u201d does not exist"),
    ("currency_code", "BTC", "Currency Code \u201cBTC\u201d does not exist"),
    ("territory_code", "NORD", "Territory Code \u201cNORD\u201d does not exist"),
    ("salesperson_code", "ZZ", "Salesperson Code \u201cZZ\u201d does not exist"),
    ("vat_registration_no", "DE" + "1" * 19, "VAT Registration No. can be at most 20"),
    ("type", "robot", "Type must be one of"),
    ("no", "X", "No. cannot be changed here"),
    ("business_relation", "customer", "Business Relation cannot be changed here"),
]


@pytest.mark.parametrize(("field", "value", "message"), BAD_INPUTS)
def test_bad_input_on_contact_is_refused(db: Database, field: str, value: str, message: str) -> None:
    contact = make_company(db)
    before = dump(db)
    with pytest.raises(UserError) as err, db.unit_of_work() as session:
        set_field(session, "contact", contact, field, value)
    assert message in err.value.message
    assert err.value.field == field
    assert dump(db) == before


@pytest.mark.parametrize("table", ["customer", "vendor", "bank_account"])
def test_bad_input_on_records_is_refused(db: Database, table: str) -> None:
    no = make(db, table, name="Satz")
    before = dump(db)
    with pytest.raises(UserError, match="must not contain letters"), db.unit_of_work() as session:
        set_field(session, table, no, "phone_no", "call me")
    with pytest.raises(UserError, match="at most 100"), db.unit_of_work() as session:
        create_record(session, table, {"name": "y" * 101})
    assert dump(db) == before


def test_company_only_fields_refused_on_persons(db: Database) -> None:
    person = make_person(db, None, "Eva Frei")
    before = dump(db)
    for field, value in (("currency_code", "EUR"), ("vat_registration_no", "DE123")):
        with pytest.raises(UserError, match="only be filled in on company contacts"), db.unit_of_work() as s:
            set_field(s, "contact", person, field, value)
    assert dump(db) == before


def test_values_are_normalised(db: Database) -> None:
    contact = make_company(
        db, vat_registration_no=" de123456788 ", country_region_code="de", email=" a@b.de "
    )
    record = get(db, "contact", contact)
    assert (record.vat_registration_no, record.country_region_code, record.email) == (
        "DE123456788",
        "DE",
        "a@b.de",
    )


def test_raw_orm_write_cannot_bypass_rules(db: Database) -> None:
    """Validation runs in the flush hook too, so scripts writing ORM objects directly get the same rules."""
    from app.models import Contact

    contact = make_company(db)
    before = dump(db)
    with pytest.raises(UserError, match="must not contain letters"), db.unit_of_work() as session:
        record = session.get(Contact, contact)
        assert record is not None
        record.phone_no = "abc"
    assert dump(db) == before


def test_series_that_runs_out_refuses() -> None:
    with pytest.raises(UserError, match="run out of numbers"):
        increment("B99")


def test_records_get_a_search_name(db: Database) -> None:
    customer = make(db, "customer", name="Nordlicht KG")
    record = get(db, "customer", customer)
    assert record.search_name == "NORDLICHT KG"
    from tests.helpers.factory import edit

    edit(db, "customer", customer, "name", "Südlicht KG")
    assert get(db, "customer", customer).search_name == "SÜDLICHT KG"


def test_clearing_and_lower_case_company_no(db: Database) -> None:
    from tests.helpers.factory import edit

    company = make_company(db)
    person = make_person(db, company)
    edit(db, "contact", person, "company_no", "")
    assert get(db, "contact", person).company_no is None
    edit(db, "contact", person, "company_no", company.lower())
    assert get(db, "contact", person).company_no == company


def test_vendor_blocked_choices(db: Database) -> None:
    from tests.helpers.factory import edit

    vendor = make(db, "vendor", name="Lieferant")
    edit(db, "vendor", vendor, "blocked", "payment")
    with pytest.raises(UserError, match="Blocked must be one of"), db.unit_of_work() as session:
        set_field(session, "vendor", vendor, "blocked", "ship")
