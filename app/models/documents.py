"""Sales and purchase documents (quote | order) made from a contact (SPEC §11.1, §11.3)."""

# Each header table has a single primary key `no`: quotes and orders are numbered by different series
# (S-QUOTE / S-ORDER, P-QUOTE / P-ORDER), so a number is unique within its table and `document_type`
# is a plain column. Partner, contact and address values are copied when the document is made (as in
# BC): later edits of the contact or customer do not rewrite existing documents. Contact and partner
# numbers carry no foreign key, so that deleting a contact or customer (SPEC §9) leaves documents intact.

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, Index, Integer, Numeric, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Versioned, text_col

DOCUMENT_TYPES = ("quote", "order")


def _decimal(precision: int, scale: int) -> Mapped[Decimal]:
    return mapped_column(Numeric(precision, scale), nullable=False, default=0, server_default="0")


class _HeaderFields:
    # sort_order: the key columns come first in the table, as SQL users expect.
    no: Mapped[str] = mapped_column(String(20), primary_key=True, sort_order=-3)
    document_type: Mapped[str] = mapped_column(String(10), nullable=False, sort_order=-2)
    document_date: Mapped[date] = mapped_column(Date, nullable=False, default=date.today, sort_order=-1)
    contact_no: Mapped[str] = mapped_column(String(20), nullable=False)
    contact_name: Mapped[str] = text_col(100)
    contact_phone_no: Mapped[str] = text_col(30)
    contact_email: Mapped[str] = text_col(80)
    # The partner's (customer's / vendor's, or for a prospect the contact's) name and address.
    name: Mapped[str] = text_col(100)
    name_2: Mapped[str] = text_col(50)
    address: Mapped[str] = text_col(100)
    address_2: Mapped[str] = text_col(50)
    post_code: Mapped[str] = text_col(20)
    city: Mapped[str] = text_col(30)
    county: Mapped[str] = text_col(30)
    country_region_code: Mapped[str] = text_col(10)
    currency_code: Mapped[str] = text_col(10)
    quote_no: Mapped[str] = text_col(20)  # on an order made from a quote
    vat_bus_posting_group: Mapped[str] = text_col(20)  # the partner's, copied: with a line's group → VAT %


class _LineFields:
    line_no: Mapped[int] = mapped_column(Integer, primary_key=True, sort_order=-1)
    description: Mapped[str] = text_col(100)
    quantity: Mapped[Decimal] = _decimal(18, 5)
    unit_price: Mapped[Decimal] = _decimal(18, 5)
    amount: Mapped[Decimal] = _decimal(18, 2)  # quantity × unit price, rounded; kept by app.documents.lines
    vat_prod_posting_group: Mapped[str] = mapped_column(
        String(20), nullable=False, default="STANDARD", server_default="STANDARD"
    )


class SalesHeader(Versioned, _HeaderFields, Base):
    __tablename__ = "sales_header"

    sell_to_customer_no: Mapped[str] = text_col(20)  # blank on a prospect's quote
    sell_to_customer_template_code: Mapped[str] = text_col(10)

    __table_args__ = (
        Index("ix_sales_header_contact_no", "contact_no"),
        Index("ix_sales_header_sell_to_customer_no", "sell_to_customer_no"),
    )


class SalesLine(Versioned, _LineFields, Base):
    __tablename__ = "sales_line"

    document_no: Mapped[str] = mapped_column(
        String(20), ForeignKey("sales_header.no", ondelete="CASCADE"), primary_key=True, sort_order=-2
    )


class PurchaseHeader(Versioned, _HeaderFields, Base):
    __tablename__ = "purchase_header"

    buy_from_vendor_no: Mapped[str] = text_col(20)

    __table_args__ = (
        Index("ix_purchase_header_contact_no", "contact_no"),
        Index("ix_purchase_header_buy_from_vendor_no", "buy_from_vendor_no"),
    )


class PurchaseLine(Versioned, _LineFields, Base):
    __tablename__ = "purchase_line"

    document_no: Mapped[str] = mapped_column(
        String(20), ForeignKey("purchase_header.no", ondelete="CASCADE"), primary_key=True, sort_order=-2
    )
