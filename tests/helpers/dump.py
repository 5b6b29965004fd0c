"""A plain dump of every table, to assert that a refused action changed nothing."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import text

from app.db import Database
from app.errors import UserError
from app.models import Base


def dump(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    result: dict[str, list[tuple[Any, ...]]] = {}
    with db.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            rows = conn.execute(text(f"SELECT * FROM {table.name} ORDER BY 1")).all()
            result[table.name] = [tuple(r) for r in rows]
    return result


def refused(db: Database, operation: Callable[..., Any], *args: Any, match: str) -> UserError:
    """operation(session, *args) in a unit of work must be refused (message matching `match`) and change
    nothing; returns the refusal so that the caller can check its field."""
    before = dump(db)
    with pytest.raises(UserError, match=match) as err, db.unit_of_work() as session:
        operation(session, *args)
    assert dump(db) == before, "a refused action must change nothing"
    return err.value
