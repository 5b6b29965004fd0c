"""Alembic run from code on the app's own connection: upgrade on open, back up, refuse newer databases."""

from __future__ import annotations

import logging
import re
import shutil
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

from app.errors import DatabaseTooNewError

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)
MIGRATIONS_DIR = Path(__file__).with_name("migrations")
_REVISION = re.compile(r"""^revision\s*=\s*["']([^"']+)["']""", re.MULTILINE)
_DOWN = re.compile(r"""^down_revision\s*=\s*["']([^"']+)["']""", re.MULTILINE)


def alembic_config() -> Config:
    from alembic.config import Config  # Alembic (with Mako) loads only when a migration has to run

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def head_from_files() -> str | None:
    """The head read from the revision files' `revision =` / `down_revision =` lines, without importing
    Alembic (a tenth of start-up); None when that is not clear-cut (Alembic then decides)."""
    revisions, parents = set(), set()
    for path in (MIGRATIONS_DIR / "versions").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        revisions.update(_REVISION.findall(source))
        parents.update(_DOWN.findall(source))
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        rows = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    return rows[0] if rows else None


def migrate(engine: Engine, revision: str = "head") -> None:
    """Bring the database to `revision`; refuse, untouched, one whose revision this code does not know."""
    current = current_revision(engine)
    if revision == "head" and current is not None and current == head_from_files():
        return  # up to date: the usual start
    from alembic import command
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    known = {rev.revision for rev in script.walk_revisions()}
    if current is not None and current not in known:
        raise DatabaseTooNewError(
            f"The database was created by a newer version of ContactSync (schema {current}). "
            "Update ContactSync to open it; the database has not been changed."
        )
    target = script.get_current_head() if revision == "head" else revision
    if current == target:
        return
    if current is not None:
        _backup_sqlite(engine, current)
    config = alembic_config()
    sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as conn:
        if sqlite:
            # Batch migrations rebuild tables; with foreign keys on, rebuilding a referenced table fails.
            conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
        config.attributes["connection"] = conn
        command.upgrade(config, revision)
        conn.commit()
        if sqlite:
            problems = conn.execute(text("PRAGMA foreign_key_check")).fetchall()
            conn.exec_driver_sql("PRAGMA foreign_keys=ON")
            if problems:
                raise RuntimeError(f"Migration left broken references: {problems[:5]}")
    log.info("database migrated from %s to %s", current, target)


def _backup_sqlite(engine: Engine, revision: str) -> None:
    path = engine.url.database
    if engine.dialect.name != "sqlite" or not path or path == ":memory:" or not Path(path).exists():
        return
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    backup = Path(f"{path}.{revision}.{stamp}.bak")
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(FULL)")
    shutil.copy2(path, backup)
    log.info("backed up %s to %s before migrating", path, backup)
