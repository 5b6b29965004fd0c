"""A document as plain data for the UI's print / PDF / e-mail renderer (no Qt here)."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from app.documents.common import PARTNER_FIELD, PARTNER_TABLE, caption, get_document, lines_of, log_type
from app.documents.company import company_information, footer_bank
from app.documents.lines import document_total
from app.documents.vat import totals, vat_percent
from app.domain.countries import country_name
from app.domain.salutation import greeting
from app.models import Contact

# BC's language codes → the ISO 639-1 language of country names on paper (others print English names)
ISO_LANGUAGE = {"DEU": "de", "DEA": "de", "DES": "de", "ENU": "en", "ENG": "en", "FRA": "fr", "FRB": "fr",
                "FRC": "fr", "NLD": "nl", "NLB": "nl", "ITA": "it", "ESP": "es", "DAN": "da", "SVE": "sv",
                "PLK": "pl", "PTG": "pt"}  # fmt: skip


def address_lines(source: Any, language: str = "en", with_name: bool = True) -> list[str]:
    """The postal block: name, name 2, address, address 2, post code + city, county, the country's name in
    the document's language (ISO 639-1)."""
    country = country_name(source.country_region_code, language) if source.country_region_code else ""
    city_line = " ".join(part for part in (source.post_code, source.city) if part)
    parts = (
        getattr(source, "name", "") if with_name else "", getattr(source, "name_2", ""), source.address,
        source.address_2, city_line, getattr(source, "county", ""), country,
    )  # fmt: skip
    return [part for part in parts if part]


def company_view(session: Session, language: str) -> dict[str, Any]:
    """Our own company for the letterhead and the footer (Company Information)."""
    info = company_information(session)
    bank = footer_bank(session, info)
    return {
        "name": info.name,
        "address_lines": address_lines(info, language, with_name=False),
        "phone_no": info.phone_no,
        "email": info.email,
        "home_page": info.home_page,
        "vat_registration_no": info.vat_registration_no,
        "registration_no": info.registration_no,
        "register_court": info.register_court,
        "managing_director": info.managing_director,
        "local_currency_code": info.local_currency_code,
        "bank": None if bank is None else {
            "name": bank.name, "iban": bank.iban, "swift_code": bank.swift_code,
            "bank_account_no": bank.bank_account_no, "bank_branch_no": bank.bank_branch_no,
        },
    }  # fmt: skip


def document_view(session: Session, table: str, no: str, language_code: str = "") -> dict[str, Any]:
    """Everything a printed quote or order shows. Numbers stay Decimal and dates `date`: the renderer
    formats them for the user's locale. A prospect's quote has partner no '' and its template code.
    The letter greeting is in the document's language: the contact's language code, else `language_code`
    (the user's); the contact's correspondence type says how it wants documents (SPEC §14.12). Country
    names are in that language too. `currency_code` is the document's, else the local currency (Company
    Information); each line has its VAT % (VAT Posting Setup), `totals` net / VAT per rate / gross."""
    header = get_document(session, table, no)
    with session.no_autoflush:
        contact = session.get(Contact, header.contact_no) if header.contact_no else None
    language = (contact.language_code if contact is not None else "") or language_code
    partner_no = getattr(header, PARTNER_FIELD[table])
    template = getattr(header, "sell_to_customer_template_code", "")
    partner_kind = PARTNER_TABLE[table] if partner_no else "prospect"
    iso = ISO_LANGUAGE.get(language.upper(), "en")
    company = company_view(session, iso)
    lines = [
        {
            "line_no": line.line_no,
            "description": line.description,
            "quantity": line.quantity,
            "unit_price": line.unit_price,
            "amount": line.amount,
            "vat_prod_posting_group": line.vat_prod_posting_group,
            "vat_percent": vat_percent(session, header.vat_bus_posting_group, line.vat_prod_posting_group),
        }
        for line in lines_of(session, table, no)
    ]
    return {
        "table": table,
        "no": header.no,
        "document_type": header.document_type,
        "log_type": log_type(table, header.document_type),
        "title": caption(table, header.document_type),
        "document_date": header.document_date,
        "quote_no": header.quote_no,
        "currency_code": header.currency_code or company["local_currency_code"],
        "vat_bus_posting_group": header.vat_bus_posting_group,
        "company": company,
        "partner": {
            "kind": partner_kind,
            "label": {"customer": "Customer", "vendor": "Vendor", "prospect": "Prospect"}[partner_kind],
            "no": partner_no,
            "template_code": template,
            "name": header.name,
            "address_lines": address_lines(header, iso),
        },
        "contact": {
            "no": header.contact_no,
            "name": header.contact_name,
            "phone_no": header.contact_phone_no,
            "email": header.contact_email,
        },
        "correspondence_type": contact.correspondence_type if contact is not None else "",
        "language_code": language,
        "greeting": greeting(session, contact, language),
        "lines": lines,
        "totals": totals(lines),
        "total": document_total(session, table, no),
    }
