"""search names for every contact

SPEC §14.1: every contact has a search name, persons included. Persons entered by hand before this revision
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


def downgrade() -> None:
    """Nothing to undo: a filled search name is valid at every earlier revision."""
