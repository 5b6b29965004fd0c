"""A document on paper: HTML laid out by QTextDocument, printed to a printer or written as PDF."""

from __future__ import annotations

import html
import logging
import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLocale, QMarginsF, QSettings, QStandardPaths
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QDialog, QWidget

from app.db import Database
from app.documents import document_view, log_printed
from app.domain.salutation import language_code_for
from app.errors import UserError
from app.ui import prompts, runner
from app.ui.documents.format import date_text, document_caption, money, price, quantity, tr
from app.ui.widgets import field_caption

log = logging.getLogger(__name__)
# Our own company as printed on every document; QSettings "documents/company" (lines separated by
# newlines) overrides it until a company information setup exists.
COMPANY = (
    "ContactSync Demo GmbH",
    "Friedrichstraße 100",
    "10117 Berlin",
    "Germany",
    "sales@contactsync.example",
)
MARGIN_MM = 18
PARTNER_FIELD = {
    "customer": "sell_to_customer_no",
    "vendor": "buy_from_vendor_no",
    "prospect": "sell_to_customer_template_code",
}
COLUMN_ALIGN = (("description", "left"), ("quantity", "right"), ("unit_price", "right"), ("amount", "right"))


def company_lines() -> list[str]:
    custom = QSettings().value("documents/company", "")
    lines = [line.strip() for line in str(custom or "").splitlines() if line.strip()]
    return lines or list(COMPANY)


def file_name(view: dict[str, Any], suffix: str) -> str:
    """'Sales Quote SQ0001.pdf', without characters file systems refuse."""
    name = f"{document_caption(view['table'], view['document_type'])} {view['no']}{suffix}"
    return "".join("_" if c in '/\\:*?"<>|' else c for c in name)


def _e(value: Any) -> str:
    return html.escape("" if value is None else str(value))


def document_html(view: dict[str, Any]) -> str:
    """The printed page: company and partner blocks, title, facts, lines and total."""
    company = company_lines()
    partner = view["partner"]
    contact = view["contact"]
    facts = [
        (field_caption("no"), view["no"]),
        (field_caption("document_date"), date_text(view["document_date"])),
        (field_caption(PARTNER_FIELD[partner["kind"]]), partner["no"] or partner["template_code"]),
        (field_caption("quote_no"), view["quote_no"]),
        (tr("Contact"), contact["name"]),
        (field_caption("phone_no"), contact["phone_no"]),
        (field_caption("email"), contact["email"]),
    ]
    fact_rows = "".join(
        f"<tr><td style='color:#555;padding-right:12px'>{_e(k)}</td><td>{_e(v)}</td></tr>"
        for k, v in facts
        if v
    )
    line_rows = "".join(
        "<tr>"
        f"<td>{_e(line['description'])}</td>"
        f"<td align='right'>{_e(quantity(line['quantity']))}</td>"
        f"<td align='right'>{_e(price(line['unit_price']))}</td>"
        f"<td align='right'>{_e(money(line['amount']))}</td>"
        "</tr>"
        for line in view["lines"]
    )
    headers = "".join(
        f"<th align='{align}' style='background:#e8eef5'>{_e(field_caption(field))}</th>"
        for field, align in COLUMN_ALIGN
    )
    currency = view["currency_code"] or ""
    title = document_caption(view["table"], view["document_type"])
    sender = _e(" \u00b7 ".join(company[0:1] + company[2:3]))  # the return address above the window
    address = "<br/>".join(_e(x) for x in partner["address_lines"])
    company_block = "<br/>".join(_e(x) for x in company[1:])
    return f"""<html><body style="font-family:'DejaVu Sans',sans-serif;font-size:10pt">
<table width="100%" cellspacing="0" cellpadding="0"><tr>
<td width="52%" valign="top" style="font-size:7pt;color:#555">{sender}<br/><br/>
<span style="font-size:10pt;color:#000">{address}</span></td>
<td width="48%" valign="top" align="right">
<b style="font-size:11pt">{_e(company[0])}</b><br/>{company_block}</td>
</tr></table>
<h1 style="font-size:18pt;margin-top:28px">{_e(title)} {_e(view["no"])}</h1>
<table cellspacing="0" cellpadding="2">{fact_rows}</table>
<p style="margin-top:18px">{_e(view["greeting"])}</p>
<table width="100%" cellspacing="0" cellpadding="5">
<thead><tr>{headers}</tr></thead>{line_rows}</table>
<hr/>
<p align="right" style="font-size:12pt"><b>{_e(tr("Total"))} {_e(currency)} {_e(money(view["total"]))}</b></p>
</body></html>"""


def render(view: dict[str, Any], device: QPagedPaintDevice) -> None:
    """Lay the document out on A4 pages of `device` (a QPdfWriter or a QPrinter) and paint it."""
    device.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    document = QTextDocument()
    document.setHtml(document_html(view))
    # No page size of our own: print_() then lays the text out at the device's resolution.
    document.print_(device)


def _writer(target: str | QIODevice, view: dict[str, Any]) -> QPdfWriter:
    writer = QPdfWriter(target)
    writer.setResolution(300)
    writer.setTitle(f"{document_caption(view['table'], view['document_type'])} {view['no']}")
    writer.setCreator("ContactSync")
    return writer


def write_pdf(view: dict[str, Any], path: str) -> None:
    writer = _writer(path, view)
    render(view, writer)
    del writer  # the file is complete once the writer is gone


def pdf_bytes(view: dict[str, Any]) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = _writer(buffer, view)
    render(view, writer)
    del writer
    buffer.close()
    return bytes(data.data())


def suggested_path(view: dict[str, Any], suffix: str) -> str:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return os.path.join(folder, file_name(view, suffix)) if folder else file_name(view, suffix)


def available_printers() -> list[str]:
    """The printers Qt knows of (CUPS); tests and printer-less machines get the save-as-PDF path."""
    from PySide6.QtPrintSupport import QPrinterInfo

    return [info.printerName() for info in QPrinterInfo.availablePrinters()]


def read_view(parent: QWidget, db: Database, table: str, no: str) -> dict[str, Any] | None:
    """The document as the renderer needs it; greeted in the contact's language, else the user's."""
    language = language_code_for(QLocale().name())
    try:
        return runner.read(db, lambda session: document_view(session, table, no, language))
    except UserError as exc:
        prompts.error(parent, tr("Print"), exc.message)
        return None


# SPEC §14.12: how the contact wants documents (Correspondence Type). The way that fits it (a blank type
# fits both) runs at once; the other asks first. Fax is not sent from here: a printout is what gets faxed.
FITS = {"print": ("", "hard_copy", "fax"), "email": ("", "email")}


def fits_correspondence(parent: QWidget, view: dict[str, Any], way: str, title: str) -> bool:
    """Whether to go on with `way` ("print" | "email") for the document's contact: at once when it fits
    the contact's correspondence type, else when the user says so."""
    contact = view["contact"]
    wanted = view["correspondence_type"]
    if wanted in FITS[way]:
        return True
    who = f"{contact['name']} ({contact['no']})" if contact["name"] else str(contact["no"])
    texts = {
        "email": tr("{contact} wants documents by e-mail (Correspondence Type). Print anyway?"),
        "hard_copy": tr(
            "{contact} wants documents as hard copy (Correspondence Type). Send by e-mail anyway?"
        ),
        "fax": tr("{contact} wants documents by fax (Correspondence Type). Send by e-mail anyway?"),
    }
    return prompts.question(parent, title, texts[wanted].format(contact=who))


def print_document(parent: QWidget, db: Database, table: str, no: str) -> str | None:
    """Print (when a printer exists) or save as PDF, then log it. Returns the PDF path or 'printer'."""
    view = read_view(parent, db, table, no)
    if view is None or not fits_correspondence(parent, view, "print", tr("Print")):
        return None
    if available_printers():
        if not _print_on_printer(parent, view):
            return None
        target = "printer"
    else:
        path = prompts.save_file(
            parent, tr("Save as PDF"), suggested_path(view, ".pdf"), tr("PDF files (*.pdf)")
        )
        if not path:
            return None
        target = path if path.lower().endswith(".pdf") else path + ".pdf"
        try:
            write_pdf(view, target)
        except OSError as exc:
            prompts.error(parent, tr("Save as PDF"), str(exc))
            return None
        if not Path(target).is_file():  # QPdfWriter reports no errors: check that the file exists
            prompts.error(parent, tr("Save as PDF"), tr("{path} could not be written.").format(path=target))
            return None
    runner.run(parent, db, log_printed, table, no, title=tr("Print"))
    log.info("%s %s printed to %s", table, no, target)
    return target


def _print_on_printer(parent: QWidget, view: dict[str, Any]) -> bool:
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(file_name(view, ""))
    dialog = QPrintDialog(printer, parent)
    dialog.setObjectName("dialog_print")
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    render(view, printer)
    return True
