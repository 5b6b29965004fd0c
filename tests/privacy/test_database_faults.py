"""SPEC §16 database faults on real files: each gives its message, nothing is saved, nothing half-written."""

from __future__ import annotations

import errno
import hashlib
import os
import shutil
import sqlite3
import stat
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import migrate
from app.db import Database
from app.errors import CANNOT_OPEN, CORRUPT, FAULT_MESSAGES, FOLDER, FULL, LOCKED, READ_ONLY, DatabaseFault
from app.migrate import backups_of, make_backup, restore_backup
from tests.helpers.dump import dump
from tests.helpers.factory import edit, get, make, make_company
from tests.helpers.faults import fill_up, write_lock_held


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def company_db(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    """A closed database file in its own folder with one company; folder modes restored afterwards."""
    folder = tmp_path / "my data #1"  # a space and a hash: the read-only URI must encode them
    folder.mkdir()
    path = folder / "faults.db"
    db = Database(f"sqlite:///{path}", user="anna")
    no = make_company(db, "Alpha GmbH", city="Ulm")
    db.dispose()
    yield path, no
    os.chmod(folder, 0o700)
    if path.exists():
        os.chmod(path, 0o600)


def test_locked_by_another_program_is_a_clear_refusal_and_retry_works(company_db: tuple[Path, str]) -> None:
    path, no = company_db
    db = Database(f"sqlite:///{path}", user="anna")
    try:
        with write_lock_held(path):
            before = dump(db)
            with pytest.raises(DatabaseFault) as refused:
                edit(db, "contact", no, "city", "Bonn")
            assert refused.value.fault == LOCKED
            assert "another program" in refused.value.message and "try again" in refused.value.message
            assert "sqlite" not in refused.value.message.lower() and "SQL" not in refused.value.message
            assert dump(db) == before
        edit(db, "contact", no, "city", "Bonn")  # the lock is gone: the same save goes through
        assert get(db, "contact", no).city == "Bonn"
    finally:
        db.dispose()


def test_read_only_file_opens_for_reading_and_refuses_edits(company_db: tuple[Path, str]) -> None:
    path, no = company_db
    os.chmod(path, 0o400)
    before = _digest(path)
    db = Database(f"sqlite:///{path}", user="anna")
    try:
        assert db.read_only == READ_ONLY
        assert get(db, "contact", no).name == "Alpha GmbH"  # reading works
        with pytest.raises(DatabaseFault) as refused:
            edit(db, "contact", no, "city", "Bonn")
        assert refused.value.fault == READ_ONLY
        assert refused.value.message == FAULT_MESSAGES[READ_ONLY]
        with pytest.raises(DatabaseFault, match="read-only"):
            make_company(db, "Neu AG")
    finally:
        db.dispose()
    assert _digest(path) == before


def test_read_only_folder_with_a_writable_file_opens_for_reading(company_db: tuple[Path, str]) -> None:
    """SQLite could not create its -wal/-shm files there: read-only, with the folder named as the reason."""
    path, no = company_db
    os.chmod(path.parent, 0o500)
    db = Database(f"sqlite:///{path}", user="anna")
    try:
        assert db.read_only == FOLDER
        assert get(db, "contact", no).city == "Ulm"
        with pytest.raises(DatabaseFault) as refused:
            edit(db, "contact", no, "city", "Bonn")
        assert refused.value.fault == FOLDER and "folder" in refused.value.message
    finally:
        db.dispose()
    assert sorted(p.name for p in path.parent.iterdir()) == ["faults.db"]  # no working files left there


def test_new_database_in_a_read_only_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir(mode=0o500)
    try:
        with pytest.raises(DatabaseFault) as refused:
            Database(f"sqlite:///{folder / 'new.db'}")
        assert refused.value.fault == CANNOT_OPEN
        with pytest.raises(DatabaseFault) as missing:
            Database(f"sqlite:///{tmp_path / 'no-such-folder' / 'new.db'}")
        assert missing.value.fault == CANNOT_OPEN
    finally:
        os.chmod(folder, 0o700)
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize("damage", ["garbage", "truncated", "half a page"])
def test_damaged_file_is_refused_and_the_latest_backup_restores_it(
    company_db: tuple[Path, str], damage: str
) -> None:
    path, no = company_db
    backup = make_backup(path, "open")
    size = path.stat().st_size
    if damage == "garbage":
        path.write_bytes(os.urandom(8192))
    elif damage == "truncated":
        with path.open("r+b") as file:
            file.truncate(size // 2)
    else:
        with path.open("r+b") as file:
            file.truncate(50)
    with pytest.raises(DatabaseFault) as refused:
        Database(f"sqlite:///{path}")
    assert refused.value.fault == CORRUPT and "backup" in refused.value.message
    assert backups_of(path) == [backup]
    damaged = restore_backup(path, backup)
    assert damaged.exists()  # the damaged file is kept beside the restored one
    db = Database(f"sqlite:///{path}")
    try:
        assert get(db, "contact", no).name == "Alpha GmbH"
    finally:
        db.dispose()
    assert _mode(path) == 0o600


def test_backup_on_a_full_disk_leaves_no_incomplete_copy(
    company_db: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The disk fills up midway (simulated after the first pages; test_backup_on_a_real_full_filesystem
    meets a real full filesystem where one can be mounted)."""
    path, _no = company_db
    steps: list[int] = []

    def disk_fills(remaining: int, total: int) -> None:
        steps.append(remaining)
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(migrate, "BACKUP_PAGES", 2)
    with pytest.raises(DatabaseFault) as refused:
        make_backup(path, "open", progress=disk_fills)
    assert refused.value.fault == FULL and steps and steps[0] > 0  # it stopped with pages left to copy
    assert not [p.name for p in path.parent.iterdir() if ".bak" in p.name]  # the partial copy is gone


def test_backup_streams_and_copies_every_page(company_db: tuple[Path, str]) -> None:
    """Page by page into the file (not through memory): the copy opens with the same contacts."""
    path, no = company_db
    seen: list[tuple[int, int]] = []
    backup = make_backup(path, "open", progress=lambda remaining, total: seen.append((remaining, total)))
    assert seen and seen[-1][0] == 0
    with sqlite3.connect(backup) as copy:
        assert copy.execute("SELECT name FROM contact WHERE no = ?", (no,)).fetchone() is not None
    copy.close()


def test_save_on_a_full_database_is_refused_with_a_clear_message(company_db: tuple[Path, str]) -> None:
    path, _no = company_db
    db = Database(f"sqlite:///{path}", user="anna")
    try:
        fill_up(db)
        made = []
        with pytest.raises(DatabaseFault) as refused:
            for index in range(500):
                made.append(make(db, "contact", type="company", name=f"Firma {index:03} " + "x" * 60))
        assert refused.value.fault == FULL
        assert "disk is full" in refused.value.message and "your entry is kept" in refused.value.message
        with db.session() as session:  # the refused one left nothing behind; the earlier ones are there
            from app.models import Contact

            assert session.query(Contact).count() == 1 + len(made)
    finally:
        db.dispose()


def _tiny_filesystem(where: Path, size: str) -> bool:
    where.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)],
                          capture_output=True, check=False)  # fmt: skip
    return done.returncode == 0


def test_backup_on_a_real_full_filesystem(tmp_path: Path) -> None:
    """Where a tiny tmpfs can be mounted (root): the real ENOSPC, not a simulated one."""
    where = tmp_path / "tiny"
    if shutil.which("mount") is None or not _tiny_filesystem(where, "8m"):
        pytest.skip("cannot mount a tiny filesystem here (the simulated ENOSPC test covers it)")
    try:
        path = where / "full.db"
        db = Database(f"sqlite:///{path}", user="anna")
        make_company(db, "Alpha GmbH")
        db.dispose()
        filler = where / "filler"
        free = shutil.disk_usage(where).free
        filler.write_bytes(b"\0" * max(0, free - path.stat().st_size // 2))
        with pytest.raises(DatabaseFault) as refused:
            make_backup(path, "open")
        assert refused.value.fault == FULL
        assert not [p for p in where.iterdir() if ".bak" in p.name]
    finally:
        subprocess.run(["umount", str(where)], check=False)


def test_database_files_and_backups_are_owner_only(tmp_path: Path) -> None:
    os.chmod(tmp_path, 0o755)
    path = tmp_path / "modes.db"
    old = os.umask(0o022)  # as a careless environment would have it: the explicit chmod must still hold
    try:
        db = Database(f"sqlite:///{path}", user="anna")
        make_company(db, "Alpha GmbH")
        backup = make_backup(path, "open")
        wal, shm = path.with_name("modes.db-wal"), path.with_name("modes.db-shm")
        assert wal.exists() and shm.exists()
        assert {p.name: _mode(p) for p in (path, wal, shm, backup)} == {
            p.name: 0o600 for p in (path, wal, shm, backup)
        }
        db.dispose()
    finally:
        os.umask(old)


def test_full_disk_before_a_migration_migrates_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The backup before migrating cannot be written: the incomplete copy is removed, the schema untouched."""
    from alembic.script import ScriptDirectory
    from sqlalchemy import create_engine

    from app.migrate import alembic_config, current_revision

    first = list(ScriptDirectory.from_config(alembic_config()).walk_revisions())[-1].revision
    path = tmp_path / "old.db"
    engine = create_engine(f"sqlite:///{path}")
    migrate.migrate(engine, first)
    engine.dispose()

    def disk_full(_status: int, _remaining: int, _total: int) -> None:  # after the first page copied
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(migrate, "BACKUP_PAGES", 1)
    monkeypatch.setattr(migrate, "_step", lambda _progress: disk_full)
    with pytest.raises(DatabaseFault) as refused:
        Database(f"sqlite:///{path}")
    assert refused.value.fault == FULL
    engine = create_engine(f"sqlite:///{path}")
    assert current_revision(engine) == first
    engine.dispose()
    assert not [p for p in tmp_path.iterdir() if ".bak" in p.name]


def test_files_the_app_writes_are_owner_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """After the entry point's logging setup the process's new files are 0600, its folders 0700 (exports,
    PDFs); the app's own data folder is made 0700 when the database lives there."""
    from app import api
    from app.logsetup import configure_logging

    monkeypatch.setenv("CONTACTSYNC_HOME", str(tmp_path / "home"))
    old = os.umask(0o022)
    try:
        configure_logging()
        home = tmp_path / "home"
        home.mkdir()
        os.chmod(home, 0o755)
        db = Database(f"sqlite:///{home / 'contactsync.db'}", user="anna")
        make_company(db, "Alpha GmbH", email="info@alpha.example")
        exported = tmp_path / "out" / "contacts.csv"
        exported.parent.mkdir()
        api.export_contacts(db, exported)
        db.dispose()
        assert _mode(exported) == 0o600 and _mode(exported.parent) == 0o700
        assert _mode(home) == 0o700 and _mode(home / "contactsync.db") == 0o600
    finally:
        os.umask(old)


def test_command_line_names_the_fault_instead_of_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.__main__ import main

    path = tmp_path / "garbage.db"
    path.write_bytes(b"not a database at all" * 300)
    assert main(["init", "--database", f"sqlite:///{path}"]) == 2
    err = capsys.readouterr().err
    assert "error: The database file is damaged" in err
    assert "Traceback" not in err and "SQL" not in err
