"""The contact's business relations list (SPEC §5.3, §5.4): plain marketing relations and removing links."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.links import refresh_status
from app.domain.records import get_record
from app.domain.setup import reserved_codes
from app.errors import UserError
from app.kinds import kind
from app.models import BusinessRelation, ContactBusinessRelation


def add_relation(session: Session, contact_no: str, code: str) -> ContactBusinessRelation:
    contact = get_record(session, "contact", contact_no)
    code = (code or "").strip().upper()
    if session.get(BusinessRelation, code) is None:
        raise UserError(
            "{field} \u201c{value}\u201d does not exist.", field="business_relation_code", value=code
        )
    reserved = reserved_codes(session)
    if code in reserved:
        raise UserError(
            "Business relation {code} is reserved for links to {kinds} in the Marketing Setup; use "
            "Create as or Link with existing instead.",
            code=code,
            kinds=kind(reserved[code]).texts.plural_lower,
        )
    existing = session.scalar(
        select(ContactBusinessRelation).where(
            ContactBusinessRelation.contact_no == contact.no,
            ContactBusinessRelation.business_relation_code == code,
        )
    )
    if existing is not None:
        raise UserError("Contact {no} already has business relation {code}.", no=contact.no, code=code)
    row = ContactBusinessRelation(contact_no=contact.no, business_relation_code=code)
    session.add(row)
    session.flush()
    refresh_status(session, contact.no)
    return row


def remove_relation(session: Session, contact_no: str, code: str) -> None:
    """Remove a link or plain relation; both records stay (SPEC §5.4)."""
    row = session.scalar(
        select(ContactBusinessRelation).where(
            ContactBusinessRelation.contact_no == contact_no,
            ContactBusinessRelation.business_relation_code == code,
        )
    )
    if row is None:
        raise UserError("Contact {no} has no business relation {code}.", no=contact_no, code=code)
    session.delete(row)
    session.flush()
    refresh_status(session, contact_no)

