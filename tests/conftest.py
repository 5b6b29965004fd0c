"""Shared fixtures: a migrated temporary SQLite database per test, a unit of work, Qt offscreen."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# QSettings (window geometry, open windows) of test runs never touch the user's own settings.
os.environ["XDG_CONFIG_HOME"] = str(Path(os.environ.get("TMPDIR", "/tmp")) / "contactsync-test-config")
os.environ.setdefault(
    "CONTACTSYNC_HOME", str(Path(os.environ.get("TMPDIR", "/tmp")) / "contactsync-test-home")
)

from app.db import Database


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'test.db'}"


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = Database(db_url, user="tester")
    yield database
    database.dispose()
