"""Make Order from a quote card; for a prospect's quote, first Create as › Customer from its contact."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.db import Database
from app.documents import make_order as make_order_of_quote
from app.errors import TemplateChoiceRequired, UserError
from app.kinds import kind
from app.operations.create_as import create_as
from app.ui import prompts
from app.ui.documents.format import document_caption, tr

if TYPE_CHECKING:
    from app.ui.documents.card import DocumentCard

log = logging.getLogger(__name__)


def choose_template(parent: QWidget, db: Database, title: str, table: str, codes: list[str]) -> str | None:
    """Let the user pick one of several matching customer / vendor templates; None when cancelled."""
    model = kind(table).template_model
    with db.session() as session:
        descriptions = {code: getattr(session.get(model, code), "description", "") for code in codes}
    labels = {f"{code} \u2014 {text}" if text else code: code for code, text in descriptions.items()}
    text = QCoreApplication.translate("cards", "Several templates fit this contact. Which one?")
    answer = prompts.choose(parent, title, text, list(labels))
    return labels.get(answer, answer) if answer is not None else None


def create_customer(parent: QWidget, db: Database, contact_no: str, template: str | None) -> str | None:
    """Create as › Customer from the contact (asking for the template when several fit); its prospect
    quotes are re-pointed to the new customer by the domain. Returns the customer no., None if not made."""
    title = QCoreApplication.translate("cards", "Create as {kind}").format(
        kind=QCoreApplication.translate("cards", "Customer")
    )
    while True:
        try:
            with db.unit_of_work() as session:
                customer_no = str(create_as(session, contact_no, "customer", template or None).no)
            break
        except TemplateChoiceRequired as exc:
            template = choose_template(parent, db, title, "customer", exc.codes)
            if template is None:
                return None
        except UserError as exc:
            prompts.error(parent, title, exc.message)
            return None
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
    try:
        order_no = _make(card.db, table, quote_no)
    except UserError as exc:
        if not _is_prospect(card):
            prompts.error(card, title, exc.message)
            return None
        offer = tr("{message}\n\nCreate the customer from contact {contact} now and make the order?").format(
            message=exc.message, contact=card.values.get("contact_no")
        )
        if not prompts.question(card, title, offer, default_yes=True):
            return None
        template = str(card.values.get("sell_to_customer_template_code") or "")
        if create_customer(card, card.db, str(card.values.get("contact_no")), template) is None:
            return None
        try:
            order_no = _make(card.db, table, quote_no)
        except UserError as retry:
            prompts.error(card, title, retry.message)
            return None
    log.info("%s quote %s made into order %s", table, quote_no, order_no)
    card.ctx.open_card(table, order_no)
    return order_no


def _make(db: Database, table: str, quote_no: str) -> str:
    with db.unit_of_work() as session:
        return str(make_order_of_quote(session, quote_no, table).no)


def _is_prospect(card: DocumentCard) -> bool:
    """A sales quote without a customer: the refusal the user resolves with Create as › Customer."""
    return card.kind == "sales_header" and not card.values.get("sell_to_customer_no")
