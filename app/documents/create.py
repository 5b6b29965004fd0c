"""New Sales / Purchase Quote and Order from a contact (SPEC §11.1)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.documents.common import (
    check_document_type,
    copy_contact,
    copy_partner,
    next_document_no,
)
from app.documents.interactions import log_document_created
from app.domain.links import link_holder, linked_record
from app.domain.privacy import refuse_privacy_blocked
from app.domain.records import get_record
from app.errors import TemplateChoiceRequired, UserError
from app.kinds import kind as registry_kind
from app.models import Contact, CustomerTemplate, PurchaseHeader, SalesHeader


def new_sales_document(
    session: Session, contact_no: str, document_type: str, template_code: str | None = None
) -> SalesHeader:
    """A sales quote or order for the contact, sold to the customer linked to it or to its company.

    Without a customer only a quote can be made (a prospect's quote): it records the customer template
    to use later and the contact's own name and address, and repoint_quotes() moves it to the customer
    once one is created from the contact. `template_code` is ignored when there is a customer."""
    check_document_type(document_type)
    contact, holder = _contact_and_holder(session, contact_no)
    customer = linked_record(session, holder.no, "customer")
    header = SalesHeader(document_type=document_type)
    if customer is None:
        if document_type == "order":
            raise not_related(contact, "customer")
        template = _prospect_template(session, holder, template_code)
        header.sell_to_customer_template_code = template.code
        copy_partner(header, holder)
        header.vat_bus_posting_group = template.vat_bus_posting_group
    else:
        check_not_blocked("customer", customer)
        header.sell_to_customer_no = customer.no
        copy_partner(header, customer)
    return _insert(session, "sales_header", header, contact)


def new_purchase_document(session: Session, contact_no: str, document_type: str) -> PurchaseHeader:
    """A purchase quote or order for the contact, bought from the vendor linked to it or to its company."""
    check_document_type(document_type)
    contact, holder = _contact_and_holder(session, contact_no)
    vendor = linked_record(session, holder.no, "vendor")
    if vendor is None:
        raise not_related(contact, "vendor")
    check_not_blocked("vendor", vendor)
    header = PurchaseHeader(document_type=document_type, buy_from_vendor_no=vendor.no)
    copy_partner(header, vendor)
    return _insert(session, "purchase_header", header, contact)


def not_related(contact: Contact, table: str) -> UserError:
    kind = registry_kind(table).texts.caption
    if contact.type == "person" and not contact.company_no and table != "customer":
        return UserError(
            "Contact {no} is a person without a company and cannot be related to a {kind}.",
            record=("contact", contact.no),
            no=contact.no,
            kind=kind.lower(),
        )
    return UserError(
        "Contact {no} is not related to a {kind}. Create the {kind} first with Create as \u203a {Kind}.",
        record=("contact", contact.no),
        no=contact.no,
        kind=kind.lower(),
        Kind=kind,
    )


def check_not_blocked(table: str, record: Any) -> None:
    if record.blocked == "all":
        raise UserError(
            "{kind} {no} is blocked for all transactions; no document can be made for it.",
            field="blocked",
            record=(table, record.no),
            kind=registry_kind(table).texts.caption,
            no=record.no,
        )


def _contact_and_holder(session: Session, contact_no: str) -> tuple[Contact, Contact]:
    """The contact the user acted on and the contact that carries its links (its company, SPEC §5.2)."""
    contact = get_record(session, "contact", contact_no)
    holder = link_holder(session, contact)
    refuse_privacy_blocked(contact, holder)
    return contact, holder


def _prospect_template(session: Session, holder: Contact, template_code: str | None) -> CustomerTemplate:
    """The customer template a prospect's quote records, chosen as Create as › Customer would (SPEC §7.2)."""
    if template_code:
        template = session.get(CustomerTemplate, template_code.strip().upper())
        if template is None:
            raise UserError(
                "Customer template {code} does not exist.",
                field="sell_to_customer_template_code",
                code=template_code,
            )
        return template
    candidates = list(
        session.scalars(
            select(CustomerTemplate)
            .where(CustomerTemplate.contact_type == holder.type)
            .order_by(CustomerTemplate.code)
        )
    )
    if not candidates:
        raise UserError(
            "Contact {no} is not a customer yet, and a quote for it needs a customer template for contact "
            "type {type}. Create one under Setup \u203a Templates.",
            record=("contact", holder.no),
            no=holder.no,
            type=holder.type,
        )
    if len(candidates) > 1:
        raise TemplateChoiceRequired("customer", [t.code for t in candidates])
    return candidates[0]


def _insert(session: Session, table: str, header: Any, contact: Contact) -> Any:
    # Numbered last, after every check: a refusal must not use up a number (the transaction also rolls back).
    header.no = next_document_no(session, table, header.document_type)
    copy_contact(header, contact)
    session.add(header)
    session.flush()
    log_document_created(session, table, header)
    return header
