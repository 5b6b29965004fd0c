"""SPEC §5 and §7: Create as, Link with existing, plain relations, status, refusals."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.db import Database
from app.errors import TemplateChoiceRequired
from app.models import CustomerTemplate, MarketingSetup
from app.operations.create_as import create_as
from app.operations.link_existing import differences, link_existing
from app.operations.relations import add_relation, remove_relation
from tests.helpers.dump import dump, refused
from tests.helpers.factory import create_as_, edit, get, make, make_company, make_person


def test_create_as_customer_copies_contact_and_links(db: Database) -> None:
    contact = make_company(db, name="Kaufhaus Nord", city="Kiel", phone_no="0431 1")
    customer = create_as_(db, contact, "customer", "CUST-COMP")
    record = get(db, "customer", customer)
    assert (record.name, record.city, record.phone_no) == ("Kaufhaus Nord", "Kiel", "0431 1")
    assert record.primary_contact_no == ""  # started from a company: blank, as in BC (SPEC §14.5)
    assert get(db, "contact", contact).business_relation == "customer"


def test_template_fills_only_blank_fields(db: Database) -> None:
    with db.unit_of_work() as session:
        template = session.get(CustomerTemplate, "CUST-COMP")
        assert template is not None
        template.country_region_code = "AT"
        template.currency_code = "EUR"
        template.payment_terms_code = ""
    contact = make_company(db, country_region_code="DE")
    customer = create_as_(db, contact, "customer", "CUST-COMP")
    record = get(db, "customer", customer)
    assert record.country_region_code == "DE"  # contact wins
    assert record.currency_code == "EUR"  # blank on the contact: template fills
    assert get(db, "contact", contact).currency_code == "EUR"  # and both sides agree


def test_several_templates_ask_none_refuses(db: Database) -> None:
    contact = make_company(db)
    with db.unit_of_work() as session:
        session.add(CustomerTemplate(code="CUST-EXP", description="Export", contact_type="company"))
    before = dump(db)
    with pytest.raises(TemplateChoiceRequired) as choice, db.unit_of_work() as session:
        create_as(session, contact, "customer")
    assert choice.value.codes == ["CUST-COMP", "CUST-EXP"]
    assert dump(db) == before
    with db.unit_of_work() as session:
        for template in session.scalars(select(CustomerTemplate)):
            session.delete(template)
    refused(db, create_as, contact, "customer", match="no customer template")


def test_vendor_cannot_be_created_from_person_without_company(db: Database) -> None:
    person = make_person(db, None, "Eva Frei")
    err = refused(db, create_as, person, "vendor", match="Company No.")
    assert "must have a value" in err.message
    refused(db, create_as, person, "bank_account", match="Company No.")


def test_person_without_company_can_become_customer(db: Database) -> None:
    person = make_person(db, None, "Eva Frei")
    customer = create_as_(db, person, "customer", "CUST-PERS")
    assert get(db, "customer", customer).contact_type == "person"


def test_person_of_company_hands_create_as_to_company(db: Database) -> None:
    company = make_company(db, name="Firma")
    person = make_person(db, company, "Anna Schmidt")
    customer = create_as_(db, person, "customer", "CUST-COMP")
    record = get(db, "customer", customer)
    assert record.name == "Firma"
    assert record.primary_contact_no == person
    assert record.contact == "Anna Schmidt"
    assert get(db, "contact", company).business_relation == "customer"
    assert get(db, "contact", person).business_relation == "customer"


def test_second_link_of_a_kind_is_refused_naming_the_existing_link(db: Database) -> None:
    contact = make_company(db)
    customer = create_as_(db, contact, "customer", "CUST-COMP")
    err = refused(db, create_as, contact, "customer", "CUST-COMP", match="already has a business relation")
    assert f"Contact {contact} already has a business relation with customer {customer}" in err.message
    other = make(db, "customer", name="Other", auto_contact=False)
    refused(db, link_existing, contact, "customer", other, match=customer)
    second = make_company(db, name="Second")
    err = refused(db, link_existing, second, "customer", customer, match="already has a business relation")
    assert contact in err.message


def test_link_with_master_customer_gives_contact_the_customers_name(db: Database) -> None:
    contact = make_company(db, name="Kontakt Name", city="Berlin")
    vendor = create_as_(db, contact, "vendor")
    customer = make(db, "customer", name="Kunden Name", city="", auto_contact=False)
    with db.session() as session:
        diffs = {d.contact_field for d in differences(session, contact, "customer", customer)}
    assert {"name", "search_name", "city"} <= diffs
    with db.unit_of_work() as session:
        link_existing(session, contact, "customer", customer, "record", {"city": "contact"})
    assert get(db, "contact", contact).name == "Kunden Name"
    assert get(db, "contact", contact).city == "Berlin"
    assert get(db, "customer", customer).city == "Berlin"
    assert get(db, "vendor", vendor).name == "Kunden Name"  # the contact's change reaches its vendor


def test_link_with_master_contact_overwrites_record(db: Database) -> None:
    contact = make_company(db, name="Kontakt Name", phone_no="1")
    vendor = make(db, "vendor", name="Lieferant", phone_no="2", auto_contact=False)
    with db.unit_of_work() as session:
        link_existing(session, contact, "vendor", vendor, "contact")
    assert (get(db, "vendor", vendor).name, get(db, "vendor", vendor).phone_no) == ("Kontakt Name", "1")


@pytest.mark.parametrize(
    ("table", "setup_field", "caption"),
    [
        ("customer", "bus_rel_code_customers", "Bus. Rel. Code for Customers"),
        ("vendor", "bus_rel_code_vendors", "Bus. Rel. Code for Vendors"),
        ("bank_account", "bus_rel_code_bank_accounts", "Bus. Rel. Code for Bank Accs."),
    ],
)
def test_blank_setup_code_switches_sync_off(db: Database, table: str, setup_field: str, caption: str) -> None:
    contact = make_company(db)
    with db.unit_of_work() as session:
        setattr(session.get(MarketingSetup, 1), setup_field, None)
    refused(db, create_as, contact, table, match=caption)
    record = make(db, table, name="Ohne Kontakt")  # no automatic contact either
    refused(db, link_existing, contact, table, record, match=caption)
    from app.operations.contact_from_record import create_contact_from_record

    refused(db, create_contact_from_record, table, record, match=caption)


def test_plain_relation_and_reserved_codes(db: Database) -> None:
    contact = make_company(db)
    with db.unit_of_work() as session:
        add_relation(session, contact, "PROSPECT")
    assert get(db, "contact", contact).business_relation == "other"
    refused(db, add_relation, contact, "CUST", match="reserved")
    refused(db, add_relation, contact, "PROSPECT", match="already has")
    refused(db, add_relation, contact, "NOPE", match="does not exist")
    create_as_(db, contact, "customer", "CUST-COMP")
    assert get(db, "contact", contact).business_relation == "multiple"


def test_removing_a_link_keeps_both_records(db: Database) -> None:
    contact = make_company(db)
    customer = create_as_(db, contact, "customer", "CUST-COMP")
    with db.unit_of_work() as session:
        remove_relation(session, contact, "CUST")
    assert get(db, "customer", customer) is not None
    assert get(db, "contact", contact).business_relation == "none"
    edit(db, "contact", contact, "phone_no", "777")
    assert get(db, "customer", customer).phone_no != "777"


def test_status_values(db: Database) -> None:
    contact = make_company(db)
    assert get(db, "contact", contact).business_relation == "none"
    create_as_(db, contact, "bank_account")
    assert get(db, "contact", contact).business_relation == "bank_account"
    create_as_(db, contact, "vendor")
    assert get(db, "contact", contact).business_relation == "multiple"


def test_linked_company_cannot_become_person(db: Database) -> None:
    from app.domain.records import set_field

    contact = make_company(db)
    create_as_(db, contact, "vendor")
    refused(db, set_field, "contact", contact, "type", "person", match="cannot become a person")
    parent = make_company(db, name="Mutter")
    make_person(db, parent)
    refused(db, set_field, "contact", parent, "type", "person", match="persons under it")


def test_link_with_existing_writes_the_sync_journal(db: Database) -> None:
    from app.journal.history import history

    contact = make_company(db, name="Kontakt", city="Berlin")
    customer = make(db, "customer", name="Kunde", city="Berlin", auto_contact=False)
    with db.unit_of_work() as session:
        link_existing(session, contact, "customer", customer, "record")
    with db.session() as session:
        (change,) = history(session, "contact", contact)
    assert {(e.target_table, e.target_field, e.old_value, e.new_value) for e in change.entries} >= {
        ("contact", "name", "Kontakt", "Kunde"),
    }


def test_link_person_customer_takes_contact_type_and_differences_match_linking(db: Database) -> None:
    from app.models import SalespersonPurchaser

    with db.unit_of_work() as session:
        session.add(SalespersonPurchaser(code="JO", name="Jo"))
    person = make_person(db, None, "Eva Frei")
    customer = make(db, "customer", name="Eva Frei", auto_contact=False)
    with db.unit_of_work() as session:
        link_existing(session, person, "customer", customer, "contact")
    assert get(db, "customer", customer).contact_type == "person"
    company = make_company(db, name="Firma", salesperson_code="JO")
    vendor = make(db, "vendor", name="Firma", auto_contact=False)
    with db.session() as session:
        fields = {d.contact_field for d in differences(session, company, "vendor", vendor)}
    assert "salesperson_code" not in fields  # create-only pairs are not applied by linking
