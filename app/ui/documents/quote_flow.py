"""Make Order from a quote card; for a prospect's quote, first Create as › Customer from its contact."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from app.db import Database
from app.documents import make_order as make_order_of_quote
from app.operations.create_as import create_as
from app.ui import prompts, runner
from app.ui.documents.format import document_caption, tr

if TYPE_CHECKING:
    from app.ui.documents.card import DocumentCard

log = logging.getLogger(__name__)


def create_customer(parent: QWidget, db: Database, contact_no: str, template: str | None) -> str | None:
    """Create as › Customer from the contact (asking for the template when several fit); its prospect
    quotes are re-pointed to the new customer by the domain. Returns the customer no., None if not made."""
    title = QCoreApplication.translate("cards", "Create as {kind}").format(
        kind=QCoreApplication.translate("cards", "Customer")
    )
    outcome = runner.run(
        parent, db, create_as, contact_no, "customer", title=title, template_arg="template_code",
        template_contact=contact_no, template_code=template or None,
    )  # fmt: skip
    if outcome.value is None:
        return None
    customer_no = str(outcome.value.no)
    text = QCoreApplication.translate(
        "cards",
        "{kind} {no} has been created. Billing and posting details are entered on the {kind_lower} card.",
    ).format(
        kind=QCoreApplication.translate("cards", "Customer"),
        no=customer_no,
        kind_lower=QCoreApplication.translate("cards", "customer"),
    )
    prompts.info(parent, title, text)
    return customer_no


def make_order(card: DocumentCard) -> str | None:
    """Turn the card's quote into an order and open it (the quote card closes: the quote is gone)."""
    if card.no is None or not card.is_quote():
        return None
    quote_no, table = card.no, card.kind
    title = tr("Make Order")
    question = tr("Make {doc} {no} into an order?").format(doc=document_caption(table, "quote"), no=quote_no)
    if not prompts.question(card, title, question, default_yes=True):
        return None
    prospect = _is_prospect(card)  # then the refusal is not shown as an error: it becomes the offer below
    first = runner.run(card, card.db, _make, table, quote_no, title=title, on_refusal=lambda _exc: prospect)
    order_no = first.value
    if order_no is None:
        if first.error is None or not prospect:
            return None  # refused and shown
        offer = tr("{message}\n\nCreate the customer from contact {contact} now and make the order?").format(
            message=first.error.message, contact=card.values.get("contact_no")
        )
        if not prompts.question(card, title, offer, default_yes=True):
            return None
        template = str(card.values.get("sell_to_customer_template_code") or "")
        if create_customer(card, card.db, str(card.values.get("contact_no")), template) is None:
            return None
        order_no = runner.run(card, card.db, _make, table, quote_no, title=title).value
        if order_no is None:
            return None
    log.info("%s quote %s made into order %s", table, quote_no, order_no)
    card.ctx.open_card(table, order_no)
    return order_no


def _make(session: Session, table: str, quote_no: str) -> str:
    """Make Order as an operation: the new order's number."""
    return str(make_order_of_quote(session, quote_no, table).no)


def _is_prospect(card: DocumentCard) -> bool:
    """A sales quote without a customer: the refusal the user resolves with Create as › Customer."""
    return card.kind == "sales_header" and not card.values.get("sell_to_customer_no")
