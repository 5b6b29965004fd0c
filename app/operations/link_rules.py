"""The link rules of SPEC §5 that every way of linking shares: who carries the link, one link per kind."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.link_rows import insert_link
from app.domain.links import link_holder, link_of_record, linked_record, refresh_status
from app.domain.privacy import refuse_privacy_blocked
from app.domain.records import get_record
from app.domain.setup import require_relation_code
from app.errors import UserError
from app.kinds import kind
from app.models import Contact, ContactBusinessRelation


def holder_for(session: Session, contact_no: str, table: str) -> Contact:
    """The contact that carries the link: itself, or the company of a person (SPEC §5.2); a kind that
    links to persons (employees) stays on the person and refuses a company."""
    entry = kind(table)
    contact = get_record(session, "contact", contact_no)
    refuse_privacy_blocked(contact)
    if entry.links_to == "person":
        if contact.type != "person":
            raise UserError(
                "Only person contacts can be linked to {kinds}: contact {no} is a company.",
                field="type",
                no=contact.no,
                kinds=entry.texts.plural_lower,
            )
        return contact  # type: ignore[no-any-return]
    holder = link_holder(session, contact)
    refuse_privacy_blocked(holder)
    if holder.type == "person" and not entry.person_without_company:
        raise UserError(
            "{field} must have a value in contact {no}: a person without a company cannot become a {kind}.",
            field="company_no",
            no=holder.no,
            kind=entry.texts.lower,
        )
    return holder


def refuse_existing_link(session: Session, holder: Contact, table: str, record_no: str | None) -> None:
    """One link of each kind per contact, one contact per record (SPEC §5.1)."""
    entry = kind(table)
    existing = linked_record(session, holder.no, table)
    if existing is not None:
        raise UserError(
            "Contact {contact} already has a business relation with {kind} {no}.",
            contact=holder.no,
            kind=entry.texts.lower,
            no=existing.no,
        )
    if record_no is not None:
        other = link_of_record(session, table, record_no)
        if other is not None:
            raise UserError(
                "{kind} {no} already has a business relation with contact {contact}.",
                kind=entry.texts.caption,
                no=record_no,
                contact=other.contact_no,
            )


def check_can_link(session: Session, contact_no: str, table: str) -> Contact:
    """The refusals known before a record is picked (setup code, who carries the link, an existing link);
    returns the contact that will carry the link."""
    require_relation_code(session, table)
    holder = holder_for(session, contact_no, table)
    refuse_existing_link(session, holder, table, None)
    return holder


def add_link(session: Session, holder: Contact, table: str, record_no: str, code: str) -> None:
    """Link `holder` to the record; a plain relation row with the setup code becomes the link (SPEC §14.7)."""
    insert_link(session, holder, table, record_no, code)
    session.flush()
    refresh_status(session, holder.no)


def relation_rows(session: Session, contact_no: str) -> list[ContactBusinessRelation]:
    return list(
        session.scalars(
            select(ContactBusinessRelation)
            .where(ContactBusinessRelation.contact_no == contact_no)
            .order_by(ContactBusinessRelation.business_relation_code)
        )
    )


def primary_after_link(session: Session, record: Any, started_from: Contact, holder: Contact) -> None:
    """The record's primary contact after Create as / Link with existing (SPEC §14.5): the person the work
    started from (also when it was handed to its company), with its name as the contact text; started from
    a company, blank as in BC (a primary contact left from before that belongs elsewhere is cleared)."""
    if not kind(record.__tablename__).primary_contact:
        return
    if started_from.type == "person":
        record.primary_contact_no = started_from.no
        record.contact = started_from.name
        return
    if record.primary_contact_no and record.primary_contact_no != holder.no:
        with session.no_autoflush:
            primary = session.get(Contact, record.primary_contact_no)
        if primary is None or primary.company_no != holder.no:
            record.primary_contact_no = ""
            record.contact = ""
