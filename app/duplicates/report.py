"""What the duplicates list and the new-record warning show (SPEC §10), as plain rows."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from app.domain.links import contact_of_record
from app.domain.records import get_record
from app.domain.setup import get_setup
from app.duplicates.search import FIELDS, Candidate, similar_to
from app.kinds import KINDS
from app.models import Contact, ContactDuplicate

# The records a user creates by hand and may enter twice: their new cards warn (the registry says which).
WARNED_TABLES = tuple(k.name for k in KINDS if k.duplicate_notice)


@dataclass(frozen=True)
class DuplicatePair:
    contact_no: str
    contact_name: str
    duplicate_no: str
    duplicate_name: str
    matches: int
    separate: bool  # the user marked it "not a duplicate"


def duplicate_pairs(session: Session, contact_no: str | None = None) -> list[DuplicatePair]:
    """Every pair once (the lower number first), or, for one contact, its pairs with it on the left."""
    other = aliased(Contact)
    query = (
        select(
            ContactDuplicate.contact_no,
            Contact.name,
            ContactDuplicate.duplicate_contact_no,
            other.name,
            ContactDuplicate.no_of_matching_strings,
            ContactDuplicate.separate_contacts,
        )
        .join(Contact, Contact.no == ContactDuplicate.contact_no)
        .join(other, other.no == ContactDuplicate.duplicate_contact_no)
        .order_by(ContactDuplicate.contact_no, ContactDuplicate.duplicate_contact_no)
    )
    if contact_no is None:
        query = query.where(ContactDuplicate.contact_no < ContactDuplicate.duplicate_contact_no)
    else:
        query = query.where(ContactDuplicate.contact_no == contact_no)
    return [DuplicatePair(*row) for row in session.execute(query)]


def own_contact_no(session: Session, table: str, no: str) -> str | None:
    """The company contact whose duplicates a record's warning is about: itself, or the record's contact."""
    if table == "contact":
        return no
    contact = contact_of_record(session, table, no)
    return contact.no if contact is not None else None


def possible_duplicates(session: Session, table: str, no: str) -> list[Candidate]:
    """Company contacts that the record's current values resemble at or above the hit % — empty when the
    setup's "Autosearch for Duplicates" is off. The record's own contact and pairs the user marked as
    "not a duplicate" do not count."""
    if table not in WARNED_TABLES or not get_setup(session).autosearch_for_duplicates:
        return []
    record = get_record(session, table, no)
    if table == "contact":
        own = record if record.type == "company" else None
        if own is None:
            return []
    else:
        own = contact_of_record(session, table, no)
    values = {field: getattr(record, field, "") for field in FIELDS}
    own_no = own.no if own is not None else None
    separate = (
        set(
            session.scalars(
                select(ContactDuplicate.duplicate_contact_no).where(
                    ContactDuplicate.contact_no == own_no, ContactDuplicate.separate_contacts.is_(True)
                )
            )
        )
        if own_no
        else set()
    )
    return [c for c in similar_to(session, values, exclude=own_no) if c.contact_no not in separate]
