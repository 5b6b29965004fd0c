"""Templates of the kinds that have them (customers, vendors; SPEC §3), used by "Create as": one tab each."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTabWidget, QVBoxLayout, QWidget
from sqlalchemy import Numeric, select
from sqlalchemy.orm import Session

from app.domain.fields import CODE_TABLES
from app.domain.setup_checks import TEMPLATE_MODEL
from app.errors import domain_text
from app.kinds import KINDS, kind
from app.operations import setup as setup_ops
from app.ui.context import AppContext
from app.ui.dialogs.common import CodeItems, code_items
from app.ui.dialogs.list_editor import Column, ListEditor, Row
from app.ui.widgets import field_caption

log = logging.getLogger(__name__)
COMMON = ("code", "description", "contact_type")


def template_fields(table: str) -> tuple[str, ...]:
    """The columns of a kind's templates: what Create as fills where blank, then its own billing fields."""
    entry = kind(table)
    return (*COMMON, *entry.template_blank_fill, *entry.template_fields)


class TemplatesDialog(QDialog):
    """A tab per kind with templates (Customer Templates, Vendor Templates); each edit saves its row."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dialog_templates")
        self.setWindowTitle(self.tr("Templates"))
        self._ctx = ctx
        with ctx.db.session() as session:
            choices = {field: self._choices(session, field) for field in CODE_TABLES}
        self.tabs = QTabWidget(self)
        self.editors: dict[str, ListEditor] = {}
        for entry in KINDS:
            if entry.template_model is None:
                continue
            table, title = entry.name, domain_text(entry.texts.templates)
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
        for field in template_fields(table):
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
        return {field: getattr(template, field) for field in template_fields(self.table)}

    def load(self, session: Session) -> list[Row]:
        model = TEMPLATE_MODEL[self.table]
        return [self._row(t) for t in session.scalars(select(model).order_by(model.code))]

    def save(self, session: Session, values: Row, new: bool) -> Row:
        return self._row(setup_ops.save_template(session, self.table, values, new=new))

    def delete(self, session: Session, code: str) -> None:
        setup_ops.delete_template(session, self.table, code)
