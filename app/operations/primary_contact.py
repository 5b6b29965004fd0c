"""Primary contact of a customer or vendor (SPEC §8)."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from app.domain.links import contact_of_record
from app.domain.records import get_record
from app.errors import UserError
from app.kinds import kind
from app.models import Contact


def set_primary_contact(session: Session, table: str, no: str, contact_no: str) -> Any:
    """Make `contact_no` (the linked company or one of its persons) primary; blank clears it."""
    if not kind(table).primary_contact:
        raise UserError("Only customers and vendors have a primary contact.")
    record = get_record(session, table, no)
    contact_no = (contact_no or "").strip().upper()
    if not contact_no:
        record.primary_contact_no = ""
        record.contact = ""
        session.flush()
        return record
    contact = session.get(Contact, contact_no)
    company = contact_of_record(session, table, no)
    related = (
        contact is not None
        and company is not None
        and (contact.no == company.no or contact.company_no == company.no)
    )
    if not related:
        raise UserError(
            "Contact {contact} is not related to {kind} {no}.",
            field="primary_contact_no",
            contact=contact_no,
            kind=kind(table).texts.lower,
            no=no,
        )
    assert contact is not None
    record.primary_contact_no = contact.no
    if contact.type == "person":
        record.contact = contact.name
    else:
        record.contact = ""
        for field in ("phone_no", "mobile_phone_no", "email"):
            if getattr(contact, field):
                setattr(record, field, getattr(contact, field))
    session.flush()
    return record
