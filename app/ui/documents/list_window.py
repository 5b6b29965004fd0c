"""Sales and purchase document lists: the record list machinery over the header tables."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QStyle

from app.documents import delete_document, get_document, lines_of
from app.errors import UserError
from app.models import PurchaseHeader, SalesHeader
from app.ui import prompts, runner
from app.ui.actions import ActionSpec, T
from app.ui.cards.common import REFRESH
from app.ui.documents.format import date_text, document_caption, tr
from app.ui.lists.columns import Column
from app.ui.lists.list_window import ListWindow
from app.ui.lists.model import RecordTableModel
from app.ui.widgets import value_label

log = logging.getLogger(__name__)
TITLES = {"sales_header": T("lists", "Sales Documents"), "purchase_header": T("lists", "Purchase Documents")}
MODELS = {"sales_header": SalesHeader, "purchase_header": PurchaseHeader}


def _columns(partner_field: str) -> tuple[Column, ...]:
    return (
        Column("no", 90),
        Column("document_type", 80, value_label, title=T("lists", "Type")),
        Column("document_date", 100, date_text),
        Column(partner_field, 110),
        Column("name", 230),
        Column("city", 120),
        Column("contact_no", 90),
        Column("contact_name", 180),
    )


COLUMNS = {"sales_header": _columns("sell_to_customer_no"), "purchase_header": _columns("buy_from_vendor_no")}
SEARCH_FIELDS = {
    "sales_header": ("no", "name", "city", "contact_name", "sell_to_customer_no"),
    "purchase_header": ("no", "name", "city", "contact_name", "buy_from_vendor_no"),
}


class DocumentListWindow(ListWindow):
    """objectName `list_sales_header` / `list_purchase_header`. Documents are made from a contact card,
    so New stays disabled here and says where to go."""

    ACTIONS = (
        ActionSpec("new", T("actions", "New"), "new_record", (QKeySequence.StandardKey.New,), "can_create",
                   T("actions", "Documents are made from a contact: Contact card \u203a New Document"),
                   QStyle.StandardPixmap.SP_FileIcon),
        ActionSpec("open", T("actions", "Open"), "open_current", (), "has_current",
                   T("actions", "Open the card of the selected document (Enter)")),
        ActionSpec("delete", T("actions", "Delete"), "delete_current",
                   (QKeySequence.StandardKey.Delete, "Ctrl+D"), "has_current",
                   T("actions", "Delete the selected document (asks first)"),
                   QStyle.StandardPixmap.SP_TrashIcon),
        REFRESH,
        ActionSpec("find", T("actions", "Search"), "focus_search", (QKeySequence.StandardKey.Find,),
                   tip=T("actions", "Search by no., name, city, contact or partner no.")),
    )  # fmt: skip

    def list_title(self) -> str:
        return QCoreApplication.translate("lists", TITLES[self.kind])

    def make_model(self) -> RecordTableModel:
        return RecordTableModel(
            self.ctx.db,
            self.kind,
            self,
            model=MODELS[self.kind],
            columns=COLUMNS[self.kind],
            search_fields=SEARCH_FIELDS[self.kind],
        )

    def can_create(self) -> bool:
        return False

    def new_record(self) -> None:
        """Not reachable from the disabled action; kept because the list machinery names it."""

    def delete_current(self) -> None:
        no = self.current_key()
        if no is None:
            return
        title = tr("Delete")
        try:
            doc, count = runner.read(self.ctx.db, lambda session: self._describe(session, no))
        except UserError as exc:
            prompts.error(self, title, exc.message)
            return
        text = tr("Delete {doc} {no} and its {count} line(s)? Its interaction log entries stay.").format(
            doc=doc, no=no, count=count
        )
        if prompts.question(self, title, text):
            runner.run(self, self.ctx.db, delete_document, self.kind, no, title=title)

    def _describe(self, session: Any, no: str) -> tuple[str, int]:
        header = get_document(session, self.kind, no)
        return document_caption(self.kind, header.document_type), len(lines_of(session, self.kind, no))
