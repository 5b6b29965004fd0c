"""The contact list's trigram index answers exactly as LIKE does, stays right through inserts, updates and
deletes, and comes back when a migration dropped its triggers; start-up needs no Alembic."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import Table, delete, insert, select, text, update

from app import search_index
from app.db import Database
from app.migrate import head_from_files, head_revision
from app.models import Contact
from tests.helpers.factory import make_company

CONTACTS: Table = Contact.__table__  # type: ignore[assignment]
NAMES = ["Müller GmbH", "MÜLLER AG", "Gamma 100% KG", "Beta_Werk", "köln Handel", "Alpha Köln", "ALPHAVILLE"]
FRAGMENTS = [
    "müller",
    "MÜL",
    "ller",
    "100%",
    "a_w",
    "_",
    "alpha",
    "KÖLN",
    "köln",
    "ph",
    "CT0000",
    "zzz",
    '"x',
]


def matches(db: Database, fragment: str) -> tuple[list[str], int | None]:
    with db.session() as session:
        plan = search_index.plan(session, CONTACTS, search_index.FIELDS, fragment)
        nos = session.scalars(select(CONTACTS.c.no).where(plan.condition).order_by(CONTACTS.c.no)).all()
    return list(nos), plan.count


def like(db: Database, fragment: str) -> list[str]:
    with db.session() as session:
        condition = search_index.like_condition(CONTACTS, search_index.FIELDS, fragment, "sqlite")
        return list(session.scalars(select(CONTACTS.c.no).where(condition).order_by(CONTACTS.c.no)))


@pytest.mark.parametrize("sparse_limit", [0, 10_000])  # dense: LIKE in list order; sparse: the index
def test_index_answers_as_like(db: Database, monkeypatch: pytest.MonkeyPatch, sparse_limit: int) -> None:
    monkeypatch.setattr(search_index, "SPARSE_LIMIT", sparse_limit)
    for i, name in enumerate(NAMES):
        make_company(db, name=name, city="Köln" if i % 2 else "Ulm", phone_no=f"+49 221 10{i}")
    for fragment in FRAGMENTS:
        found, count = matches(db, fragment)
        assert found == like(db, fragment), fragment
        assert count is None or count == len(found), fragment


def test_index_follows_inserts_updates_and_deletes(db: Database) -> None:
    alpha = make_company(db, name="Alpha GmbH", city="Ulm")
    with db.engine.begin() as conn:  # written past the ORM: the triggers still see it
        conn.execute(insert(CONTACTS).values(no="K1", name="Zeta Werk", last_modified=datetime(2024, 1, 1)))
        conn.execute(update(CONTACTS).where(CONTACTS.c.no == alpha).values(name="Omega GmbH"))
    assert matches(db, "alpha")[0] == [] and matches(db, "omega")[0] == [alpha]
    assert matches(db, "zeta")[0] == ["K1"] and matches(db, "ulm")[0] == [alpha]
    with db.engine.begin() as conn:
        conn.execute(delete(CONTACTS).where(CONTACTS.c.no == "K1"))
    assert matches(db, "zeta") == ([], 0)


def test_open_rebuilds_an_index_whose_triggers_a_migration_dropped(db_url: str) -> None:
    db = Database(db_url)
    make_company(db, name="Rebuilt GmbH")
    with db.engine.begin() as conn:  # what a batch migration rebuilding `contact` leaves behind
        for statement in search_index.DROP:
            conn.execute(text(statement))
    db.dispose()
    reopened = Database(db_url)
    assert matches(reopened, "rebuilt")[0] and matches(reopened, "rebuilt")[1] == 1
    reopened.dispose()


def test_start_up_reads_the_head_without_alembic(tmp_path: Path) -> None:
    assert head_from_files() == head_revision()
    url = f"sqlite:///{tmp_path / 'start.db'}"
    Database(url).dispose()
    code = f"import sys; from app.db import Database; Database({url!r}); print('alembic' in sys.modules)"
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.strip() == "False"
