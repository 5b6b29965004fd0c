"""SPEC §12: committed changes reach other clients (SQLite change log, PostgreSQL NOTIFY); conflicts are
detected per field and non-conflicting edits merge."""

from __future__ import annotations

import select as io_select
from pathlib import Path

import pytest

from app.db import Database
from app.domain.records import set_field
from app.errors import ConflictError
from app.remote import ChangeFeed, PgListener
from tests.helpers.factory import edit, get, linked_trio, make_company


def test_other_client_on_the_same_sqlite_file_reads_committed_changes(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'shared.db'}"
    mine, theirs = Database(url, user="a"), Database(url, user="b")
    contact, customer, _vendor, _bank = linked_trio(mine)
    feed = ChangeFeed(theirs)
    assert not feed.has_news()
    edit(mine, "contact", contact, "phone_no", "040 5")
    assert feed.has_news()
    (changes,) = feed.fetch()
    assert "phone_no" in changes["contact"][contact]
    assert "phone_no" in changes["customer"][customer]
    edit(theirs, "contact", contact, "city", "Bremen")
    assert feed.fetch() == []  # its own change came in-process already
    mine.dispose()
    theirs.dispose()


def test_rolled_back_change_is_never_announced(db: Database) -> None:
    contact = make_company(db)
    feed = ChangeFeed(db)
    with pytest.raises(RuntimeError), db.unit_of_work() as session:
        set_field(session, "contact", contact, "city", "Nirgendwo")
        raise RuntimeError("injected")
    assert not feed.has_news()


def test_field_conflict_detected_other_fields_merge(db: Database) -> None:
    contact = make_company(db, city="Berlin", phone_no="1")
    edit(db, "contact", contact, "city", "Hamburg")  # the other user's save
    with db.unit_of_work() as session:  # my edit of another field, based on what I saw: merges
        set_field(session, "contact", contact, "phone_no", "2", base="1")
    with pytest.raises(ConflictError) as conflict, db.unit_of_work() as session:
        set_field(session, "contact", contact, "city", "Köln", base="Berlin")
    assert (conflict.value.base, conflict.value.mine, conflict.value.theirs) == ("Berlin", "Köln", "Hamburg")
    assert "Hamburg" in conflict.value.message
    record = get(db, "contact", contact)
    assert (record.city, record.phone_no) == ("Hamburg", "2")


def test_propagated_change_counts_as_a_change_of_the_target(db: Database) -> None:
    contact, customer, _vendor, _bank = linked_trio(db)
    edit(db, "contact", contact, "city", "Leipzig")  # reaches the customer by sync
    with pytest.raises(ConflictError), db.unit_of_work() as session:
        set_field(session, "customer", customer, "city", "Dresden", base="Berlin")


@pytest.mark.postgres
def test_postgres_notify_reaches_the_other_client(pg_url: str) -> None:
    mine, theirs = Database(pg_url, user="a"), Database(pg_url, user="b")
    contact, customer, _vendor, _bank = linked_trio(mine)
    listener = PgListener(theirs)
    feed = ChangeFeed(theirs)
    edit(mine, "customer", customer, "phone_no", "+49 40 1")
    ready, _, _ = io_select.select([listener.fileno()], [], [], 5)
    assert ready, "no notification within 5 s"
    assert listener.drain() >= 1
    (changes,) = feed.fetch()
    assert "phone_no" in changes["contact"][contact]
    assert get(theirs, "contact", contact).phone_no == "+49 40 1"
    listener.close()
    feed.close()
    mine.dispose()
    theirs.dispose()


@pytest.mark.postgres
def test_postgres_runs_the_same_rules(pg_url: str) -> None:
    db = Database(pg_url, user="pg")
    contact, customer, vendor, bank = linked_trio(db)
    edit(db, "vendor", vendor, "email", "info@firma.de")
    assert get(db, "customer", customer).email == "info@firma.de"
    assert get(db, "bank_account", bank).email == "info@firma.de"
    assert get(db, "contact", contact).email == "info@firma.de"
    db.dispose()


@pytest.mark.postgres
def test_postgres_models_and_migrations_agree(pg_url: str) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from app.models import Base

    db = Database(pg_url)
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
    assert diff == []
    db.dispose()
