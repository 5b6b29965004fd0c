"""Mail (SPEC §16): each address its own correctly encoded recipient, headers built by the `email` package,
nothing in an address becoming another recipient or a mailto parameter, control characters refused, and a
CR/LF in a name not breaking Send."""

from __future__ import annotations

import stat
from email import policy
from email.parser import BytesParser
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from PySide6.QtCore import QUrl

from app.errors import UserError
from app.ui.documents import mail, pdf
from app.ui.main_window import MainWindow
from tests.helpers.dump import dump
from tests.ui.conftest import PromptLog
from tests.ui.test_ui_documents import SALES, action, customer_company, quote_with_lines


@pytest.fixture
def view(main: MainWindow) -> dict[str, Any]:
    company, _customer = customer_company(main.ctx.db)
    found = pdf.read_view(main, main.ctx.db, SALES, quote_with_lines(main.ctx.db, company))
    assert found is not None
    return found


def _with(view: dict[str, Any], name: str, email: str) -> dict[str, Any]:
    return {**view, "contact": {**view["contact"], "name": name, "email": email}}


def _parse(url: QUrl) -> tuple[list[str], dict[str, list[str]]]:
    encoded = bytes(url.toEncoded().data()).decode("ascii")
    parts = urlsplit(encoded)
    assert parts.scheme == "mailto" and parts.fragment == ""
    return [unquote(a) for a in parts.path.split(",")], parse_qs(parts.query, keep_blank_values=True)


def test_mailto_keeps_special_characters_inside_each_address(view: dict[str, Any]) -> None:
    tricky = _with(view, "Vertrieb", "sales#team@nord.example; x?attach=/etc/passwd@nord.example, a&b=c@d.de")
    to, query = _parse(mail.mailto_url(tricky))
    assert to == ["sales#team@nord.example", "x?attach=/etc/passwd@nord.example", "a&b=c@d.de"]
    assert sorted(query) == ["body", "subject"]  # no `attach`, no `b`: nothing leaked into parameters
    assert query["subject"][0].startswith("Sales Quote")
    assert "Beratung" in query["body"][0] and "\r\n" in query["body"][0]  # RFC 6068 line breaks


def test_eml_has_each_address_as_its_own_encoded_recipient(view: dict[str, Any]) -> None:
    two = _with(view, "Müller & Söhne, Nord", "info@nord.example;einkauf@nord.example")
    raw = mail.build_message(two, b"%PDF-1.4").as_bytes()
    assert raw.split(b"\r\n\r\n")[0].isascii()  # header names RFC 2047-encoded, not raw UTF-8
    message = BytesParser(policy=policy.default).parsebytes(raw)
    addresses = message["To"].addresses
    assert [a.addr_spec for a in addresses] == ["info@nord.example", "einkauf@nord.example"]
    assert {a.display_name for a in addresses} == {"Müller & Söhne, Nord"}


def test_cr_lf_in_a_name_does_not_break_send_nor_add_headers(view: dict[str, Any]) -> None:
    evil = _with(view, "Anna\r\nBcc: spy@evil.example", "anna@nord.example")
    message = BytesParser(policy=policy.default).parsebytes(mail.build_message(evil, b"%PDF").as_bytes())
    assert message["Bcc"] is None
    assert [a.display_name for a in message["To"].addresses] == ["Anna Bcc: spy@evil.example"]
    assert [a.addr_spec for a in message["To"].addresses] == ["anna@nord.example"]


@pytest.mark.parametrize(
    "email", ["anna@nord.example\r\nBcc: spy@evil.example", "an\x00na@nord.example", "Anna <a@b.de>", "a@@b"]
)
def test_addresses_with_control_characters_or_not_single_are_refused(
    view: dict[str, Any], email: str
) -> None:
    with pytest.raises(UserError, match="not a single valid e-mail address"):
        mail.recipients(_with(view, "Anna", email))


def test_send_refuses_a_bad_stored_address_before_asking(
    main: MainWindow, answers: PromptLog, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = main.ctx.db
    company, _customer = customer_company(db)
    quote = quote_with_lines(db, company)
    real = pdf.read_view

    def stored_before_the_rule(*args: Any) -> dict[str, Any] | None:  # written by an older version
        found = real(*args)
        return _with(found, "Anna", "anna@nord.example\nBcc: x@y.de") if found else None

    monkeypatch.setattr(mail, "read_view", stored_before_the_rule)
    before = dump(db)
    action(main.open_card(SALES, quote), "email").trigger()
    assert answers.texts("choose") == []
    assert "E-Mail" in answers.texts("error")[0] or "Email" in answers.texts("error")[0]
    assert dump(db) == before


def test_eml_file_is_owner_only(main: MainWindow, answers: PromptLog, tmp_path: Path) -> None:
    db = main.ctx.db
    company, _customer = customer_company(db)
    quote = quote_with_lines(db, company)
    answers.choice = "Save an e-mail file (.eml) with the PDF attached\u2026"
    answers.save_path = str(tmp_path / "angebot.eml")
    action(main.open_card(SALES, quote), "email").trigger()
    assert stat.S_IMODE((tmp_path / "angebot.eml").stat().st_mode) == 0o600


def test_the_sender_is_our_company_from_company_information(view: dict[str, Any]) -> None:
    company = {"name": "Kontor Nord GmbH", "email": "angebote@kontor-nord.de", "phone_no": "+49 40 1234",
               "address_lines": ["Hafenstraße 1", "20457 Hamburg"]}  # fmt: skip
    ours = {**view, "company": {**view["company"], **company}}
    message = BytesParser(policy=policy.default).parsebytes(mail.build_message(ours, b"%PDF").as_bytes())
    assert message["From"].addresses[0].addr_spec == "angebote@kontor-nord.de"
    assert message["From"].addresses[0].display_name == "Kontor Nord GmbH"
    assert message["Subject"].endswith("Kontor Nord GmbH")
    body = message.get_body(preferencelist=("plain",)).get_content()
    assert "Hafenstraße 1" in body and "+49 40 1234" in body
