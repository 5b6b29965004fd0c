"""Customer and vendor templates used by "Create as" (contact values win; templates fill blanks)."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import Numeric, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, text_col


class _TemplateFields:
    code: Mapped[str] = mapped_column(String(10), primary_key=True)
    description: Mapped[str] = text_col(100)
    contact_type: Mapped[str] = mapped_column(
        String(10), nullable=False, default="company", server_default="company"
    )
    country_region_code: Mapped[str] = text_col(10)
    currency_code: Mapped[str] = text_col(10)
    territory_code: Mapped[str] = text_col(10)
    language_code: Mapped[str] = text_col(10)
    gen_bus_posting_group: Mapped[str] = text_col(20)
    vat_bus_posting_group: Mapped[str] = text_col(20)
    payment_terms_code: Mapped[str] = text_col(10)
    payment_method_code: Mapped[str] = text_col(10)


class CustomerTemplate(_TemplateFields, Base):
    __tablename__ = "customer_template"

    customer_posting_group: Mapped[str] = text_col(20)
    credit_limit: Mapped[Decimal] = mapped_column(
        Numeric(18, 2), nullable=False, default=0, server_default="0"
    )


class VendorTemplate(_TemplateFields, Base):
    __tablename__ = "vendor_template"

    vendor_posting_group: Mapped[str] = text_col(20)
