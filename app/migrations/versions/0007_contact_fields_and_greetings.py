"""contact fields and greetings

SPEC §14.11/§14.12: extension no., pager, correspondence type and format region on the contact; salutation
formulas (formal and informal greetings per language); the Marketing Setup's default salutation codes for
companies and persons and its "Format phone numbers" switch (off: numbers are stored as typed, as in BC).
Existing data keeps its shape: the new columns start blank (off), the formula table starts empty.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02 04:45:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

CONTACT_COLUMNS = {"extension_no": 30, "pager": 30, "correspondence_type": 10, "format_region": 80}


def upgrade() -> None:
    with op.batch_alter_table("contact", schema=None) as batch_op:
        for name, length in CONTACT_COLUMNS.items():
            batch_op.add_column(sa.Column(name, sa.String(length=length), server_default="", nullable=False))
    with op.batch_alter_table("marketing_setup", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("default_company_salutation_code", sa.String(length=10), server_default="", nullable=False)
        )
        batch_op.add_column(
            sa.Column("default_person_salutation_code", sa.String(length=10), server_default="", nullable=False)
        )
        batch_op.add_column(
            sa.Column("format_phone_numbers", sa.Boolean(), server_default=sa.false(), nullable=False)
        )
    op.create_table(
        "salutation_formula",
        sa.Column("salutation_code", sa.String(length=10), nullable=False),
        sa.Column("language_code", sa.String(length=10), nullable=False),
        sa.Column("salutation_type", sa.String(length=10), nullable=False),
        sa.Column("salutation", sa.String(length=100), server_default="", nullable=False),
        sa.ForeignKeyConstraint(
            ["salutation_code"], ["salutation.code"],
            name=op.f("fk_salutation_formula_salutation_code_salutation"), ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "salutation_code", "language_code", "salutation_type", name=op.f("pk_salutation_formula")
        ),
    )  # fmt: skip


def downgrade() -> None:
    op.drop_table("salutation_formula")
    with op.batch_alter_table("marketing_setup", schema=None) as batch_op:
        batch_op.drop_column("format_phone_numbers")
        batch_op.drop_column("default_person_salutation_code")
        batch_op.drop_column("default_company_salutation_code")
    with op.batch_alter_table("contact", schema=None) as batch_op:
        for name in reversed(CONTACT_COLUMNS):
            batch_op.drop_column(name)
