"""Demo data and the command line: `python -m app init | demo | create-contacts`, in-process and for real."""

from __future__ import annotations

import os
import subprocess
import sys
import types
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.orm import Session

from app.__main__ import main
from app.db import Database
from app.demo import data
from app.demo.loader import add_unlinked_customers, load_demo
from app.domain.fieldmap import field_map
from app.domain.numbering import increment
from app.domain.records import create_record
from app.errors import UserError
from app.kinds import kind as registry_kind
from app.models import (
    BankAccount,
    Contact,
    ContactBusinessRelation,
    Customer,
    MarketingSetup,
    NoSeries,
    Vendor,
)
from tests.helpers.dump import dump

ROOT = Path(__file__).resolve().parents[2]
LINKED_TABLES = ("customer", "vendor", "bank_account")


def unlinked_nos(session: Session, table: str) -> list[str]:
    model: Any = registry_kind(table).model
    linked = select(ContactBusinessRelation.no).where(ContactBusinessRelation.link_to_table == table)
    return list(session.scalars(select(model.no).where(model.no.not_in(linked)).order_by(model.no)))


def count(session: Session, model: Any) -> int:
    return session.scalar(select(func.count()).select_from(model)) or 0


def disagreements(session: Session) -> list[str]:
    """Every linked record must carry its contact's value in each shared field that follows the contact."""
    fmap = field_map(session)
    problems = []
    for link in session.scalars(
        select(ContactBusinessRelation).where(ContactBusinessRelation.link_to_table.is_not(None))
    ):
        contact = session.get(Contact, link.contact_no)
        record: Any = session.get(registry_kind(link.link_to_table or "").model, link.no)
        assert contact is not None and record is not None
        for pair in fmap.pairs(link.link_to_table or ""):
            if pair.direction in ("both", "to_record"):
                mine, theirs = getattr(contact, pair.contact_field), getattr(record, pair.record_field)
                if mine != theirs:
                    problems.append(f"{contact.no}.{pair.contact_field}={mine!r} {record.no}={theirs!r}")
    return problems


# --- the loader -----------------------------------------------------------------------------------------
def test_demo_has_linked_and_unlinked_records_of_every_kind(db: Database) -> None:
    summary = load_demo(db)
    assert not summary.already_loaded
    with db.session() as session:
        assert summary.contacts == count(session, Contact) >= 40
        assert summary.customers == count(session, Customer) >= 10
        assert summary.vendors == count(session, Vendor) >= 8
        assert summary.bank_accounts == count(session, BankAccount) >= 3
        for table in LINKED_TABLES:
            model = registry_kind(table).model
            unlinked = unlinked_nos(session, table)
            assert unlinked, f"no unlinked {table}"
            assert len(unlinked) < count(session, model), f"no linked {table}"
            assert getattr(summary, f"unlinked_{table}s") == len(unlinked)
        persons = list(session.scalars(select(Contact).where(Contact.type == "person")))
        assert sum(1 for p in persons if p.company_no) >= 15
        assert any(not p.company_no for p in persons)  # private customers
        plain = session.scalars(
            select(ContactBusinessRelation.business_relation_code).where(
                ContactBusinessRelation.link_to_table.is_(None)
            )
        ).all()
        assert {"PROSPECT", "PRESS"} <= set(plain)
        company = session.scalar(select(Contact).where(Contact.name == data.COMPANIES[0]["name"]))
        assert company is not None and company.city == "Köln" and company.address == "Industriestraße 12"
        banks = list(session.scalars(select(BankAccount)))
        assert all(b.iban.startswith("DE") and len(b.swift_code) == 11 for b in banks)
        # "Create as" from a person: the person is the primary contact and its name is the contact text.
        customer = session.scalar(select(Customer).where(Customer.name == data.COMPANIES[0]["name"]))
        assert customer is not None and customer.contact == "Klaus Müller"
        primary = session.get(Contact, customer.primary_contact_no)
        assert primary is not None and primary.company_no == company.no
        assert customer.customer_posting_group == "DOMESTIC"
        assert company.business_relation == "customer" and primary.business_relation == "customer"


def test_linked_records_agree_with_their_contacts(db: Database) -> None:
    load_demo(db)
    with db.session() as session:
        links = session.scalar(select(func.count()).where(ContactBusinessRelation.link_to_table.is_not(None)))
        assert links and links >= 20
        assert disagreements(session) == []


def test_loading_twice_changes_nothing(db: Database) -> None:
    load_demo(db)
    before = dump(db)
    summary = load_demo(db)
    assert summary.already_loaded
    assert "already loaded" in summary.text()
    assert dump(db) == before


def test_unlinked_customers_are_numbered_from_the_series_and_deterministic(tmp_path: Path) -> None:
    names = []
    for name in ("one", "two"):
        database = Database(f"sqlite:///{tmp_path / name}.db")
        try:
            assert add_unlinked_customers(database, 0) == 0
            assert add_unlinked_customers(database, 30) == 30
            with database.session() as session:
                customers = list(session.scalars(select(Customer).order_by(Customer.no)))
                assert [c.no for c in customers] == [increment("C000010", i) for i in range(30)]
                assert session.get(NoSeries, "CUST").last_no_used == "C000039"  # type: ignore[union-attr]
                assert unlinked_nos(session, "customer") == [c.no for c in customers]
                assert all(c.search_name == c.name.upper() and c.city for c in customers)
                names.append([c.name for c in customers])
        finally:
            database.dispose()
    assert names[0] == names[1]


def test_unlinked_customers_refuse_numbers_in_use_and_change_nothing(db: Database) -> None:
    with db.unit_of_work() as session:
        create_record(session, "customer", {"no": "C000012", "name": "Handmade Numbering GmbH"})
    before = dump(db)
    with pytest.raises(UserError, match="C000010 to C000014"):
        add_unlinked_customers(db, 5)
    assert dump(db) == before


# --- the command line, in-process -------------------------------------------------------------------------
def test_init_creates_then_reports_up_to_date(db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["init", "--database", db_url]) == 0
    assert "Database ready: sqlite:///" in capsys.readouterr().out
    assert main(["--database", db_url, "init"]) == 0  # --database before the subcommand works too
    assert "already up to date" in capsys.readouterr().out


def test_default_database_is_created_in_the_user_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    home = tmp_path / "home" / "nested"
    monkeypatch.setenv("CONTACTSYNC_HOME", str(home))
    assert main(["init"]) == 0
    assert (home / "contactsync.db").exists()
    assert str(home) in capsys.readouterr().out


def test_demo_command_prints_counts(db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo", "--database", db_url]) == 0
    out = capsys.readouterr().out
    database = Database(db_url)
    try:
        with database.session() as session:
            for number, label in (
                (count(session, Contact), "Contacts"),
                (count(session, Customer), "customers"),
                (count(session, Vendor), "vendors"),
                (count(session, BankAccount), "bank accounts"),
            ):
                assert f"{label}: {number}" in out
    finally:
        database.dispose()
    assert main(["demo", "--database", db_url]) == 0
    assert "already loaded" in capsys.readouterr().out


def test_create_contacts_links_every_unlinked_record_once(
    db: Database, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    load_demo(db)
    with db.session() as session:
        todo = {table: unlinked_nos(session, table) for table in LINKED_TABLES}
        total = {table: count(session, registry_kind(table).model) for table in LINKED_TABLES}
        texts = {c.no: c.contact for c in session.scalars(select(Customer).where(Customer.contact != ""))}
    for option, table in (
        ("customers", "customer"),
        ("vendors", "vendor"),
        ("bank-accounts", "bank_account"),
    ):
        assert main(["create-contacts", "--from", option, "--database", db_url]) == 0
        captured = capsys.readouterr()
        created = len(todo[table])
        assert f"Contacts created from {table.replace('_', ' ')}s: {created};" in captured.out
        assert f"skipped (already linked): {total[table] - created}." in captured.out
        assert "100%" in captured.err
    with db.session() as session:
        for table in LINKED_TABLES:
            assert unlinked_nos(session, table) == []
        assert disagreements(session) == []
        for no in todo["customer"]:
            customer = session.get(Customer, no)
            assert customer is not None
            if texts.get(no):  # the contact text became a person under the new company
                primary = session.get(Contact, customer.primary_contact_no)
                assert primary is not None
                assert primary.type == "person" and primary.name == texts[no] and primary.company_no
            else:  # the batch job makes the new company the primary contact (SPEC §7.3)
                company = session.get(Contact, customer.primary_contact_no)
                assert company is not None and company.type == "company"
    before = dump(db)
    assert main(["create-contacts", "--from", "customers", "--database", db_url]) == 0
    assert "Contacts created from customers: 0;" in capsys.readouterr().out
    assert dump(db) == before


def test_create_contacts_refused_when_the_setup_code_is_blank(
    db: Database, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    load_demo(db)
    with db.unit_of_work() as session:
        setup = session.get(MarketingSetup, 1)
        assert setup is not None
        setup.bus_rel_code_customers = None
    before = dump(db)
    assert main(["create-contacts", "--from", "customers", "--database", db_url]) == 2
    captured = capsys.readouterr()
    assert captured.err.startswith("error: ")
    assert "Bus. Rel. Code for Customers" in captured.err
    assert captured.out == ""
    assert dump(db) == before


def test_database_too_new_is_refused_untouched(
    db: Database, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    before = dump(db)
    assert main(["demo", "--database", db_url]) == 2
    assert "error: " in capsys.readouterr().err
    assert dump(db) == before


def test_demo_customers_adds_consecutive_unlinked_customers(
    db: Database, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    load_demo(db)
    with db.session() as session:
        last = session.get(NoSeries, "CUST").last_no_used  # type: ignore[union-attr]
        existing = set(session.scalars(select(Customer.no)))
    assert main(["demo", "--customers", "2000", "--database", db_url]) == 0
    out = capsys.readouterr().out
    assert "Added 2000 unlinked customers" in out
    assert "Demo data" not in out  # the base demo was there already: not loaded again
    expected = [increment(last, i) for i in range(1, 2001)]
    with db.session() as session:
        new = sorted(set(session.scalars(select(Customer.no))) - existing)
        assert new == sorted(expected)
        assert session.get(NoSeries, "CUST").last_no_used == expected[-1]  # type: ignore[union-attr]
        assert set(expected) <= set(unlinked_nos(session, "customer"))


def test_demo_customers_on_a_new_database_loads_the_demo_first(
    db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["demo", "--customers", "10", "--database", db_url]) == 0
    out = capsys.readouterr().out
    assert "Demo data loaded" in out and "Added 10 unlinked customers" in out


def test_bad_arguments_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["create-contacts", "--from", "items"])
    assert exc.value.code == 2
    with pytest.raises(SystemExit) as exc:
        main(["demo", "--customers", "-5"])
    assert exc.value.code == 2
    assert main(["--open", "item/1"]) == 2
    assert "error: --open" in capsys.readouterr().err


def test_gui_path_passes_url_open_spec_and_first_start(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The GUI entry without Qt: a stand-in for app.ui.launch records what it was given."""
    calls: list[tuple[str, str | None, bool]] = []
    fake = types.ModuleType("app.ui.launch")

    languages: list[str | None] = []

    def run_gui(url: str, spec: str | None, first: bool, language: str | None = None) -> int:
        calls.append((url, spec, first))
        languages.append(language)
        return 0

    fake.run_gui = run_gui  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "app.ui.launch", fake)
    monkeypatch.setenv("CONTACTSYNC_HOME", str(tmp_path / "home"))
    assert main(["--open", "contact/CT000001"]) == 0
    assert main([]) == 0
    assert main(["--database", "sqlite:///other.db"]) == 0
    default = f"sqlite:///{tmp_path / 'home' / 'contactsync.db'}"
    assert calls == [
        (default, "contact/CT000001", True),
        (default, None, True),
        ("sqlite:///other.db", None, False),
    ]
    (tmp_path / "home" / "contactsync.db").touch()
    assert main([]) == 0
    assert calls[-1] == (default, None, False)
    assert main(["--language", "de"]) == 0 and main(["--language", "system"]) == 0
    assert languages == [None] * 4 + ["de", ""]  # None: the language chosen in the app


# --- the command line, for real ---------------------------------------------------------------------------
def test_subprocesses_demo_then_create_contacts(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'real.db'}"
    env = {**os.environ, "CONTACTSYNC_HOME": str(tmp_path / "home"), "PYTHONPATH": str(ROOT)}

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        done = subprocess.run(
            [sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
        )
        assert done.returncode == 0, done.stderr
        return done

    demo = run("-m", "app", "demo", "--database", url)
    unlinked = sum(1 for firm in data.COMPANIES if firm["role"] == "customer_unlinked")
    assert f"Without contact (for the batch job): customers: {unlinked}," in demo.stdout
    batch = run("-m", "app", "create-contacts", "--from", "customers", "--database", url)
    assert batch.stdout.startswith(f"Contacts created from customers: {unlinked};")
    # Once more in a plain interpreter: nothing new, and the subcommands never load Qt.
    again = run(
        "-c",
        "import sys; from app.__main__ import main; code = main(sys.argv[1:]); "
        "assert not [m for m in sys.modules if m.startswith(('PySide6', 'app.ui'))]; sys.exit(code)",
        "create-contacts",
        "--from",
        "customers",
        "--database",
        url,
    )
    assert again.stdout.startswith("Contacts created from customers: 0;")
    database = Database(url)
    try:
        with database.session() as session:
            assert unlinked_nos(session, "customer") == []
            assert disagreements(session) == []
            assert count(session, Customer) == sum(
                1 for f in data.COMPANIES if "customer" in f["role"]
            ) + len(data.PRIVATE_CUSTOMERS)
    finally:
        database.dispose()


def test_demo_in_german_sets_up_bc_german_codes_and_descriptions(tmp_path: Path) -> None:
    """`demo --language de` on a new database: Business Central's German codes and German descriptions."""
    url = f"sqlite:///{tmp_path / 'de.db'}"
    done = subprocess.run([sys.executable, "-m", "app", "demo", "--language", "de", "--database", url],
                          capture_output=True, text=True, timeout=120, check=True)  # fmt: skip
    assert "Demodaten geladen" in done.stdout
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            relations = dict(conn.execute(text("SELECT code, description FROM business_relation")).all())
            countries = dict(conn.execute(text("SELECT code, name FROM country_region")).all())
    finally:
        engine.dispose()
    assert relations["DEB"] == "Debitor" and relations["KRED"] == "Kreditor"
    assert "CUST" not in relations
    assert countries["DE"] == "Deutschland"
