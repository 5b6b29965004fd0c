"""Interaction log (SPEC §11.2): entries for documents created, printed and e-mailed, and logged by hand."""

# Descriptions are stored as written (English), like any other data; `created_at` is UTC.

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.documents.common import caption, get_document, log_type
from app.domain.privacy import refuse_privacy_blocked
from app.domain.records import get_record
from app.domain.validation import check_value
from app.errors import UserError, domain_text
from app.models import Contact, InteractionLogEntry
from app.unit_of_work import unit

# What the "Log interaction" action offers; the document kinds are written by the document operations.
MANUAL_KINDS = ("phone_call", "meeting", "note", "email_sent", "service_order")


def company_no_of(contact: Contact) -> str:
    """The contact's company as the log stores it: a company's own no., a person's company, or ''."""
    return contact.no if contact.type == "company" else (contact.company_no or "")


def _write(
    session: Session,
    contact: Contact,
    kind: str,
    description: str,
    document_type: str = "",
    document_no: str = "",
) -> InteractionLogEntry:
    check_value(session, InteractionLogEntry, "description", description)
    entry = InteractionLogEntry(
        user_name=unit(session).user,
        contact_no=contact.no,
        contact_company_no=company_no_of(contact),
        kind=kind,
        description=description,
        document_type=document_type,
        document_no=document_no,
    )
    session.add(entry)
    session.flush()
    return entry


def log_interaction(session: Session, contact_no: str, kind: str, description: str) -> InteractionLogEntry:
    """The contact card's "Log interaction": a call, meeting, note, e-mail or service order."""
    contact = get_record(session, "contact", contact_no)
    if kind not in MANUAL_KINDS:
        raise UserError("{field} must be one of: {choices}.", field="kind", choices=", ".join(MANUAL_KINDS))
    description = (description or "").strip()
    if not description:
        raise UserError("{field} must have a value.", field="description")
    refuse_privacy_blocked(contact)
    return _write(session, contact, kind, description)


def log_document_created(
    session: Session, table: str, header: Any, description: str | None = None
) -> InteractionLogEntry:
    contact = get_record(session, "contact", header.contact_no)
    text = description or f"{domain_text(caption(table, header.document_type))} {header.no}"
    return _write(
        session, contact, "document_created", text, log_type(table, header.document_type), header.no
    )


def log_printed(session: Session, table: str, no: str) -> InteractionLogEntry | None:
    """Called by the UI after the document was printed or saved as PDF."""
    return _log_document(session, table, no, "document_printed", domain_text("{doc} {no} printed"))


def log_emailed(session: Session, table: str, no: str, recipient: str = "") -> InteractionLogEntry | None:
    """Called by the UI after the document was handed to the mail client or saved as an .eml file."""
    if recipient.strip():
        template = domain_text("{doc} {no} e-mailed to {recipient}")
    else:
        template = domain_text("{doc} {no} e-mailed")
    return _log_document(session, table, no, "email_sent", template, recipient=recipient.strip())


def _log_document(
    session: Session, table: str, no: str, kind: str, template: str, **params: str
) -> InteractionLogEntry | None:
    """An entry whose description is `template` ({doc} {no} …) in the user's language at the time."""
    header = get_document(session, table, no)
    with session.no_autoflush:
        contact = session.get(Contact, header.contact_no)
    if contact is None:  # the contact was deleted since; a print must not fail for want of a log entry
        return None
    refuse_privacy_blocked(contact)  # BC logs nothing for a privacy-blocked contact: it refuses (§14.4)
    text = template.format(doc=domain_text(caption(table, header.document_type)), no=header.no, **params)
    if len(text) > 250:  # a long recipient list: keep the entry, shorten the description
        text = text[:249] + "\u2026"
    return _write(session, contact, kind, text, log_type(table, header.document_type), header.no)


def entries_for(session: Session, contact_no: str) -> list[InteractionLogEntry]:
    """The contact's entries, newest first; a company also sees its persons' entries (SPEC §11.2)."""
    contact = get_record(session, "contact", contact_no)
    condition = InteractionLogEntry.contact_no == contact.no
    if contact.type == "company":
        persons = select(Contact.no).where(Contact.company_no == contact.no)
        condition = or_(
            condition,
            InteractionLogEntry.contact_company_no == contact.no,
            InteractionLogEntry.contact_no.in_(persons),
        )
    query = select(InteractionLogEntry).where(condition).order_by(InteractionLogEntry.entry_no.desc())
    return list(session.scalars(query))


def move_entries_to_company(session: Session, person_nos: Iterable[str]) -> int:
    """Before persons are deleted: their entries move to their company (contact_no := company_no), the
    person's name appended to the description so the history still says who it was. Companies and persons
    without a company are skipped (their entries stay as history). Returns how many entries moved."""
    moved = 0
    for no in person_nos:
        with session.no_autoflush:
            person = session.get(Contact, no)
        if person is None or person.type != "person" or not person.company_no:
            continue
        entries = session.scalars(select(InteractionLogEntry).where(InteractionLogEntry.contact_no == no))
        for entry in entries:
            suffix = f" ({person.name})" if person.name else ""
            entry.contact_no = person.company_no
            entry.contact_company_no = person.company_no
            if suffix and len(entry.description) + len(suffix) <= 250:
                entry.description += suffix
            moved += 1
    session.flush()
    return moved
