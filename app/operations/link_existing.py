"""Link with existing (SPEC §7.1): tie a record to the contact; per field the side that has a value wins,
the chosen master where both have one (link_plan), or the user's choice per field."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from app.domain.fieldmap import field_map
from app.domain.links import links_of
from app.domain.records import get_record
from app.domain.setup import require_relation_code
from app.errors import UserError
from app.kinds import Kind, kind
from app.models import Contact
from app.operations.link_plan import default_winners, is_blank, names_differ
from app.operations.link_rules import add_link, holder_for, primary_after_link, refuse_existing_link
from app.sync.changes import set_if_different
from app.sync.journal_writer import write_journal
from app.unit_of_work import unit


@dataclass(frozen=True)
class FieldDifference:
    contact_field: str
    record_field: str
    contact_value: Any
    record_value: Any


def differences(session: Session, contact_no: str, table: str, record_no: str) -> list[FieldDifference]:
    """The shared fields in which the contact (or the company that carries the link) and the record differ."""
    holder = holder_for(session, contact_no, table)
    record = get_record(session, table, record_no)
    fmap = field_map(session)
    pairs = fmap.contact_to_record(table) if kind(table).one_way else fmap.record_to_contact(table)
    result = []
    for pair in pairs:  # what linking applies both ways (one-way kinds: what the contact decides)
        mine, theirs = getattr(holder, pair.contact_field), getattr(record, pair.record_field)
        if mine != theirs:
            result.append(FieldDifference(pair.contact_field, pair.record_field, mine, theirs))
    return result


@dataclass(frozen=True)
class LinkParties:
    """Who a link would tie together, for the dialog's warning and summary (read, nothing written)."""

    holder_no: str
    holder_name: str
    record_name: str
    names_differ: bool
    also_linked: list[tuple[str, str]]  # (table, no) of the holder's other links: they follow the contact


def parties(session: Session, contact_no: str, table: str, record_no: str) -> LinkParties:
    holder = holder_for(session, contact_no, table)
    record = get_record(session, table, record_no)
    others = [(row.link_to_table, row.no) for row in links_of(session, holder.no) if row.link_to_table]
    return LinkParties(
        holder.no, holder.name or "", record.name or "", names_differ(holder.name, record.name), others
    )


def link_existing(
    session: Session,
    contact_no: str,
    table: str,
    record_no: str,
    master: str = "contact",
    choices: dict[str, str] | None = None,
) -> Contact:
    """Link an existing record. Without a choice for a field, the side that has a value wins; where both
    have one, the `master` side ('contact' | 'record'); `choices` ({contact_field: 'contact' | 'record'})
    decide per field. A blank never overwrites a value unless a choice says so. A one-way kind takes the
    contact's values: the record wins only where the contact's value is blank."""
    entry = kind(table)
    if master not in ("contact", "record") or not set((choices or {}).values()) <= {"contact", "record"}:
        raise UserError("Current master fields must be Contact or {kind}.", kind=entry.texts.caption)
    if entry.one_way and master == "record":
        _refuse_record_master(entry)
    code = require_relation_code(session, table)
    holder = holder_for(session, contact_no, table)
    record = get_record(session, table, record_no)
    refuse_existing_link(session, holder, table, record_no)
    add_link(session, holder, table, record_no, code)
    found = differences(session, holder.no, table, record_no)
    winners = default_winners(found, master) | {
        field: side for field, side in (choices or {}).items() if field in {d.contact_field for d in found}
    }
    if entry.one_way:  # the contact decides; a record's value only fills a blank of the contact
        for d in found:
            if winners[d.contact_field] == "record" and not is_blank(d.contact_value):
                _refuse_record_master(entry)
    synchronizing = unit(session).synchronizing
    synchronizing.add((table, record_no))  # the winner's values are synchronization, for this flush only
    try:
        _apply(session, entry, holder, record, winners)
    finally:
        synchronizing.discard((table, record_no))
    primary_after_link(session, record, get_record(session, "contact", contact_no), holder)
    session.flush()
    return holder


def _refuse_record_master(entry: Kind) -> None:
    raise UserError(
        "{kinds} take their synchronized fields from the contact: the contact's values win.",
        field="master",
        kinds=entry.texts.plural,
    )


def _apply(session: Session, entry: Kind, holder: Contact, record: Any, winners: dict[str, str]) -> None:
    table = entry.name
    for pair in field_map(session).contact_to_record(table):
        if pair.direction == "to_record" and not entry.one_way:  # e.g. contact type: the contact decides
            set_if_different(record, pair.record_field, getattr(holder, pair.contact_field))
            continue
        if pair.contact_field not in winners:
            continue
        mine, theirs = getattr(holder, pair.contact_field), getattr(record, pair.record_field)
        if winners[pair.contact_field] == "contact":
            setattr(record, pair.record_field, mine)
            write_journal(session, holder, pair.contact_field, record, pair.record_field, theirs, mine)
        else:
            setattr(holder, pair.contact_field, theirs)
            write_journal(session, record, pair.record_field, holder, pair.contact_field, mine, theirs)
    session.flush()
