"""Deletion rules (SPEC §9): a contact goes with its links and persons; linked records always stay."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import delete as sql_delete
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.documents.interactions import move_entries_to_company
from app.domain.links import link_of_record, links_of, persons_of, refresh_status
from app.domain.records import get_record
from app.errors import domain_text
from app.kinds import KINDS
from app.kinds import kind as registry_kind
from app.models import Contact, ContactBusinessRelation


@dataclass
class DeletionPlan:
    """What a delete removes and what stays, for the confirmation (SPEC §9.3)."""

    table: str
    no: str
    goes: list[str] = field(default_factory=list)
    stays: list[str] = field(default_factory=list)

    def text(self) -> str:
        """The question, translated (the parts were translated when the plan was made)."""
        kind = domain_text(registry_kind(self.table).texts.lower)
        lines = [domain_text("Delete {kind} {no}?").format(kind=kind, no=self.no)]
        if self.goes:
            lines.append(domain_text("This also deletes: {items}.").format(items=", ".join(self.goes)))
        if self.stays:
            lines.append(domain_text("These stay: {items}.").format(items=", ".join(self.stays)))
        return "\n".join(lines)


def _kind(table: str | None) -> str:
    return domain_text(registry_kind(table or "").texts.lower)


def plan_delete(session: Session, table: str, no: str) -> DeletionPlan:
    record = get_record(session, table, no)
    plan = DeletionPlan(table, no)
    if table == "contact":
        persons = persons_of(session, record.no)
        for person in persons:
            plan.goes.append(domain_text("person {no} {name}").format(no=person.no, name=person.name))
        for owner in (record, *persons):  # a person's own links (employee) go with it too
            for link in links_of(session, owner.no):
                kind = _kind(link.link_to_table)
                plan.goes.append(domain_text("its link to {kind} {no}").format(kind=kind, no=link.no))
                plan.stays.append(f"{kind} {link.no}")
    else:
        link = link_of_record(session, table, no)
        if link is not None:
            contact = _kind("contact")
            plan.goes.append(domain_text("its link to {kind} {no}").format(kind=contact, no=link.contact_no))
            plan.stays.append(f"{contact} {link.contact_no}")
    return plan


def delete_contact(session: Session, no: str) -> None:
    contact = get_record(session, "contact", no)
    move_entries_to_company(session, [contact.no])  # a person's history stays with its company (§11.2)
    doomed = [contact, *persons_of(session, no)] if contact.type == "company" else [contact]
    doomed_nos = [c.no for c in doomed]
    for model in (k.model for k in KINDS if k.primary_contact):
        for record in session.scalars(select(model).where(model.primary_contact_no.in_(doomed_nos))):
            record.primary_contact_no = ""
            record.contact = ""
    session.execute(
        sql_delete(ContactBusinessRelation).where(ContactBusinessRelation.contact_no.in_(doomed_nos))
    )
    company_no = contact.company_no
    for person in doomed[1:]:
        session.delete(person)
    session.flush()
    session.delete(contact)
    session.flush()
    if company_no:
        session.expire_all()
        if session.get(Contact, company_no) is not None:
            refresh_status(session, company_no)


def delete_record(session: Session, table: str, no: str) -> None:
    record = get_record(session, table, no)
    link = link_of_record(session, table, no)
    contact_no = link.contact_no if link is not None else None
    if link is not None:
        session.delete(link)
    session.delete(record)
    session.flush()
    if contact_no:
        refresh_status(session, contact_no)


def delete(session: Session, table: str, no: str) -> None:
    if table == "contact":
        delete_contact(session, no)
    else:  # an unknown kind is refused by the registry
        delete_record(session, registry_kind(table).name, no)
