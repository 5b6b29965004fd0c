"""Primary contact of a customer or vendor (SPEC §8, §14.5)."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from app.domain.links import contact_of_record
from app.domain.privacy import refuse_privacy_blocked
from app.domain.records import get_record
from app.errors import UserError
from app.kinds import kind
from app.models import Contact
from app.operations.link_existing import differences, link_existing
from app.operations.link_rules import check_can_link, refuse_existing_link
from app.sync.contact_from_record import create_contact_for


def set_primary_contact(session: Session, table: str, no: str, contact_no: str) -> Any:
    """Make `contact_no` (the linked company or one of its persons) primary; blank clears it. A person
    chosen for an unlinked record repairs the link first (SPEC §14.5)."""
    if not kind(table).primary_contact:
        raise UserError("Only customers and vendors have a primary contact.")
    record = get_record(session, table, no)
    if contact_no is not None and not isinstance(contact_no, str):
        raise UserError("{field} must be text.", field="primary_contact_no")
    contact_no = (contact_no or "").strip().upper()
    if not contact_no:
        record.primary_contact_no = ""
        record.contact = ""
        session.flush()
        return record
    contact = session.get(Contact, contact_no)
    company = contact_of_record(session, table, no)
    if company is None and contact is not None and contact.type == "person":
        company = _repair_link(session, table, record, contact)
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


def _repair_link(session: Session, table: str, record: Any, person: Contact) -> Contact | None:
    """Business Central's FindOrRestoreContactBusinessRelation: a person chosen as primary contact of an
    unlinked record links its company to the record; a person without company is put under a company
    contact made from the record. Returns the company now linked, or None where nothing can be repaired.

    BC only writes the link row and copies no values; here linked records always agree with their contact,
    so the company is linked only where both sides already agree; where they differ the user is sent to
    Link with existing, which shows the differences and lets them choose (nothing is overwritten unasked).
    A company made from the record takes the record's values, so nothing is overwritten there."""
    if person.company_no:  # handed to its company, refused as Link with existing refuses (§5, §14.4)
        holder = check_can_link(session, person.no, table)  # setup code, privacy, an existing link first
        refuse_existing_link(session, holder, table, record.no)
        differing = differences(session, person.no, table, record.no)
        if differing:  # linking would overwrite one side: the user decides in Link with existing
            raise UserError(
                "{kind} {no} is not linked to a contact, and it differs from company {company} in "
                "{count} fields. Link them with Link with existing first (it shows which data wins).",
                field="primary_contact_no",
                kind=kind(table).texts.caption,
                no=record.no,
                company=person.company_no,
                count=len(differing),
            )
        link_existing(session, person.no, table, record.no, "contact")
        return contact_of_record(session, table, record.no)
    entry = kind(table)
    if entry.contact_type_field and getattr(record, entry.contact_type_field) != "company":
        return None  # a person customer's own contact is a person: no company to put the person under
    refuse_privacy_blocked(person)
    record.contact = ""  # the chosen person becomes the primary contact: no second person from the text
    company = create_contact_for(session, record)
    session.flush()
    person.company_no = company.no
    session.flush()
    return company
