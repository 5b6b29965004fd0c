"""employees

Business Central's fourth kind of link (SPEC §13): the employee table, the Marketing Setup's relation code and
number series for employees, and the contact → employee field map. An existing database gets the ready setup
for employees (relation code EMPL, series EMPL) where it has none, so that employees synchronize at once.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02 04:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

FIELD_MAP = (
    ("address", "address"), ("address_2", "address_2"), ("post_code", "post_code"), ("city", "city"),
    ("county", "county"), ("country_region_code", "country_region_code"), ("phone_no", "phone_no"),
    ("mobile_phone_no", "mobile_phone_no"), ("fax_no", "fax_no"), ("email", "email"),
    ("first_name", "first_name"), ("middle_name", "middle_name"), ("surname", "last_name"),
    ("job_title", "job_title"),
)  # fmt: skip


def upgrade() -> None:
    columns = {
        "first_name": 30, "middle_name": 30, "last_name": 30, "initials": 30, "job_title": 30, "address": 100,
        "address_2": 50, "post_code": 20, "city": 30, "county": 30, "country_region_code": 10, "phone_no": 30,
        "mobile_phone_no": 30, "pager": 30, "fax_no": 30, "email": 80, "company_email": 80,
    }  # fmt: skip
    op.create_table(
        "employee",
        sa.Column("no", sa.String(length=20), nullable=False),
        *[sa.Column(name, sa.String(length=length), server_default="", nullable=False)
          for name, length in columns.items()],
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("employment_date", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=10), server_default="active", nullable=False),
        sa.Column("termination_date", sa.Date(), nullable=True),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("last_modified", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("no", name=op.f("pk_employee")),
    )  # fmt: skip
    with op.batch_alter_table("marketing_setup", schema=None) as batch_op:
        batch_op.add_column(sa.Column("bus_rel_code_employees", sa.String(length=10), nullable=True))
        batch_op.add_column(sa.Column("employee_nos", sa.String(length=20), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_marketing_setup_bus_rel_code_employees_business_relation"),
            "business_relation", ["bus_rel_code_employees"], ["code"],
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_marketing_setup_employee_nos_no_series"), "no_series", ["employee_nos"], ["code"]
        )
    _ready_setup()


def _ready_setup() -> None:
    """An existing database: the employee field map rows, and code and series where it has none."""
    bind = op.get_bind()
    if not bind.execute(sa.text("SELECT COUNT(*) FROM marketing_setup")).scalar():
        return  # a new database: app.domain.defaults writes the whole ready setup when it is opened
    field_map = sa.table(
        "sync_field_map", sa.column("contact_field", sa.String), sa.column("link_to_table", sa.String),
        sa.column("record_field", sa.String), sa.column("direction", sa.String), sa.column("enabled", sa.Boolean),
    )  # fmt: skip
    present = set(bind.execute(sa.text("SELECT contact_field FROM sync_field_map WHERE link_to_table = 'employee'")).scalars())
    rows = [
        {"contact_field": c, "link_to_table": "employee", "record_field": r, "direction": "to_record", "enabled": True}
        for c, r in FIELD_MAP
        if c not in present
    ]
    if rows:
        op.bulk_insert(field_map, rows)
    bind.execute(sa.text(
        "INSERT INTO business_relation (code, description) SELECT 'EMPL', 'Employee' "
        "WHERE NOT EXISTS (SELECT 1 FROM business_relation WHERE code = 'EMPL')"
    ))
    bind.execute(
        sa.text(
            "INSERT INTO no_series (code, description, starting_no, last_no_used, increment_by, manual_nos) "
            "SELECT 'EMPL', 'Employees', 'E0010', '', 1, :on "
            "WHERE NOT EXISTS (SELECT 1 FROM no_series WHERE code = 'EMPL')"
        ),
        {"on": True},
    )
    bind.execute(sa.text(
        "UPDATE marketing_setup SET bus_rel_code_employees = 'EMPL', employee_nos = 'EMPL' WHERE id = 1"
    ))


def downgrade() -> None:
    bind = op.get_bind()
    bind.execute(sa.text("DELETE FROM contact_business_relation WHERE link_to_table = 'employee'"))
    bind.execute(sa.text("DELETE FROM sync_field_map WHERE link_to_table = 'employee'"))
    with op.batch_alter_table("marketing_setup", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_marketing_setup_employee_nos_no_series"), type_="foreignkey"
        )
        batch_op.drop_constraint(
            batch_op.f("fk_marketing_setup_bus_rel_code_employees_business_relation"), type_="foreignkey"
        )
        batch_op.drop_column("employee_nos")
        batch_op.drop_column("bus_rel_code_employees")
    op.drop_table("employee")
