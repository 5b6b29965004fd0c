"""File ▸ Import Contacts… / Export Contacts…: file choice, the preview dialog, the report."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMdiArea, QWidget

from app.db import Database
from app.io.files import VCARD_SUFFIXES, export_rows, is_csv, read_contacts, write_contacts
from app.io.importer import preview_import
from app.ui import prompts, runner
from app.ui.context import AppContext
from app.ui.dialogs.import_preview import ImportPreviewDialog
from app.ui.lists.list_window import ListWindow

log = logging.getLogger(__name__)


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("import", text, "", n)


def import_contacts(ctx: AppContext, parent: QWidget | None) -> ImportPreviewDialog | None:
    """Ask for a file, read it, and open the preview (window-modal); OK there imports. Returns the dialog."""
    title = _tr("Import Contacts")
    file_filter = _tr("Contacts (*.vcf *.vcard *.csv *.txt);;vCard (*.vcf *.vcard);;CSV (*.csv *.txt);;"
                      "All files (*)")  # fmt: skip
    chosen = prompts.open_file(parent, title, str(Path.home()), file_filter)
    if not chosen:
        return None
    path = Path(chosen)
    read = runner.attempt(parent, title, read_contacts, path)  # a malformed file is refused with its line
    if read.value is None:
        return None
    rows, notes = read.value
    if not rows:
        prompts.info(parent, title, _tr("{file} contains no contacts.").format(file=path.name))
        return None
    plan = runner.attempt(parent, title, runner.read, ctx.db, lambda s: preview_import(s, rows, notes)).value
    if plan is None:
        return None
    dialog = ImportPreviewDialog(ctx, path, rows, plan, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


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
