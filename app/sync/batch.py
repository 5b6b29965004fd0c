"""Batch job "Create Contacts from Customers / Vendors / Bank Accounts" (SPEC §7.3): idempotent, chunked,
one commit per chunk, with progress and cancellation."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import func, select

from app.db import Database
from app.models import MODEL_BY_TABLE, ContactBusinessRelation
from app.sync.contact_from_record import create_contact_for
from app.sync.engine import DUPLICATES_FOUND_KEY
from app.sync.setup import require_contact_nos, require_relation_code

Progress = Callable[[int, int], None]  # (done, total)


@dataclass
class BatchResult:
    created: int = 0
    skipped: int = 0
    cancelled: bool = False
    duplicates: list[str] = field(default_factory=list)  # new contacts that resemble existing ones

    def summary(self, kind: str) -> str:
        text = f"{self.created} contacts created from {kind}s, {self.skipped} skipped (already linked)."
        if self.duplicates:
            text += f" {len(self.duplicates)} possible duplicates found: {', '.join(self.duplicates[:10])}."
        return text + (" Cancelled: what was done stays done." if self.cancelled else "")


def create_contacts_from(
    db: Database,
    table: str,
    *,
    nos: list[str] | None = None,
    progress: Progress | None = None,
    should_cancel: Callable[[], bool] | None = None,
    chunk_size: int = 500,
) -> BatchResult:
    """Create a company contact (and primary person) for every `table` record without a link."""
    model = MODEL_BY_TABLE[table]
    with db.unit_of_work() as session:  # refuse up front, before any work, when setup is incomplete
        require_relation_code(session, table)
        require_contact_nos(session)
        linked = select(ContactBusinessRelation.no).where(ContactBusinessRelation.link_to_table == table)
        base = select(model.no)  # type: ignore[attr-defined]
        if nos is not None:
            base = base.where(model.no.in_(nos))  # type: ignore[attr-defined]
        total = session.scalar(select(func.count()).select_from(base.subquery())) or 0
        todo = list(session.scalars(base.where(model.no.not_in(linked)).order_by(model.no)))  # type: ignore[attr-defined]
    result = BatchResult(skipped=total - len(todo))
    if progress:
        progress(result.skipped, total)
    for start in range(0, len(todo), chunk_size):
        if should_cancel and should_cancel():
            result.cancelled = True
            break
        chunk = todo[start : start + chunk_size]
        with db.unit_of_work() as session, session.no_autoflush:  # one flush, one sync run per chunk
            records = {r.no: r for r in session.scalars(select(model).where(model.no.in_(chunk)))}  # type: ignore[attr-defined]
            taken = set(
                session.scalars(
                    select(ContactBusinessRelation.no).where(
                        ContactBusinessRelation.link_to_table == table, ContactBusinessRelation.no.in_(chunk)
                    )
                )
            )
            for no in chunk:
                record = records.get(no)
                if record is None or no in taken:
                    result.skipped += 1  # deleted or linked by someone else meanwhile
                    continue
                create_contact_for(session, record)
                result.created += 1
            session.flush()
            result.duplicates += sorted(session.info.get(DUPLICATES_FOUND_KEY, {}))
        if progress:
            progress(result.skipped + result.created, total)
    return result
