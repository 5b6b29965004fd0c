"""The end of "Create Contacts from <kind>": what was done, in counts, and the way to the duplicates found."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import domain_text
from app.kinds import kind
from app.operations.batch import BatchResult
from app.ui.context import AppContext

CONTEXT = "batch"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class BatchResultDialog(QDialog):
    """objectName `dialog_batch_result`; counts in `count_created`, `count_skipped`, `count_duplicates`,
    `count_refused` (with the reasons in `refused_reasons`), `batch_cancelled` when the user stopped it;
    `action_open_duplicates` opens the Duplicate Contacts page (enabled when the job found any)."""

    def __init__(self, ctx: AppContext, table: str, result: BatchResult, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("dialog_batch_result")
        self.ctx, self.result = ctx, result
        texts = kind(table).texts
        self.setWindowTitle(domain_text(texts.batch))
        done = _tr("Cancelled: what was done stays done.") if result.cancelled else _tr("Done.")
        heading = QLabel(done, self)
        heading.setObjectName("batch_cancelled" if result.cancelled else "batch_done")
        heading.setStyleSheet("font-weight: bold;")
        form = QFormLayout()
        self.counts: dict[str, QLabel] = {}
        rows = (
            ("count_created", _tr("Contacts created"), result.created),
            ("count_skipped", _tr("Skipped (already linked)"), result.skipped),
            ("count_duplicates", _tr("Possible duplicates found"), len(result.duplicates)),
            ("count_refused", _tr("Refused"), result.refused_count),
        )
        for name, caption, value in rows:
            label = QLabel(QLocale().toString(value), self)
            label.setObjectName(name)
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            form.addRow(caption, label)
            self.counts[name] = label
        line = _tr("{n}: {reason}")
        reasons = (line.format(n=QLocale().toString(n), reason=e.message) for e, n in result.refused)
        self.reasons = QLabel("\n".join(reasons), self)
        self.reasons.setObjectName("refused_reasons")
        self.reasons.setWordWrap(True)
        self.reasons.setVisible(bool(result.refused))
        self.open_duplicates_button = QPushButton(_tr("Open &Duplicates"), self)
        self.open_duplicates_button.setObjectName("action_open_duplicates")
        self.open_duplicates_button.setEnabled(bool(result.duplicates))
        self.open_duplicates_button.setToolTip(
            _tr("Review the possible duplicates on the Duplicate Contacts page.")
            if result.duplicates
            else _tr("No possible duplicates were found.")
        )
        self.open_duplicates_button.clicked.connect(self.open_duplicates)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.setObjectName("dialog_buttons")
        buttons.addButton(self.open_duplicates_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.reasons)
        layout.addWidget(buttons)
        self.setMinimumWidth(380)

    def open_duplicates(self) -> None:
        from app.ui.dialogs.duplicates import show_duplicates

        show_duplicates(self.ctx, None, self.parentWidget())
        self.accept()


def show_result(
    ctx: AppContext, table: str, result: BatchResult, parent: QWidget | None
) -> BatchResultDialog:
    """The result as a window of its own (not modal, like the duplicates page it leads to)."""
    dialog = BatchResultDialog(ctx, table, result, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
