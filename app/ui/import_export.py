"""File ▸ Import Contacts… / Export Contacts…: file choice, the preview dialog, the report."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMdiArea, QWidget

from app.db import Database
from app.io.files import VCARD_SUFFIXES, export_rows, is_csv, write_contacts
from app.io.results import ImportOptions, ImportResult
from app.operations.import_export import prepare
from app.ui import prompts, runner
from app.ui.context import AppContext
from app.ui.dialogs.import_preview import ImportPreviewDialog, run_preview
from app.ui.lists.list_window import ListWindow

log = logging.getLogger(__name__)


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("import", text, "", n)


def import_contacts(ctx: AppContext, parent: QWidget | None) -> None:
    """Ask for a file, read its header, preview the import in the background (progress, Cancel) and open the
    preview (window-modal); Import there applies it, again in the background."""
    title = _tr("Import Contacts")
    file_filter = _tr("Contacts (*.vcf *.vcard *.csv *.txt);;vCard (*.vcf *.vcard);;CSV (*.csv *.txt);;"
                      "All files (*)")  # fmt: skip
    chosen = prompts.open_file(parent, title, str(Path.home()), file_filter)
    if not chosen:
        return
    prepared = runner.attempt(parent, title, prepare, ctx.db, Path(chosen))  # no header line: refused
    if prepared.value is None:
        return
    source, mapping = prepared.value
    options = ImportOptions()

    def show(plan: ImportResult | None) -> None:
        if plan is None:  # cancelled
            return
        if not plan.total:
            prompts.info(parent, title, _tr("{file} contains no contacts.").format(file=source.path.name))
            return
        dialog = ImportPreviewDialog(ctx, source, mapping, plan, options, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    run_preview(parent, title, ctx.db, source, mapping, options, show)


def selected_contacts(mdi: QMdiArea) -> list[str]:
    """The contacts selected in the active contact list window (none when another window is active)."""
    window = mdi.activeSubWindow()
    widget = window.widget() if window is not None else None
    if isinstance(widget, ListWindow) and widget.kind == "contact":
        return widget.selected_keys()
    return []


def export_contacts(ctx: AppContext, parent: QWidget | None, selected: list[str]) -> int | None:
    """Export all contacts or the selected ones to a vCard or CSV file; returns how many were written."""
    title = _tr("Export Contacts")
    nos: list[str] | None = None
    if selected:
        these = _tr("The %n selected contact(s)", len(selected))
        choice = prompts.choose(parent, title, _tr("Which contacts do you want to export?"),
                                [these, _tr("All contacts")])  # fmt: skip
        if choice is None:
            return None
        nos = selected if choice == these else None
    file_filter = _tr("vCard (*.vcf);;CSV for Excel (*.csv)")
    chosen = prompts.save_file(parent, title, str(Path.home() / "contacts.vcf"), file_filter)
    if not chosen:
        return None
    path = Path(chosen)
    if not is_csv(path) and path.suffix.lower() not in VCARD_SUFFIXES:
        path = path.with_name(path.name + ".vcf")
    count = runner.attempt(parent, title, _export, ctx.db, nos, path).value
    if count is None:
        return None
    log.info("exported %d contacts to %s", count, path)
    prompts.info(parent, title, _tr("%n contact(s) exported to {file}.", count).format(file=str(path)))
    return count


def _export(db: Database, nos: list[str] | None, path: Path) -> int:
    """Read the contacts, then write the file (no database write: nothing to roll back)."""
    return write_contacts(path, runner.read(db, lambda session: export_rows(session, nos)))


__all__ = ["export_contacts", "import_contacts", "selected_contacts"]
