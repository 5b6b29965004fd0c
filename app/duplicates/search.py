"""Search strings (first/last N characters of normalized fields) and the hit-% comparison of SPEC §10."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, delete, func, inspect, or_, select
from sqlalchemy.orm import Session

from app.domain.setup import get_setup
from app.models import Contact, ContactDuplicate, ContDuplSearchString, DuplSearchStringSetup
from app.unit_of_work import unit

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
MAX_CANDIDATES = 20  # a report, not a census: the best matches are enough
_FOLD = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
_NOISE = re.compile(r"[^0-9a-z]")


def normalize(value: str) -> str:
    """'Müller-Straße 5' -> 'muellerstrasse5': case, umlauts, accents and punctuation do not count."""
    text = value.lower().translate(_FOLD)
    if not text.isascii():  # only then can accents be left to strip (the batch job normalizes millions)
        text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return _NOISE.sub("", text)


Strings = dict[tuple[str, str], str]


def setup_rows(session: Session) -> list[tuple[str, str, int]]:
    cached = unit(session).cache.get("duplicates.setup_rows")
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    rows = session.execute(
        select(DuplSearchStringSetup.field, DuplSearchStringSetup.part, DuplSearchStringSetup.length)
    ).all()
    result = [tuple(r) for r in rows] or DEFAULT_SETUP
    unit(session).cache["duplicates.setup_rows"] = result
    return result  # type: ignore[return-value]


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
    threshold = get_setup(session).search_hit_pct
    needed = max(1, -(-threshold * len(mine) // 100))  # ceil: matches needed to reach the hit %
    matches = func.count().label("matches")
    query = (
        select(ContDuplSearchString.contact_no, matches)
        .where(  # OR of equalities, not a row-value IN: SQLite answers this one from the index
            or_(
                *(
                    and_(
                        ContDuplSearchString.field == f,
                        ContDuplSearchString.part == p,
                        ContDuplSearchString.search_string == s,
                    )
                    for f, p, s in keys
                )
            )
        )
        .group_by(ContDuplSearchString.contact_no)
        .having(func.count() >= needed)
        .order_by(matches.desc(), ContDuplSearchString.contact_no)
        .limit(MAX_CANDIDATES + 1)
    )
    rows = [(no, count) for no, count in session.execute(query) if no != exclude][:MAX_CANDIDATES]
    if not rows:  # the usual answer: no second query for names (every edit of a duplicate field asks)
        return []
    names = dict(
        session.execute(select(Contact.no, Contact.name).where(Contact.no.in_([n for n, _ in rows]))).all()
    )
    return [Candidate(no, names.get(no, ""), count, round(100 * count / len(mine))) for no, count in rows]


def _either_side(contact_no: str) -> Any:
    return (ContactDuplicate.contact_no == contact_no) | (ContactDuplicate.duplicate_contact_no == contact_no)


def refresh_contact(session: Session, contact: Contact) -> list[Candidate]:
    """Rewrite the contact's search strings and its duplicate rows (keeping "not a duplicate" marks)."""
    is_new = inspect(contact).pending  # nothing stored yet: nothing to delete or keep
    if not is_new:
        session.execute(delete(ContDuplSearchString).where(ContDuplSearchString.contact_no == contact.no))
    if contact.type != "company":
        if not is_new:  # a company that became a person is nobody's duplicate any more
            session.execute(delete(ContactDuplicate).where(_either_side(contact.no)))
        return []
    values = {f: getattr(contact, f) for f in FIELDS}
    for (field, part), text in strings_for(values, setup_rows(session)).items():
        session.add(ContDuplSearchString(contact_no=contact.no, field=field, part=part, search_string=text))
    candidates = similar_to(session, values, exclude=contact.no)
    marked: dict[str, bool] = {}
    if not is_new:
        rows = session.scalars(select(ContactDuplicate).where(ContactDuplicate.contact_no == contact.no))
        marked = {d.duplicate_contact_no: d.separate_contacts for d in rows}
        session.execute(delete(ContactDuplicate).where(_either_side(contact.no)))
    for candidate in candidates:
        separate = marked.get(candidate.contact_no, False)
        for a, b in ((contact.no, candidate.contact_no), (candidate.contact_no, contact.no)):
            session.add(
                ContactDuplicate(
                    contact_no=a,
                    duplicate_contact_no=b,
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
