"""Batch job "Create Contacts from Customers / Vendors / Bank Accounts" (SPEC §7.3): filtered as BC's request
page, idempotent, chunked, one commit per chunk, with progress and a cancellation that answers mid-chunk."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import Session

from app.db import Database
from app.domain.setup import require_contact_nos, require_relation_code
from app.duplicates.bulk import Postings
from app.errors import UserError, domain_text
from app.kinds import Kind
from app.kinds import kind as registry_kind
from app.models import ContactBusinessRelation
from app.operations.batch_filters import Filters, conditions
from app.operations.batch_sql import ChunkCancelled, create_chunk

Progress = Callable[[int, int], None]  # (done, total)
FIRST_CHUNK = 100  # records in the first chunk when chunks are sized by time
MIN_CHUNK = 20
CHUNK_STEPS = 6  # the checkpoints of batch_sql.create_chunk: the bar moves by a step at each


@dataclass
class BatchCount:
    """What the request page shows before OK: the records its filters select, and how many get a contact."""

    total: int = 0
    linked: int = 0  # already linked: skipped

    @property
    def to_create(self) -> int:
        return self.total - self.linked


@dataclass
class BatchResult:
    created: int = 0
    skipped: int = 0
    cancelled: bool = False
    duplicates: list[str] = field(default_factory=list)  # new contacts that resemble existing ones
    refused: list[tuple[UserError, int]] = field(default_factory=list)  # (reason, records not done)

    @property
    def refused_count(self) -> int:
        return sum(n for _reason, n in self.refused)

    def summary(self, kind: str) -> str:
        """`kind`: a registry name ("bank_account"); the text is translated where it is shown."""
        # label: count pairs, which read right for one and for many ("1 contacts created" did not)
        template = domain_text(
            "Contacts created from {kinds}: {created}; skipped (already linked): {skipped}."
        )
        kinds = domain_text(registry_kind(kind).texts.plural_lower)
        text = template.format(created=self.created, kinds=kinds, skipped=self.skipped)
        if self.duplicates:
            text += " " + domain_text("Possible duplicates found: {n}.").format(n=len(self.duplicates))
        for reason, n in self.refused:
            text += " " + domain_text("Refused ({n}): {reason}").format(n=n, reason=reason.message)
        return text + (" " + domain_text("Cancelled: what was done stays done.") if self.cancelled else "")


def _batch_kind(table: str) -> Kind:
    entry = registry_kind(table)
    if not entry.has_batch:
        raise UserError("Contacts cannot be created in a batch from {kinds}.", kinds=entry.texts.plural_lower)
    return entry


def _selected(entry: Kind, nos: list[str] | None, where: list[ColumnElement[bool]]) -> Select[tuple[str]]:
    model = entry.model
    query = select(model.no).where(*where)  # type: ignore[attr-defined]
    return query.where(model.no.in_(nos)) if nos is not None else query  # type: ignore[attr-defined]


def count_records(
    session: Session, table: str, filters: Filters | None = None, nos: list[str] | None = None
) -> BatchCount:
    """The request page's count: records the filters select, and of those the ones already linked. A
    filter that is not one is a refusal naming its field."""
    entry = _batch_kind(table)
    base = _selected(entry, nos, conditions(table, filters))
    linked = select(ContactBusinessRelation.no).where(ContactBusinessRelation.link_to_table == table)
    total = session.scalar(select(func.count()).select_from(base.subquery())) or 0
    done = session.scalar(
        select(func.count()).select_from(base.where(entry.model.no.in_(linked)).subquery())  # type: ignore[attr-defined]
    )
    return BatchCount(total=total, linked=done or 0)


def create_contacts_from(
    db: Database,
    table: str,
    *,
    nos: list[str] | None = None,
    filters: Filters | None = None,
    progress: Progress | None = None,
    should_cancel: Callable[[], bool] | None = None,
    chunk_size: int = 5000,
    chunk_seconds: float | None = None,
) -> BatchResult:
    """Create a company contact (and primary person) for every `table` record without a link, among those
    numbered `nos` and selected by `filters` (field → BC filter text, app.operations.batch_filters).

    Each chunk is a handful of set-based statements in one unit of work (app.operations.batch_sql); records
    linked meanwhile (by a user, or by an earlier run) are skipped, so running the job again is harmless.
    `chunk_seconds` sizes the chunks by time (at most `chunk_size` records), so that progress moves and a
    worker's Cancel answers that often; `should_cancel` is also checked between a chunk's statements, and a
    chunk cancelled midway is rolled back whole (no contact without its link)."""
    _batch_kind(table)
    cancel = should_cancel or (lambda: False)
    with db.session() as session:  # refuse up front, before any work, when setup or a filter is wrong
        require_relation_code(session, table)
        require_contact_nos(session)
        where = conditions(table, filters)
        count = count_records(session, table, filters, nos)
    result = BatchResult(skipped=count.linked)
    total = count.total
    if progress:
        progress(result.skipped, total)
    after: str | None = None
    postings: Postings | None = None  # who carries which search string: read once for the whole job
    size = min(chunk_size, FIRST_CHUNK) if chunk_seconds else chunk_size
    reported = result.skipped

    def report(done: int) -> None:  # never backwards, whatever a chunk turns out to hold
        nonlocal reported
        if progress and done > reported:
            reported = done
            progress(done, total)

    def cancel_within(steps: list[int], start: int, rows: int) -> Callable[[], bool]:
        """The chunk's checkpoints also move the bar a step (the bar moves while a chunk runs)."""

        def ask() -> bool:
            steps[0] += 1
            report(start + rows * min(steps[0], CHUNK_STEPS) // (CHUNK_STEPS + 1))
            return cancel()

        return ask

    while result.created + result.skipped < total:
        if cancel():
            result.cancelled = True
            break
        started = time.perf_counter()
        try:
            with db.unit_of_work() as session:
                postings = Postings(session) if postings is None else postings.rebind(session)
                done = result.created + result.skipped
                within = cancel_within([0], done, min(size, total - done))
                chunk = create_chunk(session, table, after, size, nos, postings, where=where, cancel=within)
        except ChunkCancelled:  # rolled back whole
            result.cancelled = True
            break
        except UserError as exc:  # e.g. the number series ran out: the rest is refused, what is done stays
            result.refused.append((exc, total - result.created - result.skipped))
            break
        if chunk.last is None:  # the rest was linked or deleted by someone else meanwhile
            result.skipped = total - result.created
        else:
            result.created += chunk.created
            result.duplicates += chunk.duplicates
            after = chunk.last
        report(result.skipped + result.created)
        if chunk_seconds:
            elapsed = max(time.perf_counter() - started, 1e-3)
            size = max(MIN_CHUNK, min(chunk_size, int(size * min(chunk_seconds / elapsed, 2.0))))
    return result
