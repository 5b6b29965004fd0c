"""Import / Export Contacts (SPEC §15) for scripts, the command line and the UI's worker: a file in, a plain
report out. The file is read lazily (twice: companies, then persons), so a large file is never in memory."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from app.db import Database
from app.errors import domain_text
from app.io.columns import Dropped
from app.io.files import Source, check_mapping, export_rows, open_source, write_contacts
from app.io.importer import CREATE, ERROR, UNCHANGED, UPDATE, apply_import, preview_import
from app.io.mapping_store import remember, remembered
from app.io.profiles import Mapping
from app.io.results import ImportOptions, ImportResult, RowResult

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RowError:
    """A row the import refused: where it is in the file and why (`field`: the SPEC name to blame, if any)."""

    line: int
    name: str
    message: str
    field: str | None = None


@dataclass(frozen=True)
class ImportReport:
    """What an import would do (`applied` False: the preview, nothing written) or did, in counts."""

    applied: bool
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: list[RowError] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # how the file was read (encoding …)
    rows: list[RowResult] = field(default_factory=list)  # row by row, in file order (the first KEPT_ROWS)
    profile: str = ""  # the program that wrote the file (CSV), see app.io.profiles.PROFILE_NAMES
    not_stored: dict[int, list[Dropped]] = field(default_factory=dict)  # line -> values not stored
    companies_created: int = 0

    def summary(self) -> str:
        """'3 new, 2 changed, 6 unchanged, 1 refused', translated where it is shown."""
        return domain_text("{new} new, {changed} changed, {unchanged} unchanged, {failed} refused").format(
            new=self.created, changed=self.updated, unchanged=self.unchanged, failed=len(self.errors)
        )


def prepare(db: Database, path: Path) -> tuple[Source, Mapping | None]:
    """Open the file and the mapping its columns get: the one remembered for this header set, else the
    profile's."""
    source = open_source(path)
    mapping = source.mapping
    if mapping is not None:
        with db.session() as session:
            mapping = remembered(session, mapping)
    return source, mapping


def run_import(
    db: Database,
    source: Source,
    mapping: Mapping | None = None,
    apply: bool = False,
    options: ImportOptions | None = None,
    progress: Callable[[int], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> ImportResult:
    """Preview (nothing written) or apply the import of an opened file; applying keeps the mapping for the
    next file with the same columns. ImportCancelled when should_cancel() turns true (nothing written)."""

    def rows():  # type: ignore[no-untyped-def]
        return source.rows(mapping)

    if not apply:
        with db.session() as session:
            return preview_import(session, rows, source.notes, options, progress, should_cancel)

    def work(session):  # type: ignore[no-untyped-def]
        if mapping is not None:
            remember(session, mapping)
        return apply_import(session, rows, source.notes, options, progress, should_cancel)

    result = db.run(work)  # retried if another user's save overtook this one
    log.info("imported a file: %d rows", result.total)
    return result


def report_of(result: ImportResult, profile: str = "") -> ImportReport:
    return ImportReport(
        applied=result.applied,
        created=result.count(CREATE),
        updated=result.count(UPDATE),
        unchanged=result.count(UNCHANGED),
        errors=[RowError(r.line, r.name, r.message, r.field) for r in result.rows if r.action == ERROR],
        notes=[note.message for note in result.notes],
        rows=result.rows,
        profile=profile,
        not_stored={r.line: list(r.dropped) for r in result.rows if r.dropped},
        companies_created=result.companies_created,
    )


def import_contacts(db: Database, path: str | Path, apply: bool = False,
                    options: ImportOptions | None = None) -> ImportReport:  # fmt: skip
    """Read a CSV or vCard file and preview the import (nothing is written) or, with `apply`, import it in
    one transaction. Refused rows are reported and left out; the other rows are imported."""
    source, mapping = prepare(db, Path(path))
    check_mapping(source.path, mapping)  # the preview dialog maps such columns by hand; here: refused
    result = run_import(db, source, mapping, apply, options)
    return report_of(result, mapping.profile if mapping is not None else "vcard")


def export_contacts(db: Database, path: str | Path, nos: list[str] | None = None) -> int:
    """Write all contacts (or those numbered `nos`) to a vCard file, or CSV when the name ends in .csv/.txt;
    returns how many were written."""
    with db.session() as session:
        rows = export_rows(session, nos)
    count = write_contacts(Path(path), rows)
    log.info("exported %d contacts", count)
    return count


__all__ = [
    "ImportReport",
    "RowError",
    "export_contacts",
    "import_contacts",
    "prepare",
    "report_of",
    "run_import",
]
