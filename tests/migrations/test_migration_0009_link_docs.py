"""Migration 0009 (issue 13, printed quotes): VAT Posting Setup and Company Information with their defaults;
existing documents take their partner's VAT Bus. Posting Group, existing lines STANDARD."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine, text

from app.db import Database
from app.migrate import migrate


def test_documents_made_before_get_vat_groups_and_the_setup_its_defaults(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.db'}"
    engine = create_engine(url)
    migrate(engine, "0008")
    with engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO customer (no, name, vat_bus_posting_group, last_modified, version) "
            "VALUES ('C1', 'Kaufhaus Nord', 'EU', '2024-01-01', 1)"
        ))  # fmt: skip
        for no, customer in (("SQ1", "C1"), ("SQ2", "")):
            conn.execute(text(
                "INSERT INTO sales_header (no, document_type, document_date, contact_no, "
                "sell_to_customer_no, last_modified, version) "
                "VALUES (:no, 'quote', '2024-01-01', 'CT1', :customer, '2024-01-01', 1)"
            ), {"no": no, "customer": customer})  # fmt: skip
        conn.execute(text(
            "INSERT INTO sales_line (document_no, line_no, description, quantity, unit_price, amount, "
            "last_modified, version) VALUES ('SQ1', 10000, 'Beratung', 1, 100, 100, '2024-01-01', 1)"
        ))  # fmt: skip
    engine.dispose()
    db = Database(url, user="t")  # migrates on open
    try:
        with db.engine.connect() as conn:
            groups = dict(conn.execute(text("SELECT no, vat_bus_posting_group FROM sales_header")).all())
            line = conn.execute(text("SELECT vat_prod_posting_group FROM sales_line")).scalar()
            rates = {
                (bus, prod): float(rate)
                for bus, prod, rate in conn.execute(text("SELECT * FROM vat_posting_setup")).all()
            }
            company = conn.execute(text("SELECT name, local_currency_code FROM company_information")).one()
    finally:
        db.dispose()
    assert groups == {"SQ1": "EU", "SQ2": ""} and line == "STANDARD"
    assert (rates[("DOMESTIC", "STANDARD")], rates[("", "REDUCED")], rates[("EU", "STANDARD")]) == (19, 7, 0)
    assert tuple(company) == ("ContactSync Demo GmbH", "EUR")
