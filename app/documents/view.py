"""A document as plain data for the UI's print / PDF / e-mail renderer (no Qt here)."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from app.documents.common import PARTNER_FIELD, PARTNER_TABLE, caption, get_document, lines_of, log_type
from app.documents.lines import document_total
from app.domain.salutation import greeting
from app.models import Contact, CountryRegion


def address_lines(session: Session, source: Any) -> list[str]:
    """The postal block: name, name 2, address, address 2, post code + city, county, country name."""
    country = ""
    if source.country_region_code:
        with session.no_autoflush:
            region = session.get(CountryRegion, source.country_region_code)
        country = region.name if region is not None and region.name else source.country_region_code
    city_line = " ".join(part for part in (source.post_code, source.city) if part)
    parts = (source.name, source.name_2, source.address, source.address_2, city_line, source.county, country)
    return [part for part in parts if part]


def document_view(session: Session, table: str, no: str, language_code: str = "") -> dict[str, Any]:
    """Everything a printed quote or order shows. Numbers stay Decimal and dates `date`: the renderer
    formats them for the user's locale. A prospect's quote has partner no '' and its template code.
    The letter greeting is in the document's language: the contact's language code, else `language_code`
    (the user's); the contact's correspondence type says how it wants documents (SPEC §14.12)."""
    header = get_document(session, table, no)
    with session.no_autoflush:
        contact = session.get(Contact, header.contact_no) if header.contact_no else None
    language = (contact.language_code if contact is not None else "") or language_code
    partner_no = getattr(header, PARTNER_FIELD[table])
    template = getattr(header, "sell_to_customer_template_code", "")
    partner_kind = PARTNER_TABLE[table] if partner_no else "prospect"
    return {
        "table": table,
        "no": header.no,
        "document_type": header.document_type,
        "log_type": log_type(table, header.document_type),
        "title": caption(table, header.document_type),
        "document_date": header.document_date,
        "quote_no": header.quote_no,
        "currency_code": header.currency_code,
        "partner": {
            "kind": partner_kind,
            "label": {"customer": "Customer", "vendor": "Vendor", "prospect": "Prospect"}[partner_kind],
            "no": partner_no,
            "template_code": template,
            "name": header.name,
            "address_lines": address_lines(session, header),
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
        "lines": [
            {
                "line_no": line.line_no,
                "description": line.description,
                "quantity": line.quantity,
                "unit_price": line.unit_price,
                "amount": line.amount,
            }
            for line in lines_of(session, table, no)
        ],
        "total": document_total(session, table, no),
    }
