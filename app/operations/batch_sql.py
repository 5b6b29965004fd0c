"""One chunk of "Create Contacts from …" as set-based statements, with the results `create_contact_for` and
the sync engine give one record at a time (SPEC §7.3, §6.5, §10).

The numbers and the person names are worked out in Python (a few values per record) and written to a
temporary table; the wide rows (company contacts, links, persons, primary contacts) are copied by
INSERT … SELECT and UPDATE inside the database, and the change feed is told what was written.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import (
    Column,
    ColumnElement,
    MetaData,
    String,
    Table,
    delete,
    func,
    insert,
    literal,
    select,
    update,
)
from sqlalchemy.orm import Session

from app.changes import NEW, add_change, add_changes
from app.domain.fieldmap import field_map
from app.domain.names import NAME_PARTS, join_name, split_name
from app.domain.numbering import next_nos
from app.domain.setup import get_setup, require_contact_nos, require_relation_code
from app.duplicates.bulk import Postings, compute_strings, find_duplicates, store_duplicates, store_strings
from app.duplicates.search import FIELDS as DUPLICATE_FIELDS
from app.kinds import kind
from app.models import Contact, ContactBusinessRelation
from app.models.base import utcnow
from app.sync.inheritance import ADDRESS_BLOCK, COMMUNICATION_FIELDS, SINGLE_FIELDS

CONTACTS = Contact.__table__
LINKS = ContactBusinessRelation.__table__
# Per connection (SQLite and PostgreSQL alike); emptied at the start of every chunk.
MAP = Table(
    "batch_contact_map",
    MetaData(),
    Column("record_no", String(20), primary_key=True),
    Column("contact_no", String(20), nullable=False),
    Column("search_name", String(100), nullable=False),
    Column("own_first_name", String(30)),  # the parts of the record's own contact when it is a person
    Column("own_middle_name", String(30)),
    Column("own_surname", String(30)),
    Column("person_no", String(20)),
    Column("person_name", String(100)),
    Column("person_search_name", String(100)),
    Column("first_name", String(30)),
    Column("middle_name", String(30)),
    Column("surname", String(30)),
    prefixes=["TEMPORARY"],
)


PERSON_KEYS = ("person_no", "person_name", "person_search_name", *NAME_PARTS)
OWN_PARTS = tuple(f"own_{part}" for part in NAME_PARTS)


class ChunkCancelled(Exception):
    """Raised between a chunk's statements when the job is cancelled: its unit of work rolls back whole."""


@dataclass
class Chunk:
    created: int = 0
    last: str | None = None  # the highest record no. looked at: the next chunk starts after it
    duplicates: list[str] = field(default_factory=list)


def person_name(text: str) -> dict[str, str]:
    """What create_person and the engine's name rule make of a `contact` text (split, SPEC §14.1)."""
    parts = split_name(text)
    return {
        "person_name": join_name(*parts) or text,
        "person_search_name": text.upper()[:100],
        **dict(zip(NAME_PARTS, parts, strict=True)),
    }


def create_chunk(
    session: Session,
    table: str,
    after: str | None,
    limit: int,
    nos: list[str] | None,
    postings: Postings,
    *,
    where: Sequence[ColumnElement[bool]] = (),
    cancel: Callable[[], bool] = lambda: False,
) -> Chunk:
    """Contacts for the next `limit` unlinked `table` records after record no. `after` that meet `where`;
    `cancel()` is asked between the statements (ChunkCancelled: the caller rolls the chunk back)."""

    def checkpoint() -> None:
        if cancel():
            raise ChunkCancelled

    records: Table = kind(table).model.__table__  # type: ignore[attr-defined]
    code = require_relation_code(session, table)
    series = require_contact_nos(session)
    setup = get_setup(session)
    pairs = {p.contact_field: p.record_field for p in field_map(session).at_creation(table)}
    has_person = kind(table).primary_contact
    rows = _unlinked(session, table, records, after, limit, nos, where)
    if not rows:
        return Chunk()
    checkpoint()
    mapped = _numbered(session, series, rows, pairs, has_person)
    conn = session.connection()
    MAP.create(conn, checkfirst=True)
    conn.execute(delete(MAP))
    session.execute(insert(MAP), mapped)
    now = utcnow()
    _insert_companies(session, table, records, pairs, now)
    checkpoint()
    session.execute(
        insert(LINKS).from_select(
            ["contact_no", "business_relation_code", "link_to_table", "no"],
            select(MAP.c.contact_no, literal(code), literal(table), MAP.c.record_no),
        )
    )
    if has_person:
        _insert_persons(session, setup, now)
        _set_primary_contacts(session, records, now)
    checkpoint()
    chunk = Chunk(created=len(rows), last=rows[-1]["no"])
    if setup.maintain_dupl_search_strings:
        chunk.duplicates = _duplicates(session, postings, checkpoint)
    _announce(session, table, mapped, has_person)
    checkpoint()
    return chunk


def _unlinked(
    session: Session,
    table: str,
    records: Table,
    after: str | None,
    limit: int,
    nos: list[str] | None,
    where: Sequence[ColumnElement[bool]],
) -> list[Any]:
    wanted = [records.c.no, records.c.name, records.c.search_name]
    entry = kind(table)
    wanted += [records.c.contact] if entry.primary_contact else []
    wanted += [records.c[entry.contact_type_field]] if entry.contact_type_field else []
    linked = select(LINKS.c.id).where(LINKS.c.link_to_table == table, LINKS.c.no == records.c.no).exists()
    query = select(*wanted).where(~linked, *where).order_by(records.c.no).limit(limit)
    if after is not None:
        query = query.where(records.c.no > after)
    if nos is not None:
        query = query.where(records.c.no.in_(nos))
    return list(session.execute(query).mappings())


def _numbered(
    session: Session, series: str, rows: list[Any], pairs: dict[str, str], has_person: bool
) -> list[dict[str, Any]]:
    """Numbers in record order, a person's right after its company's (as one record at a time gives them),
    the search name follow_search_name gives a new contact, and the name parts of a contact that is a
    person (the engine splits its name, SPEC §14.1)."""
    persons = [
        has_person and bool(r["contact"]) and r.get("contact_type", "company") == "company" for r in rows
    ]
    numbers = iter(next_nos(session, series, len(rows) + sum(persons)))
    mapped: list[dict[str, Any]] = []
    for row, with_person in zip(rows, persons, strict=True):
        name = row["name"] if "name" in pairs else ""
        search = row["search_name"] if "search_name" in pairs else ""
        entry = {
            "record_no": row["no"],
            "contact_no": next(numbers),
            "search_name": search or name.upper()[:100],
        }
        own = split_name(name) if row.get("contact_type") == "person" else ("", "", "")
        entry.update(zip(OWN_PARTS, own, strict=True))
        entry.update(dict.fromkeys(PERSON_KEYS))
        if with_person:
            entry.update(person_no=next(numbers), **person_name(row["contact"]))
        mapped.append(entry)
    return mapped


def _set_primary_contacts(session: Session, records: Table, now: Any) -> None:
    """The person made from the contact text becomes the record's primary contact, else the company (the
    batch job, SPEC §7.3; create_contact_for with company_primary); a versioned update."""
    primary = select(func.coalesce(MAP.c.person_no, MAP.c.contact_no)).where(MAP.c.record_no == records.c.no)
    session.execute(
        update(records)
        .where(records.c.no.in_(select(MAP.c.record_no)))
        .values(
            primary_contact_no=primary.scalar_subquery(), version=records.c.version + 1, last_modified=now
        )
    )


def _insert_companies(session: Session, table: str, records: Table, pairs: dict[str, str], now: Any) -> None:
    copied = [f for f in pairs if f not in ("type", "search_name")]
    own = {f: o for f, o in zip(NAME_PARTS, OWN_PARTS, strict=True) if f not in copied}  # a person's parts
    type_field = kind(table).contact_type_field
    contact_type = records.c[type_field] if type_field else literal("company")
    session.execute(
        insert(CONTACTS).from_select(
            ["no", "type", "business_relation", "search_name", "version", "last_modified", *copied, *own],
            select(
                MAP.c.contact_no,
                contact_type,
                literal(table),
                MAP.c.search_name,
                literal(1),
                literal(now),
                *(records.c[pairs[f]] for f in copied),
                *(func.coalesce(MAP.c[o], "") for o in own.values()),
            ).join_from(MAP, records, records.c.no == MAP.c.record_no),
        )
    )


def _insert_persons(session: Session, setup: Any, now: Any) -> None:
    """The person named in `contact`, under its new company, with what assign_company gives it."""
    company = CONTACTS.alias("company")
    inherited = [f for f, switch in SINGLE_FIELDS.items() if getattr(setup, switch)]
    inherited += list(ADDRESS_BLOCK) if setup.inherit_address_details else []
    inherited += list(COMMUNICATION_FIELDS) if setup.inherit_communication_details else []
    session.execute(
        insert(CONTACTS).from_select(
            [
                "no",
                "type",
                "name",
                "search_name",
                *NAME_PARTS,
                "company_no",
                "company_name",
                "business_relation",
                "version",
                "last_modified",
                *inherited,
            ],
            select(
                MAP.c.person_no,
                literal("person"),
                MAP.c.person_name,
                MAP.c.person_search_name,
                *(MAP.c[f] for f in NAME_PARTS),
                company.c.no,
                company.c.name,
                company.c.business_relation,
                literal(1),
                literal(now),
                *(company.c[f] for f in inherited),
            )
            .join_from(MAP, company, company.c.no == MAP.c.contact_no)
            .where(MAP.c.person_no.is_not(None)),
        )
    )


def _duplicates(session: Session, postings: Postings, checkpoint: Callable[[], None]) -> list[str]:
    c = CONTACTS.c
    rows = session.execute(
        select(c.no, *(c[f] for f in sorted(DUPLICATE_FIELDS)))
        .join_from(MAP, CONTACTS, c.no == MAP.c.contact_no)
        .where(c.type == "company")
    ).mappings()
    strings = compute_strings(session, {row["no"]: row for row in rows})
    checkpoint()
    found = find_duplicates(session, strings, postings)
    checkpoint()
    store_strings(session, strings)
    for a, b in store_duplicates(session, found):
        add_change(session, "contact_duplicate", f"{a}|{b}", {NEW})
    # The search strings are not announced: no window shows them, and they would make up most of the
    # change log (eight keys per contact) that every other desk reads.
    return sorted(found)


def _announce(session: Session, table: str, mapped: list[dict[str, Any]], has_person: bool) -> None:
    """The change feed: what the unit of work would have announced for the same objects."""
    add_changes(session, "contact", (e["contact_no"] for e in mapped), {NEW})
    add_changes(session, "contact", (e["person_no"] for e in mapped if e["person_no"]), {NEW})
    if has_person:
        add_changes(session, table, (e["record_no"] for e in mapped), {"primary_contact_no"})
    ids = session.scalars(
        select(LINKS.c.id).where(LINKS.c.link_to_table == table, LINKS.c.no.in_(select(MAP.c.record_no)))
    )
    add_changes(session, "contact_business_relation", (str(i) for i in ids), {NEW})
