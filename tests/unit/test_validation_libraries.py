"""IBAN, BIC, VAT no., e-mail and phone checked by maintained libraries (issue 7): refusals name the field and
what is wrong and change nothing; valid values are stored in one normal form.

Normal forms: IBAN in groups of four ("DE89 3704 0044 0532 0130 00", the printed form), BIC compact and
upper-case, phone numbers as typed, or (Marketing Setup "Format phone numbers" on, SPEC §14.11) in
international format when valid for the record's country (or a leading +)."""

from __future__ import annotations

from typing import Any

import pytest

from app.db import Database
from app.domain.records import create_record, set_field
from app.errors import UserError
from app.models import BankAccount
from app.operations.setup import update_marketing_setup
from tests.helpers.dump import dump
from tests.helpers.factory import create_as_, edit, get, make, make_company

IBAN = "DE89370400440532013000"


def format_phone_numbers(db: Database, on: bool = True) -> None:
    with db.unit_of_work() as session:
        update_marketing_setup(session, {"format_phone_numbers": on})


def refused(db: Database, table: str, no: str, field: str, value: Any) -> UserError:
    before = dump(db)
    with pytest.raises(UserError) as err, db.unit_of_work() as session:
        set_field(session, table, no, field, value)
    assert err.value.field == field
    assert dump(db) == before
    return err.value


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("DE89 3704 0044 0532 0130 01", "IBAN \u201cDE89 3704 0044 0532 0130 01\u201d is not a valid IBAN: "
         "the check digits do not match"),
        ("DE89 3704 0044 0532 0130 0", "an IBAN from Germany has 22 characters, this one has 21"),
        ("1234 5678", "must start with a two-letter country code"),
        ("US12 3456 7890", "country code US does not use IBANs"),
    ],
)  # fmt: skip
def test_invalid_iban_refused(db: Database, value: str, message: str) -> None:
    bank = make(db, "bank_account", name="Hausbank")
    assert message in refused(db, "bank_account", bank, "iban", value).message


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("DEUT", "SWIFT Code \u201cDEUT\u201d is not a valid BIC: it must have 8 or 11 characters"),
        ("DEUTXXFF", "characters 5 and 6 must be a country code"),
        ("DEU1DEFF", "4 letters (bank), 2 letters (country)"),
    ],
)
def test_invalid_bic_refused(db: Database, value: str, message: str) -> None:
    bank = make(db, "bank_account", name="Hausbank")
    assert message in refused(db, "bank_account", bank, "swift_code", value).message


def test_valid_iban_and_bic_are_normalised(db: Database) -> None:
    bank = make(
        db, "bank_account", name="Hausbank", iban=" de89370400440532013000 ", swift_code="deut de ff 500"
    )
    record = get(db, "bank_account", bank)
    assert (record.iban, record.swift_code) == ("DE89 3704 0044 0532 0130 00", "DEUTDEFF500")
    edit(db, "bank_account", bank, "iban", "GB82-WEST-1234-5698-7654-32")
    assert get(db, "bank_account", bank).iban == "GB82 WEST 1234 5698 7654 32"


def test_raw_orm_write_of_a_bad_iban_is_refused_too(db: Database) -> None:
    bank = make(db, "bank_account", name="Hausbank", iban=IBAN)
    before = dump(db)
    with pytest.raises(UserError, match="check digits") as err, db.unit_of_work() as session:
        record = session.get(BankAccount, bank)
        assert record is not None
        record.iban = IBAN[:-1] + "1"
    assert err.value.field == "iban"
    assert dump(db) == before


@pytest.mark.parametrize(
    ("country", "value", "message"),
    [
        ("", "DE12345", "VAT Registration No. \u201cDE12345\u201d is not a valid VAT registration no. for "
         "Germany (DE): wrong length."),
        ("", "DE123456789", "for Germany (DE): the check digit does not match"),
        ("DE", "123456789", "\u201c123456789\u201d is not a valid VAT registration no. for Germany (DE)"),
        ("AT", "U1234567", "for Austria (AT)"),
        ("", "CHE-123.456.789 MWST", "(CH)"),
    ],
)  # fmt: skip
def test_invalid_vat_number_refused(db: Database, country: str, value: str, message: str) -> None:
    contact = make_company(db, country_region_code=country)
    assert message in refused(db, "contact", contact, "vat_registration_no", value).message


def test_invalid_vat_number_refused_on_customers_and_at_creation(db: Database) -> None:
    customer = make(db, "customer", name="Kunde", country_region_code="DE", auto_contact=False)
    assert "Germany" in refused(db, "customer", customer, "vat_registration_no", "DE123").message
    before = dump(db)
    with pytest.raises(UserError, match="check digit") as err, db.unit_of_work() as session:
        create_record(session, "contact", {"name": "Neu", "country_region_code": "DE",
                                           "vat_registration_no": "123456789"})  # fmt: skip
    assert err.value.field == "vat_registration_no"
    assert dump(db) == before


@pytest.mark.parametrize(
    ("country", "value"),
    [
        ("DE", "DE123456788"),
        ("DE", "123456788"),  # without prefix: checked as a German number
        ("DE", "ATU12345675"),  # the number's own prefix wins over the record's country
        ("CH", "CHE-123.456.788 MWST"),
        ("US", "12-3456789"),  # no checker for this country: accepted as typed
        ("", "XY-1"),
    ],
)
def test_valid_vat_numbers_accepted(db: Database, country: str, value: str) -> None:
    contact = make_company(db, country_region_code=country)
    edit(db, "contact", contact, "vat_registration_no", value)
    assert get(db, "contact", contact).vat_registration_no == value.upper()


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("info-at-firma.de", "Email \u201cinfo-at-firma.de\u201d is not a valid e-mail address: "
         "the @ sign is missing."),
        ("info@firma", "Email \u201cinfo@firma\u201d is not a valid e-mail address: "),
        ("a@b.de; kaputt@", "\u201ckaputt@\u201d is not a valid e-mail address"),
        ("an..na@firma.de", "two periods"),
    ],
)  # fmt: skip
def test_invalid_email_refused(db: Database, value: str, message: str) -> None:
    contact = make_company(db)
    assert message in refused(db, "contact", contact, "email", value).message


def test_several_email_addresses_accepted(db: Database) -> None:
    contact = make_company(db)
    edit(db, "contact", contact, "email", "info@müller.de; buchhaltung@firma.de,")
    assert get(db, "contact", contact).email == "info@müller.de; buchhaltung@firma.de,"


@pytest.mark.parametrize(
    ("country", "typed", "stored"),
    [
        ("DE", "030 3180552", "+49 30 3180552"),
        ("DE", "0171 2345678", "+49 171 2345678"),
        ("AT", "01 5236440", "+43 1 5236440"),
        ("", "030 3180552", "030 3180552"),  # no country: a national number stays as typed
        ("AT", "+49 (0)30 3180552", "+49 30 3180552"),  # a leading + names the country itself
        ("DE", "0800 1", "0800 1"),  # not valid for Germany, but could be a phone number: kept
        ("DE", "1", "1"),
    ],
)
def test_phone_numbers_normalised_where_the_country_is_known(
    db: Database, country: str, typed: str, stored: str
) -> None:
    format_phone_numbers(db)
    contact = make_company(db, country_region_code=country)
    edit(db, "contact", contact, "phone_no", typed)
    assert get(db, "contact", contact).phone_no == stored


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("+999 123", "the country calling code after + does not exist"),
        ("--/--", "it has no digits"),
        ("0" * 22, "too many digits"),
        ("030 12 34 ab", "must not contain letters"),
    ],
)
def test_impossible_phone_numbers_refused(db: Database, value: str, message: str) -> None:
    contact = make_company(db, country_region_code="DE")
    assert message in refused(db, "contact", contact, "mobile_phone_no", value).message


def test_normalised_phone_reaches_the_linked_customer(db: Database) -> None:
    format_phone_numbers(db)
    contact = make_company(db, country_region_code="DE")
    customer = create_as_(db, contact, "customer", "CUST-COMP")
    edit(db, "contact", contact, "phone_no", "089 21543300")
    assert get(db, "contact", contact).phone_no == "+49 89 21543300"
    assert get(db, "customer", customer).phone_no == "+49 89 21543300"


def test_phone_numbers_are_stored_as_typed_while_format_phone_numbers_is_off(db: Database) -> None:
    """SPEC §14.11: BC stores phone numbers as typed; the Marketing Setup switch is off by default and the
    numbers are still validated."""
    contact = make_company(db, country_region_code="DE", phone_no="030 3180552")
    customer = create_as_(db, contact, "customer", "CUST-COMP")
    edit(db, "contact", contact, "mobile_phone_no", "0171 2345678")
    assert get(db, "contact", contact).phone_no == "030 3180552"
    assert get(db, "customer", customer).mobile_phone_no == "0171 2345678"
    assert "must not contain letters" in refused(db, "contact", contact, "phone_no", "030 12 ab").message

    format_phone_numbers(db)  # on: numbers typed from now on are formatted; stored ones stay until edited
    person = make(db, "contact", type="person", company_no=contact, first_name="Anna", surname="Schmidt")
    edit(db, "contact", person, "pager", "0171 2345679")
    assert get(db, "contact", person).pager == "+49 171 2345679"  # the pager is a phone number too
    assert get(db, "contact", contact).phone_no == "030 3180552"
    format_phone_numbers(db, on=False)
    edit(db, "contact", contact, "phone_no", "030 3180553")
    assert get(db, "contact", contact).phone_no == "030 3180553"


def test_format_phone_numbers_must_be_yes_or_no(db: Database) -> None:
    """SPEC §14.11: the switch is a yes/no field of the Marketing Setup."""
    before = dump(db)
    with pytest.raises(UserError) as err, db.unit_of_work() as session:
        update_marketing_setup(session, {"format_phone_numbers": "ja"})
    assert err.value.field == "format_phone_numbers"
    assert err.value.message == "Format Phone Numbers must be Yes or No."
    assert dump(db) == before
