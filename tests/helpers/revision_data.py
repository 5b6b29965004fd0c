"""Rows a database at each schema revision really held, written with plain inserts into that revision's
tables (reflected from the database, not taken from today's models), and the check that they survive."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from alembic import command
from sqlalchemy import Engine, MetaData, and_, select

from app.domain.fieldmap import default_rows
from app.migrate import alembic_config

Rows = list[tuple[str, list[dict[str, Any]]]]  # (table, rows) in insert order (parents first)
T0 = datetime(2024, 3, 1, 9, 30, 0)


def _party(no: str, name: str, **values: Any) -> dict[str, Any]:
    return {"no": no, "name": name, "search_name": name.upper(), "last_modified": T0, "version": 3, **values}


def _journal(row_id: int, target: tuple[str, str]) -> dict[str, Any]:
    """A row of change c-0001: the contact's phone propagated to `target`."""
    return {
        "id": row_id,
        "change_id": "c-0001",
        "created_at": T0,
        "user_name": "alt",
        "source_table": "contact",
        "source_no": "CT000001",
        "source_field": "phone_no",
        "target_table": target[0],
        "target_no": target[1],
        "target_field": "phone_no",
        "old_value": "+49 30 1",
        "new_value": PHONE,
    }


def _link(row_id: int, contact: str, code: str, table: str | None, no: str | None) -> dict[str, Any]:
    return {"id": row_id, "contact_no": contact, "business_relation_code": code,
            "link_to_table": table, "no": no}  # fmt: skip


def _series(code: str, start: str, last: str, manual: bool = True) -> dict[str, Any]:
    return {"code": code, "description": code.title(), "starting_no": start, "last_no_used": last,
            "increment_by": 1, "manual_nos": manual}  # fmt: skip


def _line(document: str, text: str, quantity: str, price: str, amount: str) -> dict[str, Any]:
    return {"document_no": document, "line_no": 10000, "description": text, "quantity": Decimal(quantity),
            "unit_price": Decimal(price), "amount": Decimal(amount),
            "last_modified": T0, "version": 1}  # fmt: skip


ADDRESS = {"address": "Hauptstraße 1", "post_code": "10115", "city": "Berlin", "country_region_code": "DE"}
PHONE = "+49 30 123"
VAT = "DE123456789"
RELATIONS = (("CUST", "Customer"), ("VEND", "Vendor"), ("BANK", "Bank"), ("PROSPECT", "Prospect"))
REVISION_ROWS: dict[str, Rows] = {
    # The initial schema: a full setup, a company linked three ways with a person, a prospect, a journal.
    "0001": [
        ("business_relation", [{"code": c, "description": d} for c, d in RELATIONS]),
        ("no_series", [
            _series("CONT", "CT000001", "CT000003"),
            _series("CUST", "C000010", "C000010", manual=False),
            _series("VEND", "V000010", "V000010"),
            _series("BANK", "B010", "B010"),
        ]),
        ("country_region", [{"code": "DE", "name": "Deutschland"}]),
        ("currency", [{"code": "EUR", "description": "Euro"}]),
        ("language", [{"code": "DEU", "name": "Deutsch"}]),
        ("salesperson_purchaser", [{"code": "AW", "name": "Anna Weber"}]),
        ("customer_template", [{"code": "CUST-COMP", "description": "Firmen", "contact_type": "company",
                                "credit_limit": Decimal("1000.00")}]),
        ("vendor_template", [{"code": "VEND-COMP", "description": "Lieferanten", "contact_type": "company"}]),
        ("sync_field_map", [
            {"contact_field": f, "link_to_table": t, "record_field": r, "direction": d,
             "enabled": not (f == "home_page" and t == "bank_account")}  # the user switched one off
            for f, t, r, d in default_rows() if t != "employee"  # employees came with 0006
        ]),
        ("marketing_setup", [{
            "id": 1, "bus_rel_code_customers": "CUST", "bus_rel_code_vendors": "VEND",
            "bus_rel_code_bank_accounts": "BANK", "contact_nos": "CONT", "customer_nos": "CUST",
            "vendor_nos": "VEND", "bank_account_nos": "BANK", "inherit_address_details": False,
            "search_hit_pct": 70, "default_country_region_code": "DE",
        }]),
        ("contact", [
            _party("CT000001", "Müller GmbH", type="company", phone_no=PHONE, salesperson_code="AW",
                   business_relation="multiple", vat_registration_no=VAT, **ADDRESS),
            _party("CT000002", "Anna Schmidt", type="person", company_no="CT000001",
                   company_name="Müller GmbH", first_name="Anna", surname="Schmidt", job_title="Einkauf",
                   phone_no=PHONE, business_relation="multiple", **ADDRESS),
            _party("CT000003", "Schulz & Co. KG", type="company", city="Köln", business_relation="other",
                   privacy_blocked=True),
        ]),
        ("customer", [_party("C000010", "Müller GmbH", contact="Anna Schmidt", primary_contact_no="CT000002",
                             phone_no=PHONE, salesperson_code="AW", credit_limit=Decimal("5000.00"),
                             blocked="invoice", vat_registration_no=VAT, **ADDRESS)]),
        ("vendor", [_party("V000010", "Müller GmbH", primary_contact_no="CT000001", phone_no=PHONE,
                           purchaser_code="AW", vat_registration_no=VAT, **ADDRESS)]),
        ("bank_account", [_party("B010", "Müller GmbH", phone_no=PHONE, iban="DE43100700000123456700",
                                 swift_code="DEUTDEBBXXX", balance=Decimal("1234.56"), **ADDRESS)]),
        ("contact_business_relation", [
            _link(1, "CT000001", "CUST", "customer", "C000010"),
            _link(2, "CT000001", "VEND", "vendor", "V000010"),
            _link(3, "CT000001", "BANK", "bank_account", "B010"),
            _link(4, "CT000003", "PROSPECT", None, None),
        ]),
        ("sync_journal_entry", [
            _journal(1, ("customer", "C000010")),
            _journal(2, ("vendor", "V000010")),
            _journal(3, ("bank_account", "B010")),
        ]),
    ],
    # The change log of the multi-user feed.
    "0002": [
        ("change_log", [{"id": 1, "client_id": "desk-1", "created_at": T0,
                         "payload": '{"contact":{"CT000001":["phone_no"]}}'}]),
    ],
    # Duplicate detection: the string setup, strings of both companies, a pair the user marked.
    "0003": [
        ("dupl_search_string_setup", [{"field": "name", "part": "first", "length": 5},
                                      {"field": "city", "part": "first", "length": 4}]),
        ("cont_dupl_search_string", [
            {"contact_no": "CT000001", "field": "name", "part": "first", "search_string": "muell"},
            {"contact_no": "CT000003", "field": "name", "part": "first", "search_string": "schul"},
        ]),
        ("contact_duplicate", [
            {"contact_no": a, "duplicate_contact_no": b, "no_of_matching_strings": 1,
             "separate_contacts": True}
            for a, b in (("CT000001", "CT000003"), ("CT000003", "CT000001"))
        ]),
    ],
    # Documents and the interaction log.
    "0004": [
        ("sales_header", [{
            "no": "SQ0001", "document_type": "quote", "document_date": date(2024, 3, 1),
            "sell_to_customer_no": "C000010", "contact_no": "CT000002", "contact_name": "Anna Schmidt",
            "contact_phone_no": PHONE, "name": "Müller GmbH", "last_modified": T0, "version": 1, **ADDRESS,
        }]),
        ("sales_line", [_line("SQ0001", "Beratung", "2.5", "120", "300.00")]),
        ("purchase_header", [{
            "no": "PO0001", "document_type": "order", "document_date": date(2024, 3, 2),
            "buy_from_vendor_no": "V000010", "contact_no": "CT000001", "name": "Müller GmbH",
            "last_modified": T0, "version": 1,
        }]),
        ("purchase_line", [_line("PO0001", "Schrauben", "100", "0.25", "25.00")]),
        ("interaction_log_entry", [{
            "entry_no": 1, "created_at": T0, "user_name": "alt", "contact_no": "CT000002",
            "contact_company_no": "CT000001", "kind": "document_created",
            "description": "Sales Quote SQ0001 created", "document_type": "sales_quote",
            "document_no": "SQ0001",
        }]),
    ],
    # The list's name index: no new rows.
    "0005": [],
    # Employees: one linked to the person (the migration added the EMPL code and series).
    "0006": [  # (a database made at 0006 got its EMPL code when its ready setup was written)
        ("business_relation", [{"code": "EMPL", "description": "Employee"}]),
        ("employee", [{"no": "E0010", "first_name": "Anna", "last_name": "Schmidt", "job_title": "Einkauf",
                       "phone_no": PHONE, "company_email": "anna@firma.example", "status": "active",
                       "birth_date": date(1990, 5, 17), "last_modified": T0, "version": 1, **ADDRESS}]),
        ("contact_business_relation", [_link(5, "CT000002", "EMPL", "employee", "E0010")]),
    ],
    # Search names filled for contacts without one (data only).
    "0008": [],
    # Contact fields of SPEC §14.12 and greetings.
    "0007": [
        ("salutation", [{"code": "FRAU", "description": "Frau"}]),
        ("salutation_formula", [{"salutation_code": "FRAU", "language_code": "DEU",
                                 "salutation_type": "formal", "salutation": "Sehr geehrte Frau {surname},"}]),
    ],
    # VAT on documents: a product posting group and its rate added by the user (the defaults came with it).
    "0009": [
        ("vat_product_posting_group", [{"code": "BUECHER", "description": "Bücher"}]),
        ("vat_posting_setup", [{"vat_bus_posting_group": "DOMESTIC", "vat_prod_posting_group": "BUECHER",
                                "vat_percent": Decimal("7.00")}]),
    ],
    # Remembered column mappings of CSV imports: none yet.
    "0010": [],
}  # fmt: skip


def revisions() -> list[str]:
    """Every revision, oldest first."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return [r.revision for r in reversed(list(script.walk_revisions()))]


def rows_up_to(revision: str) -> Rows:
    """What a database at `revision` holds: the rows of that revision and of every earlier one."""
    chain = revisions()
    missing = [r for r in chain[: chain.index(revision) + 1] if r not in REVISION_ROWS]
    assert not missing, f"tests/helpers/revision_data.py: add the rows a database at revision {missing} holds"
    return [entry for r in chain[: chain.index(revision) + 1] for entry in REVISION_ROWS[r]]


def fill(engine: Engine, rows: Rows) -> None:
    """Insert into the tables as they exist in the database now (reflected), in one transaction."""
    meta = MetaData()
    meta.reflect(engine)
    with engine.begin() as conn:
        for table, values in rows:
            for row in values:  # one by one: rows name different columns, the rest take their defaults
                conn.execute(meta.tables[table].insert().values(row))
        if engine.dialect.name == "postgresql":  # explicit ids were written: move the sequences past them
            for table, _values in rows:
                (key, *more) = meta.tables[table].primary_key.columns
                if not more and key.type.python_type is int:
                    conn.exec_driver_sql(
                        f"SELECT setval(pg_get_serial_sequence('{table}', '{key.name}'), "
                        f"(SELECT max({key.name}) FROM {table}))"
                    )


def _same(stored: Any, written: Any) -> bool:
    if isinstance(written, Decimal) and stored is not None:
        return Decimal(str(stored)) == written
    if isinstance(written, bool):
        return bool(stored) is written
    return bool(stored == written)


def missing_rows(engine: Engine, rows: Rows) -> list[str]:
    """Every written value that is not found again (by primary key) in the database now."""
    meta = MetaData()
    meta.reflect(engine)
    problems = []
    with engine.connect() as conn:
        for name, values in rows:
            table = meta.tables[name]
            keys = [c.name for c in table.primary_key.columns]
            for row in values:
                found = conn.execute(select(table).where(and_(*(table.c[k] == row[k] for k in keys)))).first()
                if found is None:
                    problems.append(f"{name} {[row[k] for k in keys]} is gone")
                    continue
                stored = found._mapping
                problems += [
                    f"{name} {[row[k] for k in keys]}.{column}: {stored[column]!r} != {value!r}"
                    for column, value in row.items()
                    if not _same(stored[column], value)
                ]
    return problems


def downgrade(engine: Engine, revision: str) -> None:
    """Alembic downgrade on the app's own connection (SQLite: foreign keys off while tables are rebuilt)."""
    config = alembic_config()
    sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as conn:
        if sqlite:
            conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
        config.attributes["connection"] = conn
        command.downgrade(config, revision)
        conn.commit()
