"""Migration 0008 (SPEC §14.1): persons entered by hand before it get a search name from their name."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine, text

from app.db import Database
from app.migrate import migrate


def test_blank_search_names_are_filled_and_typed_ones_kept(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.db'}"
    engine = create_engine(url)
    migrate(engine, "0007")
    with engine.begin() as conn:
        rows = (("CT1", "Jörg Müller", ""), ("CT2", "Anna Schmidt", "ANNI"), ("CT3", "", ""))
        for no, name, search in rows:
            conn.execute(
                text("INSERT INTO contact (no, type, name, search_name, last_modified, version) "
                     "VALUES (:no, 'person', :name, :search, '2024-01-01', 1)"),
                {"no": no, "name": name, "search": search},
            )  # fmt: skip
    engine.dispose()
    db = Database(url, user="t")  # migrates on open
    try:
        with db.engine.connect() as conn:
            found = dict(conn.execute(text("SELECT no, search_name FROM contact ORDER BY no")).all())
    finally:
        db.dispose()
    assert found == {"CT1": "JÖRG MÜLLER", "CT2": "ANNI", "CT3": ""}


def test_an_existing_setup_gets_the_employees_pager_row(tmp_path: Path) -> None:
    """SPEC §13.2: the contact's pager reaches its employee on databases made before the contact had one."""
    url = f"sqlite:///{tmp_path / 'old.db'}"
    engine = create_engine(url)
    migrate(engine, "0007")
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO marketing_setup (id) VALUES (1)"))
    engine.dispose()
    db = Database(url, user="t")
    try:
        with db.engine.connect() as conn:
            row = conn.execute(text(
                "SELECT record_field, direction FROM sync_field_map "
                "WHERE contact_field = 'pager' AND link_to_table = 'employee'"
            )).one()  # fmt: skip
    finally:
        db.dispose()
    assert tuple(row) == ("pager", "to_record")
