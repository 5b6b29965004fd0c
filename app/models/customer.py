"""Customer (Debitor): shared fields plus billing details that never appear on the contact."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import Numeric, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Versioned, flag_col, text_col
from app.models.party import AddressCommMixin, TaxMixin

BLOCKED_VALUES = ("", "ship", "invoice", "all")


class Customer(Versioned, AddressCommMixin, TaxMixin, Base):
    __tablename__ = "customer"

    no: Mapped[str] = mapped_column(String(20), primary_key=True)
    contact: Mapped[str] = text_col(100)
    primary_contact_no: Mapped[str] = text_col(20)
    contact_type: Mapped[str] = mapped_column(
        String(10), nullable=False, default="company", server_default="company"
    )
    salesperson_code: Mapped[str] = text_col(20)
    customer_posting_group: Mapped[str] = text_col(20)
    gen_bus_posting_group: Mapped[str] = text_col(20)
    vat_bus_posting_group: Mapped[str] = text_col(20)
    payment_terms_code: Mapped[str] = text_col(10)
    payment_method_code: Mapped[str] = text_col(10)
    credit_limit: Mapped[Decimal] = mapped_column(
        Numeric(18, 2), nullable=False, default=0, server_default="0"
    )
    blocked: Mapped[str] = text_col(10)
    prices_including_vat: Mapped[bool] = flag_col()
