"""The batch job "Create Contacts from <kind>" (customers, vendors, …) with progress and Cancel."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.domain.setup import require_contact_nos, require_relation_code
from app.errors import domain_text
from app.kinds import kind
from app.operations.batch import BatchResult, create_contacts_from
from app.ui import prompts, runner
from app.ui.context import AppContext

log = logging.getLogger(__name__)
CONTEXT = "batch"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class _Progress:
    """Feeds the job's progress into the dialog and keeps the UI responsive between chunks."""

    def __init__(self, dialog: QProgressDialog) -> None:
        self.dialog = dialog

    def __call__(self, done: int, total: int) -> None:
        self.dialog.setMaximum(max(total, 1))
        self.dialog.setValue(min(done, max(total, 1)))
        self.dialog.setLabelText(_tr("{done} of {total} records processed…").format(done=done, total=total))
        QCoreApplication.processEvents()


def _check_setup(ctx: AppContext, table: str) -> None:
    """Refuse up front, naming the setup field to fill in, before any dialog appears."""
    with ctx.db.session() as session:
        require_relation_code(session, table)
        require_contact_nos(session)


def _run_job(ctx: AppContext, table: str, dialog: QProgressDialog) -> BatchResult:
    try:
        return create_contacts_from(
            ctx.db, table, progress=_Progress(dialog), should_cancel=dialog.wasCanceled
        )
    finally:
        dialog.close()  # before a refusal is shown, so that its prompt is not behind the progress


def run_batch(ctx: AppContext, table: str, parent: QWidget | None = None) -> BatchResult | None:
    """Create a contact for every `table` record without one. Refusals (setup incomplete) are shown and
    None is returned; otherwise the summary is shown and the result returned. Cancel keeps what is done."""
    texts = kind(table).texts
    title = domain_text(texts.batch)
    if not runner.attempt(parent, title, _check_setup, ctx, table).done:
        return None
    dialog = QProgressDialog(_tr("Looking for records without a contact…"), _tr("Cancel"), 0, 0, parent)
    dialog.setObjectName("dialog_batch")
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.show()
    QCoreApplication.processEvents()
    try:  # the job commits chunk by chunk itself; the runner only shows its refusal
        outcome = runner.attempt(parent, title, _run_job, ctx, table, dialog)
    finally:
        dialog.deleteLater()
    if outcome.value is None:
        return None
    result = outcome.value
    log.info("batch %s: %s", table, result)
    text = _tr("{created} contacts created from {kind}, {skipped} skipped (already linked).").format(
        created=result.created, kind=domain_text(texts.plural_lower), skipped=result.skipped
    )
    if result.duplicates:
        shown = ", ".join(result.duplicates[:10]) + (", …" if len(result.duplicates) > 10 else "")
        text += " " + _tr("{n} possible duplicates found: {nos}.").format(n=len(result.duplicates), nos=shown)
    if result.cancelled:
        text += " " + _tr("Cancelled: what was done stays done.")
    prompts.info(parent, title, text)
    return result
