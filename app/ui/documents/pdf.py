"""A document on paper: HTML laid out by QTextDocument, printed to a printer or written as PDF."""

from __future__ import annotations

import html
import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QLocale,
    QMarginsF,
    QSettings,
    QStandardPaths,
    QUrl,
)
from PySide6.QtGui import (
    QDesktopServices,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtWidgets import QDialog, QWidget

from app.db import Database
from app.documents import document_view, log_printed
from app.domain.salutation import language_code_for
from app.errors import UserError
from app.ui import prompts, runner
from app.ui.documents.format import date_text, document_caption, money, price, quantity, tr
from app.ui.widgets import field_caption

log = logging.getLogger(__name__)
# How a saved PDF is opened in the desktop's viewer; tests replace it so that no viewer starts.
open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl
# Our own company for the e-mail text (mail.py); printed documents take Company Information from the
# database (document_view). QSettings "documents/company" (lines separated by newlines) overrides it.
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


def _facts(view: dict[str, Any]) -> str:
    partner, contact = view["partner"], view["contact"]
    facts = [
        (field_caption("no"), view["no"]),
        (field_caption("document_date"), date_text(view["document_date"])),
        (field_caption(PARTNER_FIELD[partner["kind"]]), partner["no"] or partner["template_code"]),
        (field_caption("quote_no"), view["quote_no"]),
        (field_caption("currency_code"), view["currency_code"]),
        (tr("Contact"), contact["name"]),
        (field_caption("phone_no"), contact["phone_no"]),
        (field_caption("email"), contact["email"]),
    ]
    return "".join(
        f"<tr><td style='color:#555;padding-right:12px'>{_e(k)}</td><td>{_e(v)}</td></tr>"
        for k, v in facts
        if v
    )


LINE_COLUMNS = (("left", 36), ("right", 12), ("right", 18), ("right", 13), ("right", 21))  # align, width %


def _lines(view: dict[str, Any]) -> str:
    captions = (
        field_caption("description"),
        field_caption("quantity"),
        field_caption("unit_price"),
        field_caption("vat_percent"),
        tr("Amount Excl. VAT"),
    )
    headers = "".join(
        f"<th align='{align}' width='{width}%' style='background:#e8eef5;font-size:9pt'>{_e(caption)}</th>"
        for caption, (align, width) in zip(captions, LINE_COLUMNS, strict=True)
    )
    rows = "".join(
        "<tr>"
        + "".join(
            f"<td align='{align}' width='{width}%'>{_e(text)}</td>"
            for text, (align, width) in zip(
                (
                    line["description"],
                    quantity(line["quantity"]),
                    price(line["unit_price"]),
                    quantity(line["vat_percent"]),
                    money(line["amount"]),
                ),
                LINE_COLUMNS,
                strict=True,
            )
        )
        + "</tr>"
        for line in view["lines"]
    )
    return f"<thead><tr>{headers}</tr></thead>{rows}"


def _totals(view: dict[str, Any]) -> str:
    """Net, VAT per rate, gross: BC's "Total EUR Excl. VAT", "19% VAT", "Total EUR Incl. VAT"."""
    totals, currency = view["totals"], view["currency_code"] or ""
    rows = [(tr("Total {currency} Excl. VAT").format(currency=currency), money(totals.net), False)]
    rows += [
        (tr("{percent}% VAT on {base}").format(percent=quantity(rate.vat_percent), base=money(rate.base)),
         money(rate.amount), False)
        for rate in totals.by_rate
    ]  # fmt: skip
    rows.append((tr("Total {currency} Incl. VAT").format(currency=currency), money(totals.gross), True))
    return "".join(
        f"<tr><td align='right' style='padding-right:16px'>{'<b>' if bold else ''}{_e(' '.join(k.split()))}"
        f"{'</b>' if bold else ''}</td><td align='right'>{'<b>' if bold else ''}{_e(v)}"
        f"{'</b>' if bold else ''}</td></tr>"
        for k, v, bold in rows
    )


def _footer(company: dict[str, Any]) -> str:
    """Company Information in four columns: address, communication, bank, VAT and register data."""
    bank = company["bank"] or {}
    columns = [
        [company["name"], *company["address_lines"]],
        [company["phone_no"], company["email"], company["home_page"]],
        [
            bank.get("name", ""),
            f"IBAN {bank['iban']}" if bank.get("iban") else "",
            f"BIC {bank['swift_code']}" if bank.get("swift_code") else "",
        ],
        [
            f"{field_caption('vat_registration_no')} {company['vat_registration_no']}"
            if company["vat_registration_no"] else "",
            " ".join(x for x in (company["register_court"], company["registration_no"]) if x),
            f"{field_caption('managing_director')} {company['managing_director']}"
            if company["managing_director"] else "",
        ],
    ]  # fmt: skip
    cells = "".join(
        f"<td valign='top' width='{width}' style='white-space:{wrap}'>"
        f"{'<br/>'.join(_e(x) for x in column if x)}</td>"
        for column, width, wrap in zip(
            columns, ("22%", "26%", "26%", "26%"), ("normal", "nowrap", "nowrap", "normal"), strict=True
        )
    )
    style = "font-size:7pt;color:#444"
    return f"<table width='100%' cellspacing='0' cellpadding='3' style='{style}'><tr>{cells}</tr></table>"


def document_html(view: dict[str, Any]) -> str:
    """The printed page: letterhead and partner blocks, title, facts, lines with VAT %, net / VAT / gross
    totals, and the footer with our address, bank, VAT registration and register data."""
    company = view["company"]
    title = document_caption(view["table"], view["document_type"])
    own_address = company["address_lines"]
    sender = _e(" \u00b7 ".join([company["name"], *own_address[:2]]))  # the return address above the window
    address = "<br/>".join(_e(x) for x in view["partner"]["address_lines"])
    letterhead = "<br/>".join(_e(x) for x in [*own_address, company["phone_no"], company["email"]] if x)
    return f"""<html><body style="font-family:'DejaVu Sans',sans-serif;font-size:10pt">
<table width="100%" cellspacing="0" cellpadding="0"><tr>
<td width="52%" valign="top" style="font-size:7pt;color:#555">{sender}<br/><br/>
<span style="font-size:10pt;color:#000">{address}</span></td>
<td width="48%" valign="top" align="right">
<b style="font-size:11pt">{_e(company["name"])}</b><br/>{letterhead}</td>
</tr></table>
<h1 style="font-size:18pt;margin-top:28px">{_e(title)} {_e(view["no"])}</h1>
<table cellspacing="0" cellpadding="2">{_facts(view)}</table>
<p style="margin-top:18px">{_e(view["greeting"])}</p>
<table width="100%" cellspacing="0" cellpadding="5">{_lines(view)}</table>
<hr/>
<table width="100%" cellspacing="0" cellpadding="2"><tr><td width="40%"></td><td>
<table width="100%" cellspacing="0" cellpadding="2" style="font-size:10pt">{_totals(view)}</table>
</td></tr></table>
<br/><br/><hr/>
{_footer(company)}
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
    """Write the document to `path`, owner-only (0600): documents carry personal data (SPEC §16)."""
    Path(path).touch(mode=0o600)  # created owner-only before any content is written
    os.chmod(path, 0o600)  # an existing file that is replaced becomes owner-only too
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


def documents_folder() -> Path:
    """Documents/ContactSync in the user's Documents folder (QStandardPaths), made owner-only (0700):
    documents carry personal data (SPEC §16) and never land in the program's working folder."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(base or Path.home() / "Documents") / "ContactSync"
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    return folder


def suggested_path(view: dict[str, Any], suffix: str) -> str:
    return str(documents_folder() / file_name(view, suffix))


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
        target = _save_pdf(parent, view)
        if target is None:
            return None
    outcome = runner.run(parent, db, log_printed, table, no, title=tr("Print"))
    log.info("%s %s printed (%s)", table, no, "printer" if target == "printer" else "PDF file")
    if target != "printer" and outcome.done:
        _offer_to_open(parent, view, target)
    return target


def _save_pdf(parent: QWidget, view: dict[str, Any]) -> str | None:
    """Ask where (Documents/ContactSync suggested), write the PDF owner-only (0600); the path or None."""
    path = prompts.save_file(parent, tr("Save as PDF"), suggested_path(view, ".pdf"), tr("PDF files (*.pdf)"))
    if not path:
        return None
    target = path if path.lower().endswith(".pdf") else path + ".pdf"
    try:
        write_pdf(view, target)
    except OSError as exc:
        prompts.error(parent, tr("Save as PDF"), exc.strerror or tr("The file could not be written."))
        return None
    if not Path(target).is_file() or Path(target).stat().st_size == 0:  # QPdfWriter reports no errors
        prompts.error(parent, tr("Save as PDF"), tr("{path} could not be written.").format(path=target))
        return None
    return target


def _offer_to_open(parent: QWidget, view: dict[str, Any], path: str) -> None:
    caption = document_caption(view["table"], view["document_type"])
    question = tr("{doc} {no} has been saved as {path}.\n\nDo you want to open it now?").format(
        doc=caption, no=view["no"], path=path
    )
    if prompts.question(parent, tr("Save as PDF"), question, default_yes=True) and not open_url(
        QUrl.fromLocalFile(path)
    ):
        prompts.error(parent, tr("Save as PDF"), tr("No program could be started to open the PDF file."))


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
