"""Vendor (Kreditor): shared fields plus purchaser code and posting details of its own."""

from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Versioned, text_col
from app.models.party import AddressCommMixin, TaxMixin

VENDOR_BLOCKED = ("", "payment", "all")


class Vendor(Versioned, AddressCommMixin, TaxMixin, Base):
    __tablename__ = "vendor"

    no: Mapped[str] = mapped_column(String(20), primary_key=True)
    contact: Mapped[str] = text_col(100)
    primary_contact_no: Mapped[str] = text_col(20)
    purchaser_code: Mapped[str] = text_col(20)
    vendor_posting_group: Mapped[str] = text_col(20)
    gen_bus_posting_group: Mapped[str] = text_col(20)
    vat_bus_posting_group: Mapped[str] = text_col(20)
    payment_terms_code: Mapped[str] = text_col(10)
    payment_method_code: Mapped[str] = text_col(10)
    blocked: Mapped[str] = text_col(10, info={"choices": VENDOR_BLOCKED})  # payments, not shipments
