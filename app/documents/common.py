"""What every document operation shares: tables, number series, captions, lookups and refusals."""

# A document is addressed by its header table name (`sales_header` | `purchase_header`, the SQL names)
# and its `no`; numbers are unique per table because quotes and orders use different series.

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.numbering import next_no
from app.errors import UserError
from app.models import (
    DOCUMENT_TYPES,
    Contact,
    NoSeries,
    PurchaseHeader,
    PurchaseLine,
    SalesHeader,
    SalesLine,
)

DOC_TABLES = ("sales_header", "purchase_header")
HEADER_MODEL: dict[str, type[SalesHeader] | type[PurchaseHeader]] = {
    "sales_header": SalesHeader,
    "purchase_header": PurchaseHeader,
}
LINE_MODEL: dict[str, type[SalesLine] | type[PurchaseLine]] = {
    "sales_header": SalesLine,
    "purchase_header": PurchaseLine,
}
# The series that ensure_defaults creates; a database whose setup lacks one gets a clear refusal.
DOCUMENT_SERIES = {
    ("sales_header", "quote"): "S-QUOTE",
    ("sales_header", "order"): "S-ORDER",
    ("purchase_header", "quote"): "P-QUOTE",
    ("purchase_header", "order"): "P-ORDER",
}
PARTNER_TABLE = {"sales_header": "customer", "purchase_header": "vendor"}
PARTNER_FIELD = {"sales_header": "sell_to_customer_no", "purchase_header": "buy_from_vendor_no"}
SIDE = {"sales_header": "sales", "purchase_header": "purchase"}
# Copied from the customer / vendor (or a prospect's contact) into the header.
PARTNER_COPY_FIELDS = (
    "name",
    "name_2",
    "address",
    "address_2",
    "post_code",
    "city",
    "county",
    "country_region_code",
    "currency_code",
)

Header = SalesHeader | PurchaseHeader
Line = SalesLine | PurchaseLine


def check_table(table: str) -> None:
    if table not in DOC_TABLES:
        raise ValueError(f"not a document table: {table!r} (expected one of {DOC_TABLES})")


def check_document_type(document_type: str) -> None:
    if document_type not in DOCUMENT_TYPES:
        raise UserError(
            "{field} must be one of: {choices}.", field="document_type", choices=", ".join(DOCUMENT_TYPES)
        )


def log_type(table: str, document_type: str) -> str:
    """'sales_quote', 'purchase_order' …: the document type the interaction log stores."""
    return f"{SIDE[table]}_{document_type}"


def caption(table: str, document_type: str) -> str:
    """'Sales Quote', 'Purchase Order' …"""
    return f"{SIDE[table].capitalize()} {document_type.capitalize()}"


def get_document(session: Session, table: str, no: str) -> Any:
    check_table(table)
    with session.no_autoflush:
        header = session.get(HEADER_MODEL[table], no)
    if header is not None:
        return header
    model = HEADER_MODEL[table]
    order_no = session.scalar(select(model.no).where(model.quote_no == no, model.document_type == "order"))
    if order_no is not None:  # Make Order removed the quote, as BC does
        raise UserError(
            "{side} quote {no} was made into order {order}.",
            side=SIDE[table].capitalize(),
            no=no,
            order=order_no,
        )
    raise UserError("{side} document {no} does not exist.", side=SIDE[table].capitalize(), no=no)


def lines_of(session: Session, table: str, no: str) -> list[Any]:
    model = LINE_MODEL[table]
    with session.no_autoflush:
        return list(session.scalars(select(model).where(model.document_no == no).order_by(model.line_no)))


def next_document_no(session: Session, table: str, document_type: str) -> str:
    code = DOCUMENT_SERIES[(table, document_type)]
    with session.no_autoflush:
        if session.get(NoSeries, code) is None:
            raise UserError(
                "{doc}s cannot be numbered: number series {code} does not exist. "
                "Create it under Setup \u203a Number Series.",
                doc=caption(table, document_type),
                code=code,
            )
    return next_no(session, code)


def copy_partner(header: Header, source: Any) -> None:
    """Name, address and currency of the customer / vendor (or a prospect's contact) into the header."""
    for field in PARTNER_COPY_FIELDS:
        setattr(header, field, getattr(source, field))
    # VAT group: the customer's / vendor's (a prospect's contact has none: its template's is set after)
    header.vat_bus_posting_group = getattr(source, "vat_bus_posting_group", "")


def copy_contact(header: Header, contact: Contact) -> None:
    header.contact_no = contact.no
    header.contact_name = contact.name
    header.contact_phone_no = contact.phone_no
    header.contact_email = contact.email
