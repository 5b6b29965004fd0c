"""Small builders for domain tests: each call is one committed unit of work on a real database."""

from __future__ import annotations

from typing import Any

from app.db import Database
from app.domain.records import create_record, set_field
from app.kinds import kind
from app.operations.create_as import create_as


def make(db: Database, table: str, **values: Any) -> str:
    with db.unit_of_work() as session:
        auto = values.pop("auto_contact", True)
        return str(create_record(session, table, values, auto_contact=auto).no)


def make_company(db: Database, name: str = "Müller GmbH", **values: Any) -> str:
    return make(db, "contact", type="company", name=name, **values)


def make_person(db: Database, company_no: str | None, name: str = "Anna Schmidt", **values: Any) -> str:
    first, _, last = name.partition(" ")
    return make(db, "contact", type="person", company_no=company_no, first_name=first, surname=last, **values)


def create_as_(db: Database, contact_no: str, table: str, template: str | None = None) -> str:
    with db.unit_of_work() as session:
        return str(create_as(session, contact_no, table, template).no)


def edit(db: Database, table: str, no: str, field: str, value: Any) -> None:
    with db.unit_of_work() as session:
        set_field(session, table, no, field, value)


def get(db: Database, table: str, no: str) -> Any:
    with db.session() as session:
        return session.get(kind(table).model, no)


def linked_trio(db: Database) -> tuple[str, str, str, str]:
    """A company contact linked to a customer, a vendor and a bank account."""
    contact = make_company(db, phone_no="+49 30 111", city="Berlin")
    customer = create_as_(db, contact, "customer", "CUST-COMP")
    vendor = create_as_(db, contact, "vendor")
    bank = create_as_(db, contact, "bank_account")
    return contact, customer, vendor, bank
