"""PostgreSQL fixtures: a fresh database per test on the local server (127.0.0.1:5432, user postgres)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest

SERVER = "postgresql+psycopg://postgres@127.0.0.1:5432"


def _admin():  # type: ignore[no-untyped-def]
    import psycopg

    return psycopg.connect(
        "host=127.0.0.1 port=5432 user=postgres dbname=postgres", autocommit=True, connect_timeout=3
    )


@pytest.fixture
def pg_url() -> Iterator[str]:
    try:
        admin = _admin()
    except Exception as exc:  # no server here: say so instead of failing every test
        pytest.skip(f"PostgreSQL at 127.0.0.1:5432 does not answer: {exc}")
    name = f"contactsync_test_{uuid.uuid4().hex[:10]}"
    admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"{SERVER}/{name}"
    finally:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()
