"""Customer and vendor templates (SPEC §3), used by "Create as": one tab each, edited in place."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTabWidget, QVBoxLayout, QWidget
from sqlalchemy import Numeric, select
from sqlalchemy.orm import Session

from app.domain.fields import CODE_TABLES
from app.domain.setup_checks import TEMPLATE_MODEL
from app.operations import setup as setup_ops
from app.ui.context import AppContext
from app.ui.dialogs.common import CodeItems, code_items
from app.ui.dialogs.list_editor import Column, ListEditor, Row
from app.ui.widgets import field_caption

log = logging.getLogger(__name__)
COMMON = (
    "code",
    "description",
    "contact_type",
    "country_region_code",
    "currency_code",
    "territory_code",
    "language_code",
)
POSTING = ("gen_bus_posting_group", "vat_bus_posting_group", "payment_terms_code", "payment_method_code")
FIELDS = {
    "customer": (*COMMON, "customer_posting_group", *POSTING, "credit_limit"),
    "vendor": (*COMMON, "vendor_posting_group", *POSTING),
}


class TemplatesDialog(QDialog):
    """Two tabs, Customer Templates and Vendor Templates; each edit saves its row (SPEC §7.2 uses them)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dialog_templates")
        self.setWindowTitle(self.tr("Templates"))
        self._ctx = ctx
        with ctx.db.session() as session:
            choices = {field: self._choices(session, field) for field in CODE_TABLES}
        self.tabs = QTabWidget(self)
        self.editors: dict[str, ListEditor] = {}
        for table, title in (
            ("customer", self.tr("Customer Templates")),
            ("vendor", self.tr("Vendor Templates")),
        ):
            editor = self._editor(table, choices)
            editor.setObjectName(f"templates_{table}")
            self.editors[table] = editor
            self.tabs.addTab(editor, title)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.resize(1000, 420)

    @staticmethod
    def _choices(session: Session, field: str) -> CodeItems:
        model = CODE_TABLES[field]
        return code_items(session, model, "name" if hasattr(model, "name") else "description")

    def _editor(self, table: str, choices: dict[str, CodeItems]) -> ListEditor:
        types = [("company", self.tr("Company")), ("person", self.tr("Person"))]
        columns = []
        for field in FIELDS[table]:
            if field == "contact_type":
                columns.append(Column(field, field_caption(field), "choice", types, blank=False))
            elif field in choices:
                columns.append(Column(field, field_caption(field), "choice", choices[field]))
            elif isinstance(TEMPLATE_MODEL[table].__table__.c[field].type, Numeric):
                columns.append(Column(field, field_caption(field), "number"))
            else:
                columns.append(Column(field, field_caption(field)))
        save = _Saver(table)
        return ListEditor(
            self._ctx.db,
            columns,
            load=save.load,
            save=save.save,
            delete=save.delete,
            confirm=self._confirm,
            defaults={"contact_type": "company"},
            parent=self,
        )

    def _confirm(self, code: str) -> str:
        return self.tr("Delete template {code}?").format(code=code)


class _Saver:
    """The load / save / delete callbacks of one template table."""

    def __init__(self, table: str) -> None:
        self.table = table

    def _row(self, template: Any) -> Row:
        return {field: getattr(template, field) for field in FIELDS[self.table]}

    def load(self, session: Session) -> list[Row]:
        model = TEMPLATE_MODEL[self.table]
        return [self._row(t) for t in session.scalars(select(model).order_by(model.code))]

    def save(self, session: Session, values: Row, new: bool) -> Row:
        return self._row(setup_ops.save_template(session, self.table, values, new=new))

    def delete(self, session: Session, code: str) -> None:
        setup_ops.delete_template(session, self.table, code)
