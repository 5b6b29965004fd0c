"""Which fields of an ORM object really changed in this flush (attribute history, old != new)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import inspect
from sqlalchemy.orm import ColumnProperty

Change = tuple[Any, Any]  # (old, new); old is None when the old value was never loaded


def real_changes(obj: Any) -> dict[str, Change]:
    state = inspect(obj)
    result: dict[str, Change] = {}
    for prop in state.mapper.column_attrs:
        if not isinstance(prop, ColumnProperty) or prop.key in ("version", "last_modified"):
            continue
        history = state.attrs[prop.key].history
        if not history.added:
            continue
        new = history.added[0]
        old = history.deleted[0] if history.deleted else None
        if old != new:
            result[prop.key] = (old, new)
    return result


def set_if_different(obj: Any, field: str, value: Any) -> bool:
    """Write only real changes (SPEC §6.3); say whether anything was written."""
    if getattr(obj, field) == value:
        return False
    setattr(obj, field, value)
    return True
