"""What an import preview or an import did, row by row (plain data, shown by the preview dialog)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.errors import UserError

CREATE, UPDATE, UNCHANGED, ERROR = "create", "update", "unchanged", "error"


@dataclass(frozen=True)
class FieldChange:
    field: str
    old: Any
    new: Any


@dataclass(frozen=True)
class Propagation:
    """A record that receives the contact's change and which of its fields: a linked customer, vendor or
    bank account (SPEC §4 map), or a person inheriting from its company (SPEC §6.4)."""

    table: str
    no: str
    fields: tuple[str, ...]


@dataclass
class RowResult:
    line: int
    name: str
    action: str
    contact_no: str | None = None
    changes: list[FieldChange] = field(default_factory=list)
    propagation: list[Propagation] = field(default_factory=list)
    message: str = ""
    field: str | None = None


@dataclass
class ImportResult:
    rows: list[RowResult]
    notes: list[UserError] = field(default_factory=list)
    applied: bool = False

    def count(self, action: str) -> int:
        return sum(1 for row in self.rows if row.action == action)


__all__ = [
    "CREATE", "ERROR", "UNCHANGED", "UPDATE", "FieldChange", "ImportResult", "Propagation", "RowResult",
]  # fmt: skip
