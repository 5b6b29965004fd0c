"""Undo a propagated change as a whole, when none of the records it touched has changed since (SPEC §6.8)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import UserError
from app.kinds import kind
from app.models import SyncJournalEntry
from app.sync.journal_writer import write_journal
from app.unit_of_work import unit

Slot = tuple[str, str, str]  # (table, no, field)


def _as_text(value: Any) -> str | None:
    return None if value is None else str(value)


def _restore_plan(entries: list[SyncJournalEntry]) -> dict[Slot, tuple[str | None, str | None]]:
    """{slot: (value it must hold now, value to restore)} for every target and every root source."""
    plan: dict[Slot, tuple[str | None, str | None]] = {}
    targets = {(e.target_table, e.target_no, e.target_field) for e in entries}
    for entry in entries:
        plan[(entry.target_table, entry.target_no, entry.target_field)] = (entry.new_value, entry.old_value)
    for entry in entries:  # the record the user edited: it carried the same old value as its targets
        source = (entry.source_table, entry.source_no, entry.source_field)
        if source not in targets and source not in plan:
            plan[source] = (entry.new_value, entry.old_value)
    return plan


def undo_change(session: Session, change_id: str) -> int:
    """Put every value of the change back; refuse, naming the record, when one has changed since.
    Returns how many values were restored."""
    query = select(SyncJournalEntry).where(SyncJournalEntry.change_id == change_id)
    entries = list(session.scalars(query.order_by(SyncJournalEntry.id)))
    if not entries:
        raise UserError("There is nothing to undo for this change.")
    plan = _restore_plan(entries)
    records: dict[tuple[str, str], Any] = {}
    for (table, no, field), (expected, _old) in plan.items():
        record = records.get((table, no)) or session.get(kind(table).model, no)
        if record is None:
            raise UserError(
                "The change cannot be undone: {kind} {no} has been deleted since.",
                kind=kind(table).texts.caption,
                no=no,
            )
        records[(table, no)] = record
        if _as_text(getattr(record, field)) != expected:
            raise UserError(
                "The change cannot be undone: {field} of {kind} {no} has changed since "
                "(now \u201c{value}\u201d).",
                field=field,
                kind=kind(table).texts.lower,
                no=no,
                value=getattr(record, field),
            )
    synchronizing = unit(session).synchronizing
    synchronizing.update(records)  # putting values back is synchronization, not an edit: for this flush
    try:
        _restore(session, entries, plan, records)
    finally:
        synchronizing.difference_update(records)
    return len(plan)


def _restore(
    session: Session,
    entries: list[SyncJournalEntry],
    plan: dict[Slot, tuple[str | None, str | None]],
    records: dict[tuple[str, str], Any],
) -> None:
    for (table, no, field), (_expected, old) in plan.items():
        record = records[(table, no)]
        current = getattr(record, field)
        # Journal values are text; turn them back into the column's type.
        value = old == "True" if isinstance(current, bool) else (old or "")
        setattr(record, field, value)
    # The undo is a change of its own: the same rows reversed, so that it shows in the history and can
    # itself be undone. The engine does not journal it (every touched record is a source of this flush).
    for entry in entries:
        source = records[(entry.source_table, entry.source_no)]
        target = records[(entry.target_table, entry.target_no)]
        write_journal(
            session, source, entry.source_field, target, entry.target_field, entry.new_value, entry.old_value
        )
    session.flush()  # all touched records change in one flush: none propagates back into another
