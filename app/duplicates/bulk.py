"""Search strings and duplicate search for many new contacts at once (the batch job), with the results
`refresh_contact` gives one contact at a time (SPEC §10).

A contact with m search strings needs `needed` of them matched; so any duplicate shares at least one of its
m - needed + 1 rarest strings (pigeonhole). Only the postings (which contacts carry a string) of the
contact's strings are read, once per job, and counted with set operations instead of one grouped query per
contact, whose cost grows with every common string ("gmbh", a big city) in the table.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import Column, MetaData, String, Table, and_, delete, insert, select
from sqlalchemy.orm import Session

from app.domain.setup import get_setup
from app.duplicates.search import MAX_CANDIDATES, Candidate, normalize, setup_rows
from app.models import Contact, ContactDuplicate, ContDuplSearchString

Key = tuple[str, str, str]  # (field, part, search string)
STRINGS = ContDuplSearchString.__table__
KEYS = Table(  # per connection, emptied before use
    "batch_search_keys",
    MetaData(),
    Column("field", String(50)),
    Column("part", String(10)),
    Column("search_string", String(50)),
    prefixes=["TEMPORARY"],
)
LOAD_BATCH = 500  # contact numbers per IN list


def compute_strings(session: Session, values: Mapping[str, Mapping[str, Any]]) -> dict[str, list[Key]]:
    """strings_for of each new company contact {no: field values}, each field normalized once."""
    rows = setup_rows(session)
    nos = list(values)
    known: dict[str, str] = {}  # cities, post codes, streets and legal forms repeat: each normalized once

    def normalized_of(value: Any) -> str:
        text = str(value or "")
        result = known.get(text)
        if result is None:
            result = known[text] = normalize(text)
        return result

    normalized = {f: [normalized_of(values[no].get(f)) for no in nos] for f in {r[0] for r in rows}}
    strings: dict[str, list[Key]] = {}
    for i, no in enumerate(nos):
        keys = strings[no] = []
        for field, part, length in rows:
            text = normalized[field][i]
            if text:
                keys.append((field, part, text[:length] if part == "first" else text[-length:]))
    return strings


class Postings:
    """Which contacts carry each search string. A string is looked up once per job, before the first
    chunk that has it writes its own rows; the job adds every string it writes, so the sets stay
    complete without reading common strings ("gmbh", a big city) again for every chunk."""

    MAX_KEPT = 3_000_000  # entries; beyond that the sets are dropped and read afresh

    def __init__(self, session: Session) -> None:
        self.session = session
        self.sets: dict[Key, set[str]] = {}
        self.kept = 0

    def rebind(self, session: Session) -> Postings:
        """The next chunk's session (the sets stay valid: they hold what the earlier chunks wrote)."""
        self.session = session
        if self.kept > self.MAX_KEPT:
            self.sets.clear()
            self.kept = 0
        return self

    def load(self, keys: Iterable[Key]) -> None:
        """Read who carries each string not seen yet: one join with a temporary table of the strings."""
        new = [key for key in set(keys) if key not in self.sets]
        if not new:
            return
        for key in new:
            self.sets[key] = set()
        conn = self.session.connection()
        KEYS.create(conn, checkfirst=True)
        conn.execute(delete(KEYS))
        insert_many(self.session, KEYS, ("field", "part", "search_string"), new)
        k, c = KEYS.c, STRINGS.c
        same = and_(c.field == k.field, c.part == k.part, c.search_string == k.search_string)
        for field, part, text, no in conn.execute(
            select(k.field, k.part, k.search_string, c.contact_no).join_from(KEYS, STRINGS, same)
        ):
            self.sets[(field, part, text)].add(no)
            self.kept += 1

    def add(self, contact_no: str, keys: list[Key]) -> None:
        for key in keys:
            self.sets.setdefault(key, set()).add(contact_no)
        self.kept += len(keys)


def store_strings(session: Session, strings: Mapping[str, list[Key]]) -> None:
    # In lookup-index order: the new numbers all go to the end of the primary key anyway, and the lookup
    # index then takes its entries in one sweep instead of at random places.
    rows = sorted((*key, no) for no, keys in strings.items() for key in keys)
    insert_many(session, STRINGS, ("field", "part", "search_string", "contact_no"), rows)


def insert_many(session: Session, table: Table, columns: Sequence[str], rows: list[tuple[Any, ...]]) -> None:
    """Many plain rows at once. On SQLite straight to the driver's executemany: a third of the time that
    Core takes to process hundreds of thousands of parameter sets."""
    if not rows:
        return
    conn = session.connection()
    if conn.dialect.name == "sqlite":
        marks = ", ".join("?" for _ in columns)
        conn.exec_driver_sql(f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES ({marks})", rows)
    else:
        session.execute(insert(table), [dict(zip(columns, row, strict=True)) for row in rows])


def find_duplicates(
    session: Session, strings: Mapping[str, list[Key]], postings: Postings
) -> dict[str, list[Candidate]]:
    """For each new contact, in number order, the candidates similar_to returns when it is created: among
    the contacts stored before it, earlier new ones included (so the result does not depend on chunks).
    Call before storing the new strings."""
    threshold = get_setup(session).search_hit_pct
    postings.load(key for keys in strings.values() for key in keys)
    found: dict[str, list[tuple[str, int, int]]] = {}
    for no in sorted(strings):
        keys = strings[no]
        best = _best(no, [postings.sets[k] for k in keys], threshold)
        postings.add(no, keys)
        if best:
            found[no] = [(other, n, round(100 * n / len(keys))) for other, n in best]
    names = _names(session, {other for rows in found.values() for other, _, _ in rows})
    return {no: [Candidate(o, names.get(o, ""), n, pct) for o, n, pct in rows] for no, rows in found.items()}


def _best(no: str, sets: list[set[str]], threshold: int) -> list[tuple[str, int]]:
    """(contact no., matches) of the best candidates; `sets` holds who carries each of the strings.

    A duplicate carries `needed` of the m strings, so one of the m - needed + 1 rarest (pigeonhole). Those
    found in one of the rarer ones are few and counted one by one; one found only in the last of them
    needs every remaining string as well, which set intersections (in C) answer without counting."""
    m = len(sets)
    if not m:
        return []
    needed = max(1, -(-threshold * m // 100))
    ranked = sorted(sets, key=len)
    probes = m - needed + 1
    few = set().union(*ranked[: probes - 1]) if probes > 1 else set()
    counted: Counter[str] = Counter()
    if few:  # every one of `few` is counted in each set that holds it: intersections and counting in C
        for members in ranked:
            counted.update(few & members)
        counted.pop(no, None)
    everywhere = ranked[probes - 1]
    for members in ranked[probes:]:
        if not everywhere:
            break
        everywhere = everywhere & members
    for b in everywhere:
        if b != no and b not in few:
            counted[b] = needed
    hits = sorted((-n, b) for b, n in counted.items() if n >= needed)[:MAX_CANDIDATES]
    return [(b, -n) for n, b in hits]


def _names(session: Session, nos: set[str]) -> dict[str, str]:
    result: dict[str, str] = {}
    ordered = sorted(nos)
    for start in range(0, len(ordered), LOAD_BATCH):
        part = ordered[start : start + LOAD_BATCH]
        result.update(session.execute(select(Contact.no, Contact.name).where(Contact.no.in_(part))).all())
    return result


def store_duplicates(session: Session, found: Mapping[str, list[Candidate]]) -> list[tuple[str, str]]:
    """Write the pairs both ways (new contacts carry no "not a duplicate" marks yet); the later search of a
    pair wins, as when contacts are refreshed one after the other. Returns the pairs written."""
    pairs: dict[tuple[str, str], int] = {}
    for no, candidates in found.items():
        for candidate in candidates:
            pairs[(no, candidate.contact_no)] = candidate.matches
            pairs[(candidate.contact_no, no)] = candidate.matches
    columns = ("contact_no", "duplicate_contact_no", "no_of_matching_strings", "separate_contacts")
    rows = [(a, b, n, False) for (a, b), n in pairs.items()]
    insert_many(session, ContactDuplicate.__table__, columns, rows)  # type: ignore[arg-type]
    return list(pairs)
