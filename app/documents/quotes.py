"""Quotes: Make Order, and re-pointing a prospect's quotes to the customer created for it (SPEC §11.1)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.documents.common import (
    HEADER_MODEL,
    LINE_MODEL,
    PARTNER_FIELD,
    PARTNER_TABLE,
    SIDE,
    caption,
    copy_partner,
    get_document,
    lines_of,
    next_document_no,
)
from app.documents.create import check_not_blocked
from app.documents.interactions import log_document_created
from app.domain.links import link_holder, linked_record, persons_of
from app.domain.privacy import refuse_privacy_blocked
from app.domain.records import get_record
from app.errors import UserError, domain_text
from app.models import Contact, Customer, SalesHeader

# Header columns an order takes over from its quote; the rest (no, type, date, version) are its own.
_KEEP = frozenset({"no", "document_type", "document_date", "quote_no", "version", "last_modified"})


def make_order(session: Session, quote_no: str, table: str = "sales_header") -> Any:
    """Turn a quote into an order with the same lines; the quote is removed, as in BC (the order keeps
    `quote_no`, the log keeps the quote's entries). A prospect's sales quote is refused until the
    contact is a customer: the UI then offers Create as › Customer and tries again."""
    quote = get_document(session, table, quote_no)
    with session.no_autoflush:
        contact = session.get(Contact, quote.contact_no) if quote.contact_no else None
    if contact is not None:  # a new document for a privacy-blocked contact is refused (SPEC §14.4)
        refuse_privacy_blocked(contact, link_holder(session, contact))
    if quote.document_type != "quote":
        raise UserError("{doc} {no} is not a quote.", no=quote_no, doc=caption(table, quote.document_type))
    if isinstance(quote, SalesHeader) and not quote.sell_to_customer_no:
        customer = _customer_of_contact(session, quote.contact_no)
        if customer is None:
            raise UserError(
                "Sales quote {no} is for contact {contact}, which is not a customer yet. Create the "
                "customer first with Create as \u203a Customer.",
                record=("contact", quote.contact_no),
                no=quote.no,
                contact=quote.contact_no,
            )
        _point_to(quote, customer)  # linked with an existing customer since the quote was made
    partner = get_record(session, PARTNER_TABLE[table], getattr(quote, PARTNER_FIELD[table]))
    check_not_blocked(PARTNER_TABLE[table], partner)
    order = HEADER_MODEL[table](document_type="order", quote_no=quote.no)
    for column in type(quote).__table__.columns:
        if column.key not in _KEEP:
            setattr(order, column.key, getattr(quote, column.key))
    order.no = next_document_no(session, table, "order")
    session.add(order)
    session.flush()
    line_model = LINE_MODEL[table]
    for line in lines_of(session, table, quote.no):
        session.add(
            line_model(
                document_no=order.no,
                line_no=line.line_no,
                description=line.description,
                quantity=line.quantity,
                unit_price=line.unit_price,
                amount=line.amount,
                vat_prod_posting_group=line.vat_prod_posting_group,
            )
        )
        session.delete(line)
    session.flush()
    session.delete(quote)
    session.flush()
    text = domain_text("{doc} {no} from {side} quote {quote}").format(
        doc=domain_text(caption(table, "order")), no=order.no, side=domain_text(SIDE[table]), quote=quote.no
    )
    log_document_created(session, table, order, text)
    return order


def repoint_quotes(session: Session, contact_no: str, customer_no: str) -> int:
    """A customer was created from `contact_no` (the link holder): its prospect quotes, and those of its
    persons, now sell to that customer with the customer's name and address. Returns how many."""
    customer = get_record(session, "customer", customer_no)
    contact_nos = [contact_no, *(p.no for p in persons_of(session, contact_no))]
    quotes = session.scalars(
        select(SalesHeader).where(
            SalesHeader.document_type == "quote",
            SalesHeader.sell_to_customer_no == "",
            SalesHeader.contact_no.in_(contact_nos),
        )
    ).all()
    for quote in quotes:
        _point_to(quote, customer)
    session.flush()
    return len(quotes)


def _point_to(quote: SalesHeader, customer: Customer) -> None:
    quote.sell_to_customer_no = customer.no
    quote.sell_to_customer_template_code = ""
    copy_partner(quote, customer)


def _customer_of_contact(session: Session, contact_no: str) -> Customer | None:
    with session.no_autoflush:
        contact = session.get(Contact, contact_no)
    if contact is None:
        return None
    return linked_record(session, link_holder(session, contact).no, "customer")  # type: ignore[return-value]
