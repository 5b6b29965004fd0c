"""Writing one sync journal row (SPEC §6.8); used by the engine and by the linking flows."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from app.models import SyncJournalEntry
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
