"""The contact fields that files carry (SPEC §3 names) and their conversion to and from text."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from typing import Any

from app.domain.fields import CAPTIONS
from app.errors import UserError
from app.models import Contact

log = logging.getLogger(__name__)

# Every field of a contact that a user enters (SPEC §3), in the order of the card. `company_name` is derived
# but travels along: another database numbers its contacts differently, so persons find their company by it.
COLUMNS: tuple[str, ...] = (
    "no", "type", "name", "name_2", "search_name", "company_no", "company_name", "first_name",
    "middle_name", "surname", "job_title", "salutation_code", "address", "address_2", "post_code", "city",
    "county", "country_region_code", "phone_no", "mobile_phone_no", "fax_no", "email", "home_page",
    "language_code", "currency_code", "territory_code", "salesperson_code", "vat_registration_no",
    "registration_number", "privacy_blocked",
)  # fmt: skip
BOOL_COLUMNS = frozenset({"privacy_blocked"})
# Read from a file but never written by an import: the number comes from the series, the company name
# from the company.
NOT_IMPORTED = frozenset({"no", "company_name"})
_TRUE = {"1", "yes", "true", "ja", "wahr", "x", "y", "j"}
_FALSE = {"0", "no", "false", "nein", "falsch", "n", ""}
_BY_HEADER = {name: name for name in COLUMNS} | {
    CAPTIONS[name].lower(): name for name in COLUMNS if name in CAPTIONS
}


# Why a value of the file is not stored (translated where shown).
NOT_A_FIELD = "not a contact field"
ONE_VALUE = "the contact holds one value here"
PHOTO = "photos are not imported"
NAME_FROM_PARTS = "a person's name is made of first name, middle name and surname"


@dataclass(frozen=True)
class Dropped:
    """A non-empty value of the file that the contact will not hold: where it came from (column header or
    vCard property), the value and why."""

    source: str
    value: str
    reason: str


@dataclass
class IncomingRow:
    """One contact read from a file: `line` is the line (CSV) or card (vCard) number the user can find;
    `values` maps SPEC field names to the text found (blank means "not given"); `dropped` lists every value
    that is not stored, so that nothing is lost silently; `error` refuses the row (a malformed line)."""

    line: int
    values: dict[str, str] = field(default_factory=dict)
    dropped: list[Dropped] = field(default_factory=list)
    error: UserError | None = None

    def text(self, name: str) -> str:
        return self.values.get(name, "").strip()


def column_for(header: str) -> str | None:
    """The field a file's column header means: the SPEC name, or the English caption ("Phone No.")."""
    header = header.strip().lstrip("\ufeff").lower()
    return _BY_HEADER.get(header) or _BY_HEADER.get(header.replace(" ", "_"))


def to_text(name: str, value: Any) -> str:
    if name in BOOL_COLUMNS:
        return "Yes" if value else "No"
    return "" if value is None else str(value)


def parse_bool(text: str) -> bool | None:
    """True/False for the usual spellings (Yes/No, 1/0, true/false, ja/nein, x); None when unreadable."""
    text = text.strip().lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    return None


def contact_row(contact: Contact) -> dict[str, str]:
    """A contact as text per column, as both file formats write it."""
    return {name: to_text(name, getattr(contact, name)) for name in COLUMNS}


def covered(text: str, parts: list[str]) -> bool:
    """True when a formatted text (an address label) says nothing beyond `parts` and punctuation, so that
    leaving it out loses nothing."""
    rest = text.casefold()
    for part in sorted((p.casefold() for p in parts if p), key=len, reverse=True):
        rest = rest.replace(part, " ")
    return not re.sub(r"[\W_]+", "", rest)


def split_emails(text: str) -> list[str]:
    return [part.strip() for part in text.replace(",", ";").split(";") if part.strip()]


__all__ = [
    "COLUMNS",
    "NAME_FROM_PARTS",
    "NOT_A_FIELD",
    "ONE_VALUE",
    "PHOTO",
    "Dropped",
    "IncomingRow",
    "column_for",
    "contact_row",
    "covered",
    "parse_bool",
    "split_emails",
    "to_text",
]
