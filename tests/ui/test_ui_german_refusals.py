"""German without English leftovers (issue 13): the libraries' refusals (python-stdnum, email-validator,
phonenumbers) reach a German user as our own German sentences, naming the field in German, with country
names from the locale; nothing is changed by a refused value."""

from __future__ import annotations

import re
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from app import errors
from app.db import Database
from app.domain.records import set_field
from app.errors import UserError
from app.ui.translations import remove_translators
from tests.helpers.dump import dump
from tests.helpers.factory import make, make_company

# English words that must not appear in a German refusal (whole words, any case).
ENGLISH = ("invalid", "valid", "must", "not", "checksum", "for", "the", "is", "has", "digit", "wrong",
           "length", "address", "sign", "period", "characters", "country", "number", "Germany", "Austria",
           "Email", "Phone", "Registration", "SWIFT Code")  # fmt: skip



def refusal(db: Database, table: str, no: str, field: str, value: Any) -> str:
    before = dump(db)
    with pytest.raises(UserError) as raised, db.unit_of_work() as session:
        set_field(session, table, no, field, value)
    assert raised.value.field == field
    assert dump(db) == before
    return raised.value.message


def english_words(message: str) -> list[str]:
    text = re.sub(r"\u201e[^\u201c]*\u201c", "", message)  # the user's own value, quoted „…“, may be anything
    return [word for word in ENGLISH if re.search(rf"\b{re.escape(word)}\b", text, re.IGNORECASE)]


BAD = [
    ("contact", "vat_registration_no", "DE12345", "USt-IdNr.", "aus Deutschland (DE): falsche Länge"),
    ("contact", "vat_registration_no", "DE123456789", "USt-IdNr.", "Prüfziffer"),
    ("contact", "vat_registration_no", "ATU1234567", "USt-IdNr.", "aus Österreich (AT)"),
    ("contact", "vat_registration_no", "DEABCDEFGHI", "USt-IdNr.", "aus Deutschland (DE)"),
    ("bank_account", "iban", "DE89 3704 0044 0532 0130 01", "IBAN", "Prüfziffern"),
    ("bank_account", "iban", "DE89 3704 0044 0532 0130 0", "IBAN", "Eine IBAN aus Deutschland hat 22"),
    ("bank_account", "iban", "1234 5678", "IBAN", "Ländercode"),
    ("bank_account", "swift_code", "DEUT", "SWIFT-Code", "8 oder 11 Zeichen"),
    ("bank_account", "swift_code", "DEUTXXFF", "SWIFT-Code", "Ländercode"),
    ("contact", "email", "info-at-firma.de", "E-Mail", "@-Zeichen fehlt"),
    ("contact", "email", "info@firma", "E-Mail", "Domäne wie firma.de"),
    ("contact", "email", "info@@firma.de", "E-Mail", "mehr als ein @-Zeichen"),
    ("contact", "email", "in fo@firma.de", "E-Mail", "Leerzeichen"),
    ("contact", "email", "in..fo@firma.de", "E-Mail", "zwei Punkte"),
    ("contact", "email", "@firma.de", "E-Mail", "Vor dem @-Zeichen"),
    ("contact", "email", "info@firma_x.de", "E-Mail", "unzulässig"),
    ("contact", "phone_no", "call me", "Telefonnr.", "Buchstaben"),
    ("contact", "phone_no", "+999 123", "Telefonnr.", "Ländervorwahl"),
    ("contact", "phone_no", "---", "Telefonnr.", "keine Ziffern"),
]


@pytest.mark.parametrize(("table", "field", "value", "caption", "rule"), BAD)
def test_library_refusals_are_german_only(
    german: None, db: Database, table: str, field: str, value: str, caption: str, rule: str
) -> None:
    no = make(db, "bank_account", name="Hausbank") if table == "bank_account" else make_company(db)
    message = refusal(db, table, no, field, value)
    assert message.startswith(f"{caption} \u201e") or message.startswith(caption), message
    assert rule in message, message
    assert english_words(message) == [], message


def test_country_follows_the_language_shown(german: None, db: Database) -> None:
    """The same refusal names the country in German, and in English once the translator is gone."""
    contact = make_company(db)
    before = dump(db)
    with pytest.raises(UserError) as raised, db.unit_of_work() as session:
        set_field(session, "contact", contact, "vat_registration_no", "DE12345")
    assert "Deutschland (DE)" in raised.value.message
    remove_translators(QApplication.instance())  # type: ignore[arg-type]
    errors.translate = lambda text: text
    assert "for Germany (DE): wrong length" in raised.value.message
    assert dump(db) == before
