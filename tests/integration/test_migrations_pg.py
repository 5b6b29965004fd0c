"""Migrations on PostgreSQL: every earlier revision upgrades with its data; downgrade and back; a newer
database is refused untouched."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text

from app.db import Database
from app.errors import DatabaseTooNewError
from tests.migrations.test_migration_data import EARLIER, downgrade_and_back, upgrade_with_data


@pytest.mark.parametrize("revision", EARLIER)
def test_revision_upgrades_with_its_data_on_postgresql(pg_url: str, revision: str) -> None:
    upgrade_with_data(pg_url, revision)


def test_downgrade_and_back_on_postgresql(pg_url: str) -> None:
    downgrade_and_back(pg_url)


def test_newer_database_is_refused_untouched_on_postgresql(pg_url: str) -> None:
    Database(pg_url).dispose()
    engine = create_engine(pg_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
        conn.execute(text("INSERT INTO contact (no, name, last_modified) VALUES ('K1', 'Bleibt', now())"))
    with pytest.raises(DatabaseTooNewError, match="newer version"):
        Database(pg_url)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "9999_future"
        assert conn.execute(text("SELECT name FROM contact")).all() == [("Bleibt",)]
    engine.dispose()
