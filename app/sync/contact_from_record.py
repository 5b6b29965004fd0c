"""Create the contact of a record (SPEC §7.3): a company (and primary person) for customers, vendors and bank
accounts; a person for kinds that link to persons (employees)."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from app.domain.fieldmap import field_map
from app.domain.link_rows import insert_link
from app.domain.links import link_of_record
from app.domain.names import split_name
from app.domain.numbering import next_no
from app.domain.setup import get_setup, require_contact_nos, require_relation_code
from app.errors import UserError
from app.kinds import kind
from app.models import Contact
from app.sync.inheritance import assign_company
from app.unit_of_work import unit


def create_contact_for(session: Session, record: Any, *, company_primary: bool = False) -> Contact:
    """New contact linked to `record`, with the record's shared values; refuses a record that has one.
    `company_primary`: the batch job "Create Contacts from …" makes the company the primary contact where
    no person comes from the contact text (SPEC §7.3); a contact made for a new record is not (§14.5)."""
    table = record.__tablename__
    entry = kind(table)
    code = require_relation_code(session, table)
    series = require_contact_nos(session)
    existing = link_of_record(session, table, record.no)
    if existing is not None:
        raise UserError(
            "{kind} {no} is already linked to contact {contact}.",
            kind=entry.texts.caption,
            no=record.no,
            contact=existing.contact_no,
        )
    if entry.links_to == "person":  # an employee's contact is a person (SPEC §13)
        contact_type = "person"
    else:
        contact_type = getattr(record, entry.contact_type_field) if entry.contact_type_field else "company"
    contact = Contact(no=next_no(session, series), type=contact_type, business_relation=table)
    for pair in field_map(session).at_creation(table):
        if pair.contact_field == "type":
            continue
        setattr(contact, pair.contact_field, getattr(record, pair.record_field))
    if contact.type == "person" and not (contact.first_name or contact.surname):  # SPEC §14.1
        contact.first_name, contact.middle_name, contact.surname = split_name(contact.name or "")
    session.add(contact)
    insert_link(session, contact, table, record.no, code)
    unit(session).created_contacts.append((table, record.no, contact.no))
    # The contact made here is never the record's primary contact (BC's InsertNewContact, SPEC §14.5);
    # the person named by the contact text is (BC's InsertNewContactPerson, §7.3).
    if entry.primary_contact and record.contact and contact.type == "company":
        person = create_person(session, contact, record.contact, series)
        record.primary_contact_no = person.no
    elif entry.primary_contact and company_primary:
        record.primary_contact_no = contact.no
    return contact


def create_person(session: Session, company: Contact, name: str, series: str | None = None) -> Contact:
    """A person under `company`, named `name`, inheriting what the setup switches on."""
    series = series or require_contact_nos(session)
    person = Contact(no=next_no(session, series), type="person", name=name, search_name=name.upper()[:100])
    person.company = company
    person.company_no = company.no
    person.first_name, person.middle_name, person.surname = split_name(name)  # SPEC §14.1
    assign_company(get_setup(session), person, company, None)
    session.add(person)
    return person
