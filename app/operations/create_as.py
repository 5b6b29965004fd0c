"""Create as Customer / Vendor / Bank Account … (SPEC §7.2): a record made from the contact and linked."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.documents.quotes import repoint_quotes
from app.domain.fieldmap import field_map
from app.domain.records import create_record, get_record
from app.domain.setup import require_relation_code
from app.errors import TemplateChoiceRequired, UserError
from app.kinds import Kind, kind
from app.models import Contact
from app.operations.link_rules import add_link, holder_for, primary_after_link, refuse_existing_link
from app.sync.changes import set_if_different


def templates_for(session: Session, table: str, contact_type: str) -> list[Any]:
    model = kind(table).template_model
    if model is None:
        return []
    query = select(model).where(model.contact_type == contact_type).order_by(model.code)  # type: ignore[attr-defined]
    return list(session.scalars(query))


def create_as(session: Session, contact_no: str, table: str, template_code: str | None = None) -> Any:
    """Create the record from the contact and link it. Contact values win; a template fills blanks."""
    entry = kind(table)
    code = require_relation_code(session, table)
    holder = holder_for(session, contact_no, table)
    refuse_existing_link(session, holder, table, None)
    template = _pick_template(session, entry, holder, template_code)
    values: dict[str, Any] = {}
    for pair in field_map(session).at_creation(table):
        # Create-only pairs (salesperson → purchaser / our contact code) serve a contact made from the
        # record; the new vendor or bank keeps its own code, the template's or blank (SPEC §14.9).
        if pair.direction != "create_only":
            values[pair.record_field] = getattr(holder, pair.contact_field)
    if template is not None:
        for field in entry.template_blank_fill:
            if not values.get(field) and getattr(template, field):
                values[field] = getattr(template, field)
        for field in entry.template_fields:
            if getattr(template, field):
                values[field] = getattr(template, field)
    record = create_record(session, table, values, from_contact=True)
    primary_after_link(session, record, get_record(session, "contact", contact_no), holder)
    add_link(session, holder, table, record.no, code)
    # The template may have filled blank contact fields: bring them back so both sides agree.
    for pair in field_map(session).record_to_contact(table):
        set_if_different(holder, pair.contact_field, getattr(record, pair.record_field))
    session.flush()
    if table == "customer":  # SPEC §11.1: the prospect's quotes now sell to the new customer
        repoint_quotes(session, holder.no, record.no)
    return record


def _pick_template(session: Session, entry: Kind, holder: Contact, template_code: str | None) -> Any:
    model = entry.template_model
    if model is None:
        return None
    if template_code:
        template = session.get(model, template_code)
        if template is None:
            raise UserError("Template {code} does not exist.", code=template_code)
        return template
    candidates = templates_for(session, entry.name, holder.type)
    if not candidates:
        raise UserError(
            "There is no {kind} template for contact type {type}. Create one under Setup \u203a Templates.",
            kind=entry.texts.lower,
            type=holder.type,
        )
    if len(candidates) > 1:
        raise TemplateChoiceRequired(entry.name, [t.code for t in candidates])
    return candidates[0]
