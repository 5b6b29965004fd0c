"""Column mixins for the fields that contacts, customers, vendors and bank accounts share (SPEC §4)."""

from __future__ import annotations

from sqlalchemy.orm import Mapped

from app.models.base import flag_col, text_col


class AddressCommMixin:
    """Name, address and communication fields, present on all four record kinds."""

    name: Mapped[str] = text_col(100)
    name_2: Mapped[str] = text_col(50)
    search_name: Mapped[str] = text_col(100)
    address: Mapped[str] = text_col(100)
    address_2: Mapped[str] = text_col(50)
    post_code: Mapped[str] = text_col(20)
    city: Mapped[str] = text_col(30)
    county: Mapped[str] = text_col(30)
    country_region_code: Mapped[str] = text_col(10)
    phone_no: Mapped[str] = text_col(30)
    mobile_phone_no: Mapped[str] = text_col(30)
    fax_no: Mapped[str] = text_col(30)
    email: Mapped[str] = text_col(80)
    home_page: Mapped[str] = text_col(255)
    language_code: Mapped[str] = text_col(10)
    territory_code: Mapped[str] = text_col(10)
    currency_code: Mapped[str] = text_col(10)


class TaxMixin:
    """Tax and privacy fields shared by contacts, customers and vendors (not bank accounts)."""

    vat_registration_no: Mapped[str] = text_col(20)
    registration_number: Mapped[str] = text_col(20)
    privacy_blocked: Mapped[bool] = flag_col()
