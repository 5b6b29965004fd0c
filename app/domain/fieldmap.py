"""The explicit shared-field map of SPEC §4, stored as data so that the setup can switch fields off."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.setup import shared_read
from app.kinds import KINDS
from app.models import SyncFieldMap


def default_rows() -> list[tuple[str, str, str, str]]:
    """(contact_field, link_to_table, record_field, direction) for a new database, from the registry."""
    return [(c, k.name, r, d) for k in KINDS if k.linked for c, r, d in k.field_map]


@dataclass(frozen=True)
class FieldPair:
    contact_field: str
    record_field: str
    direction: str


class FieldMap:
    """The enabled rows, grouped by linked table, with the questions the sync engine asks of them."""

    def __init__(self, rows: Sequence[Any]) -> None:
        """`rows`: SyncFieldMap objects or plain rows with the same attributes."""
        self._by_table: dict[str, list[FieldPair]] = {}
        for row in rows:
            if row.enabled:
                self._by_table.setdefault(row.link_to_table, []).append(
                    FieldPair(row.contact_field, row.record_field, row.direction)
                )

    def pairs(self, table: str) -> list[FieldPair]:
        return self._by_table.get(table, [])

    def contact_to_record(self, table: str) -> list[FieldPair]:
        """Pairs that follow a later change of the contact."""
        return [p for p in self.pairs(table) if p.direction in ("both", "to_record")]

    def record_to_contact(self, table: str) -> list[FieldPair]:
        """Pairs that a later change of the linked record brings back to the contact."""
        return [p for p in self.pairs(table) if p.direction == "both"]

    def at_creation(self, table: str) -> list[FieldPair]:
        """Every pair: creating one side from the other copies create-only fields too."""
        return self.pairs(table)

    def record_fields(self, table: str) -> set[str]:
        return {p.record_field for p in self.pairs(table)}

    def contact_fields(self) -> set[str]:
        return {p.contact_field for pairs in self._by_table.values() for p in pairs}


_CACHE_KEY = "sync.fieldmap"


_COLUMNS = (
    SyncFieldMap.contact_field,
    SyncFieldMap.link_to_table,
    SyncFieldMap.record_field,
    SyncFieldMap.direction,
    SyncFieldMap.enabled,
)


def _read(session: Session) -> FieldMap:
    with session.no_autoflush:  # plain rows: building ~60 ORM objects per read cost a tenth of an edit
        return FieldMap(tuple(session.execute(select(*_COLUMNS))))


def field_map(session: Session) -> FieldMap:
    """The map as stored: read once per database and shared until a setup change is committed (a session
    that changes the map reads its own; `app.operations.setup` drops the session's copy when it does)."""
    return shared_read(session, _CACHE_KEY, lambda: _read(session))
