"""The "Contact" action on the card of a linked kind (customer, vendor, bank account, employee): create its
contact (SPEC §7.3)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.domain.records import get_record
from app.models import Contact
from app.sync.contact_from_record import create_contact_for


def create_contact_from_record(session: Session, table: str, record_no: str) -> Contact:
    record = get_record(session, table, record_no)
    contact = create_contact_for(session, record)
    session.flush()
    return contact
