"""VAT posting setup as in BC: VAT Bus. Posting Group × VAT Prod. Posting Group → VAT %."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import Numeric, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, text_col


class VatProdPostingGroup(Base):
    __tablename__ = "vat_product_posting_group"
    code: Mapped[str] = mapped_column(String(20), primary_key=True)
    description: Mapped[str] = text_col(100)


class VatPostingSetup(Base):
    """One row per combination; a blank business group is the row for partners without one (BC's too)."""

    __tablename__ = "vat_posting_setup"
    vat_bus_posting_group: Mapped[str] = mapped_column(String(20), primary_key=True)
    vat_prod_posting_group: Mapped[str] = mapped_column(String(20), primary_key=True)
    vat_percent: Mapped[Decimal] = mapped_column(Numeric(5, 2), nullable=False, default=0, server_default="0")
