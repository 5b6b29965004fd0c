"""Batch job "Create Contacts from Customers / Vendors / Bank Accounts" (SPEC §7.3): idempotent, chunked,
one commit per chunk, with progress and cancellation."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import func, select

from app.db import Database
from app.domain.setup import require_contact_nos, require_relation_code
from app.duplicates.bulk import Postings
from app.errors import UserError, domain_text
from app.kinds import kind as registry_kind
from app.models import ContactBusinessRelation
from app.operations.batch_sql import create_chunk

Progress = Callable[[int, int], None]  # (done, total)


@dataclass
class BatchResult:
    created: int = 0
    skipped: int = 0
    cancelled: bool = False
    duplicates: list[str] = field(default_factory=list)  # new contacts that resemble existing ones

    def summary(self, kind: str) -> str:
        """`kind`: a registry name ("bank_account"); the text is translated where it is shown."""
        template = domain_text("{created} contacts created from {kinds}, {skipped} skipped (already linked).")
        kinds = domain_text(registry_kind(kind).texts.plural_lower)
        text = template.format(created=self.created, kinds=kinds, skipped=self.skipped)
        if self.duplicates:
            text += " " + domain_text("{n} possible duplicates found: {nos}.").format(
                n=len(self.duplicates), nos=", ".join(self.duplicates[:10])
            )
        return text + (" " + domain_text("Cancelled: what was done stays done.") if self.cancelled else "")


def create_contacts_from(
    db: Database,
    table: str,
    *,
    nos: list[str] | None = None,
    progress: Progress | None = None,
    should_cancel: Callable[[], bool] | None = None,
    chunk_size: int = 5000,
) -> BatchResult:
    """Create a company contact (and primary person) for every `table` record without a link.

    Each chunk is a handful of set-based statements in one unit of work (app.operations.batch_sql); records
    linked meanwhile (by a user, or by an earlier run) are skipped, so running the job again is harmless."""
    entry = registry_kind(table)
    if not entry.has_batch:
        raise UserError("Contacts cannot be created in a batch from {kinds}.", kinds=entry.texts.plural_lower)
    model = entry.model
    with db.unit_of_work() as session:  # refuse up front, before any work, when setup is incomplete
        require_relation_code(session, table)
        require_contact_nos(session)
        linked = select(ContactBusinessRelation.no).where(ContactBusinessRelation.link_to_table == table)
        base = select(model.no)  # type: ignore[attr-defined]
        if nos is not None:
            base = base.where(model.no.in_(nos))  # type: ignore[attr-defined]
        total = session.scalar(select(func.count()).select_from(base.subquery())) or 0
        todo = (
            session.scalar(
                select(func.count()).select_from(base.where(model.no.not_in(linked)).subquery())  # type: ignore[attr-defined]
            )
            or 0
        )
    result = BatchResult(skipped=total - todo)
    if progress:
        progress(result.skipped, total)
    after: str | None = None
    postings: Postings | None = None  # who carries which search string: read once for the whole job
    while result.created + result.skipped < total:
        if should_cancel and should_cancel():
            result.cancelled = True
            break
        with db.unit_of_work() as session:
            postings = Postings(session) if postings is None else postings.rebind(session)
            chunk = create_chunk(session, table, after, chunk_size, nos, postings)
        if chunk.last is None:  # the rest was linked or deleted by someone else meanwhile
            result.skipped = total - result.created
        else:
            result.created += chunk.created
            result.duplicates += chunk.duplicates
            after = chunk.last
        if progress:
            progress(result.skipped + result.created, total)
    return result
