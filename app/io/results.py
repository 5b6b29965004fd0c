"""What an import preview or an import did, row by row (plain data, shown by the preview dialog)."""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as _field
from typing import Any

from app.errors import UserError
from app.io.columns import Dropped

CREATE, UPDATE, UNCHANGED, ERROR = "create", "update", "unchanged", "error"
FILE, DATABASE = "file", "database"  # where the file and the database both have a value and they differ
KEPT_ROWS = 2_000  # rows a result keeps to show; beyond them it counts (a million-row file stays small)
# Beyond KEPT_ROWS a row is still kept when it has something to report (refused, or values not stored), so
# that nothing is dropped without its line being named, up to this many (then they are counted).
REPORTED_ROWS = 100_000


class ImportCancelled(UserError):
    """The user cancelled; the unit of work rolls back, nothing is written."""


@dataclass(frozen=True)
class ImportOptions:
    """`prefer`: which value wins where both sides have one and they differ (FILE or DATABASE);
    `except_lines`: rows of the file for which the user chose the other side."""

    prefer: str = FILE
    except_lines: frozenset[int] = frozenset()

    def keeps(self, line: int) -> bool:
        """True when row `line` keeps the database's values where both differ."""
        return (self.prefer == DATABASE) != (line in self.except_lines)


@dataclass(frozen=True, slots=True)
class FieldChange:
    field: str
    old: Any
    new: Any


@dataclass(frozen=True, slots=True)
class Propagation:
    """A record that receives the contact's change and which of its fields: a linked customer, vendor or
    bank account (SPEC §4 map), or a person inheriting from its company (SPEC §6.4)."""

    table: str
    no: str
    fields: tuple[str, ...]


@dataclass(slots=True)  # up to KEPT_ROWS + REPORTED_ROWS of them are kept
class RowResult:
    line: int
    name: str
    action: str
    contact_no: str | None = None
    changes: list[FieldChange] = _field(default_factory=list)
    propagation: list[Propagation] = _field(default_factory=list)
    message: str = ""
    field: str | None = None
    dropped: list[Dropped] = _field(default_factory=list)  # values of the file the contact will not hold
    conflicts: list[FieldChange] = _field(default_factory=list)  # kept database value (old), file value (new)
    overwrites: list[FieldChange] = _field(default_factory=list)  # the file's value replaced a different one
    company_created: str = ""  # the person's company, made by this row


@dataclass
class ImportResult:
    rows: list[RowResult]
    notes: list[UserError] = _field(default_factory=list)
    applied: bool = False
    counts: dict[str, int] = _field(default_factory=dict)
    dropped_rows: int = 0  # rows with values that are not stored
    conflict_rows: int = 0
    companies_created: int = 0
    reported: list[RowResult] = _field(default_factory=list)  # later rows to report (see REPORTED_ROWS)

    def add(self, row: RowResult) -> None:
        self.counts[row.action] = self.counts.get(row.action, 0) + 1
        self.dropped_rows += bool(row.dropped)
        self.conflict_rows += bool(row.conflicts)
        self.companies_created += bool(row.company_created)
        self.rows.append(row)
        if len(self.rows) >= 2 * KEPT_ROWS:  # keep the first rows of the file, amortised
            self._trim()

    def _trim(self) -> None:
        self.rows.sort(key=lambda r: r.line)
        for later in self.rows[KEPT_ROWS:]:
            if (later.action == ERROR or later.dropped) and len(self.reported) < REPORTED_ROWS:
                self.reported.append(_reported(later))
        del self.rows[KEPT_ROWS:]

    def finish(self) -> None:
        """The first KEPT_ROWS rows, then every later row that has something to report, by line."""
        self._trim()
        self.rows.extend(sorted(self.reported, key=lambda r: r.line))
        self.reported = []

    def count(self, action: str) -> int:
        if not self.counts and self.rows:  # built from a list of rows
            return sum(1 for row in self.rows if row.action == action)
        return self.counts.get(action, 0)

    @property
    def total(self) -> int:
        return sum(self.counts.values()) if self.counts else len(self.rows)

    @property
    def complete(self) -> bool:
        """True when every row is kept (else the preview shows the first KEPT_ROWS)."""
        return len(self.rows) == self.total


def _reported(row: RowResult) -> RowResult:
    """A row beyond the kept ones, kept for what it reports (refused, or values not stored): its line,
    name, action, message and values not stored; what it changed is only counted."""
    return RowResult(row.line, row.name, row.action, row.contact_no, message=row.message, field=row.field,
                     dropped=row.dropped, company_created=row.company_created)  # fmt: skip


__all__ = [
    "CREATE", "DATABASE", "ERROR", "FILE", "KEPT_ROWS", "UNCHANGED", "UPDATE", "FieldChange",
    "ImportCancelled",
    "ImportOptions", "ImportResult", "Propagation", "RowResult",
]  # fmt: skip
