"""Models and migrations agree; a database upgrades with its data; a newer database is refused untouched."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, text

from app.db import Database
from app.errors import DatabaseTooNewError
from app.migrate import alembic_config, current_revision, head_revision, migrate
from app.models import Base
from tests.helpers.factory import create_as_, make_company


def test_single_head() -> None:
    assert len(ScriptDirectory.from_config(alembic_config()).get_heads()) == 1


def test_models_and_migrations_agree(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'm.db'}")
    migrate(engine)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
    assert diff == []


def test_every_revision_upgrades_with_data(tmp_path: Path) -> None:
    """Walk the chain: at each revision put data in, then upgrade to head and find it intact."""
    script = ScriptDirectory.from_config(alembic_config())
    revisions = [r.revision for r in reversed(list(script.walk_revisions()))]
    for revision in revisions:
        url = f"sqlite:///{tmp_path / f'r{revision}.db'}"
        engine = create_engine(url)
        migrate(engine, revision)
        db = Database(url, user="tester")  # upgrades to head and adds the ready setup
        contact = make_company(db, name=f"Daten {revision}")
        create_as_(db, contact, "customer", "CUST-COMP")
        db.dispose()
        reopened = Database(url, user="tester")
        with reopened.engine.connect() as conn:
            assert conn.execute(text("SELECT name FROM customer")).scalar() == f"Daten {revision}"
        assert current_revision(reopened.engine) == head_revision()
        reopened.dispose()


def test_newer_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    Database(f"sqlite:///{path}").dispose()
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    engine.dispose()
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(DatabaseTooNewError, match="newer version"):
        Database(f"sqlite:///{path}")
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest


def test_sqlite_backup_is_a_readable_copy(tmp_path: Path) -> None:
    from app.migrate import _backup_sqlite

    path = tmp_path / "old.db"
    db = Database(f"sqlite:///{path}")
    make_company(db, name="Gesichert")
    _backup_sqlite(db.engine, head_revision())
    db.dispose()
    (backup,) = tmp_path.glob("old.db.*.bak")
    copy = create_engine(f"sqlite:///{backup}")
    with copy.connect() as conn:
        assert conn.execute(text("SELECT name FROM contact")).scalar() == "Gesichert"


def test_sqlite_is_backed_up_before_an_upgrade(tmp_path: Path) -> None:
    script = ScriptDirectory.from_config(alembic_config())
    previous = [r.revision for r in reversed(list(script.walk_revisions()))][-2]
    path = tmp_path / "old.db"
    migrate(create_engine(f"sqlite:///{path}"), previous)
    Database(f"sqlite:///{path}").dispose()
    assert list(tmp_path.glob(f"old.db.{previous}.*.bak"))
