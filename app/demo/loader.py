"""Fill a database with the demo data through the domain operations (and, re-exported, the bulk customers)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db import Database
from app.demo import data
from app.demo.bulk import add_unlinked_customers
from app.demo.codes import ensure_codes, localized
from app.domain.defaults import database_language, local_code
from app.domain.records import create_record, set_field
from app.errors import domain_text
from app.models import BankAccount, Contact, ContactBusinessRelation, Customer, Vendor
from app.operations.create_as import create_as
from app.operations.link_existing import link_existing
from app.operations.primary_contact import set_primary_contact
from app.operations.relations import add_relation

log = logging.getLogger(__name__)

CONTACT_ONLY = ("role", "bank", "contact", "purchaser_code", "record_changes")
NOT_ON_BANK = ("vat_registration_no", "registration_number", "salesperson_code", "purchaser_code", "contact")


@dataclass
class DemoSummary:
    """What one load added (all zero when the demo data was there already)."""

    already_loaded: bool = False
    contacts: int = 0
    customers: int = 0
    vendors: int = 0
    bank_accounts: int = 0
    links: int = 0
    relations: int = 0
    unlinked_customers: int = 0
    unlinked_vendors: int = 0
    unlinked_bank_accounts: int = 0

    def text(self) -> str:
        if self.already_loaded:
            return domain_text("Demo data is already loaded; nothing was added.")
        return domain_text(
            # label: count pairs read right for one and for many ("1 bank accounts" did not)
            "Demo data loaded. Contacts: {contacts}, customers: {customers}, vendors: {vendors}, "
            "bank accounts: {bank_accounts}, links: {links}, other relations: {relations}. "
            "Without contact (for the batch job): customers: {unlinked_customers}, "
            "vendors: {unlinked_vendors}, bank accounts: {unlinked_bank_accounts}."
        ).format(**{name: value for name, value in vars(self).items() if isinstance(value, int)})


def _counts(session: Session) -> dict[str, int]:
    linked = ContactBusinessRelation.link_to_table
    result = {
        "contacts": session.scalar(select(func.count()).select_from(Contact)) or 0,
        "links": session.scalar(select(func.count()).where(linked.is_not(None))) or 0,
        "relations": session.scalar(select(func.count()).where(linked.is_(None))) or 0,
    }
    for key, model in (("customers", Customer), ("vendors", Vendor), ("bank_accounts", BankAccount)):
        table = model.__tablename__
        nos = select(ContactBusinessRelation.no).where(linked == table)
        result[key] = session.scalar(select(func.count()).select_from(model)) or 0
        result[f"unlinked_{key}"] = (
            session.scalar(select(func.count()).select_from(model).where(model.no.not_in(nos))) or 0
        )
    return result


def demo_loaded(session: Session) -> bool:
    """The demo is there when a contact carries the first demo company's name."""
    name = data.COMPANIES[0]["name"]
    return session.scalar(select(Contact.no).where(Contact.name == name).limit(1)) is not None


def load_demo(db: Database) -> DemoSummary:
    """Load the demo data in one transaction; a database that has it already is left alone."""
    with db.unit_of_work() as session:
        if demo_loaded(session):
            log.info("demo data already present in %s", db.display_url)
            return DemoSummary(already_loaded=True)
        before = _counts(session)
        ensure_codes(session)
        language = database_language(session)  # a German database has BC's German codes
        persons: dict[str, list[tuple[str, bool]]] = {}
        for firm in data.COMPANIES:
            _load_company(session, firm, persons, language)
        for first, surname, only_here in data.EMPLOYEES:
            named = select(Contact).where(Contact.first_name == first, Contact.surname == surname)
            person = session.scalar(named)
            if person is not None:
                employee = create_as(session, person.no, "employee")
                for field, value in localized(only_here, language).items():
                    set_field(session, "employee", employee.no, field, value)
        for values in data.PRIVATE_CUSTOMERS:
            person = create_record(session, "contact", localized({"type": "person", **values}, language))
            customer = create_as(session, person.no, "customer", local_code("CUST-PERS", language))
            if (group := _group(values)) != "DOMESTIC":  # the template is for domestic private customers
                for field in ("customer_posting_group", "gen_bus_posting_group", "vat_bus_posting_group"):
                    set_field(session, "customer", customer.no, field, local_code(group, language))
        after = _counts(session)
    added: dict[str, Any] = {key: after[key] - before[key] for key in after}
    return DemoSummary(**added)


def _group(firm: dict[str, Any]) -> str:
    country = firm["country_region_code"]
    return "DOMESTIC" if country == "DE" else "EU" if country in data.EU_COUNTRIES else "EXPORT"


def _contact_values(firm: dict[str, Any]) -> dict[str, Any]:
    values = {k: v for k, v in firm.items() if k not in CONTACT_ONLY}
    if "purchaser_code" in firm and "salesperson_code" not in firm:
        values["salesperson_code"] = firm["purchaser_code"]
    return values


def _record_values(firm: dict[str, Any], table: str) -> dict[str, Any]:
    """A customer, vendor or bank account entered on its own card (not created from a contact)."""
    values = {k: v for k, v in firm.items() if k not in ("role", "bank", "record_changes")}
    # Cards derive the search name from the name; the domain does not do it for records (yet).
    values["search_name"] = firm["name"].upper()
    group = _group(firm)
    if table == "customer":
        values.pop("purchaser_code", None)
        values.update(
            customer_posting_group=group,
            gen_bus_posting_group=group,
            vat_bus_posting_group=group,
            payment_terms_code="30 DAYS" if group == "DOMESTIC" else "CM",
            payment_method_code="BANK",
            credit_limit=25000,
        )
    elif table == "vendor":
        if "salesperson_code" in values:
            values["purchaser_code"] = values.pop("salesperson_code")
        values.update(
            vendor_posting_group=group,
            gen_bus_posting_group=group,
            vat_bus_posting_group=group,
            payment_terms_code="14 DAYS",
            payment_method_code="BANK",
        )
    else:
        values = {k: v for k, v in values.items() if k not in NOT_ON_BANK}
        values.update(firm["bank"])
    values.update(firm.get("record_changes", {}))
    return values


def _load_company(
    session: Session, firm: dict[str, Any], persons: dict[str, list[tuple[str, bool]]], language: str
) -> None:
    role: str = firm["role"]
    kind, _, how = role.partition("_")
    if how in ("direct", "unlinked"):
        table = "bank_account" if kind == "bank" else kind
        values = localized(_record_values(firm, table), language)
        create_record(session, table, values, auto_contact=how == "direct")
        return
    company = create_record(session, "contact", localized(_contact_values(firm), language))
    primary = company.no
    for name, first, surname, job, salutation, email, mobile, is_primary in data.PERSONS:
        if name != firm["name"]:
            continue
        values = {"type": "person", "company_no": company.no, "first_name": first, "surname": surname}
        values.update(job_title=job, salutation_code=salutation, email=email, mobile_phone_no=mobile)
        person = create_record(session, "contact", localized(values, language))
        persons.setdefault(company.no, []).append((person.no, is_primary))
        if is_primary:
            primary = person.no
    group = _group(firm)
    if role in ("prospect", "press"):
        add_relation(session, company.no, local_code(role.upper(), language))
    elif role == "bank":
        account = create_as(session, company.no, "bank_account")
        for field, value in localized(firm["bank"], language).items():
            set_field(session, "bank_account", account.no, field, value)
    elif kind == "link":
        values = localized(_record_values(firm, how), language)
        record = create_record(session, how, values, auto_contact=False)
        # The customer's card is outdated (contact wins); the vendor's is newer (vendor wins).
        master = "contact" if how == "customer" else "record"
        link_existing(session, company.no, how, record.no, master=master)
        if primary != company.no:
            set_primary_contact(session, how, record.no, primary)
    else:
        for table in role.split("+"):
            if table in ("customer", "vendor"):
                create_as(session, primary, table, local_code(data.TEMPLATE_BY_GROUP[table][group], language))


__all__ = ["DemoSummary", "add_unlinked_customers", "demo_loaded", "load_demo"]
