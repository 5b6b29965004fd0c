"""The batch job "Create Contacts from <kind>": request page, then the job in a worker, then the result."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from app.domain.setup import require_contact_nos, require_relation_code
from app.errors import domain_text
from app.kinds import kind
from app.operations.batch import BatchResult, create_contacts_from
from app.ui import runner, worker
from app.ui.context import AppContext
from app.ui.dialogs.batch_request import BatchRequestDialog
from app.ui.dialogs.batch_result import show_result

log = logging.getLogger(__name__)
CONTEXT = "batch"
CHUNK_SECONDS = 0.15  # chunk length in time: the bar moves and Cancel answers well within DESIGN's limits


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _check_setup(ctx: AppContext, table: str) -> None:
    """Refuse up front, naming the setup field to fill in, before any dialog appears."""
    with ctx.db.session() as session:
        require_relation_code(session, table)
        require_contact_nos(session)


def batch_job(ctx: AppContext, table: str, filters: dict[str, str]) -> worker.Job[BatchResult]:
    """The job for the worker thread: the operation opens its own sessions, one commit per chunk."""

    def job(progress: worker.Progress, should_cancel: worker.ShouldCancel) -> BatchResult:
        return create_contacts_from(
            ctx.db, table, filters=filters, progress=progress, should_cancel=should_cancel,
            chunk_seconds=CHUNK_SECONDS,
        )  # fmt: skip

    return job


def run_batch(
    ctx: AppContext,
    table: str,
    parent: QWidget | None = None,
    *,
    on_result: Callable[[BatchResult], None] | None = None,
) -> worker.Worker[BatchResult] | None:
    """Ask for the filters (the request page), then create a contact for every selected `table` record
    without one in a worker; the result dialog follows (and `on_result`, for tests and callers). None when
    refused (setup incomplete: shown) or cancelled on the request page; else the running worker."""
    title = domain_text(kind(table).texts.batch)
    if not runner.attempt(parent, title, _check_setup, ctx, table).done:
        return None
    request = BatchRequestDialog(ctx, table, parent)
    try:
        if request.exec() != QDialog.DialogCode.Accepted:
            return None
        filters = request.filters()
    finally:
        request.deleteLater()

    def finished(result: BatchResult) -> None:
        log.info(
            "batch %s: %d created, %d skipped, %d possible duplicates, %d refused%s", table, result.created,
            result.skipped, len(result.duplicates), result.refused_count, " (cancelled)" * result.cancelled,
        )  # fmt: skip
        show_result(ctx, table, result, parent)
        if on_result is not None:
            on_result(result)

    job = batch_job(ctx, table, filters)
    label = _tr("Creating contacts…")
    return worker.run_job(parent, title, job, on_done=finished, label=label, object_name="dialog_batch")
