"""Company Information (BC): our own company as documents print it — address, VAT and register data, the
bank account the footer names, the local currency."""

from __future__ import annotations

from sqlalchemy import Integer
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, text_col


class CompanyInformation(Base):
    __tablename__ = "company_information"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, default=1)
    name: Mapped[str] = text_col(100)
    address: Mapped[str] = text_col(100)
    address_2: Mapped[str] = text_col(50)
    post_code: Mapped[str] = text_col(20)
    city: Mapped[str] = text_col(30)
    country_region_code: Mapped[str] = text_col(10)
    phone_no: Mapped[str] = text_col(30)
    email: Mapped[str] = text_col(80)
    home_page: Mapped[str] = text_col(255)
    vat_registration_no: Mapped[str] = text_col(20)
    registration_no: Mapped[str] = text_col(50)  # commercial register entry, e.g. "HRB 12345 B"
    register_court: Mapped[str] = text_col(50)  # where it is registered, e.g. "Amtsgericht Charlottenburg"
    managing_director: Mapped[str] = text_col(100)
    bank_account_no: Mapped[str] = text_col(20)  # our bank account printed in the footer (bank_account.no)
    local_currency_code: Mapped[str] = text_col(10)  # amounts without a currency code are in this one
