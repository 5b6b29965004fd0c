"""Sales and purchase document cards: header saved per field, the lines grid, the total and the actions."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from app.changes import ANY, ChangeSet
from app.documents import (
    add_line,
    delete_line,
    document_total,
    get_document,
    lines_of,
    set_document_field,
    set_line,
)
from app.errors import UserError
from app.models import PurchaseHeader, SalesHeader
from app.ui import prompts, runner
from app.ui.actions import T
from app.ui.cards.base import BaseCard
from app.ui.cards.common import kind_title
from app.ui.cards.form import Section, section, section_title
from app.ui.context import AppContext
from app.ui.documents.card_actions import DOCUMENT_ACTIONS, DocumentCommands, partner_action
from app.ui.documents.format import document_caption, money, tr
from app.ui.documents.lines_table import COLUMNS, TEXT, LinesModel, LinesView
from app.ui.formats import parse_decimal

log = logging.getLogger(__name__)
GENERAL = (
    "no document_type document_date quote_no {partner_no} "
    "contact_no contact_name contact_phone_no contact_email"
)
ADDRESS = "name name_2 address address_2 post_code city county country_region_code currency_code"


class DocumentCard(DocumentCommands, BaseCard):
    """A quote or order; partner and contact numbers are fixed, the copied values editable."""

    TOOLBAR = (
        "make_order", "|", "print", "email", "|", "delete", "|", "contact", "open_partner", "|", "refresh"
    )  # fmt: skip

    def __init__(self, ctx: AppContext, no: str | None, parent: QWidget | None = None) -> None:
        kind = type(self).kind
        if no is None:
            raise UserError(
                "A {doc} is made from a contact: open the contact card and choose New Document.",
                doc=kind_title(kind, lower=True),
            )
        runner.read(ctx.db, lambda session: get_document(session, kind, no))  # "made into order SO…"
        super().__init__(ctx, no, parent)
        self.lines_view.selectionModel().currentChanged.connect(self._current_line_changed)

    # --- form ---------------------------------------------------------------------------------------
    def add_sections(self, content: QWidget, column: QVBoxLayout) -> None:
        lines = Section("lines", section_title(T("cards", "Lines")), content)
        box = QWidget(lines.body)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        buttons = QHBoxLayout()
        for name in ("new_line", "delete_line"):
            button = QToolButton(box)
            button.setDefaultAction(self.commands[name])
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.lines_model = LinesModel(self.save_line, self)
        self.lines_model.errors_changed.connect(self.show_messages)
        self.lines_view = LinesView(self.lines_model, box)
        self.total_label = QLabel(box)
        self.total_label.setObjectName("field_total")
        self.total_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.total_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.total_label.font()
        font.setBold(True)
        self.total_label.setFont(font)
        layout.addLayout(buttons)
        layout.addWidget(self.lines_view, 1)
        layout.addWidget(self.total_label)
        lines.add_widget(box)
        column.addWidget(lines, 1)
        self.sections.append(lines)

    def read_more(self, session: Session, record: Any) -> dict[str, Any]:
        lines = [
            {f: getattr(line, f) for f in ("line_no", *COLUMNS)}
            for line in lines_of(session, self.kind, record.no)
        ]
        return {"lines": lines, "total": document_total(session, self.kind, record.no)}

    def related_changed(self, changes: ChangeSet) -> bool:
        prefix = f"{self.no}|"
        lines = changes.get(self.kind.replace("header", "line"), {})
        return ANY in lines or any(key.startswith(prefix) for key in lines)

    def after_load(self) -> None:
        super().after_load()
        caption = document_caption(self.kind, str(self.values.get("document_type", "")))
        name = self.values.get("name") or ""
        self.setWindowTitle(f"{caption} {self.no}" + (f" \u00b7 {name}" if name else ""))
        self.lines_model.set_rows(self.values.get("lines", []))
        total_text = tr("Total {currency}: {amount}").format(
            currency=self.values.get("currency_code") or "", amount=money(self.values.get("total", 0))
        )
        self.total_label.setText(total_text.replace("  ", " ").replace(" :", ":"))
        self.show_messages()

    def show_messages(self) -> None:
        """The message bar: the newest refusal of a field, else of a line cell; hidden when none."""
        self.message.show_errors(self.editors.values())
        errors = self.lines_model.errors()
        if errors and self.message.isHidden():
            self.message.show_text(errors[-1])

    def update_fields(self) -> None:
        self._show_row("quote_no", bool(self.values.get("quote_no")))
        if "sell_to_customer_template_code" in self.editors:  # only a prospect's quote has one
            self._show_row("sell_to_customer_template_code", not self.values.get("sell_to_customer_no"))

    def _show_row(self, field: str, visible: bool) -> None:
        self.editors[field].setVisible(visible)
        label = self.findChild(QLabel, f"label_{field}")
        if label is not None:
            label.setVisible(visible)

    def write(self, session: Session, field: str, value: Any, base: Any = None) -> None:
        set_document_field(session, self.kind, self.no or "", field, value)

    # --- state for actions --------------------------------------------------------------------------
    def can_edit_lines(self) -> bool:
        return self.no is not None

    def has_current_line(self) -> bool:
        return hasattr(self, "lines_view") and self.lines_view.current_line_no() is not None

    def _current_line_changed(self) -> None:
        self.commands.update()

    # --- lines --------------------------------------------------------------------------------------
    def save_line(self, line_no: int | None, field: str, text: str) -> str | None:
        """The grid's saver: one cell in one unit of work; returns the refusal's message, if any."""
        if field not in TEXT:
            text = parse_decimal(text)  # "1.234,5" as typed in German reaches the domain as "1234.5"
        # The grid marks the cell with the returned message, which keeps the typed text: no prompt.
        outcome = runner.run(
            self, self.db, self._store_line, line_no, field, text, on_refusal=runner.by_caller
        )
        return outcome.error.message if outcome.error is not None else None

    def _store_line(self, session: Session, line_no: int | None, field: str, text: str) -> None:
        if line_no is None:
            add_line(session, self.kind, self.no or "", **{field: text})
        else:
            set_line(session, self.kind, self.no or "", line_no, field, text)

    def new_line(self) -> None:
        self.lines_view.edit_new_line()

    def delete_current_line(self) -> None:
        line_no = self.lines_view.current_line_no()
        if line_no is None or self.no is None:
            return
        text = tr("Delete line {line}?").format(line=self.lines_view.currentIndex().row() + 1)
        if prompts.question(self, tr("Delete Line"), text):
            runner.run(self, self.db, delete_line, self.kind, self.no, line_no, title=tr("Delete Line"))


class SalesDocumentCard(DocumentCard):
    kind = "sales_header"
    MODEL = SalesHeader
    PARTNER, PARTNER_FIELD = "customer", "sell_to_customer_no"
    SECTIONS = (
        section("general", T("cards", "General"),
                GENERAL.format(partner_no="sell_to_customer_no sell_to_customer_template_code")),
        section("partner", T("cards", "Sell-to Customer"), ADDRESS),
    )  # fmt: skip
    READ_ONLY = frozenset(
        {"no", "document_type", "quote_no", "sell_to_customer_no", "sell_to_customer_template_code",
         "contact_no", "currency_code"}
    )  # fmt: skip
    ACTIONS = (
        *DOCUMENT_ACTIONS,
        partner_action(T("actions", "Customer"), T("actions", "Open the customer of this document")),
    )  # fmt: skip


class PurchaseDocumentCard(DocumentCard):
    kind = "purchase_header"
    MODEL = PurchaseHeader
    PARTNER, PARTNER_FIELD = "vendor", "buy_from_vendor_no"
    SECTIONS = (
        section("general", T("cards", "General"), GENERAL.format(partner_no="buy_from_vendor_no")),
        section("partner", T("cards", "Buy-from Vendor"), ADDRESS),
    )
    READ_ONLY = frozenset(
        {"no", "document_type", "quote_no", "buy_from_vendor_no", "contact_no", "currency_code"}
    )
    ACTIONS = (
        *DOCUMENT_ACTIONS,
        partner_action(T("actions", "Vendor"), T("actions", "Open the vendor of this document")),
    )  # fmt: skip


def document_card_class(kind: str) -> type[DocumentCard]:
    return SalesDocumentCard if kind == "sales_header" else PurchaseDocumentCard
