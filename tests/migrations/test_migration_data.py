"""A database at every earlier revision, filled with what that revision held, upgrades to head with all of it
intact and keeps working; downgrade and upgrade again leave a schema equal to the models."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, inspect

from app.db import Database
from app.journal.history import history
from app.migrate import current_revision, head_revision, migrate
from app.models import Base
from tests.helpers.factory import edit, get
from tests.helpers.revision_data import PHONE, downgrade, fill, missing_rows, revisions, rows_up_to

EARLIER = revisions()[:-1]


def upgrade_with_data(url: str, revision: str) -> None:
    """Shared by the SQLite and PostgreSQL tests: build at `revision`, fill, open (upgrade), check."""
    engine = create_engine(url)
    migrate(engine, revision)
    rows = rows_up_to(revision)
    fill(engine, rows)
    engine.dispose()

    db = Database(url, user="tester")  # migrates on open
    try:
        assert current_revision(db.engine) == head_revision()
        assert missing_rows(db.engine, rows) == []
        # The upgraded data still synchronizes, and its journal still reads.
        edit(db, "contact", "CT000001", "phone_no", "+49 30 999")
        phone = get(db, "contact", "CT000001").phone_no
        assert phone != PHONE
        for table, no in (("customer", "C000010"), ("vendor", "V000010"), ("bank_account", "B010")):
            assert get(db, table, no).phone_no == phone, table
        assert get(db, "contact", "CT000002").phone_no == phone  # the person inherits
        with db.session() as session:
            changes = history(session, "customer", "C000010")
        assert [c.change_id for c in changes][-1] == "c-0001" and len(changes) == 2
    finally:
        db.dispose()


@pytest.mark.parametrize("revision", EARLIER)
def test_revision_upgrades_with_its_data(tmp_path: Path, revision: str) -> None:
    upgrade_with_data(f"sqlite:///{tmp_path / f'r{revision}.db'}", revision)


def schema_matches_models(url: str) -> list[object]:
    engine = create_engine(url)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
    engine.dispose()
    return list(diff)


def downgrade_and_back(url: str) -> None:
    """Shared: head -> first revision -> base -> head on an empty database."""
    first = revisions()[0]
    engine = create_engine(url)
    migrate(engine)
    downgrade(engine, first)
    assert current_revision(engine) == first
    tables = set(inspect(engine).get_table_names())
    assert "contact" in tables and "change_log" not in tables and "sales_header" not in tables
    downgrade(engine, "base")
    assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
    migrate(engine)
    assert current_revision(engine) == head_revision()
    engine.dispose()
    assert schema_matches_models(url) == []


def test_downgrade_to_the_first_revision_and_back(tmp_path: Path) -> None:
    downgrade_and_back(f"sqlite:///{tmp_path / 'down.db'}")
