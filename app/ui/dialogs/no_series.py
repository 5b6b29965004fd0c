"""The number series list (SPEC §2.3): starting number, last number used, increment, manual numbers."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import NoSeries
from app.operations import setup as setup_ops
from app.ui.context import AppContext
from app.ui.dialogs.list_editor import Column, ListEditor, Row

log = logging.getLogger(__name__)
FIELDS = ("code", "description", "starting_no", "last_no_used", "increment_by", "manual_nos")


def _row(series: NoSeries) -> Row:
    return {field: getattr(series, field) for field in FIELDS}


class NoSeriesDialog(QDialog):
    """Every series, editable in place; a series the marketing setup uses cannot be deleted."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dialog_no_series")
        self.setWindowTitle(self.tr("Number Series"))
        self._ctx = ctx
        columns = [
            Column(field, setup_ops.setup_caption(field), kind="check" if field == "manual_nos" else "text")
            for field in FIELDS
        ]
        self.editor = ListEditor(
            ctx.db,
            columns,
            load=self._load,
            save=self._save,
            delete=setup_ops.delete_no_series,
            confirm=self._confirm,
            defaults={"increment_by": 1, "manual_nos": True},
            parent=self,
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor)
        layout.addWidget(buttons)
        self.resize(760, 400)

    def _load(self, session: Session) -> list[Row]:
        return [_row(series) for series in session.scalars(select(NoSeries).order_by(NoSeries.code))]

    def _save(self, session: Session, values: Row, new: bool) -> Row:
        return _row(setup_ops.save_no_series(session, values, new=new))

    def _confirm(self, code: str) -> str:
        return self.tr("Delete number series {code}? Numbers already given stay as they are.").format(
            code=code
        )
