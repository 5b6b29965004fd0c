"""SPEC §16 on PostgreSQL: a NUL is refused by the domain rule, not an aborted transaction (an import goes on
with its other rows)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app import api
from app.db import Database
from app.errors import UserError
from tests.helpers.dump import dump
from tests.helpers.factory import make_company
from tests.privacy.test_control_characters import import_with_nul


@pytest.mark.postgres
def test_postgresql_refuses_a_nul_instead_of_aborting(pg_url: str, tmp_path: Path) -> None:
    db = Database(pg_url, user="anna")
    try:
        no = make_company(db, "Alpha GmbH")
        before = dump(db)
        with pytest.raises(UserError, match="control character"), db.unit_of_work() as s:
            api.set_field(s, "contact", no, "name", "Al\x00pha")
        assert dump(db) == before
        import_with_nul(db, tmp_path)
    finally:
        db.dispose()
