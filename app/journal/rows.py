"""The sync history of one record as display rows: one row per field a change carried, source → targets."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from app.journal.history import JournalChange, history, last_entry_id
from app.models import SyncJournalEntry

RecordKey = tuple[str, str]  # (table, no)


@dataclass(frozen=True)
class HistoryRow:
    """What one field of one change did. Rows of the same change share `change_id`; `first` marks the
    first row of a change (the one that shows its time and user)."""

    change_id: str
    created_at: datetime
    user_name: str
    field: str
    old_value: str | None
    new_value: str | None
    sources: tuple[RecordKey, ...]
    targets: tuple[RecordKey, ...]
    first: bool


def _group_key(entry: SyncJournalEntry) -> tuple[str, str | None, str | None]:
    return (entry.target_field, entry.old_value, entry.new_value)


def change_rows(change: JournalChange) -> list[HistoryRow]:
    """Split one change into rows: the entries that moved the same value of the same field belong together;
    their source is the record that is no target of the group (the record the user edited)."""
    groups: dict[tuple[str, str | None, str | None], list[SyncJournalEntry]] = {}
    for entry in change.entries:
        groups.setdefault(_group_key(entry), []).append(entry)
    rows = []
    for index, ((field, old, new), entries) in enumerate(groups.items()):
        targets = list(dict.fromkeys((e.target_table, e.target_no) for e in entries))
        sources = [
            key for key in dict.fromkeys((e.source_table, e.source_no) for e in entries) if key not in targets
        ] or [(entries[0].source_table, entries[0].source_no)]
        rows.append(
            HistoryRow(
                change.change_id,
                change.created_at,
                change.user_name,
                field,
                old,
                new,
                tuple(sources),
                tuple(targets),
                index == 0,
            )
        )
    return rows


def history_rows(session: Session, table: str, no: str, limit: int = 200) -> list[HistoryRow]:
    """The changes that touched the record, newest first, as rows."""
    return [row for change in history(session, table, no, limit) for row in change_rows(change)]


@dataclass(frozen=True)
class HistoryPage:
    """Rows newest first, and the newest journal row id they were read up to (the next page starts there)."""

    rows: list[HistoryRow]
    seen_id: int


def history_page(
    session: Session, table: str, no: str, limit: int = 200, after_id: int | None = None
) -> HistoryPage:
    """All rows (after_id None), or only those of changes written after journal row `after_id`: a panel
    that shows the older ones puts these on top instead of reading everything again."""
    seen = last_entry_id(session)  # read first: a change committed meanwhile is read next time, not lost
    changes = history(session, table, no, limit, after_id=after_id, up_to=seen)
    return HistoryPage([row for change in changes for row in change_rows(change)], seen)
