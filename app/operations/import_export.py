"""Import / Export Contacts (SPEC §15) for scripts and the command line: a file in, a plain report out."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from app.db import Database
from app.errors import domain_text
from app.io.files import export_rows, read_contacts, write_contacts
from app.io.importer import CREATE, ERROR, UNCHANGED, UPDATE, apply_import, preview_import
from app.io.results import RowResult

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
    notes: list[str] = field(default_factory=list)  # what reading the file left out (unknown columns …)
    rows: list[RowResult] = field(default_factory=list)  # row by row, in file order

    def summary(self) -> str:
        """'3 new, 2 changed, 6 unchanged, 1 refused', translated where it is shown."""
        return domain_text("{new} new, {changed} changed, {unchanged} unchanged, {failed} refused").format(
            new=self.created, changed=self.updated, unchanged=self.unchanged, failed=len(self.errors)
        )


def import_contacts(db: Database, path: str | Path, apply: bool = False) -> ImportReport:
    """Read a CSV or vCard file and preview the import (nothing is written) or, with `apply`, import it in
    one transaction. Refused rows are reported and left out; the other rows are imported."""
    rows, notes = read_contacts(Path(path))
    if apply:
        result = db.run(apply_import, rows, notes)  # retried if another user's save overtook this one
        log.info("imported %s: %d rows", path, len(rows))
    else:
        with db.session() as session:
            result = preview_import(session, rows, notes)
    return ImportReport(
        applied=result.applied,
        created=result.count(CREATE),
        updated=result.count(UPDATE),
        unchanged=result.count(UNCHANGED),
        errors=[RowError(r.line, r.name, r.message, r.field) for r in result.rows if r.action == ERROR],
        notes=[note.message for note in result.notes],
        rows=result.rows,
    )


def export_contacts(db: Database, path: str | Path, nos: list[str] | None = None) -> int:
    """Write all contacts (or those numbered `nos`) to a vCard file, or CSV when the name ends in .csv/.txt;
    returns how many were written."""
    with db.session() as session:
        rows = export_rows(session, nos)
    count = write_contacts(Path(path), rows)
    log.info("exported %d contacts to %s", count, path)
    return count


__all__ = ["ImportReport", "RowError", "export_contacts", "import_contacts"]
