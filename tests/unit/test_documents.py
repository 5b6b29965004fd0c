"""SPEC §11: documents from a contact (quotes, orders, lines, totals, Make Order) and the interaction log."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import select

from app.db import Database
from app.documents import (
    add_line,
    delete_document,
    delete_line,
    document_total,
    document_view,
    entries_for,
    get_document,
    lines_of,
    log_emailed,
    log_interaction,
    log_printed,
    make_order,
    move_entries_to_company,
    new_purchase_document,
    new_sales_document,
    repoint_quotes,
    set_document_field,
    set_line,
)
from app.errors import TemplateChoiceRequired, UserError
from app.models import CustomerTemplate, InteractionLogEntry, NoSeries
from app.operations.link_existing import link_existing
from tests.helpers.dump import dump
from tests.helpers.factory import create_as_, edit, make, make_company, make_person

SALES, PURCHASE = "sales_header", "purchase_header"


def refused(db: Database, operation, *args: Any, match: str) -> UserError:  # type: ignore[no-untyped-def]
    before = dump(db)
    with pytest.raises(UserError, match=match) as err, db.unit_of_work() as session:
        operation(session, *args)
    assert dump(db) == before, "a refused action must change nothing"
    return err.value


def run(db: Database, operation, *args: Any, **kwargs: Any) -> Any:  # type: ignore[no-untyped-def]
    with db.unit_of_work() as session:
        return operation(session, *args, **kwargs)


def doc(db: Database, table: str, no: str) -> Any:
    with db.session() as session:
        return get_document(session, table, no)


def lines(db: Database, table: str, no: str) -> list[tuple[str, Decimal, Decimal, Decimal]]:
    with db.session() as session:
        return [(x.description, x.quantity, x.unit_price, x.amount) for x in lines_of(session, table, no)]


def log(db: Database, contact_no: str) -> list[InteractionLogEntry]:
    with db.session() as session:
        return entries_for(session, contact_no)


def customer_company(db: Database) -> tuple[str, str]:
    company = make_company(
        db,
        name="Kaufhaus Nord",
        address="Hafenstr. 1",
        post_code="24103",
        city="Kiel",
        country_region_code="DE",
        phone_no="0431 1",
        email="info@nord.example",
    )
    return company, create_as_(db, company, "customer", "CUST-COMP")


# --- sales documents ------------------------------------------------------------------------------------
def test_sales_order_copies_customer_address_and_contact_and_logs(db: Database) -> None:
    company, customer = customer_company(db)
    header = run(db, new_sales_document, company, "order")
    assert (header.no, header.document_type, header.document_date) == ("SO0001", "order", date.today())
    assert (header.sell_to_customer_no, header.name, header.address, header.city) == (
        customer,
        "Kaufhaus Nord",
        "Hafenstr. 1",
        "Kiel",
    )
    assert (header.contact_no, header.contact_phone_no, header.contact_email) == (
        company,
        "0431 1",
        "info@nord.example",
    )
    (entry,) = log(db, company)
    assert (entry.kind, entry.document_type, entry.document_no) == (
        "document_created",
        "sales_order",
        "SO0001",
    )
    assert (entry.user_name, entry.contact_company_no, entry.description) == (
        "tester",
        company,
        "Sales Order SO0001",
    )
    assert run(db, new_sales_document, company, "quote").no == "SQ0001"


def test_person_of_company_orders_for_the_companys_customer_as_contact(db: Database) -> None:
    company, customer = customer_company(db)
    person = make_person(db, company, "Anna Schmidt", phone_no="0431 99", email="anna@nord.example")
    header = run(db, new_sales_document, person, "order")
    assert (header.sell_to_customer_no, header.name) == (customer, "Kaufhaus Nord")
    assert (header.contact_no, header.contact_name) == (person, "Anna Schmidt")
    assert (header.contact_phone_no, header.contact_email) == ("0431 99", "anna@nord.example")
    (entry,) = log(db, person)
    assert (entry.contact_no, entry.contact_company_no) == (person, company)


def test_order_without_customer_is_refused(db: Database) -> None:
    company = make_company(db)
    err = refused(db, new_sales_document, company, "order", match="not related to a customer")
    assert err.message == (
        f"Contact {company} is not related to a customer. Create the customer first with "
        "Create as \u203a Customer."
    )
    err = refused(db, new_sales_document, company, "invoice", match="Document Type must be one of")
    assert "quote, order" in err.message


def test_prospect_quote_records_template_and_contact_address(db: Database) -> None:
    company = make_company(db, name="Interessent AG", city="Bonn")
    header = run(db, new_sales_document, company, "quote")
    assert (header.sell_to_customer_no, header.sell_to_customer_template_code) == ("", "CUST-COMP")
    assert (header.name, header.city) == ("Interessent AG", "Bonn")
    person = make_person(db, None, "Eva Frei")
    assert run(db, new_sales_document, person, "quote", "cust-pers").sell_to_customer_template_code == (
        "CUST-PERS"
    )
    refused(db, new_sales_document, company, "quote", "NOPE", match="Customer template NOPE does not exist")


def test_prospect_quote_template_choice_and_none(db: Database) -> None:
    company = make_company(db)
    run(db, lambda s: s.add(CustomerTemplate(code="CUST-EXP", description="Export", contact_type="company")))
    before = dump(db)
    with pytest.raises(TemplateChoiceRequired) as choice, db.unit_of_work() as session:
        new_sales_document(session, company, "quote")
    assert choice.value.codes == ["CUST-COMP", "CUST-EXP"]
    assert dump(db) == before
    run(db, lambda s: [s.delete(t) for t in s.scalars(select(CustomerTemplate))])
    refused(
        db, new_sales_document, company, "quote", match="needs a customer template for contact type company"
    )


def test_create_as_customer_repoints_prospect_quotes_of_company_and_persons(db: Database) -> None:
    company = make_company(db, name="Interessent AG")
    person = make_person(db, company, "Anna Schmidt")
    quote = run(db, new_sales_document, company, "quote").no
    person_quote = run(db, new_sales_document, person, "quote").no
    other = run(db, new_sales_document, make_company(db, name="Andere"), "quote").no
    customer = create_as_(db, person, "customer", "CUST-COMP")  # handed to the company
    edit(db, "customer", customer, "name", "Interessent AG & Co.")  # the quotes are snapshots from here on
    for no in (quote, person_quote):
        header = doc(db, SALES, no)
        assert (header.sell_to_customer_no, header.sell_to_customer_template_code) == (customer, "")
        assert header.name == "Interessent AG"
    assert doc(db, SALES, person_quote).contact_no == person
    assert doc(db, SALES, other).sell_to_customer_no == ""
    assert run(db, repoint_quotes, company, customer) == 0  # nothing left to re-point


def test_make_order_from_prospect_quote_refused_until_customer_exists(db: Database) -> None:
    company = make_company(db, name="Interessent AG")
    quote = run(db, new_sales_document, company, "quote").no
    run(db, add_line, SALES, quote, "Beratung", 3, "120")
    err = refused(db, make_order, quote, match="not a customer yet")
    assert err.message == (
        f"Sales quote {quote} is for contact {company}, which is not a customer yet. Create the customer "
        "first with Create as \u203a Customer."
    )
    customer = create_as_(db, company, "customer", "CUST-COMP")
    order = run(db, make_order, quote)
    assert (order.no, order.document_type, order.quote_no, order.sell_to_customer_no) == (
        "SO0001",
        "order",
        quote,
        customer,
    )
    assert lines(db, SALES, order.no) == [("Beratung", Decimal(3), Decimal(120), Decimal("360.00"))]
    with pytest.raises(UserError, match=f"Sales quote {quote} was made into order SO0001"):
        doc(db, SALES, quote)
    assert [(e.kind, e.document_type, e.document_no) for e in log(db, company)] == [
        ("document_created", "sales_order", "SO0001"),
        ("document_created", "sales_quote", quote),
    ]
    assert log(db, company)[0].description == f"Sales Order SO0001 from sales quote {quote}"
    refused(db, make_order, order.no, match="Sales Order SO0001 is not a quote")


def test_make_order_after_link_with_existing_customer(db: Database) -> None:
    company = make_company(db, name="Interessent AG")
    quote = run(db, new_sales_document, company, "quote").no
    customer = make(db, "customer", name="Bestandskunde", city="Köln", auto_contact=False)
    run(db, link_existing, company, "customer", customer, "record")
    order = run(db, make_order, quote)
    assert (order.sell_to_customer_no, order.name, order.city) == (customer, "Bestandskunde", "Köln")


def test_blocked_customer_privacy_blocked_contact_and_missing_series_are_refused(db: Database) -> None:
    company, customer = customer_company(db)
    edit(db, "customer", customer, "blocked", "all")
    refused(db, new_sales_document, company, "order", match=f"Customer {customer} is blocked")
    edit(db, "customer", customer, "blocked", "")
    run(db, lambda s: s.delete(s.get(NoSeries, "S-ORDER")))
    err = refused(db, new_sales_document, company, "order", match="number series S-ORDER does not exist")
    assert err.message.startswith("Sales Orders cannot be numbered")
    edit(db, "contact", company, "privacy_blocked", True)
    refusal = "because they are blocked due to privacy"  # SPEC §14.4: the message of Create as and Link
    refused(db, new_sales_document, company, "quote", match=refusal)
    refused(db, log_interaction, company, "note", "Hallo", match=refusal)


# --- purchase documents ---------------------------------------------------------------------------------
def test_purchase_documents_from_the_vendor_of_the_contacts_company(db: Database) -> None:
    company = make_company(db, name="Lieferant GmbH", city="Hamburg")
    vendor = create_as_(db, company, "vendor")
    person = make_person(db, company, "Ole Hansen", email="ole@lieferant.example")
    quote = run(db, new_purchase_document, person, "quote")
    assert (quote.no, quote.buy_from_vendor_no, quote.city, quote.contact_email) == (
        "PQ0001",
        vendor,
        "Hamburg",
        "ole@lieferant.example",
    )
    run(db, add_line, PURCHASE, quote.no, "Schrauben", "1000", "0,05")
    order = run(db, make_order, quote.no, PURCHASE)
    assert (order.no, order.quote_no, order.buy_from_vendor_no, order.contact_no) == (
        "PO0001",
        quote.no,
        vendor,
        person,
    )
    assert run(db, document_total, PURCHASE, order.no) == Decimal("50.00")
    assert log(db, person)[0].document_type == "purchase_order"


def test_purchase_documents_without_vendor_are_refused(db: Database) -> None:
    company = make_company(db)
    create_as_(db, company, "customer", "CUST-COMP")
    err = refused(db, new_purchase_document, company, "quote", match="not related to a vendor")
    assert err.message.endswith("Create the vendor first with Create as \u203a Vendor.")
    refused(db, new_purchase_document, company, "order", match="not related to a vendor")
    person = make_person(db, None, "Eva Frei")
    refused(db, new_purchase_document, person, "order", match="person without a company")


# --- lines and totals -----------------------------------------------------------------------------------
def test_lines_amounts_and_total(db: Database) -> None:
    company, _ = customer_company(db)
    no = run(db, new_sales_document, company, "order").no
    assert run(db, add_line, SALES, no, "  Beratung ", "3", "19.99").line_no == 10000
    assert run(db, add_line, SALES, no, "Rabattfähig", "0,333", 3).line_no == 20000
    run(db, add_line, SALES, no, "Rücknahme", -1, Decimal("19.99"))  # negative quantity: a return
    run(db, add_line, SALES, no, "Nur Text")
    assert lines(db, SALES, no) == [
        ("Beratung", Decimal(3), Decimal("19.99"), Decimal("59.97")),
        ("Rabattfähig", Decimal("0.333"), Decimal(3), Decimal("1.00")),
        ("Rücknahme", Decimal(-1), Decimal("19.99"), Decimal("-19.99")),
        ("Nur Text", Decimal(0), Decimal(0), Decimal(0)),
    ]
    assert run(db, document_total, SALES, no) == Decimal("40.98")
    run(db, set_line, SALES, no, 10000, "quantity", "2")
    run(db, set_line, SALES, no, 20000, "unit_price", "")
    run(db, set_line, SALES, no, 40000, "description", "Hinweis")
    run(db, delete_line, SALES, no, 30000)
    assert lines(db, SALES, no) == [
        ("Beratung", Decimal(2), Decimal("19.99"), Decimal("39.98")),
        ("Rabattfähig", Decimal("0.333"), Decimal(0), Decimal(0)),
        ("Hinweis", Decimal(0), Decimal(0), Decimal(0)),
    ]
    assert run(db, document_total, SALES, no) == Decimal("39.98")
    assert run(db, add_line, SALES, no, "Neu").line_no == 50000


def test_line_input_is_validated(db: Database) -> None:
    company, _ = customer_company(db)
    no = run(db, new_sales_document, company, "quote").no
    run(db, add_line, SALES, no, "Beratung", 1, 10)
    err = refused(db, add_line, SALES, no, "X", "drei", 1, match="Quantity must be a number")
    assert "drei" in err.message
    refused(db, add_line, SALES, no, "X", 1, "1.234,56", match="Unit Price must be a number")
    refused(db, add_line, SALES, no, "X", "NaN", 1, match="Quantity must be a number")
    refused(db, add_line, SALES, no, "X", True, 1, match="Quantity must be a number")
    refused(db, add_line, SALES, no, "X", "1e10", 1, match="Quantity must be between")
    refused(db, add_line, SALES, no, "X", 1, "-1e30", match="Unit Price must be between")
    refused(db, add_line, SALES, no, "X", "999999999", "999999999", match="Amount .* is too large")
    err = refused(db, add_line, SALES, no, "x" * 101, 1, 1, match="Description can be at most 100")
    assert "you entered 101" in err.message
    refused(db, set_line, SALES, no, 10000, "quantity", "viele", match="Quantity must be a number")
    refused(db, set_line, SALES, no, 10000, "amount", "5", match="Amount cannot be changed here")
    refused(db, set_line, SALES, no, 99999, "quantity", "5", match="Line 99999 of sales quote .* does not")
    refused(db, delete_line, SALES, no, 99999, match="does not exist")
    refused(db, add_line, SALES, "SQ9999", "X", 1, 1, match="Sales document SQ9999 does not exist")


# --- header edits, deletion, view -----------------------------------------------------------------------
def test_header_fields_are_editable_with_rules(db: Database) -> None:
    company, _ = customer_company(db)
    no = run(db, new_sales_document, company, "order").no
    run(db, set_document_field, SALES, no, "document_date", "2026-01-31")
    run(db, set_document_field, SALES, no, "country_region_code", "at")
    run(db, set_document_field, SALES, no, "contact_email", "einkauf@nord.example")
    header = doc(db, SALES, no)
    assert (header.document_date, header.country_region_code, header.contact_email) == (
        date(2026, 1, 31),
        "AT",
        "einkauf@nord.example",
    )
    refused(
        db, set_document_field, SALES, no, "document_date", "31.01.", match="Document Date must be a date"
    )
    refused(
        db, set_document_field, SALES, no, "contact_email", "kaputt", match="Contact Email .* not a valid"
    )
    refused(db, set_document_field, SALES, no, "contact_phone_no", "abc", match="Contact Phone No. must not")
    refused(db, set_document_field, SALES, no, "country_region_code", "XX", match="does not exist")
    refused(db, set_document_field, SALES, no, "city", "x" * 31, match="City can be at most 30")
    refused(db, set_document_field, SALES, no, "sell_to_customer_no", "C1", match="cannot be changed here")


def test_delete_document_keeps_its_log(db: Database) -> None:
    company, _ = customer_company(db)
    no = run(db, new_sales_document, company, "order").no
    run(db, add_line, SALES, no, "Beratung", 1, 10)
    run(db, delete_document, SALES, no)
    refused(db, delete_document, SALES, no, match="does not exist")
    assert lines(db, SALES, no) == []
    assert [e.document_no for e in log(db, company)] == [no]


def test_document_view_for_the_renderer(db: Database) -> None:
    company, customer = customer_company(db)
    no = run(db, new_sales_document, company, "quote").no
    run(db, add_line, SALES, no, "Beratung", "1,5", "100")
    with db.session() as session:
        view = document_view(session, SALES, no)
    assert (view["title"], view["no"], view["log_type"], view["total"]) == (
        "Sales Quote",
        no,
        "sales_quote",
        Decimal("150.00"),
    )
    assert view["partner"]["no"] == customer and view["partner"]["label"] == "Customer"
    assert view["partner"]["address_lines"] == ["Kaufhaus Nord", "Hafenstr. 1", "24103 Kiel", "Germany"]
    assert view["contact"] == {
        "no": company,
        "name": "Kaufhaus Nord",
        "phone_no": "0431 1",
        "email": "info@nord.example",
    }
    assert view["lines"] == [
        {
            "line_no": 10000,
            "description": "Beratung",
            "quantity": Decimal("1.5"),
            "unit_price": Decimal(100),
            "amount": Decimal(150),
            "vat_prod_posting_group": "STANDARD",
            "vat_percent": Decimal(19),  # VAT Posting Setup: blank/DOMESTIC × STANDARD
        }
    ]
    totals = view["totals"]
    assert (totals.net, totals.vat, totals.gross) == (150, Decimal("28.50"), Decimal("178.50"))
    assert view["currency_code"] == "EUR"  # none on the customer: the local currency (Company Information)
    prospect = run(db, new_sales_document, make_company(db, name="Neu"), "quote").no
    with db.session() as session:
        assert document_view(session, SALES, prospect)["partner"]["label"] == "Prospect"


# --- interaction log ------------------------------------------------------------------------------------
def test_print_and_email_are_logged(db: Database) -> None:
    company, _ = customer_company(db)
    no = run(db, new_sales_document, company, "quote").no
    run(db, log_printed, SALES, no)
    run(db, log_emailed, SALES, no, "info@nord.example")
    entries = log(db, company)
    assert [(e.kind, e.document_type, e.document_no) for e in entries] == [
        ("email_sent", "sales_quote", no),
        ("document_printed", "sales_quote", no),
        ("document_created", "sales_quote", no),
    ]
    assert entries[0].description == f"Sales Quote {no} e-mailed to info@nord.example"
    assert entries[1].description == f"Sales Quote {no} printed"
    refused(db, log_printed, SALES, "SQ9999", match="does not exist")


def test_log_interaction_by_hand_and_its_refusals(db: Database) -> None:
    company = make_company(db)
    entry = run(db, log_interaction, company, "phone_call", "  Rückruf wegen Angebot ")
    assert (entry.kind, entry.description, entry.document_type, entry.document_no) == (
        "phone_call",
        "Rückruf wegen Angebot",
        "",
        "",
    )
    refused(db, log_interaction, company, "gossip", "x", match="Kind must be one of")
    refused(db, log_interaction, company, "note", "   ", match="Description must have a value")
    refused(db, log_interaction, company, "note", "x" * 251, match="Description can be at most 250")
    refused(db, log_interaction, "CT999999", "note", "x", match="Contact CT999999 does not exist")


def test_a_persons_entries_are_visible_from_its_company(db: Database) -> None:
    company = make_company(db)
    anna = make_person(db, company, "Anna Schmidt")
    ben = make_person(db, company, "Ben Berg")
    loner = make_person(db, None, "Eva Frei")
    run(db, log_interaction, company, "meeting", "Jahresgespräch")
    run(db, log_interaction, anna, "phone_call", "Anruf Anna")
    run(db, log_interaction, ben, "note", "Notiz Ben")
    run(db, log_interaction, loner, "note", "Notiz Eva")
    assert [e.description for e in log(db, company)] == ["Notiz Ben", "Anruf Anna", "Jahresgespräch"]
    assert [e.description for e in log(db, anna)] == ["Anruf Anna"]
    assert [(e.description, e.contact_company_no) for e in log(db, loner)] == [("Notiz Eva", "")]


def test_move_entries_to_company_before_a_person_is_deleted(db: Database) -> None:
    company = make_company(db)
    anna = make_person(db, company, "Anna Schmidt")
    loner = make_person(db, None, "Eva Frei")
    run(db, log_interaction, anna, "phone_call", "Anruf")
    run(db, log_interaction, loner, "note", "Notiz")
    run(db, log_interaction, company, "note", "Firma")
    assert run(db, move_entries_to_company, [anna, loner, company, "CT999999"]) == 1
    assert [(e.contact_no, e.description) for e in log(db, company)] == [
        (company, "Firma"),
        (company, "Anruf (Anna Schmidt)"),
    ]
    assert log(db, anna) == []
    assert [e.contact_no for e in log(db, loner)] == [loner]  # no company: stays as history
