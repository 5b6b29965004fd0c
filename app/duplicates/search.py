"""Search strings (first/last N characters of normalized fields) and the hit-% comparison of SPEC §10."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import TextClause, and_, delete, insert, inspect, or_, select, text
from sqlalchemy.orm import Session
from sqlalchemy.orm.base import NO_VALUE

from app.changes import NEW, add_change, add_changes
from app.domain.setup import get_setup, shared_read
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
    """The search string setup (SPEC §10), shared per database like the marketing setup."""

    def load() -> list[tuple[str, str, int]]:
        rows = session.execute(
            select(DuplSearchStringSetup.field, DuplSearchStringSetup.part, DuplSearchStringSetup.length)
        ).all()
        return [(str(f), str(p), int(n)) for f, p, n in rows] or DEFAULT_SETUP

    return shared_read(session, "duplicates.setup_rows", load)


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


def _similar_query(size: int) -> TextClause:
    """The grouped match count for `size` strings, as text: an OR of equalities (SQLite answers it from the
    covering index, a row-value IN it does not), built once per size instead of per edit."""
    query = _SIMILAR.get(size)
    if query is None:
        terms = " OR ".join(
            f"(field = :f{i} AND part = :p{i} AND search_string = :s{i})" for i in range(size)
        )
        query = _SIMILAR[size] = text(
            f"SELECT contact_no, count(*) AS matches FROM cont_dupl_search_string WHERE {terms} "
            "GROUP BY contact_no HAVING count(*) >= :needed ORDER BY matches DESC, contact_no LIMIT :limit"
        )
    return query


_SIMILAR: dict[int, TextClause] = {}


def similar_to(session: Session, values: Mapping[str, Any], exclude: str | None = None) -> list[Candidate]:
    """Company contacts whose stored strings match `values` at or above the hit % (best first)."""
    mine = strings_for(values, setup_rows(session))
    if not mine:
        return []
    threshold = get_setup(session).search_hit_pct
    needed = max(1, -(-threshold * len(mine) // 100))  # ceil: matches needed to reach the hit %
    params: dict[str, Any] = {"needed": needed, "limit": MAX_CANDIDATES + 1}
    for i, ((field, part), string) in enumerate(mine.items()):
        params.update({f"f{i}": field, f"p{i}": part, f"s{i}": string})
    found = session.execute(_similar_query(len(mine)), params)
    rows = [(no, count) for no, count in found if no != exclude][:MAX_CANDIDATES]
    if not rows:  # the usual answer: no second query for names (every edit of a duplicate field asks)
        return []
    names = dict(
        session.execute(select(Contact.no, Contact.name).where(Contact.no.in_([n for n, _ in rows]))).all()
    )
    return [Candidate(no, names.get(no, ""), count, round(100 * count / len(mine))) for no, count in rows]


def _either_side(contact_no: str) -> Any:
    return (ContactDuplicate.contact_no == contact_no) | (ContactDuplicate.duplicate_contact_no == contact_no)


def _store_strings(session: Session, contact_no: str, old: Strings | None, new: Strings) -> None:
    """Write only the strings that differ from `old` (None: unknown, rewrite them all)."""
    table = ContDuplSearchString.__table__
    if old is None:
        session.execute(delete(table).where(table.c.contact_no == contact_no))
        old = {}
    gone = [k for k in old if k not in new]
    changed = [k for k in new if k in old and old[k] != new[k]]
    added = [k for k in new if k not in old]
    if gone:
        session.execute(
            delete(table).where(
                table.c.contact_no == contact_no,
                or_(*(and_(table.c.field == f, table.c.part == p) for f, p in gone)),
            )
        )
    if changed:
        result = session.execute(
            _UPDATE_STRING, [{"no": contact_no, "f": f, "p": p, "s": new[(f, p)]} for f, p in changed]
        )
        if result.rowcount != len(changed):  # a string that was never stored (setup changed since)
            session.execute(
                delete(table).where(
                    table.c.contact_no == contact_no,
                    or_(*(and_(table.c.field == f, table.c.part == p) for f, p in changed)),
                )
            )
            added += changed
    if added:
        session.execute(
            insert(table),
            [
                {"contact_no": contact_no, "field": f, "part": p, "search_string": new[(f, p)]}
                for f, p in added
            ],
        )


_UPDATE_STRING = text(
    "UPDATE cont_dupl_search_string SET search_string = :s "
    "WHERE contact_no = :no AND field = :f AND part = :p"
)


def _store_pairs(session: Session, contact_no: str, candidates: list[Candidate]) -> set[str]:
    """Make the stored pairs of the contact the candidates' (both directions), writing only differences;
    returns the numbers the user marked "not a duplicate"."""
    table = ContactDuplicate.__table__
    rows = session.execute(
        select(table.c.duplicate_contact_no, table.c.no_of_matching_strings, table.c.separate_contacts).where(
            table.c.contact_no == contact_no
        )
    )
    stored = {no: (matches, bool(separate)) for no, matches, separate in rows}
    wanted = {c.contact_no: c.matches for c in candidates}
    gone = [no for no in stored if no not in wanted]
    if gone:
        session.execute(
            delete(table).where(
                or_(
                    and_(table.c.contact_no == contact_no, table.c.duplicate_contact_no.in_(gone)),
                    and_(table.c.duplicate_contact_no == contact_no, table.c.contact_no.in_(gone)),
                )
            )
        )
    recount = [no for no, matches in wanted.items() if no in stored and stored[no][0] != matches]
    if recount:
        session.execute(
            _UPDATE_PAIR,
            [
                {"a": a, "b": b, "n": wanted[no]}
                for no in recount
                for a, b in ((contact_no, no), (no, contact_no))
            ],
        )
    added = [no for no in wanted if no not in stored]
    if added:
        _insert_pairs(session, [
            {"contact_no": a, "duplicate_contact_no": b, "no_of_matching_strings": wanted[no],
             "separate_contacts": False}
            for no in added
            for a, b in ((contact_no, no), (no, contact_no))
        ])  # fmt: skip
    for a, b in ((contact_no, no) for no in (*gone, *recount, *added)):
        add_change(session, "contact_duplicate", f"{a}|{b}", {NEW})
        add_change(session, "contact_duplicate", f"{b}|{a}", {NEW})
    return {no for no, (_matches, separate) in stored.items() if separate and no in wanted}


def _insert_pairs(session: Session, rows: list[dict[str, Any]]) -> None:
    """Insert pairs; a pair that another desk stored meanwhile (both edited one of two similar contacts at
    once) takes the new count and keeps its "not a duplicate" mark instead of failing the save."""
    table = ContactDuplicate.__table__
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as upsert
    elif dialect == "sqlite":
        from sqlalchemy.dialects.sqlite import insert as upsert
    else:
        session.execute(insert(table), rows)
        return
    statement = upsert(table)
    statement = statement.on_conflict_do_update(
        index_elements=[table.c.contact_no, table.c.duplicate_contact_no],
        set_={"no_of_matching_strings": statement.excluded.no_of_matching_strings},
    )
    session.execute(statement, rows)


_UPDATE_PAIR = text(
    "UPDATE contact_duplicate SET no_of_matching_strings = :n "
    "WHERE contact_no = :a AND duplicate_contact_no = :b"
)


def old_values(contact: Contact, fields: Iterable[str]) -> dict[str, Any] | None:
    """The contact's values as of its last flush (what its stored strings were made from), or None when
    one of them is not known (never loaded)."""
    state = inspect(contact)
    values: dict[str, Any] = {}
    for field in fields:
        if field in state.committed_state:
            before = state.committed_state[field]
            if before is NO_VALUE:
                return None
            values[field] = before
        else:
            values[field] = getattr(contact, field)
    return values


def refresh_contact(session: Session, contact: Contact, *, type_changed: bool = True) -> list[Candidate]:
    """Bring the contact's search strings and duplicate pairs up to date (keeping "not a duplicate" marks).
    Only strings whose normalized source changed are written; the similarity search runs only when a
    string changed (then the stored pairs may change too)."""
    is_new = inspect(contact).pending  # nothing stored yet: nothing to delete or keep
    table = ContactDuplicate.__table__
    if contact.type != "company":
        if not is_new and type_changed:  # a company became a person: no strings, nobody's duplicate
            session.execute(
                delete(ContDuplSearchString.__table__).where(ContDuplSearchString.contact_no == contact.no)
            )
            session.execute(delete(table).where(_either_side(contact.no)))
        return []
    rows = setup_rows(session)
    values = {f: getattr(contact, f) for f in FIELDS}
    new = strings_for(values, rows)
    if is_new:  # stored after the flush has stored the contact (write_new_rows)
        return _add_new(session, contact.no, new, similar_to(session, values, exclude=contact.no))
    before = None if type_changed else old_values(contact, FIELDS)
    old = strings_for(before, rows) if before is not None else None
    if old == new:
        return []  # nothing the duplicate search compares changed: the stored pairs stand
    _store_strings(session, contact.no, old, new)
    candidates = similar_to(session, values, exclude=contact.no)
    separate = _store_pairs(session, contact.no, candidates)
    return [c for c in candidates if c.contact_no not in separate]


_NEW_ROWS = "duplicates.new_rows"  # (strings, pairs) of contacts new in the running flush


def _add_new(
    session: Session, contact_no: str, strings: Strings, candidates: list[Candidate]
) -> list[Candidate]:
    """Note the rows of a new contact; write_new_rows stores them once the flush has stored the contact
    (a new company has up to 9 strings and 40 pairs: plain rows in one statement per table, not ORM
    objects)."""
    new_strings, new_pairs = unit(session).cache.setdefault(_NEW_ROWS, ([], []))
    new_strings.extend({"contact_no": contact_no, "field": field, "part": part, "search_string": text_}
                       for (field, part), text_ in strings.items())  # fmt: skip
    for candidate in candidates:
        other = candidate.contact_no
        new_pairs.extend({"contact_no": a, "duplicate_contact_no": b, "separate_contacts": False,
                          "no_of_matching_strings": candidate.matches}
                         for a, b in ((contact_no, other), (other, contact_no)))  # fmt: skip
    return candidates


def discard_new_rows(session: Session) -> None:
    """A flush begins: rows noted by a flush that failed are void."""
    unit(session).cache.pop(_NEW_ROWS, None)


def write_new_rows(session: Session) -> None:
    """After a flush: store the strings and pairs of the contacts it created, announced like ORM inserts."""
    noted = unit(session).cache.pop(_NEW_ROWS, None)
    if noted is None:
        return
    new_strings, new_pairs = noted
    if new_strings:
        session.execute(insert(ContDuplSearchString.__table__), new_strings)
        add_changes(session, ContDuplSearchString.__tablename__,
                    (f"{r['contact_no']}|{r['field']}|{r['part']}" for r in new_strings), {NEW})  # fmt: skip
    if new_pairs:
        session.execute(insert(ContactDuplicate.__table__), new_pairs)
        add_changes(session, ContactDuplicate.__tablename__,
                    (f"{r['contact_no']}|{r['duplicate_contact_no']}" for r in new_pairs), {NEW})  # fmt: skip


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
