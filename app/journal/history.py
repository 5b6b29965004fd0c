"""Read the sync journal per record, grouped into the changes (one user action each) it belonged to."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from app.domain.fields import caption
from app.errors import domain_text
from app.models import SyncJournalEntry


@dataclass
class JournalChange:
    """One propagated change: all journal rows of one user action."""

    change_id: str
    created_at: datetime
    user_name: str
    entries: list[SyncJournalEntry] = field(default_factory=list)

    @property
    def summary(self) -> str:
        """'City: “Berlin” → “Hamburg” from contact CT000001 to customer C00001', translated."""
        first = self.entries[0]
        targets = {f"{_table(e.target_table)} {e.target_no}" for e in self.entries}
        template = domain_text("{field}: “{old}” → “{new}” from {source} to {targets}")
        return template.format(
            field=domain_text(caption(first.source_field)),
            old=first.old_value,
            new=first.new_value,
            source=f"{_table(first.source_table)} {first.source_no}",
            targets=", ".join(sorted(targets)),
        )


def _table(table: str) -> str:
    return domain_text(table.replace("_", " "))


def history(
    session: Session,
    table: str,
    no: str,
    limit: int = 200,
    *,
    after_id: int | None = None,
    up_to: int | None = None,
) -> list[JournalChange]:
    """Changes that touched the record as source or target, newest first; with `after_id` only the changes
    written after that journal row (what a panel that already shows the older ones appends), with `up_to`
    none written after that one."""
    touching = (
        select(SyncJournalEntry.change_id)
        .where(
            or_(
                (SyncJournalEntry.target_table == table) & (SyncJournalEntry.target_no == no),
                (SyncJournalEntry.source_table == table) & (SyncJournalEntry.source_no == no),
            )
        )
        .distinct()
    )
    if after_id is not None:
        touching = touching.where(SyncJournalEntry.id > after_id)
    query = select(SyncJournalEntry).where(SyncJournalEntry.change_id.in_(touching))
    if up_to is not None:
        query = query.where(SyncJournalEntry.id <= up_to)
    rows = session.scalars(query.order_by(SyncJournalEntry.id.desc()).limit(limit * 10)).all()
    changes: dict[str, JournalChange] = {}
    for entry in rows:
        change = changes.setdefault(
            entry.change_id, JournalChange(entry.change_id, entry.created_at, entry.user_name)
        )
        change.entries.insert(0, entry)
    return list(changes.values())[:limit]


def last_entry_id(session: Session) -> int:
    """The newest journal row's id (0: none): what a panel has seen when it loaded."""
    return int(session.scalar(select(func.max(SyncJournalEntry.id))) or 0)
