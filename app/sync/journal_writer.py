"""Writing one sync journal row (SPEC §6.8); used by the engine and by the linking flows."""

from __future__ import annotations

from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from app.changes import NEW, add_changes
from app.models import SyncJournalEntry
from app.models.base import utcnow
from app.unit_of_work import unit


def change_id_of(session: Session) -> str:
    """The id grouping every journal row of one user action (set per unit of work)."""
    return unit(session).change_id


def write_journal(
    session: Session, source: Any, source_field: str, target: Any, target_field: str, old: Any, new: Any
) -> None:
    session.add(
        SyncJournalEntry(
            change_id=change_id_of(session),
            user_name=unit(session).user,
            source_table=source.__tablename__,
            source_no=source.no,
            source_field=source_field,
            target_table=target.__tablename__,
            target_no=target.no,
            target_field=target_field,
            old_value=None if old is None else str(old),
            new_value=None if new is None else str(new),
        )
    )


def journal_row(
    session: Session, source: Any, source_field: str, target: Any, target_field: str, old: Any, new: Any
) -> dict[str, Any]:
    """The values of one journal row, for write_journal_rows."""
    context = unit(session)
    return {
        "change_id": context.change_id,
        "created_at": utcnow(),
        "user_name": context.user,
        "source_table": source.__tablename__,
        "source_no": source.no,
        "source_field": source_field,
        "target_table": target.__tablename__,
        "target_no": target.no,
        "target_field": target_field,
        "old_value": None if old is None else str(old),
        "new_value": None if new is None else str(new),
    }


def write_journal_rows(session: Session, rows: list[dict[str, Any]]) -> None:
    """All journal rows of one flush as one Core statement (the ORM adds nothing to an append-only log);
    announced on the change feed like ORM inserts, by id."""
    ids = session.scalars(insert(SyncJournalEntry).returning(SyncJournalEntry.id), rows).all()
    add_changes(session, SyncJournalEntry.__tablename__, (str(i) for i in ids), {NEW})
