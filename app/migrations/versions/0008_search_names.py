"""search names for every contact; the employee's pager follows the contact's

SPEC §13.2: now that the contact has a pager (0007), an employee takes it from its contact like the other
communication fields (a field map row, on databases that have a setup; new databases get it from the ready
setup). SPEC §14.1: every contact has a search name, persons included. Persons entered by hand before this revision
have none: fill it from the name (upper-cased in Python: SQLite's upper() only knows ASCII, "Müller" must
become "MÜLLER"). Contacts whose search name the user typed keep it.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02 05:20:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    contact = sa.table("contact", sa.column("no", sa.String), sa.column("name", sa.String),
                       sa.column("search_name", sa.String))  # fmt: skip
    rows = bind.execute(
        sa.select(contact.c.no, contact.c.name).where(contact.c.search_name == "", contact.c.name != "")
    ).all()
    for no, name in rows:
        bind.execute(sa.update(contact).where(contact.c.no == no).values(search_name=name.upper()[:100]))
    has_setup = bind.execute(sa.text("SELECT COUNT(*) FROM marketing_setup")).scalar()
    present = bind.execute(sa.text(
        "SELECT COUNT(*) FROM sync_field_map WHERE contact_field = 'pager' AND link_to_table = 'employee'"
    )).scalar()
    if has_setup and not present:
        field_map = sa.table(
            "sync_field_map", sa.column("contact_field", sa.String), sa.column("link_to_table", sa.String),
            sa.column("record_field", sa.String), sa.column("direction", sa.String),
            sa.column("enabled", sa.Boolean),
        )  # fmt: skip
        op.bulk_insert(field_map, [{"contact_field": "pager", "link_to_table": "employee", "record_field": "pager",
                                    "direction": "to_record", "enabled": True}])  # fmt: skip


def downgrade() -> None:
    """A filled search name is valid at every earlier revision; the pager row goes (0007 has no pager)."""
    op.get_bind().execute(
        sa.text("DELETE FROM sync_field_map WHERE contact_field = 'pager' AND link_to_table = 'employee'")
    )
