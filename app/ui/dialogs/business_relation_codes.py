"""The business relation codes list (SPEC §2.1): add, describe, delete while unused."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import BusinessRelation, ContactBusinessRelation
from app.operations import setup as setup_ops
from app.ui.context import AppContext
from app.ui.dialogs.list_editor import Column, ListEditor, Row

log = logging.getLogger(__name__)


class BusinessRelationCodesDialog(QDialog):
    """Codes (≤10 characters, upper-case, unique) with a description; a code in use cannot be deleted."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dialog_business_relation_codes")
        self.setWindowTitle(self.tr("Business Relations"))
        self._ctx = ctx
        columns = [
            Column("code", self.tr("Code")),
            Column("description", self.tr("Description")),
            Column("used", self.tr("No. of Contacts"), kind="readonly"),
        ]
        self.editor = ListEditor(
            ctx.db,
            columns,
            load=self._load,
            save=self._save,
            delete=setup_ops.delete_business_relation,
            confirm=self._confirm,
            parent=self,
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor)
        layout.addWidget(buttons)
        self.resize(520, 380)

    def _load(self, session: Session) -> list[Row]:
        used = (
            select(ContactBusinessRelation.business_relation_code, func.count().label("n"))
            .group_by(ContactBusinessRelation.business_relation_code)
            .subquery()
        )
        query = (
            select(BusinessRelation.code, BusinessRelation.description, func.coalesce(used.c.n, 0))
            .outerjoin(used, used.c.business_relation_code == BusinessRelation.code)
            .order_by(BusinessRelation.code)
        )
        return [{"code": c, "description": d, "used": n} for c, d, n in session.execute(query)]

    def _save(self, session: Session, values: Row, new: bool) -> Row:
        if new:
            relation = setup_ops.create_business_relation(session, values["code"], values["description"])
        else:
            relation = setup_ops.rename_business_relation(session, values["code"], values["description"])
        return {"code": relation.code, "description": relation.description}

    def _confirm(self, code: str) -> str:
        return self.tr("Delete business relation {code}?").format(code=code)
