"""Alembic run from code on the app's own connection: upgrade on open, back up, refuse newer databases."""

from __future__ import annotations

import errno
import logging
import os
import re
import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import DBAPIError

from app.errors import FULL, DatabaseFault, DatabaseTooNewError, fault_of

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
    """The schema revision; a damaged, locked or unopenable file is a DatabaseFault (its message), since
    this is the first read of every open (the CLI's too)."""
    try:
        with engine.connect() as conn:
            if not inspect(conn).has_table("alembic_version"):
                return None
            rows = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    except DBAPIError as exc:
        fault = fault_of(exc)
        if fault is None:
            raise
        raise DatabaseFault(fault) from exc
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
    make_backup(Path(path), revision)  # a failed backup (disk full) raises: then nothing is migrated


# --- backups of a SQLite file (SPEC §16): consistent, owner-only, never left half-written ----------------
OWNER_FILE, OWNER_DIR = 0o600, 0o700
CHUNK = 1 << 20


def backups_of(path: Path) -> list[Path]:
    """The complete backups of the database file `path`, newest first."""
    found = [p for p in path.parent.glob(f"{path.name}.*.bak") if p.is_file()]
    return sorted(found, key=lambda p: (p.stat().st_mtime, p.name), reverse=True)


BackupProgress = Callable[[int, int], None]
BACKUP_PAGES = -1  # all pages in one step: one read snapshot, never restarted by a concurrent write


def make_backup(
    path: Path, label: str, keep: int | None = None, progress: BackupProgress | None = None
) -> Path:
    """Copy the database at `path` to `<path>.<label>.<stamp>.bak` through SQLite's backup API, page by page
    into a `.partial` file (owner-only) that is renamed only when complete: one read transaction, so the
    copy is consistent while others write (WAL), and memory stays flat whatever the file's size (a copy
    through memory took 1.8 GB and 8 s for a million contacts). On any failure the partial file is removed;
    a full disk raises DatabaseFault(FULL). `keep`: how many backups with this label to keep (older ones
    are removed). `progress(remaining, total)` pages, after each step; it may raise to stop the copy."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = path.with_name(f"{path.name}.{label}.{stamp}.bak")
    partial = target.with_name(target.name + ".partial")
    os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, OWNER_FILE))
    try:
        source = sqlite3.connect(f"file:{quote(str(path.resolve()))}?mode=ro", uri=True)
        try:
            copy = sqlite3.connect(partial)
            try:
                source.backup(copy, pages=BACKUP_PAGES, progress=_step(progress))
            finally:
                copy.close()
        finally:
            source.close()
        fd = os.open(partial, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        os.chmod(partial, OWNER_FILE)
        os.replace(partial, target)
    except (OSError, sqlite3.Error) as exc:
        for leftover in (partial, partial.with_name(partial.name + "-journal")):
            leftover.unlink(missing_ok=True)
        full = _disk_full(exc)
        log.warning("backup of the database failed (%s); the incomplete copy was removed",
                    "disk full" if full else type(exc).__name__)  # fmt: skip
        if full:
            raise DatabaseFault(FULL) from exc
        raise
    log.info("database backed up (%s)", target.name)
    if keep is not None:
        for old in [p for p in backups_of(path) if f".{label}." in p.name][keep:]:
            old.unlink(missing_ok=True)
    return target


def _step(progress: BackupProgress | None) -> Callable[[int, int, int], None]:
    def step(_status: int, remaining: int, total: int) -> None:
        if progress is not None:
            progress(remaining, total)

    return step


def _disk_full(exc: BaseException) -> bool:
    if isinstance(exc, OSError):
        return exc.errno in (errno.ENOSPC, errno.EDQUOT)
    return getattr(exc, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL


def write_chunk(fd: int, chunk: bytes) -> None:
    """os.write until all of `chunk` is written (tests replace it to simulate a full disk)."""
    view = memoryview(chunk)
    while view:
        view = view[os.write(fd, view) :]


def restore_backup(path: Path, backup: Path) -> Path:
    """Put `backup` in place of the damaged database at `path`; the damaged file (and its -wal/-shm) is
    kept beside it as `<path>.damaged-<stamp>`, which is returned."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    damaged = path.with_name(f"{path.name}.damaged-{stamp}")
    if path.exists():
        os.replace(path, damaged)
    for suffix in ("-wal", "-shm"):
        extra = path.with_name(path.name + suffix)
        if extra.exists():
            os.replace(extra, damaged.with_name(damaged.name + suffix))
    partial = path.with_name(path.name + ".restoring")
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, OWNER_FILE)
    try:
        with backup.open("rb") as source:
            while chunk := source.read(CHUNK):
                write_chunk(fd, chunk)
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(partial, path)
    log.info("database restored from backup %s", backup.name)
    return damaged
