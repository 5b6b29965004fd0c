"""Send a document by e-mail: hand it to the desktop's mail client (mailto:) or write an .eml with the PDF."""

from __future__ import annotations

import logging
from collections.abc import Callable
from email.message import EmailMessage
from email.utils import formataddr, formatdate, make_msgid
from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl, QUrlQuery
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from app.db import Database
from app.documents import log_emailed
from app.ui import prompts, runner
from app.ui.documents.format import date_text, document_caption, money, price, quantity, tr
from app.ui.documents.pdf import (
    company_lines,
    file_name,
    fits_correspondence,
    pdf_bytes,
    read_view,
    suggested_path,
)

log = logging.getLogger(__name__)
# How a mailto: URL reaches the mail client; tests replace it so that no real client opens.
open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl
MAIL_CLIENT = "mail_client"
EML_FILE = "eml_file"


def subject(view: dict[str, Any]) -> str:
    title = document_caption(view["table"], view["document_type"])
    return f"{title} {view['no']} \u2013 {company_lines()[0]}"


def document_text(view: dict[str, Any]) -> str:
    """The document as plain text: the body of the message (and all a mailto: link can carry)."""
    title = document_caption(view["table"], view["document_type"])
    lines = [
        view["greeting"],  # the contact's salutation in the document's language (SPEC §14.12)
        "",
        tr("please find our {doc} {no} of {date}.").format(
            doc=title, no=view["no"], date=date_text(view["document_date"])
        ),
        "",
    ]
    for line in view["lines"]:
        lines.append(
            f"  {line['description']}: {quantity(line['quantity'])} \u00d7 {price(line['unit_price'])}"
            f" = {money(line['amount'])}"
        )
    currency = view["currency_code"] or ""
    total = f"{tr('Total')} {currency} {money(view['total'])}".replace("  ", " ")
    lines += ["", total, "", tr("Kind regards")]
    lines += company_lines()
    return "\n".join(lines)


def recipient(view: dict[str, Any]) -> str:
    return str(view["contact"]["email"] or "")


def mailto_url(view: dict[str, Any]) -> QUrl:
    url = QUrl(f"mailto:{recipient(view)}")
    query = QUrlQuery()
    query.addQueryItem("subject", subject(view))
    query.addQueryItem("body", document_text(view))
    url.setQuery(query)
    return url


def build_message(view: dict[str, Any], pdf: bytes) -> EmailMessage:
    """An unsent draft (X-Unsent) that mail clients open ready to send, with the PDF attached."""
    company = company_lines()
    message = EmailMessage()
    sender = next((line for line in company if "@" in line), "")
    message["From"] = formataddr((company[0], sender)) if sender else company[0]
    if recipient(view):
        message["To"] = formataddr((view["contact"]["name"], recipient(view)))
    message["Subject"] = subject(view)
    message["Date"] = formatdate(localtime=True)
    message["Message-ID"] = make_msgid(domain=sender.partition("@")[2] or None)
    message["X-Unsent"] = "1"
    message.set_content(document_text(view))
    message.add_attachment(pdf, maintype="application", subtype="pdf", filename=file_name(view, ".pdf"))
    return message


def email_document(parent: QWidget, db: Database, table: str, no: str) -> str | None:
    """Ask how to send, send, then log it. Returns MAIL_CLIENT or the .eml path; None when not sent."""
    view = read_view(parent, db, table, no)
    title = tr("Send by E-mail")
    if view is None or not fits_correspondence(parent, view, "email", title):
        return None
    options = {
        tr("Open in the mail client (text in the message)"): MAIL_CLIENT,
        tr("Save an e-mail file (.eml) with the PDF attached\u2026"): EML_FILE,
    }
    question = tr("How do you want to send {doc} {no}?").format(
        doc=document_caption(table, view["document_type"]), no=no
    )
    answer = prompts.choose(parent, title, question, list(options))
    if answer is None:
        return None
    if options.get(answer, answer) == MAIL_CLIENT:
        if not open_url(mailto_url(view)):
            prompts.error(parent, title, tr("No mail client could be started for this document."))
            return None
        result = MAIL_CLIENT
    else:
        path = prompts.save_file(parent, title, suggested_path(view, ".eml"), tr("E-mail files (*.eml)"))
        if not path:
            return None
        result = path if path.lower().endswith(".eml") else path + ".eml"
        try:
            Path(result).write_bytes(bytes(build_message(view, pdf_bytes(view))))
        except OSError as exc:
            prompts.error(parent, title, str(exc))
            return None
    runner.run(parent, db, log_emailed, table, no, recipient(view), title=title)
    log.info("%s %s e-mailed via %s", table, no, result)
    return result
