"""Setup operations (SPEC §2, §4): every rule and refusal, with nothing changed on refusal."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import select

from app.db import Database
from app.domain.numbering import next_no
from app.domain.records import create_record, set_field
from app.errors import UserError
from app.kinds import KINDS
from app.models import (
    BusinessRelation,
    Contact,
    ContactBusinessRelation,
    Customer,
    CustomerTemplate,
    MarketingSetup,
    NoSeries,
    SyncFieldMap,
    VendorTemplate,
)
from app.operations import setup as setup_ops
from app.operations.create_as import create_as
from app.operations.relations import add_relation
from tests.helpers.dump import dump


def refused(db: Database, operation: Callable[..., Any], *args: Any, **kwargs: Any) -> UserError:
    """Run the operation in a unit of work, expect a refusal and check that nothing changed."""
    before = dump(db)
    with pytest.raises(UserError) as info, db.unit_of_work() as session:
        operation(session, *args, **kwargs)
    assert dump(db) == before
    return info.value


def run(db: Database, operation: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
    with db.unit_of_work() as session:
        operation(session, *args, **kwargs)


def setup_of(db: Database) -> MarketingSetup:
    with db.session() as session:
        setup = session.get(MarketingSetup, 1)
        assert setup is not None
        return setup


# --- Marketing setup ---------------------------------------------------------------------------------
def test_update_marketing_setup_saves_every_kind_of_field(db: Database) -> None:
    run(db, setup_ops.create_business_relation, "CUSTOMER", "Customer (new)")
    values = {
        "bus_rel_code_customers": " customer ",
        "contact_nos": "S-QUOTE",
        "inherit_address_details": False,
        "default_country_region_code": "de",
        "default_language_code": "DEU",
        "maintain_dupl_search_strings": False,
        "search_hit_pct": 75,
    }
    run(db, setup_ops.update_marketing_setup, values)
    setup = setup_of(db)
    assert setup.bus_rel_code_customers == "CUSTOMER"
    assert setup.contact_nos == "S-QUOTE"
    assert setup.inherit_address_details is False
    assert setup.default_country_region_code == "DE"
    assert setup.default_language_code == "DEU"
    assert setup.maintain_dupl_search_strings is False
    assert setup.search_hit_pct == 75
    assert setup.bus_rel_code_vendors == "VEND"  # fields not given stay


def test_unknown_relation_code_is_refused(db: Database) -> None:
    error = refused(db, setup_ops.update_marketing_setup, {"bus_rel_code_vendors": "NOPE"})
    assert (
        error.message == "Bus. Rel. Code for Vendors \u201cNOPE\u201d does not exist in business relations."
    )
    assert error.field == "bus_rel_code_vendors"


def test_equal_relation_codes_are_refused_naming_both_fields(db: Database) -> None:
    error = refused(db, setup_ops.update_marketing_setup, {"bus_rel_code_vendors": "CUST"})
    assert "Bus. Rel. Code for Customers and Bus. Rel. Code for Vendors must differ" in error.message
    assert "both are CUST" in error.message
    assert error.field == "bus_rel_code_vendors"
    error = refused(db, setup_ops.update_marketing_setup, {"bus_rel_code_bank_accounts": "vend"})
    assert "Bus. Rel. Code for Vendors and Bus. Rel. Code for Bank Accs. must differ" in error.message


def test_swapping_codes_in_one_update_is_allowed(db: Database) -> None:
    run(
        db,
        setup_ops.update_marketing_setup,
        {"bus_rel_code_customers": "VEND", "bus_rel_code_vendors": "CUST"},
    )
    setup = setup_of(db)
    assert (setup.bus_rel_code_customers, setup.bus_rel_code_vendors) == ("VEND", "CUST")


def test_blank_code_switches_sync_off_for_that_kind(db: Database) -> None:
    run(db, setup_ops.update_marketing_setup, {"bus_rel_code_customers": "", "bus_rel_code_vendors": None})
    setup = setup_of(db)
    assert setup.bus_rel_code_customers is None and setup.bus_rel_code_vendors is None
    with db.unit_of_work() as session:
        contact = create_record(session, "contact", {"name": "Blank Code GmbH"})
        contact_no = contact.no
    error = refused(db, create_as, contact_no, "customer")
    assert "Bus. Rel. Code for Customers" in error.message


def test_unknown_number_series_is_refused(db: Database) -> None:
    error = refused(db, setup_ops.update_marketing_setup, {"contact_nos": "XYZ"})
    assert error.message == "Contact Nos. \u201cXYZ\u201d does not exist in number series."
    assert error.field == "contact_nos"


def test_blank_number_series_is_allowed(db: Database) -> None:
    run(db, setup_ops.update_marketing_setup, {"customer_nos": " "})
    assert setup_of(db).customer_nos is None


@pytest.mark.parametrize("value", [0, 101, -5, "60", 60.0, True, None])
def test_search_hit_pct_must_be_1_to_100(db: Database, value: Any) -> None:
    error = refused(db, setup_ops.update_marketing_setup, {"search_hit_pct": value})
    assert error.message == "Search Hit % must be a whole number between 1 and 100."


@pytest.mark.parametrize("value", [1, 100])
def test_search_hit_pct_limits_are_accepted(db: Database, value: int) -> None:
    run(db, setup_ops.update_marketing_setup, {"search_hit_pct": value})
    assert setup_of(db).search_hit_pct == value


@pytest.mark.parametrize("field", ["inherit_salesperson_code", "autosearch_for_duplicates"])
def test_switches_must_be_yes_or_no(db: Database, field: str) -> None:
    error = refused(db, setup_ops.update_marketing_setup, {field: "yes"})
    assert error.message == f"{setup_ops.SETUP_CAPTIONS[field]} must be Yes or No."


def test_unknown_default_code_is_refused(db: Database) -> None:
    error = refused(db, setup_ops.update_marketing_setup, {"default_country_region_code": "XX"})
    assert error.message == "Default Country/Region Code \u201cXX\u201d does not exist in country region."
    error = refused(db, setup_ops.update_marketing_setup, {"default_salesperson_code": "JO"})
    assert "Default Salesperson Code" in error.message


def test_too_long_code_is_refused(db: Database) -> None:
    error = refused(db, setup_ops.update_marketing_setup, {"bus_rel_code_customers": "A" * 11})
    assert error.message == "Bus. Rel. Code for Customers can be at most 10 characters long (you entered 11)."


def test_a_refusal_writes_none_of_the_other_values(db: Database) -> None:
    refused(db, setup_ops.update_marketing_setup, {"search_hit_pct": 80, "contact_nos": "XYZ"})
    assert setup_of(db).search_hit_pct == 60


def test_unknown_setup_field_is_a_programming_error(db: Database) -> None:
    with pytest.raises(ValueError), db.unit_of_work() as session:
        setup_ops.update_marketing_setup(session, {"id": 2})


# --- Synchronized fields -----------------------------------------------------------------------------
def _linked_customer(db: Database) -> tuple[str, str]:
    with db.unit_of_work() as session:
        customer = create_record(session, "customer", {"name": "Phone AG", "phone_no": "+49 30 1"})
        contact = session.scalar(
            select(ContactBusinessRelation.contact_no).where(ContactBusinessRelation.no == customer.no)
        )
        assert contact is not None
        return contact, customer.no


def test_switching_phone_off_stops_propagation_and_keeps_data(db: Database) -> None:
    contact_no, customer_no = _linked_customer(db)
    run(db, setup_ops.set_field_map_enabled, "phone_no", "customer", False)
    with db.unit_of_work() as session:
        set_field(session, "contact", contact_no, "phone_no", "+49 30 2")
        set_field(session, "contact", contact_no, "city", "Berlin")
    with db.session() as session:
        customer = session.get(Customer, customer_no)
        assert customer is not None
        assert customer.phone_no == "+49 30 1"  # kept, not cleared, not overwritten
        assert customer.city == "Berlin"  # other fields still travel
        row = session.get(SyncFieldMap, ("phone_no", "customer"))
        assert row is not None and row.enabled is False
    run(db, setup_ops.set_field_map_enabled, "phone_no", "customer", True)
    with db.unit_of_work() as session:
        set_field(session, "contact", contact_no, "phone_no", "+49 30 3")
    with db.session() as session:
        assert session.get(Customer, customer_no).phone_no == "+49 30 3"  # type: ignore[union-attr]


def test_switching_off_takes_effect_in_the_same_session(db: Database) -> None:
    contact_no, customer_no = _linked_customer(db)
    with db.unit_of_work() as session:
        set_field(session, "contact", contact_no, "phone_no", "+49 30 5")  # caches the map
        setup_ops.set_field_map_enabled(session, "phone_no", "customer", False)
        set_field(session, "contact", contact_no, "phone_no", "+49 30 6")
    with db.session() as session:
        assert session.get(Customer, customer_no).phone_no == "+49 30 5"  # type: ignore[union-attr]
        assert session.get(Contact, contact_no).phone_no == "+49 30 6"  # type: ignore[union-attr]


def test_unknown_field_map_row_is_refused(db: Database) -> None:
    error = refused(db, setup_ops.set_field_map_enabled, "iban", "customer", False)
    assert error.message == "IBAN is not synchronized with customers."
    error = refused(db, setup_ops.set_field_map_enabled, "phone_no", "customer", "off")
    assert error.message == "Enabled must be Yes or No."


def test_field_map_rows_are_ordered_by_table_then_field(db: Database) -> None:
    with db.session() as session:
        rows = setup_ops.field_map_rows(session)
    assert [r.link_to_table for r in rows[:2]] == ["customer", "customer"]
    assert rows[0].contact_field == "name"
    assert rows[-1].link_to_table == [k.name for k in KINDS if k.linked][-1]  # registry order


# --- Business relations ------------------------------------------------------------------------------
def test_create_business_relation_upper_cases_the_code(db: Database) -> None:
    run(db, setup_ops.create_business_relation, " lead ", "Sales lead")
    with db.session() as session:
        relation = session.get(BusinessRelation, "LEAD")
        assert relation is not None and relation.description == "Sales lead"


@pytest.mark.parametrize(
    ("code", "description", "message"),
    [
        ("", "x", "Code must have a value."),
        ("   ", "x", "Code must have a value."),
        ("ABCDEFGHIJK", "x", "Code can be at most 10 characters long (you entered 11)."),
        ("cust", "x", "Business relation CUST already exists."),
        ("NEW", "d" * 101, "Description can be at most 100 characters long (you entered 101)."),
    ],
)
def test_create_business_relation_refusals(db: Database, code: str, description: str, message: str) -> None:
    assert refused(db, setup_ops.create_business_relation, code, description).message == message


def test_rename_business_relation(db: Database) -> None:
    run(db, setup_ops.rename_business_relation, "PRESS", "Press and media")
    with db.session() as session:
        assert session.get(BusinessRelation, "PRESS").description == "Press and media"  # type: ignore[union-attr]
    error = refused(db, setup_ops.rename_business_relation, "NOPE", "x")
    assert error.message == "Business relation NOPE does not exist."
    error = refused(db, setup_ops.rename_business_relation, "PRESS", "d" * 101)
    assert "at most 100 characters" in error.message


def test_delete_refused_while_links_use_the_code_with_the_count(db: Database) -> None:
    with db.unit_of_work() as session:
        for i in range(12):
            create_record(session, "customer", {"name": f"Kunde {i}"})
    error = refused(db, setup_ops.delete_business_relation, "CUST")
    assert error.message == (
        "Business relation CUST is used by 12 contact business relations and cannot be deleted."
    )


def test_delete_refused_while_one_plain_relation_uses_the_code(db: Database) -> None:
    with db.unit_of_work() as session:
        contact = create_record(session, "contact", {"name": "Presse GmbH"})
        add_relation(session, contact.no, "PRESS")
    error = refused(db, setup_ops.delete_business_relation, "press")
    assert (
        error.message
        == "Business relation PRESS is used by 1 contact business relation and cannot be deleted."
    )


def test_delete_refused_while_the_marketing_setup_uses_the_code(db: Database) -> None:
    error = refused(db, setup_ops.delete_business_relation, "BANK")
    assert error.message == (
        "Business relation BANK is used in the Marketing Setup (Bus. Rel. Code for Bank Accs.) "
        "and cannot be deleted."
    )
    assert error.field == "bus_rel_code_bank_accounts"


def test_delete_unused_business_relation(db: Database) -> None:
    run(db, setup_ops.delete_business_relation, "PARTNER")
    with db.session() as session:
        assert session.get(BusinessRelation, "PARTNER") is None
    assert refused(db, setup_ops.delete_business_relation, "PARTNER").message == (
        "Business relation PARTNER does not exist."
    )


# --- Number series -----------------------------------------------------------------------------------
SERIES = {
    "code": "proj",
    "description": "Projects",
    "starting_no": "pr0001",
    "last_no_used": "",
    "increment_by": "10",
    "manual_nos": False,
}


def test_save_new_no_series_and_number_from_it(db: Database) -> None:
    run(db, setup_ops.save_no_series, SERIES, new=True)
    with db.unit_of_work() as session:
        assert next_no(session, "PROJ") == "PR0001"
        assert next_no(session, "PROJ") == "PR0011"
        series = session.get(NoSeries, "PROJ")
        assert series is not None and series.manual_nos is False and series.description == "Projects"


def test_change_no_series(db: Database) -> None:
    run(db, setup_ops.save_no_series, {"code": "CONT", "last_no_used": "CT000099", "increment_by": 2})
    with db.unit_of_work() as session:
        assert next_no(session, "CONT") == "CT000101"


@pytest.mark.parametrize(
    ("values", "new", "message"),
    [
        ({"code": "CONT"}, True, "Number series CONT already exists."),
        ({"code": "NOPE", "description": "x"}, False, "Number series NOPE does not exist."),
        ({"code": " ", "description": "x"}, True, "Code must have a value."),
        ({**SERIES, "code": "X" * 21}, True, "Code can be at most 20 characters long (you entered 21)."),
        ({**SERIES, "starting_no": "PROJ"}, True, "Starting No. PROJ must end in digits, e.g. CT000001."),
        ({**SERIES, "last_no_used": "PR-"}, True, "Last No. Used PR- must end in digits, e.g. CT000001."),
        ({**SERIES, "increment_by": "0"}, True, "Increment-by No. must be a whole number of at least 1."),
        ({**SERIES, "increment_by": "x"}, True, "Increment-by No. must be a whole number of at least 1."),
        ({**SERIES, "manual_nos": "no"}, True, "Manual Nos. must be Yes or No."),
        ({**SERIES, "description": "d" * 101}, True, "Description can be at most 100 characters long"),
    ],
)
def test_no_series_refusals(db: Database, values: dict[str, Any], new: bool, message: str) -> None:
    assert refused(db, setup_ops.save_no_series, values, new=new).message.startswith(message)


def test_delete_no_series(db: Database) -> None:
    run(db, setup_ops.delete_no_series, "p-order")
    with db.session() as session:
        assert session.get(NoSeries, "P-ORDER") is None
    assert (
        refused(db, setup_ops.delete_no_series, "P-ORDER").message == "Number series P-ORDER does not exist."
    )


def test_delete_no_series_refused_while_marketing_setup_uses_it(db: Database) -> None:
    error = refused(db, setup_ops.delete_no_series, "CONT")
    assert (
        error.message
        == "Number series CONT is used in the Marketing Setup (Contact Nos.) and cannot be deleted."
    )
    assert error.field == "contact_nos"


# --- Templates ---------------------------------------------------------------------------------------
def test_save_customer_template(db: Database) -> None:
    values = {
        "code": "cust-exp",
        "description": "Export customer",
        "contact_type": "company",
        "country_region_code": "gb",
        "currency_code": "GBP",
        "credit_limit": "5000,50",
    }
    run(db, setup_ops.save_template, "customer", values, new=True)
    run(db, setup_ops.save_template, "customer", {"code": "CUST-EXP", "language_code": "ENG"})
    with db.session() as session:
        template = session.get(CustomerTemplate, "CUST-EXP")
        assert template is not None
        assert (template.country_region_code, template.currency_code) == ("GB", "GBP")
        assert template.credit_limit == Decimal("5000.50")
        assert template.language_code == "ENG"


@pytest.mark.parametrize(
    ("table", "values", "new", "message"),
    [
        ("customer", {"code": ""}, True, "Code must have a value."),
        ("customer", {"code": "CUST-COMP"}, True, "Template CUST-COMP already exists."),
        ("vendor", {"code": "NOPE"}, False, "Template NOPE does not exist."),
        ("customer", {"code": "A" * 11}, True, "Code can be at most 10 characters long (you entered 11)."),
        ("customer", {"code": "T", "country_region_code": "XX"}, True, "Country/Region Code \u201cXX\u201d"),
        ("customer", {"code": "T", "contact_type": "robot"}, True, "Contact Type must be one of: company"),
        ("customer", {"code": "T", "credit_limit": "-1"}, True, "Credit Limit (LCY) must not be negative."),
        ("customer", {"code": "T", "credit_limit": "lots"}, True, "Credit Limit (LCY) must be a number."),
        ("vendor", {"code": "T", "credit_limit": "1"}, True, "Credit Limit (LCY) is not a field of vendor"),
        ("vendor", {"code": "T", "payment_terms_code": "14D"}, True, "Payment Terms Code \u201c14D\u201d"),
    ],
)
def test_template_refusals(db: Database, table: str, values: dict[str, Any], new: bool, message: str) -> None:
    assert refused(db, setup_ops.save_template, table, values, new=new).message.startswith(message)


def test_delete_template(db: Database) -> None:
    run(db, setup_ops.delete_template, "vendor", "vend-comp")
    with db.session() as session:
        assert session.get(VendorTemplate, "VEND-COMP") is None
    assert refused(db, setup_ops.delete_template, "vendor", "VEND-COMP").message == (
        "Template VEND-COMP does not exist."
    )
    with pytest.raises(ValueError), db.unit_of_work() as session:
        setup_ops.delete_template(session, "bank_account", "X")
