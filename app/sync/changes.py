"""Which fields of an ORM object really changed in this flush (attribute history, old != new)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import inspect
from sqlalchemy.orm import Mapper

Change = tuple[Any, Any]  # (old, new); old is None when the old value was never loaded
_SKIPPED = ("version", "last_modified")  # bookkeeping, not a user's change
_COLUMNS: dict[Mapper[Any], frozenset[str]] = {}


def _columns(mapper: Mapper[Any]) -> frozenset[str]:
    columns = _COLUMNS.get(mapper)
    if columns is None:
        columns = _COLUMNS[mapper] = frozenset(p.key for p in mapper.column_attrs if p.key not in _SKIPPED)
    return columns


def real_changes(obj: Any) -> dict[str, Change]:
    """Only the attributes set since the last flush are looked at (the state's committed_state holds
    exactly those), not every column of the object."""
    state = inspect(obj)
    columns = _columns(state.mapper)
    result: dict[str, Change] = {}
    for key in state.committed_state:
        if key not in columns:
            continue
        history = state.attrs[key].history
        if not history.added:
            continue
        new = history.added[0]
        old = history.deleted[0] if history.deleted else None
        if old != new:
            result[key] = (old, new)
    return result


def set_if_different(obj: Any, field: str, value: Any) -> bool:
    """Write only real changes (SPEC §6.3); say whether anything was written."""
    if getattr(obj, field) == value:
        return False
    setattr(obj, field, value)
    return True
