"""A plain dump of every table, to assert that a refused action changed nothing."""

from __future__ import annotations

from typing import Any

from sqlalchemy import text

from app.db import Database
from app.models import Base


def dump(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    result: dict[str, list[tuple[Any, ...]]] = {}
    with db.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            rows = conn.execute(text(f"SELECT * FROM {table.name} ORDER BY 1")).all()
            result[table.name] = [tuple(r) for r in rows]
    return result
