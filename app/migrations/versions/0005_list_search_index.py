"""list search index

A million contacts: the contact list sorts by name through an index; the duplicate search reads contact
numbers straight from its lookup index. (The list's FTS5 search index is installed on open, not here:
see app/search_index.py.)

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25 18:30:00
"""

from __future__ import annotations

from alembic import op

from app import search_index

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_contact_name", "contact", ["name", "no"], unique=False)
    _lookup(["field", "part", "search_string", "contact_no"])


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":  # the search index an open added (earlier revisions do not know it)
        for statement in search_index.DROP:
            bind.exec_driver_sql(statement)
    _lookup(["field", "part", "search_string"])
    op.drop_index("ix_contact_name", table_name="contact")


def _lookup(columns: list[str]) -> None:
    op.drop_index("ix_cont_dupl_search_string_lookup", table_name="cont_dupl_search_string")
    op.create_index("ix_cont_dupl_search_string_lookup", "cont_dupl_search_string", columns, unique=False)
