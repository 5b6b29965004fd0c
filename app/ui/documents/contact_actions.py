"""The contact card's New Document ▸ Sales/Purchase Quote/Order and Log Interaction actions (SPEC §11)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from app.db import Database
from app.documents import new_purchase_document, new_sales_document
from app.errors import UserError
from app.ui import prompts, runner
from app.ui.actions import ActionSpec, T
from app.ui.context import AppContext
from app.ui.documents.format import document_caption, tr
from app.ui.widgets import FieldEditor

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)


def _new(name: str, text: str, tip: str) -> ActionSpec:
    return ActionSpec(name, text, name, enabled_when="has_record", tip=tip, group="new_document",
                      disabled_reason="why_no_documents")  # fmt: skip


CONTACT_DOCUMENT_ACTIONS = (
    _new("new_sales_quote", T("actions", "Sales Quote"), T("actions", "New sales quote for this contact")),
    _new("new_sales_order", T("actions", "Sales Order"), T("actions", "New sales order for this contact")),
    _new("new_purchase_quote", T("actions", "Purchase Quote"), T("actions", "New purchase quote")),
    _new("new_purchase_order", T("actions", "Purchase Order"), T("actions", "New purchase order")),
    ActionSpec("log_interaction", T("actions", "Log Interaction…"), "log_interaction", ("Ctrl+Shift+L",),
               enabled_when="has_record", tip=T("actions", "Record a call, meeting, note or e-mail"),
               disabled_reason="why_no_interactions"),
)  # fmt: skip
NEW_DOCUMENT_MENU = (
    T("cards", "New Document"),
    ("new_sales_quote", "new_sales_order", "new_purchase_quote", "new_purchase_order"),
)


class ContactDocuments:
    """Mixed into the contact card: handlers of CONTACT_DOCUMENT_ACTIONS (the registry calls them by name)."""

    ctx: AppContext
    db: Database
    no: str | None
    editors: dict[str, FieldEditor]

    if TYPE_CHECKING:  # provided by BaseCard

        def save(self, field: str) -> bool: ...

    def new_sales_quote(self) -> None:
        self.new_document("sales_header", "quote")

    def new_sales_order(self) -> None:
        self.new_document("sales_header", "order")

    def new_purchase_quote(self) -> None:
        self.new_document("purchase_header", "quote")

    def new_purchase_order(self) -> None:
        self.new_document("purchase_header", "order")

    def new_document(self, table: str, document_type: str) -> str | None:
        """Create the document through the domain and open its card; a refusal is shown, nothing made.
        A prospect's sales quote asks for the customer template when several fit."""
        if self.no is None:
            return None
        for field, editor in self.editors.items():  # a phone number just typed goes onto the document
            if editor.is_modified() and not editor.error_text():
                self.save(field)

        parent: QWidget = self  # type: ignore[assignment]
        title = tr("New {doc}").format(doc=document_caption(table, document_type))
        if table == "sales_header":  # a prospect's quote asks for the customer template when several fit
            outcome = runner.run(
                parent, self.db, new_sales_document, self.no, document_type,
                title=title, template_arg="template_code", template_contact=self.no,
            )  # fmt: skip
        else:
            outcome = runner.run(parent, self.db, new_purchase_document, self.no, document_type, title=title)
        if outcome.value is None:
            return None
        no = str(outcome.value.no)
        log.info("%s %s made from contact %s", table, no, self.no)
        self.ctx.open_card(table, no)
        return no

    def open_document(self, table: str, no: str) -> None:
        """From an interaction log entry; the document may be gone (deleted, or made into an order)."""
        try:
            self.ctx.open_card(table, no)
        except UserError as exc:
            prompts.error(self, tr("Open Document"), exc.message)  # type: ignore[arg-type]

    def log_interaction(self) -> None:
        if self.no is None:
            return
        from app.ui.dialogs.log_interaction import LogInteractionDialog

        LogInteractionDialog(self.ctx, self.no, self).exec()  # type: ignore[arg-type]
