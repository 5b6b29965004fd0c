"""The document card's commands: Make Order, Print, Send by E-mail, Delete, Contact / partner, closing."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any, ClassVar, cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.db import Database
from app.documents import delete_document
from app.errors import UserError
from app.ui import prompts, runner
from app.ui.actions import ActionSpec, T
from app.ui.cards.common import DELETE, REFRESH
from app.ui.context import AppContext
from app.ui.documents.format import document_caption, tr
from app.ui.documents.lines_table import LinesModel, LinesView
from app.ui.widgets import FieldEditor
from app.ui.windows import close_host

log = logging.getLogger(__name__)


def _spec(name: str, text: str, handler: str, enabled: str | None, tip: str, *keys: str) -> ActionSpec:
    return ActionSpec(name, text, handler, keys, enabled_when=enabled, tip=tip)


DOCUMENT_ACTIONS = (
    _spec("make_order", T("actions", "Make Order"), "make_order", "is_quote",
          T("actions", "Turn this quote into an order")),
    _spec("print", T("actions", "Print…"), "print_document", "has_record",
          T("actions", "Print the document or save it as PDF"), "Ctrl+P"),
    _spec("email", T("actions", "Send by E-mail…"), "email_document", "has_record",
          T("actions", "Hand the document to the mail client or save it as an e-mail file")),
    DELETE,
    REFRESH,
    _spec("contact", T("actions", "Contact"), "open_contact", "has_record",
          T("actions", "Open the contact of this document")),
    _spec("new_line", T("actions", "New Line"), "new_line", "can_edit_lines",
          T("actions", "Add a line at the end"), "Ctrl+Ins"),
    _spec("delete_line", T("actions", "Delete Line"), "delete_current_line", "has_current_line",
          T("actions", "Delete the selected line (asks first)")),
)  # fmt: skip


def partner_action(text: str, tip: str) -> ActionSpec:
    """Customer / Vendor: open the document's partner card."""
    return _spec("open_partner", text, "open_partner", "has_partner", tip)


class DocumentCommands:
    """Handlers of DOCUMENT_ACTIONS, mixed into DocumentCard (the registry calls them by name)."""

    PARTNER: ClassVar[str] = ""  # customer | vendor
    PARTNER_FIELD: ClassVar[str] = ""
    kind: ClassVar[str]
    ctx: AppContext
    db: Database
    no: str | None
    values: dict[str, Any]
    editors: dict[str, FieldEditor]
    lines_model: LinesModel
    lines_view: LinesView
    _gone: bool

    if TYPE_CHECKING:  # provided by BaseCard / QWidget

        def save(self, field: str) -> bool: ...

        def windowTitle(self) -> str: ...

    def is_quote(self) -> bool:
        return self.values.get("document_type") == "quote"

    def has_partner(self) -> bool:
        return bool(self.values.get(self.PARTNER_FIELD))

    def save_pending(self) -> bool:
        """Before closing: save the cell being typed in and the fields; ask before dropping refusals."""
        self._save_typed()
        errors = [e.error_text() for e in self.editors.values() if e.is_modified()]
        errors += self.lines_model.errors()
        if not errors:
            return True
        text = QCoreApplication.translate(
            "cards", "These values could not be saved:\n{errors}\n\nClose the card and discard them?"
        ).format(errors="\n".join(errors))
        return prompts.question(cast(QWidget, self), self.windowTitle(), text)

    # --- actions ------------------------------------------------------------------------------------
    def delete_record(self) -> None:
        if self.no is None:
            return
        no, count = self.no, len(self.values.get("lines", []))
        caption = document_caption(self.kind, str(self.values.get("document_type", "")))
        text = tr("Delete {doc} {no} and its {count} line(s)? Its interaction log entries stay.").format(
            doc=caption, no=no, count=count
        )
        if not prompts.question(cast(QWidget, self), tr("Delete"), text):
            return
        self._gone = True  # the deletion's echo must not try to save what is being typed
        widget = cast(QWidget, self)
        if not runner.run(widget, self.db, delete_document, self.kind, no, title=self.windowTitle()).done:
            self._gone = False
            return
        close_host(widget)

    def make_order(self) -> None:
        from app.ui.documents.quote_flow import make_order

        make_order(self)  # type: ignore[arg-type]

    def print_document(self) -> None:
        from app.ui.documents.pdf import print_document

        if self.no is not None:
            self._save_typed()
            print_document(cast(QWidget, self), self.db, self.kind, self.no)

    def email_document(self) -> None:
        from app.ui.documents.mail import email_document

        if self.no is not None:
            self._save_typed()
            email_document(cast(QWidget, self), self.db, self.kind, self.no)

    def _save_typed(self) -> None:
        """What the user typed but did not confirm yet goes on the paper too (a refusal stays marked)."""
        self.lines_view.commit_editing()
        for field, editor in self.editors.items():
            if editor.is_modified() and not editor.error_text():
                self.save(field)

    def open_contact(self) -> None:
        no = self.values.get("contact_no")
        if no:
            try:
                self.ctx.open_card("contact", no)
            except UserError as exc:  # the contact was deleted since; the document keeps its copy
                prompts.error(cast(QWidget, self), self.windowTitle(), exc.message)

    def open_partner(self) -> None:
        no = self.values.get(self.PARTNER_FIELD)
        if no:
            try:
                self.ctx.open_card(self.PARTNER, no)
            except UserError as exc:
                prompts.error(cast(QWidget, self), self.windowTitle(), exc.message)
