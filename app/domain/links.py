"""Queries on contact business relations and the business relation status of SPEC §5.6."""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.changes import add_change
from app.models import MODEL_BY_TABLE, Contact, ContactBusinessRelation, RecordModel

TABLE_CAPTION = {"customer": "customer", "vendor": "vendor", "bank_account": "bank account"}


def links_of(session: Session, contact_no: str) -> list[ContactBusinessRelation]:
    """Rows that tie the contact to a customer, vendor or bank account (plain relations excluded)."""
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


def linked_record(session: Session, contact_no: str, table: str) -> RecordModel | None:
    for link in links_of(session, contact_no):
        if link.link_to_table == table and link.no:
            with session.no_autoflush:
                return session.get(MODEL_BY_TABLE[table], link.no)  # type: ignore[return-value]
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


def compute_status(session: Session, contact_no: str) -> str:
    session.flush()
    rows = session.execute(
        select(ContactBusinessRelation.link_to_table).where(ContactBusinessRelation.contact_no == contact_no)
    ).all()
    kinds = [table or "other" for (table,) in rows]
    if not kinds:
        return "none"
    if len(kinds) == 1:
        return kinds[0]
    return "multiple"


def refresh_status(session: Session, contact_no: str) -> None:
    """Recompute the contact's status and copy it to its persons (a person shows its company's)."""
    status = compute_status(session, contact_no)
    contact = session.get(Contact, contact_no)
    if contact is None:
        return
    if contact.business_relation != status:
        contact.business_relation = status
    person_nos = list(session.scalars(select(Contact.no).where(Contact.company_no == contact_no)))
    if person_nos:
        session.execute(
            update(Contact).where(Contact.company_no == contact_no).values(business_relation=status),
            execution_options={"synchronize_session": "fetch"},
        )
        for no in person_nos:
            add_change(session, "contact", no, {"business_relation"})
    session.flush()
