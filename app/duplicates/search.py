"""Search strings (first/last N characters of normalized fields) and the hit-% comparison of SPEC §10."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select, tuple_
from sqlalchemy.orm import Session

from app.models import Contact, ContactDuplicate, ContDuplSearchString, DuplSearchStringSetup
from app.sync.setup import get_setup

DEFAULT_SETUP = [
    ("name", "first", 5),
    ("name", "last", 5),
    ("address", "first", 5),
    ("address", "last", 5),
    ("city", "first", 5),
    ("post_code", "first", 5),
    ("phone_no", "last", 5),
    ("vat_registration_no", "last", 8),
    ("email", "last", 10),
]
FIELDS = frozenset(f for f, _, _ in DEFAULT_SETUP)
_FOLD = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
_NOISE = re.compile(r"[^0-9a-z]")


def normalize(value: str) -> str:
    """'Müller-Straße 5' -> 'muellerstrasse5': case, umlauts, accents and punctuation do not count."""
    text = unicodedata.normalize("NFKD", value.lower().translate(_FOLD))
    return _NOISE.sub("", "".join(c for c in text if not unicodedata.combining(c)))


Strings = dict[tuple[str, str], str]


def setup_rows(session: Session) -> list[tuple[str, str, int]]:
    rows = session.execute(
        select(DuplSearchStringSetup.field, DuplSearchStringSetup.part, DuplSearchStringSetup.length)
    ).all()
    return [tuple(r) for r in rows] or DEFAULT_SETUP  # type: ignore[misc]


def strings_for(values: Mapping[str, Any], rows: list[tuple[str, str, int]]) -> Strings:
    result: Strings = {}
    for field, part, length in rows:
        text = normalize(str(values.get(field) or ""))
        if text:
            result[(field, part)] = text[:length] if part == "first" else text[-length:]
    return result


@dataclass(frozen=True)
class Candidate:
    contact_no: str
    name: str
    matches: int
    percent: int


def similar_to(session: Session, values: Mapping[str, Any], exclude: str | None = None) -> list[Candidate]:
    """Company contacts whose stored strings match `values` at or above the hit % (best first)."""
    mine = strings_for(values, setup_rows(session))
    if not mine:
        return []
    keys = [(f, p, s) for (f, p), s in mine.items()]
    hits = Counter(
        session.scalars(
            select(ContDuplSearchString.contact_no).where(
                tuple_(
                    ContDuplSearchString.field, ContDuplSearchString.part, ContDuplSearchString.search_string
                ).in_(keys)
            )
        )
    )
    hits.pop(exclude, None)
    threshold = get_setup(session).search_hit_pct
    found = []
    for no, count in hits.items():
        percent = round(100 * count / len(mine))
        if percent >= threshold:
            contact = session.get(Contact, no)
            found.append(Candidate(no, contact.name if contact else "", count, percent))
    return sorted(found, key=lambda c: (-c.percent, c.contact_no))


def refresh_contact(session: Session, contact: Contact) -> list[Candidate]:
    """Rewrite the contact's search strings and its duplicate rows (keeping "not a duplicate" marks)."""
    session.execute(delete(ContDuplSearchString).where(ContDuplSearchString.contact_no == contact.no))
    if contact.type != "company":
        return []
    values = {f: getattr(contact, f) for f in FIELDS}
    for (field, part), text in strings_for(values, setup_rows(session)).items():
        session.add(ContDuplSearchString(contact_no=contact.no, field=field, part=part, search_string=text))
    candidates = similar_to(session, values, exclude=contact.no)
    marked = {
        d.duplicate_contact_no: d.separate_contacts
        for d in session.scalars(select(ContactDuplicate).where(ContactDuplicate.contact_no == contact.no))
    }
    session.execute(
        delete(ContactDuplicate).where(
            (ContactDuplicate.contact_no == contact.no)
            | (ContactDuplicate.duplicate_contact_no == contact.no)
        )
    )
    for candidate in candidates:
        separate = marked.get(candidate.contact_no, False)
        session.add(
            ContactDuplicate(
                contact_no=contact.no,
                duplicate_contact_no=candidate.contact_no,
                no_of_matching_strings=candidate.matches,
                separate_contacts=separate,
            )
        )
        session.add(
            ContactDuplicate(
                contact_no=candidate.contact_no,
                duplicate_contact_no=contact.no,
                no_of_matching_strings=candidate.matches,
                separate_contacts=separate,
            )
        )
    return [c for c in candidates if not marked.get(c.contact_no, False)]


def mark_not_duplicate(session: Session, contact_no: str, other_no: str, separate: bool = True) -> None:
    for a, b in ((contact_no, other_no), (other_no, contact_no)):
        row = session.get(ContactDuplicate, (a, b))
        if row is not None:
            row.separate_contacts = separate
    session.flush()


def duplicates_of(session: Session, contact_no: str) -> list[ContactDuplicate]:
    return list(
        session.scalars(
            select(ContactDuplicate)
            .where(ContactDuplicate.contact_no == contact_no)
            .order_by(ContactDuplicate.duplicate_contact_no)
        )
    )
