"""Log Interaction: record a call, meeting, note, e-mail or service order for a contact (SPEC §11.2)."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.documents import MANUAL_KINDS, log_interaction
from app.errors import UserError
from app.ui import runner
from app.ui.cards.interactions_panel import kind_label
from app.ui.context import AppContext
from app.ui.style import set_flag
from app.ui.widgets import field_caption

log = logging.getLogger(__name__)


class LogInteractionDialog(QDialog):
    """objectName `dialog_log_interaction`: kind (`field_kind`) and description (`field_description`).
    OK writes the entry; a refusal is shown under the description and the dialog stays open."""

    def __init__(self, ctx: AppContext, contact_no: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dialog_log_interaction")
        self.setWindowTitle(self.tr("Log Interaction \u00b7 Contact {no}").format(no=contact_no))
        self._ctx = ctx
        self._contact_no = contact_no
        self.entry_no: int | None = None
        self.kind = QComboBox(self)
        self.kind.setObjectName("field_kind")
        for kind in MANUAL_KINDS:
            self.kind.addItem(kind_label(kind), kind)
        self.description = QLineEdit(self)
        self.description.setObjectName("field_description")
        self.description.setMinimumWidth(360)
        self.error = QLabel(self)
        self.error.setObjectName("error_description")
        self.error.setProperty("role", "field-error")
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        form.addRow(field_caption("kind"), self.kind)
        form.addRow(field_caption("description"), self.description)
        form.addRow("", self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.description.setFocus()

    def save(self) -> None:
        """Write the entry in one unit of work; close only when it was written."""
        kind = str(self.kind.currentData())
        outcome = runner.run(
            self, self._ctx.db, log_interaction, self._contact_no, kind, self.description.text(),
            on_refusal=self._show_refusal,
        )  # fmt: skip
        if outcome.value is None:
            return
        self.entry_no = outcome.value.entry_no  # numbered at the commit's flush
        self.accept()

    def _show_refusal(self, exc: UserError) -> bool:
        """Under the description, which keeps the typed text; the dialog stays open."""
        self.error.setText(exc.message)
        self.error.show()
        set_flag(self.description, "error", True)
        self.description.setFocus()
        return True
