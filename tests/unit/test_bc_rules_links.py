"""SPEC §14.4, §14.5, §14.7, §14.8, §14.9: Business Central's rules of linking and numbering, a test each."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.db import Database
from app.documents.create import new_purchase_document, new_sales_document
from app.documents.interactions import log_interaction
from app.domain.records import create_record
from app.errors import UserError
from app.models import Contact, ContactBusinessRelation, Customer, MarketingSetup, SalespersonPurchaser
from app.operations import setup as setup_ops
from app.operations.batch import create_contacts_from
from app.operations.contact_from_record import create_contact_from_record
from app.operations.create_as import create_as
from app.operations.link_existing import link_existing
from app.operations.primary_contact import set_primary_contact
from app.operations.relations import add_relation
from tests.helpers.dump import dump, refused
from tests.helpers.factory import create_as_, edit, get, make, make_company, make_person


def contact_of(db: Database, table: str, no: str) -> str | None:
    with db.session() as session:
        row = session.scalar(
            select(ContactBusinessRelation).where(
                ContactBusinessRelation.link_to_table == table, ContactBusinessRelation.no == no
            )
        )
        return None if row is None else row.contact_no


def relations(db: Database, contact_no: str) -> list[tuple[str, str | None, str | None]]:
    with db.session() as session:
        rows = session.scalars(
            select(ContactBusinessRelation).where(ContactBusinessRelation.contact_no == contact_no)
        )
        return sorted((r.business_relation_code, r.link_to_table, r.no) for r in rows)


def add_salesperson(db: Database, code: str = "JO") -> str:
    with db.unit_of_work() as session:
        session.add(SalespersonPurchaser(code=code, name="Jo"))
    return code


# --- §14.4 privacy ------------------------------------------------------------------------------------
def test_privacy_blocked_contact_cannot_be_used(db: Database) -> None:
    """SPEC §14.4: Create as, Link with existing, new documents and logged interactions refuse a contact
    blocked due to privacy with Business Central's one message."""
    company = make_company(db, name="Geheim GmbH", privacy_blocked=True)
    vendor = make(db, "vendor", name="Lose", auto_contact=False)
    message = f"You cannot use contact {company} (Geheim GmbH) because they are blocked due to privacy."
    for operation, args in (
        (create_as, (company, "customer", "CUST-COMP")),
        (link_existing, (company, "vendor", vendor)),
        (new_sales_document, (company, "quote")),
        (new_purchase_document, (company, "quote")),
        (log_interaction, (company, "note", "Hallo")),
    ):
        err = refused(db, operation, *args, match="blocked due to privacy")
        assert (err.message, err.field) == (message, "privacy_blocked"), operation.__name__


def test_privacy_blocked_company_refuses_the_work_its_person_hands_to_it(db: Database) -> None:
    """SPEC §14.4 with §5.2: a person hands Create as to its company; a blocked company refuses it."""
    company = make_company(db, name="Geheim GmbH")
    person = make_person(db, company, "Anna Schmidt")
    edit(db, "contact", company, "privacy_blocked", True)
    err = refused(db, create_as, person, "vendor", match="blocked due to privacy")
    assert f"contact {company} (Geheim GmbH)" in err.message
    refused(db, new_sales_document, person, "quote", match=f"contact {company} \\(Geheim GmbH\\)")


# --- §14.5 primary contact ----------------------------------------------------------------------------
def test_create_as_from_a_company_leaves_the_primary_contact_blank(db: Database) -> None:
    """SPEC §14.5: Create as started from a company leaves the record's primary contact blank (BC)."""
    company = make_company(db, name="Firma")
    for table, template in (("customer", "CUST-COMP"), ("vendor", None)):
        record = get(db, table, create_as_(db, company, table, template))
        assert (record.primary_contact_no, record.contact) == ("", ""), table


def test_link_with_existing_from_a_company_leaves_the_primary_contact_blank(db: Database) -> None:
    """SPEC §14.5: Link with existing started from a company sets no primary contact; one left from before
    that belongs to no person of the company is cleared."""
    company = make_company(db, name="Firma")
    stranger = make_person(db, None, "Eva Frei")
    customer = make(db, "customer", name="Kunde", auto_contact=False)
    with db.unit_of_work() as session:  # a stale primary contact, e.g. from an older system's import
        record = session.get(Customer, customer)
        assert record is not None
        record.primary_contact_no, record.contact = stranger, "Eva Frei"
    with db.unit_of_work() as session:
        link_existing(session, company, "customer", customer, "contact")
    linked = get(db, "customer", customer)
    assert (linked.primary_contact_no, linked.contact) == ("", "")
    vendor = make(db, "vendor", name="Lieferant", auto_contact=False)
    with db.unit_of_work() as session:
        link_existing(session, company, "vendor", vendor, "record")
    assert get(db, "vendor", vendor).primary_contact_no == ""


def test_create_as_from_a_person_makes_it_the_primary_contact(db: Database) -> None:
    """SPEC §14.5: Create as started from a person makes it the primary contact with its name as the contact
    text, also when the work is handed to its company, and for a person without company."""
    company = make_company(db, name="Firma")
    person = make_person(db, company, "Anna Schmidt")
    vendor = get(db, "vendor", create_as_(db, person, "vendor"))
    assert (vendor.primary_contact_no, vendor.contact) == (person, "Anna Schmidt")
    assert contact_of(db, "vendor", vendor.no) == company
    loner = make_person(db, None, "Eva Frei")
    customer = get(db, "customer", create_as_(db, loner, "customer", "CUST-PERS"))
    assert (customer.primary_contact_no, customer.contact) == (loner, "Eva Frei")
    edit(db, "contact", loner, "surname", "Frei-Berg")  # the contact text follows the person (SPEC §8)
    assert get(db, "customer", customer.no).contact == "Eva Frei-Berg"


def test_link_with_existing_from_a_person_makes_it_the_primary_contact(db: Database) -> None:
    """SPEC §14.5: Link with existing started from a person of a company links the company and makes the
    person the primary contact."""
    company = make_company(db, name="Firma")
    person = make_person(db, company, "Anna Schmidt")
    customer = make(db, "customer", name="Kunde", auto_contact=False)
    with db.unit_of_work() as session:
        assert link_existing(session, person, "customer", customer, "contact").no == company
    record = get(db, "customer", customer)
    assert (record.primary_contact_no, record.contact) == (person, "Anna Schmidt")


def test_automatic_company_contact_is_not_the_primary_contact(db: Database) -> None:
    """SPEC §14.5: the company contact made for a new record or by the "Contact" action is not its primary
    contact (BC's InsertNewContact); the person made from the contact text is (BC's InsertNewContactPerson).
    The batch job (SPEC §7.3) makes the company primary where the contact text names no one."""
    plain = make(db, "customer", name="Ohne Ansprechpartner")
    assert contact_of(db, "customer", plain) and get(db, "customer", plain).primary_contact_no == ""
    named = get(db, "vendor", make(db, "vendor", name="Mit Ansprechpartner", contact="Hans Meier"))
    person = get(db, "contact", named.primary_contact_no)
    company = contact_of(db, "vendor", named.no)
    assert (person.type, person.name, person.company_no) == ("person", "Hans Meier", company)
    loose = make(db, "customer", name="Lose", auto_contact=False)
    with db.unit_of_work() as session:
        create_contact_from_record(session, "customer", loose)
    assert get(db, "customer", loose).primary_contact_no == ""
    batch_plain = make(db, "customer", name="Stapel", auto_contact=False)
    batch_named = make(db, "customer", name="Stapel Zwei", contact="Eva Muster", auto_contact=False)
    assert create_contacts_from(db, "customer").created == 2
    assert get(db, "customer", batch_plain).primary_contact_no == contact_of(db, "customer", batch_plain)
    assert get(db, "contact", get(db, "customer", batch_named).primary_contact_no).name == "Eva Muster"


def test_primary_person_of_an_unlinked_record_links_its_company(db: Database) -> None:
    """SPEC §14.5: choosing a person as primary contact of an unlinked customer links the person's company
    where both already agree; where they differ it is refused and Link with existing decides (nothing is
    overwritten unasked)."""
    company = make_company(db, name="Firma", city="Kiel")
    person = make_person(db, company, "Anna Schmidt")
    differing = make(db, "customer", name="Kunde", city="Bonn", auto_contact=False)
    err = refused(db, set_primary_contact, "customer", differing, person, match="Link with existing first")
    assert err.field == "primary_contact_no"
    agreeing = make(db, "customer", name="Firma", city="Kiel", auto_contact=False)
    with db.unit_of_work() as session:
        set_primary_contact(session, "customer", agreeing, person)
    record = get(db, "customer", agreeing)
    assert contact_of(db, "customer", agreeing) == company
    assert (record.primary_contact_no, record.contact) == (person, "Anna Schmidt")
    assert get(db, "contact", company).business_relation == "customer"
    refused(db, set_primary_contact, "customer", make(db, "customer", name="X", auto_contact=False), company,
            match="is not related to customer")  # fmt: skip
    refused(db, set_primary_contact, "customer", agreeing, 5, match="must be text")


def test_a_person_that_leaves_or_becomes_a_company_is_no_longer_primary(db: Database) -> None:
    """SPEC §8 with §14.3/§14.5: a primary person moved to another company, or turned into a company, is
    cleared from its old company's customer; its status is its own again."""
    company = make_company(db, name="Firma")
    person = make_person(db, company, "Anna Schmidt")
    customer = create_as_(db, person, "customer", "CUST-COMP")
    assert get(db, "customer", customer).primary_contact_no == person
    other = make_company(db, name="Andere")
    edit(db, "contact", person, "company_no", other)
    moved = get(db, "customer", customer)
    assert (moved.primary_contact_no, moved.contact) == ("", "")
    second = make_person(db, company, "Ben Berg")
    with db.unit_of_work() as session:
        set_primary_contact(session, "customer", customer, second)
    edit(db, "contact", second, "company_no", None)
    edit(db, "contact", second, "type", "company")
    assert get(db, "customer", customer).primary_contact_no == ""
    assert get(db, "contact", second).business_relation == "none"


def test_privacy_blocked_contact_makes_no_order_and_logs_no_print(db: Database) -> None:
    """SPEC §14.4: a quote of a contact blocked since it was made is not made into an order, and printing
    it logs nothing for that contact."""
    from app.documents.interactions import log_printed
    from app.documents.quotes import make_order

    company = make_company(db, name="Firma")
    create_as_(db, company, "customer", "CUST-COMP")
    with db.unit_of_work() as session:
        quote = new_sales_document(session, company, "quote").no
    edit(db, "contact", company, "privacy_blocked", True)
    refused(db, make_order, quote, match="blocked due to privacy")
    refused(db, log_printed, "sales_header", quote, match="blocked due to privacy")


def test_primary_person_without_company_gets_a_company_made_from_the_record(db: Database) -> None:
    """SPEC §14.5: a person without company chosen as primary contact of an unlinked vendor: the company
    contact is made from the vendor (its values, no second person from the contact text) and the person
    is put under it."""
    person = make_person(db, None, "Eva Frei")
    vendor = make(db, "vendor", name="Lieferant", city="Ulm", contact="Alter Text", auto_contact=False)
    with db.unit_of_work() as session:
        set_primary_contact(session, "vendor", vendor, person)
    company_no = contact_of(db, "vendor", vendor)
    assert company_no is not None
    company, moved = get(db, "contact", company_no), get(db, "contact", person)
    assert (company.type, company.name, company.city) == ("company", "Lieferant", "Ulm")
    assert (moved.company_no, moved.business_relation) == (company_no, "vendor")
    record = get(db, "vendor", vendor)
    assert (record.primary_contact_no, record.contact, record.city) == (person, "Eva Frei", "Ulm")
    with db.session() as session:
        assert session.scalars(select(Contact.no).where(Contact.company_no == company_no)).all() == [person]


# --- §14.7 relations ----------------------------------------------------------------------------------
def test_linking_replaces_a_plain_relation_with_the_setup_code(db: Database) -> None:
    """SPEC §14.7: a plain relation row with the code the setup then reserves for links becomes the link,
    for Create as and Link with existing alike, never a database error."""
    first, second = make_company(db, name="Erste"), make_company(db, name="Zweite")
    with db.unit_of_work() as session:
        add_relation(session, first, "PROSPECT")
        add_relation(session, second, "PRESS")
        setup_ops.update_marketing_setup(session, {"bus_rel_code_customers": "PROSPECT"})
        setup_ops.update_marketing_setup(session, {"bus_rel_code_vendors": "PRESS"})
    customer = create_as_(db, first, "customer", "CUST-COMP")
    assert relations(db, first) == [("PROSPECT", "customer", customer)]
    assert get(db, "contact", first).business_relation == "customer"
    vendor = make(db, "vendor", name="Zweite", auto_contact=False)
    with db.unit_of_work() as session:
        link_existing(session, second, "vendor", vendor)
    assert relations(db, second) == [("PRESS", "vendor", vendor)]


# --- §14.8 number series ------------------------------------------------------------------------------
@pytest.mark.parametrize("table", ["customer", "vendor", "bank_account"])
def test_record_without_contact_series_is_refused(db: Database, table: str) -> None:
    """SPEC §14.8: a record that would get its contact automatically while Contact Nos. is blank is refused
    with a message naming Marketing Setup › Contact Nos.; nothing is half-created."""
    with db.unit_of_work() as session:
        setup = session.get(MarketingSetup, 1)
        assert setup is not None
        setup.contact_nos = None
    before = dump(db)
    expected = "Marketing Setup \u203a Contact Nos\\."
    with pytest.raises(UserError, match=expected) as err, db.unit_of_work() as session:
        create_record(session, table, {"name": "Ohne Kontakt"})
    assert err.value.field == "no"
    assert dump(db) == before
    make(db, table, name="Bewusst ohne Kontakt", auto_contact=False)  # no contact asked for: allowed


# --- §14.9 Create as Vendor / Bank Account ------------------------------------------------------------
def test_create_as_vendor_or_bank_keeps_its_own_purchaser_code(db: Database) -> None:
    """SPEC §14.9: Create as Vendor / Bank Account does not copy the contact's salesperson to the purchaser
    / our contact code, and leaves the bank's contact text blank; a contact made from a record still takes
    the record's purchaser as its salesperson."""
    code = add_salesperson(db)
    company = make_company(db, name="Firma", salesperson_code=code)
    vendor = get(db, "vendor", create_as_(db, company, "vendor"))
    bank = get(db, "bank_account", create_as_(db, company, "bank_account"))
    assert vendor.purchaser_code == "" and (bank.our_contact_code, bank.contact) == ("", "")
    assert get(db, "contact", company).salesperson_code == code  # the contact keeps its own
    other = make(db, "vendor", name="Lieferant", purchaser_code=code)
    contact = contact_of(db, "vendor", other)
    assert contact is not None and get(db, "contact", contact).salesperson_code == code


def test_company_fields_and_the_primary_contact_cannot_bypass_their_rules(db: Database) -> None:
    """SPEC §3 and §8 on every write path: a new person with a currency or VAT no. is refused as on its card;
    the API's set_field of a primary contact applies set_primary_contact's rules."""
    from app import api

    person = {"type": "person", "name": "Eva", "currency_code": "EUR"}
    refused(db, lambda s: create_record(s, "contact", person), match="only be filled in on company contacts")
    company = make_company(db, name="Firma")
    customer = create_as_(db, company, "customer", "CUST-COMP")
    stranger = make_company(db, name="Fremd")
    refused(db, lambda s: api.set_field(s, "customer", customer, "primary_contact_no", stranger),
            match="is not related to customer")  # fmt: skip
