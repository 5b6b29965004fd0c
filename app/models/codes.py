"""Small code tables referenced by cards (countries, languages, currencies, territories, …)."""

from __future__ import annotations

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, text_col


class CountryRegion(Base):
    __tablename__ = "country_region"
    code: Mapped[str] = mapped_column(String(10), primary_key=True)
    name: Mapped[str] = text_col(50)


class Language(Base):
    __tablename__ = "language"
    code: Mapped[str] = mapped_column(String(10), primary_key=True)
    name: Mapped[str] = text_col(50)


class Currency(Base):
    __tablename__ = "currency"
    code: Mapped[str] = mapped_column(String(10), primary_key=True)
    description: Mapped[str] = text_col(50)


class Territory(Base):
    __tablename__ = "territory"
    code: Mapped[str] = mapped_column(String(10), primary_key=True)
    name: Mapped[str] = text_col(50)


class SalespersonPurchaser(Base):
    __tablename__ = "salesperson_purchaser"
    code: Mapped[str] = mapped_column(String(20), primary_key=True)
    name: Mapped[str] = text_col(50)


class PaymentTerms(Base):
    __tablename__ = "payment_terms"
    code: Mapped[str] = mapped_column(String(10), primary_key=True)
    description: Mapped[str] = text_col(100)


class PaymentMethod(Base):
    __tablename__ = "payment_method"
    code: Mapped[str] = mapped_column(String(10), primary_key=True)
    description: Mapped[str] = text_col(100)


class CustomerPostingGroup(Base):
    __tablename__ = "customer_posting_group"
    code: Mapped[str] = mapped_column(String(20), primary_key=True)
    description: Mapped[str] = text_col(100)


class VendorPostingGroup(Base):
    __tablename__ = "vendor_posting_group"
    code: Mapped[str] = mapped_column(String(20), primary_key=True)
    description: Mapped[str] = text_col(100)


class GenBusPostingGroup(Base):
    __tablename__ = "gen_business_posting_group"
    code: Mapped[str] = mapped_column(String(20), primary_key=True)
    description: Mapped[str] = text_col(100)


class VatBusPostingGroup(Base):
    __tablename__ = "vat_business_posting_group"
    code: Mapped[str] = mapped_column(String(20), primary_key=True)
    description: Mapped[str] = text_col(100)


class BankAccountPostingGroup(Base):
    __tablename__ = "bank_account_posting_group"
    code: Mapped[str] = mapped_column(String(20), primary_key=True)
    description: Mapped[str] = text_col(100)


class Salutation(Base):
    __tablename__ = "salutation"
    code: Mapped[str] = mapped_column(String(10), primary_key=True)
    description: Mapped[str] = text_col(100)


class SalutationFormula(Base):
    """The greeting of a salutation in one language, formal or informal (SPEC §14.12): the text with the
    placeholders {first_name}, {middle_name}, {surname}, {initials}, {job_title}, {name}, {company_name}."""

    __tablename__ = "salutation_formula"
    salutation_code: Mapped[str] = mapped_column(
        String(10), ForeignKey("salutation.code", ondelete="CASCADE"), primary_key=True
    )
    language_code: Mapped[str] = mapped_column(String(10), primary_key=True)  # '' = any language
    salutation_type: Mapped[str] = mapped_column(String(10), primary_key=True)  # formal | informal
    salutation: Mapped[str] = text_col(100)


class PostCode(Base):
    __tablename__ = "post_code"
    code: Mapped[str] = mapped_column(String(20), primary_key=True)
    city: Mapped[str] = mapped_column(String(30), primary_key=True)
    country_region_code: Mapped[str] = text_col(10)
    county: Mapped[str] = text_col(30)
