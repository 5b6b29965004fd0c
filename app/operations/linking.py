"""The three ways to link (SPEC §7) and the link rules of §5, as domain operations."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.documents.quotes import repoint_quotes
from app.domain.fieldmap import field_map
from app.domain.links import link_holder, link_of_record, linked_record, refresh_status
from app.domain.records import KIND_CAPTION, create_record, get_record
from app.domain.setup import require_relation_code, reserved_codes
from app.errors import TemplateChoiceRequired, UserError
from app.models import (
    BusinessRelation,
    Contact,
    ContactBusinessRelation,
    CustomerTemplate,
    RecordModel,
    VendorTemplate,
)
from app.sync.changes import set_if_different
from app.sync.contact_from_record import create_contact_for
from app.sync.journal_writer import write_journal

TEMPLATE_MODEL = {"customer": CustomerTemplate, "vendor": VendorTemplate}
TEMPLATE_ONLY_FIELDS = {
    "customer": (
        "customer_posting_group",
        "gen_bus_posting_group",
        "vat_bus_posting_group",
        "payment_terms_code",
        "payment_method_code",
        "credit_limit",
    ),
    "vendor": (
        "vendor_posting_group",
        "gen_bus_posting_group",
        "vat_bus_posting_group",
        "payment_terms_code",
        "payment_method_code",
    ),
}
TEMPLATE_BLANK_FILL = ("country_region_code", "currency_code", "territory_code", "language_code")


def check_can_link(session: Session, contact_no: str, table: str) -> Contact:
    """The refusals known before a record is picked (setup code, person without company, existing link);
    returns the contact that will carry the link."""
    require_relation_code(session, table)
    holder = _holder_for(session, contact_no, table)
    _refuse_existing_link(session, holder, table, None)
    return holder


def _holder_for(session: Session, contact_no: str, table: str) -> Contact:
    """The contact that carries the link: itself, or the company of a person (SPEC §5.2)."""
    contact = get_record(session, "contact", contact_no)
    holder = link_holder(session, contact)
    if holder.type == "person" and table != "customer":
        raise UserError(
            "{field} must have a value in contact {no}: a person without a company cannot become a {kind}.",
            field="company_no",
            no=holder.no,
            kind=KIND_CAPTION[table].lower(),
        )
    return holder


def _refuse_existing_link(session: Session, holder: Contact, table: str, record_no: str | None) -> None:
    existing = linked_record(session, holder.no, table)
    if existing is not None:
        raise UserError(
            "Contact {contact} already has a business relation with {kind} {no}.",
            contact=holder.no,
            kind=KIND_CAPTION[table].lower(),
            no=existing.no,
        )
    if record_no is not None:
        other = link_of_record(session, table, record_no)
        if other is not None:
            raise UserError(
                "{kind} {no} already has a business relation with contact {contact}.",
                kind=KIND_CAPTION[table],
                no=record_no,
                contact=other.contact_no,
            )


def _add_link(session: Session, holder: Contact, table: str, record_no: str, code: str) -> None:
    session.add(
        ContactBusinessRelation(
            contact_no=holder.no, business_relation_code=code, link_to_table=table, no=record_no
        )
    )
    session.flush()
    refresh_status(session, holder.no)


# --- Create as (SPEC §7.2) -----------------------------------------------------------------------------
def templates_for(session: Session, table: str, contact_type: str) -> list[Any]:
    model = TEMPLATE_MODEL.get(table)
    if model is None:
        return []
    return list(session.scalars(select(model).where(model.contact_type == contact_type).order_by(model.code)))


def create_as(session: Session, contact_no: str, table: str, template_code: str | None = None) -> RecordModel:
    """Create a customer / vendor / bank account from the contact and link it. Contact values win."""
    code = require_relation_code(session, table)
    holder = _holder_for(session, contact_no, table)
    _refuse_existing_link(session, holder, table, None)
    template = _pick_template(session, table, holder, template_code)
    values: dict[str, Any] = {}
    for pair in field_map(session).at_creation(table):
        values[pair.record_field] = getattr(holder, pair.contact_field)
    if template is not None:
        for field in TEMPLATE_BLANK_FILL:
            if not values.get(field) and getattr(template, field):
                values[field] = getattr(template, field)
        for field in TEMPLATE_ONLY_FIELDS[table]:
            if getattr(template, field):
                values[field] = getattr(template, field)
    if table == "bank_account":
        values["contact"] = holder.name
    record = create_record(session, table, values, from_contact=True)
    if table in ("customer", "vendor"):
        record.primary_contact_no = contact_no
        if contact_no != holder.no:
            record.contact = get_record(session, "contact", contact_no).name
    _add_link(session, holder, table, record.no, code)
    # The template may have filled blank contact fields: bring them back so both sides agree.
    _copy_to_contact(session, record, holder, table)
    if table == "customer":  # SPEC §11.1: the prospect's quotes now sell to the new customer
        repoint_quotes(session, holder.no, record.no)
    return record  # type: ignore[no-any-return]


def _pick_template(session: Session, table: str, holder: Contact, template_code: str | None) -> Any:
    if table not in TEMPLATE_MODEL:
        return None
    if template_code:
        template = session.get(TEMPLATE_MODEL[table], template_code)
        if template is None:
            raise UserError("Template {code} does not exist.", code=template_code)
        return template
    candidates = templates_for(session, table, holder.type)
    if not candidates:
        raise UserError(
            "There is no {kind} template for contact type {type}. Create one under Setup \u203a Templates.",
            kind=KIND_CAPTION[table].lower(),
            type=holder.type,
        )
    if len(candidates) > 1:
        raise TemplateChoiceRequired(table, [t.code for t in candidates])
    return candidates[0]


# --- Link with existing (SPEC §7.1) -------------------------------------------------------------------
@dataclass(frozen=True)
class FieldDifference:
    contact_field: str
    record_field: str
    contact_value: Any
    record_value: Any


def differences(session: Session, contact_no: str, table: str, record_no: str) -> list[FieldDifference]:
    holder = _holder_for(session, contact_no, table)
    record = get_record(session, table, record_no)
    result = []
    for pair in field_map(session).record_to_contact(table):  # only what linking applies both ways
        mine, theirs = getattr(holder, pair.contact_field), getattr(record, pair.record_field)
        if mine != theirs:
            result.append(FieldDifference(pair.contact_field, pair.record_field, mine, theirs))
    return result


def link_existing(
    session: Session,
    contact_no: str,
    table: str,
    record_no: str,
    master: str = "contact",
    choices: dict[str, str] | None = None,
) -> Contact:
    """Link an existing record; the master side's shared fields overwrite the other's, or per field `choices`
    ({contact_field: 'contact' | 'record'})."""
    if master not in ("contact", "record"):
        raise UserError("Current master fields must be Contact or {kind}.", kind=KIND_CAPTION[table])
    code = require_relation_code(session, table)
    holder = _holder_for(session, contact_no, table)
    record = get_record(session, table, record_no)
    _refuse_existing_link(session, holder, table, record_no)
    _add_link(session, holder, table, record_no, code)
    winners = {
        d.contact_field: (choices or {}).get(d.contact_field, master)
        for d in differences(session, holder.no, table, record_no)
    }
    for pair in field_map(session).contact_to_record(table):
        if pair.direction == "to_record":  # e.g. contact type: the contact always decides
            set_if_different(record, pair.record_field, getattr(holder, pair.contact_field))
            continue
        if pair.contact_field not in winners:
            continue
        mine, theirs = getattr(holder, pair.contact_field), getattr(record, pair.record_field)
        if winners[pair.contact_field] == "contact":
            setattr(record, pair.record_field, mine)
            write_journal(session, holder, pair.contact_field, record, pair.record_field, theirs, mine)
        else:
            setattr(holder, pair.contact_field, theirs)
            write_journal(session, record, pair.record_field, holder, pair.contact_field, mine, theirs)
    if holder.type == "company" and table in ("customer", "vendor") and not record.primary_contact_no:
        record.primary_contact_no = holder.no
    session.flush()
    return holder


def _copy_to_contact(session: Session, record: Any, holder: Contact, table: str) -> None:
    for pair in field_map(session).record_to_contact(table):
        set_if_different(holder, pair.contact_field, getattr(record, pair.record_field))
    session.flush()


# --- Contact from a record (SPEC §7.3, the "Contact" action) ------------------------------------------
def create_contact_from_record(session: Session, table: str, record_no: str) -> Contact:
    record = get_record(session, table, record_no)
    contact = create_contact_for(session, record)
    session.flush()
    return contact


# --- Business relations list (SPEC §5.3, §5.4) --------------------------------------------------------
def add_relation(session: Session, contact_no: str, code: str) -> ContactBusinessRelation:
    contact = get_record(session, "contact", contact_no)
    code = (code or "").strip().upper()
    if session.get(BusinessRelation, code) is None:
        raise UserError(
            "{field} \u201c{value}\u201d does not exist.", field="business_relation_code", value=code
        )
    if code in reserved_codes(session):
        raise UserError(
            "Business relation {code} is reserved for links to {kind}s in the Marketing Setup; use "
            "Create as or Link with existing instead.",
            code=code,
            kind=reserved_codes(session)[code].replace("_", " "),
        )
    existing = session.scalar(
        select(ContactBusinessRelation).where(
            ContactBusinessRelation.contact_no == contact.no,
            ContactBusinessRelation.business_relation_code == code,
        )
    )
    if existing is not None:
        raise UserError("Contact {no} already has business relation {code}.", no=contact.no, code=code)
    row = ContactBusinessRelation(contact_no=contact.no, business_relation_code=code)
    session.add(row)
    session.flush()
    refresh_status(session, contact.no)
    return row


def remove_relation(session: Session, contact_no: str, code: str) -> None:
    """Remove a link or plain relation; both records stay (SPEC §5.4)."""
    row = session.scalar(
        select(ContactBusinessRelation).where(
            ContactBusinessRelation.contact_no == contact_no,
            ContactBusinessRelation.business_relation_code == code,
        )
    )
    if row is None:
        raise UserError("Contact {no} has no business relation {code}.", no=contact_no, code=code)
    session.delete(row)
    session.flush()
    refresh_status(session, contact_no)


def relations_of(session: Session, contact_no: str) -> list[ContactBusinessRelation]:
    return list(
        session.scalars(
            select(ContactBusinessRelation)
            .where(ContactBusinessRelation.contact_no == contact_no)
            .order_by(ContactBusinessRelation.business_relation_code)
        )
    )


__all__ = [
    "add_relation",
    "create_as",
    "create_contact_from_record",
    "differences",
    "link_existing",
    "relations_of",
    "remove_relation",
    "templates_for",
]
