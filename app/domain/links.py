"""Queries on contact business relations and the business relation status of SPEC §5.6."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.changes import add_change
from app.kinds import KINDS, kind
from app.models import Contact, ContactBusinessRelation


def links_of(session: Session, contact_no: str) -> list[ContactBusinessRelation]:
    """Rows that tie the contact to a record of a kind (plain relations excluded)."""
    with session.no_autoflush:
        return list(
            session.scalars(
                select(ContactBusinessRelation).where(
                    ContactBusinessRelation.contact_no == contact_no,
                    ContactBusinessRelation.link_to_table.is_not(None),
                )
            )
        )


def link_of_record(session: Session, table: str, no: str) -> ContactBusinessRelation | None:
    with session.no_autoflush:
        return session.scalar(
            select(ContactBusinessRelation).where(
                ContactBusinessRelation.link_to_table == table, ContactBusinessRelation.no == no
            )
        )


def contact_of_record(session: Session, table: str, no: str) -> Contact | None:
    link = link_of_record(session, table, no)
    if link is None:
        return None
    with session.no_autoflush:
        return session.get(Contact, link.contact_no)


def linked_record(session: Session, contact_no: str, table: str) -> Any:
    for link in links_of(session, contact_no):
        if link.link_to_table == table and link.no:
            with session.no_autoflush:
                return session.get(kind(table).model, link.no)
    return None


def persons_of(session: Session, company_no: str) -> list[Contact]:
    with session.no_autoflush:
        return list(
            session.scalars(select(Contact).where(Contact.company_no == company_no).order_by(Contact.no))
        )


def link_holder(session: Session, contact: Contact) -> Contact:
    """A person of a company hands links to its company (SPEC §5.2)."""
    if contact.type == "person" and contact.company_no:
        with session.no_autoflush:
            company = session.get(Contact, contact.company_no)
        if company is not None:
            return company
    return contact


def compute_status(session: Session, contact_no: str, *, flush: bool = True) -> str:
    """None, a kind's name, "other" (one plain relation) or "multiple" (SPEC §5.6). A person shows its
    company's relations together with its own (a person carries links of person kinds, e.g. employee).
    `flush=False` inside the sync engine's flush, where what is pending is read from the session."""
    if flush:
        session.flush()
    with session.no_autoflush:
        contact = session.get(Contact, contact_no)
    own = ContactBusinessRelation.contact_no == contact_no
    if contact is not None and contact.type == "person" and contact.company_no:
        # The company's relations, and of its own only links of kinds that link to persons.
        person_kinds = [k.name for k in KINDS if k.links_to == "person"]
        owned = own & ContactBusinessRelation.link_to_table.in_(person_kinds)
        own = owned | (ContactBusinessRelation.contact_no == contact.company_no)
    with session.no_autoflush:
        rows = session.execute(select(ContactBusinessRelation.link_to_table).where(own)).all()
    kinds = [table or "other" for (table,) in rows]
    if not kinds:
        return "none"
    if len(kinds) == 1:
        return kinds[0]
    return "multiple"


def refresh_status(session: Session, contact_no: str) -> None:
    """Recompute the contact's status and, for a company, its persons' (a person shows its company's)."""
    with session.no_autoflush:
        contact = session.get(Contact, contact_no)
    if contact is None:
        return
    status = compute_status(session, contact_no)
    if contact.business_relation != status:
        contact.business_relation = status
    if contact.type == "company":
        _refresh_persons(session, contact_no, status)
    session.flush()


def _refresh_persons(session: Session, company_no: str, status: str) -> None:
    person_kinds = [k.name for k in KINDS if k.links_to == "person"]
    own_links = select(ContactBusinessRelation.contact_no).where(
        ContactBusinessRelation.link_to_table.in_(person_kinds)
    )
    persons = select(Contact.no).where(Contact.company_no == company_no)
    with_links = list(session.scalars(persons.where(Contact.no.in_(own_links))))
    plain = list(session.scalars(persons.where(Contact.no.not_in(own_links))))
    if plain:  # one statement for the many persons that only mirror their company
        session.execute(
            update(Contact).where(Contact.no.in_(plain)).values(business_relation=status),
            execution_options={"synchronize_session": "fetch"},
        )
        for no in plain:
            add_change(session, "contact", no, {"business_relation"})
    for no in with_links:
        person = session.get(Contact, no)
        own = compute_status(session, no)
        if person is not None and person.business_relation != own:
            person.business_relation = own
