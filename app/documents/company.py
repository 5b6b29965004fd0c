"""Company Information (BC): our own name, address, VAT and register data and bank, as documents print
them."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.validation import check_value
from app.errors import UserError
from app.models import BankAccount, CompanyInformation, Currency

FIELDS = tuple(c.key for c in CompanyInformation.__table__.columns if c.key != "id")


def company_information(session: Session) -> CompanyInformation:
    """The single row (made blank when a database lacks it)."""
    with session.no_autoflush:
        row = session.get(CompanyInformation, 1)
    if row is None:
        row = CompanyInformation(id=1)
        session.add(row)
    return row


def update_company_information(session: Session, values: dict[str, Any]) -> CompanyInformation:
    """Check every value (length, VAT no. for the country, e-mail, codes) before writing any."""
    row = company_information(session)
    unknown = set(values) - set(FIELDS)
    if unknown:
        raise UserError("{field} cannot be changed here.", field=sorted(unknown)[0])
    cleaned = {field: ("" if value is None else str(value).strip()) for field, value in values.items()}
    if "vat_registration_no" in cleaned:
        cleaned["vat_registration_no"] = cleaned["vat_registration_no"].upper()
    probe = {field: getattr(row, field) for field in FIELDS} | cleaned

    class _Record:  # the country the VAT registration no. is checked against
        country_region_code = probe["country_region_code"]

    for field, value in cleaned.items():
        if field == "bank_account_no":
            if value and session.get(BankAccount, value) is None:
                raise UserError("{field}: bank account {no} does not exist.", field=field, no=value)
            continue
        if field == "local_currency_code":
            if value and session.get(Currency, value) is None:
                raise UserError(
                    "{field} \u201c{value}\u201d does not exist in {table}.", field=field, value=value,
                    table="currency",
                )  # fmt: skip
            continue
        check_value(session, CompanyInformation, field, value, _Record())
    for field, value in cleaned.items():
        if getattr(row, field) != value:
            setattr(row, field, value)
    session.flush()
    return row


def footer_bank(session: Session, info: CompanyInformation) -> BankAccount | None:
    """The bank account the footer names: the one chosen in Company Information, else our first account
    with an IBAN."""
    with session.no_autoflush:
        if info.bank_account_no:
            chosen = session.get(BankAccount, info.bank_account_no)
            if chosen is not None:
                return chosen
        return session.scalar(select(BankAccount).where(BankAccount.iban != "").order_by(BankAccount.no))


__all__ = ["FIELDS", "company_information", "footer_bank", "update_company_information"]
