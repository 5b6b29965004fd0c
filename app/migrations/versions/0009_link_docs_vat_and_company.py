"""VAT posting setup, Company Information, VAT groups on documents (issue 13, printed quotes)

BC's minimal VAT setup: VAT Prod. Posting Groups and the VAT Posting Setup (VAT Bus. × VAT Prod. Posting
Group → VAT %), with German defaults (19 % standard, 7 % reduced; EU and export partners 0 %, reverse
charge / export). A document header copies its partner's VAT Bus. Posting Group, a line carries a VAT Prod.
Posting Group (STANDARD). Company Information holds what the footer of a document prints.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02 06:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

PRODUCT_GROUPS = [("STANDARD", "Standard"), ("REDUCED", "Reduced"), ("ZERO", "No VAT")]
RATES = {"STANDARD": "19", "REDUCED": "7", "ZERO": "0"}
BUSINESS_GROUPS = {"": RATES, "DOMESTIC": RATES, "EU": dict.fromkeys(RATES, "0"),
                   "EXPORT": dict.fromkeys(RATES, "0")}  # fmt: skip


def _text(name: str, length: int, **kw: object) -> sa.Column:
    return sa.Column(name, sa.String(length), nullable=False, server_default="", **kw)  # type: ignore[arg-type]


def upgrade() -> None:
    product = op.create_table(
        "vat_product_posting_group",
        sa.Column("code", sa.String(20), nullable=False),
        _text("description", 100),
        sa.PrimaryKeyConstraint("code", name="pk_vat_product_posting_group"),
    )
    setup = op.create_table(
        "vat_posting_setup",
        sa.Column("vat_bus_posting_group", sa.String(20), nullable=False),
        sa.Column("vat_prod_posting_group", sa.String(20), nullable=False),
        sa.Column("vat_percent", sa.Numeric(5, 2), nullable=False, server_default="0"),
        sa.PrimaryKeyConstraint(
            "vat_bus_posting_group", "vat_prod_posting_group", name="pk_vat_posting_setup"
        ),
    )
    company = op.create_table(
        "company_information",
        sa.Column("id", sa.Integer(), nullable=False),
        _text("name", 100), _text("address", 100), _text("address_2", 50), _text("post_code", 20),
        _text("city", 30), _text("country_region_code", 10), _text("phone_no", 30), _text("email", 80),
        _text("home_page", 255), _text("vat_registration_no", 20), _text("registration_no", 50),
        _text("register_court", 50), _text("managing_director", 100), _text("bank_account_no", 20),
        _text("local_currency_code", 10),
        sa.PrimaryKeyConstraint("id", name="pk_company_information"),
    )  # fmt: skip
    op.bulk_insert(product, [{"code": c, "description": d} for c, d in PRODUCT_GROUPS])
    op.bulk_insert(setup, [
        {"vat_bus_posting_group": bus, "vat_prod_posting_group": prod, "vat_percent": rate}
        for bus, rates in BUSINESS_GROUPS.items() for prod, rate in rates.items()
    ])  # fmt: skip
    # What documents printed before this revision (a fixed demo address), now editable.
    op.bulk_insert(company, [{
        "id": 1, "name": "ContactSync Demo GmbH", "address": "Friedrichstraße 100", "post_code": "10117",
        "city": "Berlin", "country_region_code": "DE", "email": "sales@contactsync.example",
        "local_currency_code": "EUR",
    }])  # fmt: skip
    for table in ("sales_header", "purchase_header"):
        with op.batch_alter_table(table) as batch:
            batch.add_column(_text("vat_bus_posting_group", 20))
    for table in ("sales_line", "purchase_line"):
        with op.batch_alter_table(table) as batch:
            batch.add_column(
                sa.Column("vat_prod_posting_group", sa.String(20), nullable=False, server_default="STANDARD")
            )
    bind = op.get_bind()  # existing documents take their partner's group
    bind.execute(sa.text(
        "UPDATE sales_header SET vat_bus_posting_group = COALESCE((SELECT c.vat_bus_posting_group FROM customer c"
        " WHERE c.no = sales_header.sell_to_customer_no), '')"
    ))  # fmt: skip
    bind.execute(sa.text(
        "UPDATE purchase_header SET vat_bus_posting_group = COALESCE((SELECT v.vat_bus_posting_group FROM vendor v"
        " WHERE v.no = purchase_header.buy_from_vendor_no), '')"
    ))  # fmt: skip


def downgrade() -> None:
    for table in ("sales_line", "purchase_line"):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("vat_prod_posting_group")
    for table in ("sales_header", "purchase_header"):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("vat_bus_posting_group")
    op.drop_table("company_information")
    op.drop_table("vat_posting_setup")
    op.drop_table("vat_product_posting_group")
