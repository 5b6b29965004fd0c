"""Send a document by e-mail: hand it to the desktop's mail client (mailto:) or write an .eml with the PDF."""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Callable
from email import policy
from email.errors import HeaderParseError
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from pathlib import Path
from typing import Any
from urllib.parse import quote

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from app.db import Database
from app.documents import log_emailed
from app.domain.validation import forbidden_character
from app.errors import UserError
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


def _company(view: dict[str, Any]) -> list[str]:
    """Our company's name, address, phone and e-mail from Company Information (as on the printed document)."""
    company = view.get("company")
    if not company or not company.get("name"):
        return company_lines()
    lines = [company["name"], *company.get("address_lines", [])]
    lines += [value for value in (company.get("phone_no"), company.get("email")) if value]
    return [str(line) for line in lines]


def _sender(view: dict[str, Any]) -> str:
    company = view.get("company") or {}
    return str(company.get("email") or next((line for line in _company(view) if "@" in line), ""))


def subject(view: dict[str, Any]) -> str:
    title = document_caption(view["table"], view["document_type"])
    return f"{title} {view['no']} \u2013 {_company(view)[0]}"


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
    lines += _company(view)
    return "\n".join(lines)


_SEPARATORS = re.compile(r"[;,]")  # as the E-Mail field allows several addresses (SPEC §3)
_SPACES = re.compile(r"\s+")


def recipient(view: dict[str, Any]) -> str:
    """The E-Mail field as stored (what the interaction log records)."""
    return str(view["contact"]["email"] or "")


def recipients(view: dict[str, Any]) -> list[str]:
    """Each address of the E-Mail field on its own, checked: an address with a control character or one
    that is not a single address (no `Name <…>`, no group) is refused, never passed on to a header or URL."""
    found = []
    for part in (p.strip() for p in _SEPARATORS.split(recipient(view))):
        if not part:
            continue
        try:
            address = Address(addr_spec=part) if forbidden_character(part) is None else None
        except (ValueError, HeaderParseError, IndexError):
            address = None
        if address is None or address.addr_spec != part:
            raise UserError(  # translated here: lupdate collects tr() in app/ui, not UserError templates
                tr("The E-Mail of the contact is not a single valid e-mail address. Correct it on the "
                   "contact card, then send again."),
                field="email",
            )
        found.append(part)
    return found


def single_line(text: str) -> str:
    """A display name or subject for a header: control characters and line breaks become spaces (a CR/LF
    typed into a name must not start a new header, nor make Send fail)."""
    cleaned = "".join(" " if forbidden_character(char) else char for char in text)
    return _SPACES.sub(" ", cleaned).strip()


def _encoded(text: str) -> str:
    # RFC 6068: everything but unreserved characters percent-encoded (UTF-8), line breaks as %0D%0A.
    return quote(text.replace("\r\n", "\n").replace("\n", "\r\n"), safe="")


def mailto_url(view: dict[str, Any]) -> QUrl:
    """mailto:a,b?subject=…&body=… (RFC 6068): each address percent-encoded on its own, so `#`, `?`, `&`
    or `=` in an address never start a fragment, a header field or another recipient."""
    to = ",".join(quote(address, safe="@") for address in recipients(view))
    query = f"subject={_encoded(single_line(subject(view)))}&body={_encoded(document_text(view))}"
    return QUrl.fromEncoded(f"mailto:{to}?{query}".encode("ascii"), QUrl.ParsingMode.StrictMode)


def build_message(view: dict[str, Any], pdf: bytes) -> EmailMessage:
    """An unsent draft (X-Unsent) that mail clients open ready to send, with the PDF attached. The headers
    are built by the `email` package (policy SMTP): names encoded per RFC 2047, each address its own."""
    message = EmailMessage(policy=policy.SMTP)
    sender = _sender(view)
    sender_name = single_line(_company(view)[0])
    message["From"] = Address(display_name=sender_name, addr_spec=sender) if sender else sender_name
    to = recipients(view)
    if to:
        name = single_line(str(view["contact"]["name"] or ""))
        message["To"] = [Address(display_name=name, addr_spec=address) for address in to]
    message["Subject"] = single_line(subject(view))
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
    try:
        recipients(view)
    except UserError as exc:
        prompts.error(parent, title, exc.message)
        return None
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
            write_private(Path(result), build_message(view, pdf_bytes(view)).as_bytes())
        except OSError as exc:
            log.warning("cannot write the e-mail file: %s", exc.strerror)
            prompts.error(parent, title, tr("The e-mail file could not be written: {reason}").format(
                reason=exc.strerror or type(exc).__name__))
            return None
    runner.run(parent, db, log_emailed, table, no, recipient(view), title=title)
    log.info("%s %s e-mailed via %s", table, no, MAIL_CLIENT if result == MAIL_CLIENT else EML_FILE)
    return result


def write_private(path: Path, data: bytes) -> None:
    """Write a file only its owner can read (0600, SPEC §16): it holds the contact's name and address."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as file:
        file.write(data)
    os.chmod(path, 0o600)
