"""Every field rule, link rule and setup rule of SPEC, fed a bad input: a clear message that names the field
and the rule, and nothing changed (a full dump compared). The field rules are enumerated from the models:
every text column of every synchronized table is tried one character over its limit, on an existing record
and on a new one; every code field with an unknown code; phone, e-mail, IBAN, BIC, VAT, choices. Prints
"bad inputs covered: N"."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.db import Database
from app.documents.create import new_sales_document
from app.errors import UserError
from app.kinds import KINDS
from app.models import BankAccount
from app.operations.relations import add_relation
from tests.helpers.dump import dump
from tests.helpers.factory import create_as_, edit, linked_trio, make, make_company, make_person
from tests.reliability.bad_input_rules import (
    ARRANGED,
    CONTACT_RULES,
    LINK_RULES,
    SETUP_RULES,
    Bad,
    Keys,
    field_rule_cases,
)

COVERED: list[str] = []


# --- the world every case starts from ------------------------------------------------------------------
def build_template(path: Path) -> Keys:
    db = Database(f"sqlite:///{path}", user="catalogue")
    contact, customer, vendor, bank = linked_trio(db)
    with db.unit_of_work() as session:  # a bank with money on it: its currency is fixed
        account = session.get(BankAccount, bank)
        assert account is not None
        account.balance = 100
    lone_customer_person = make_person(db, None, "Lea Kunde")
    keys = {
        "contact": contact,
        "customer": customer,
        "vendor": vendor,
        "bank": bank,
        "person": make_person(db, contact, "Anna Schmidt"),
        "lone": make_person(db, None, "Eva Frei"),
        "lone_customer_person": lone_customer_person,
        "lone_customer": create_as_(db, lone_customer_person, "customer", "CUST-PERS"),
        "plain": make_company(db, "Nur Kontakt AG"),
        "parent": make_company(db, "Familie Berg"),
        "loose_customer": make(db, "customer", name="Lose GmbH", auto_contact=False),
        "loose_vendor": make(db, "vendor", name="Lose Lieferung", auto_contact=False),
        "loose_bank": make(db, "bank_account", name="Lose Bank", auto_contact=False),
        "privacy": make_company(db, "Geheim GmbH", privacy_blocked=True),
        "blocked": make_company(db, "Gesperrt KG"),
        "employee": make(db, "employee", first_name="Eva", last_name="Roth"),
    }
    make_person(db, keys["parent"], "Kai Berg")
    keys["blocked_customer"] = create_as_(db, keys["blocked"], "customer", "CUST-COMP")
    edit(db, "customer", keys["blocked_customer"], "blocked", "all")
    with db.unit_of_work() as session:
        add_relation(session, keys["plain"], "PROSPECT")
        keys["quote"] = new_sales_document(session, contact, "quote").no
        keys["order"] = new_sales_document(session, contact, "order").no
    db.dispose()
    return keys


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Keys]:
    path = tmp_path_factory.mktemp("catalogue") / "template.db"
    return path, build_template(path)


def run(template: tuple[Path, Keys], tmp_path: Path, cases: list[Bad]) -> None:
    """Each case on the same copy (a refusal changes nothing, so the next starts from the same state);
    cases that arrange something get a copy of their own. All failures are reported together."""
    path, keys = template
    shared: Database | None = None
    failures: list[str] = []
    for index, case in enumerate(cases):
        if case.arrange is not None:
            copy = tmp_path / f"arranged{index}.db"
            shutil.copy(path, copy)
            db = Database(f"sqlite:///{copy}", user="catalogue")
            with db.unit_of_work() as session:
                case.arrange(session, keys)
        else:
            if shared is None:
                shutil.copy(path, tmp_path / "shared.db")
                shared = Database(f"sqlite:///{tmp_path / 'shared.db'}", user="catalogue")
            db = shared
        failures += check(db, keys, case)
        if db is not shared:
            db.dispose()
    if shared is not None:
        shared.dispose()
    assert not failures, "\n".join(failures)


def check(db: Database, keys: Keys, case: Bad) -> list[str]:
    before = dump(db)
    try:
        if case.db_act is not None:
            case.db_act(db, keys)
        else:
            assert case.act is not None
            with db.unit_of_work() as session:
                case.act(session, keys)
    except UserError as exc:
        problems = []
        if case.expect not in exc.message:
            problems.append(f"{case.name}: message {exc.message!r} does not say {case.expect!r}")
        if case.field is not None and exc.field != case.field:
            problems.append(f"{case.name}: the refusal names field {exc.field!r}, not {case.field!r}")
        if dump(db) != before:
            problems.append(f"{case.name}: refused, but the database changed")
        if not problems:
            COVERED.append(case.name)
        return problems
    return [f"{case.name}: accepted (expected a refusal saying {case.expect!r})"]


@pytest.mark.parametrize("table", [k.name for k in KINDS])
def test_field_rules(table: str, template: tuple[Path, Keys], tmp_path: Path) -> None:
    run(template, tmp_path, field_rule_cases(table))


def test_contact_and_record_rules(template: tuple[Path, Keys], tmp_path: Path) -> None:
    run(template, tmp_path, CONTACT_RULES)


def test_link_rules(template: tuple[Path, Keys], tmp_path: Path) -> None:
    run(template, tmp_path, LINK_RULES)


def test_setup_rules(template: tuple[Path, Keys], tmp_path: Path) -> None:
    run(template, tmp_path, SETUP_RULES)


def test_rules_that_need_a_setup_first(template: tuple[Path, Keys], tmp_path: Path) -> None:
    run(template, tmp_path, ARRANGED)


def test_report_bad_inputs_covered() -> None:
    """Prints the number of bad inputs refused correctly (read by the closing note)."""
    print(f"\nbad inputs covered: {len(COVERED)}")
    assert len(COVERED) >= 300
