"""No operation ends in a raw exception (SPEC §14.7): every case of the bad-input catalogue, run through the
operation it names, and the public API fed the catalogue's bad keys and values, raise `app.api.UserError` or
succeed, never a database exception (sqlalchemy.exc.*, sqlite3.*, psycopg.*) nor KeyError, AttributeError,
TypeError."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy.exc
from sqlalchemy.orm import Session

from app import api
from tests.reliability.bad_input_rules import (
    ARRANGED,
    BAD_EMAILS,
    BAD_PHONES,
    CONTACT_RULES,
    KEY_OF,
    LINK_RULES,
    SETUP_RULES,
    Bad,
    Keys,
    field_rule_cases,
)
from tests.reliability.test_bad_input_catalogue import build_template

RAW: tuple[type[BaseException], ...] = (
    sqlalchemy.exc.SQLAlchemyError,
    sqlite3.Error,
    KeyError,
    AttributeError,
    TypeError,
)
try:  # PostgreSQL's driver, where it is installed
    import psycopg

    RAW += (psycopg.Error,)
except ImportError:  # pragma: no cover
    pass

CASES: list[Bad] = [
    *(case for k in api.KINDS for case in field_rule_cases(k.name)),
    *CONTACT_RULES,
    *LINK_RULES,
    *SETUP_RULES,
    *ARRANGED,
]


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Keys]:
    path = tmp_path_factory.mktemp("raw") / "template.db"
    return path, build_template(path)


@pytest.fixture
def copy(template: tuple[Path, Keys], tmp_path: Path) -> Iterator[tuple[api.Database, Keys]]:
    path, keys = template
    shutil.copy(path, tmp_path / "copy.db")
    db = api.open_database(f"sqlite:///{tmp_path / 'copy.db'}", user="raw")
    yield db, keys
    db.dispose()


def outcome(call: Callable[[], Any]) -> str | None:
    """None when `call` succeeds or raises a UserError; else what it raised."""
    try:
        call()
    except api.UserError:
        return None
    except Exception as exc:  # any exception: classifying it is the point
        kind = "RAW " if isinstance(exc, RAW) else ""
        return f"{kind}{type(exc).__module__}.{type(exc).__name__}: {exc}"
    return None


def in_unit(db: api.Database, act: Callable[[Session], Any]) -> Callable[[], Any]:
    def run() -> None:
        with db.unit_of_work() as s:
            act(s)

    return run


def test_every_catalogue_case_raises_a_user_error(template: tuple[Path, Keys], tmp_path: Path) -> None:
    """Each case on a copy of its own when it arranges something, on one shared copy otherwise (a refusal
    changes nothing)."""
    path, keys = template
    shared = tmp_path / "shared.db"
    shutil.copy(path, shared)
    shared_db = api.open_database(f"sqlite:///{shared}", user="raw")
    failures = []
    try:
        for index, case in enumerate(CASES):
            db = shared_db
            if case.arrange is not None:
                own = tmp_path / f"case{index}.db"
                shutil.copy(path, own)
                db = api.open_database(f"sqlite:///{own}", user="raw")
                with db.unit_of_work() as s:
                    case.arrange(s, keys)
            if case.db_act is not None:
                problem = outcome(lambda db=db, case=case: case.db_act(db, keys))  # type: ignore[misc]
            else:
                problem = outcome(in_unit(db, lambda s, case=case: case.act(s, keys)))  # type: ignore[misc]
            if problem:
                failures.append(f"{case.name}: {problem}")
            if db is not shared_db:
                db.dispose()
    finally:
        shared_db.dispose()
    assert not failures, "\n".join(failures)


TEXTS = ["X" * 300, "ZZZ", "", " ", "zwölf", *(v for v, _ in BAD_PHONES), *BAD_EMAILS]
FIELDS = ["name", "email", "phone_no", "type", "company_no", "currency_code", "no", "colour", ""]


def api_calls(keys: Keys, values: list[Any] = TEXTS) -> Iterator[tuple[str, Callable[[Session], Any]]]:
    """The API's functions on a session, fed the catalogue's bad keys and values."""
    kinds = [k.name for k in api.KINDS] + ["item", "", "Customer"]
    nos = [keys["contact"], keys["customer"], keys["person"], keys["lone"], "ZZZ999", "", " ", "x" * 40]
    for kind in kinds:
        for no in nos:
            yield f"read_record {kind} {no!r}", lambda s, k=kind, n=no: api.read_record(s, k, n)
            yield f"contact_of {kind} {no!r}", lambda s, k=kind, n=no: api.contact_of(s, k, n)
            yield (f"create_contact_from_record {kind} {no!r}",
                   lambda s, k=kind, n=no: api.create_contact_from_record(s, k, n))  # fmt: skip
            yield f"create_as {kind} {no!r}", lambda s, k=kind, n=no: api.create_as(s, n, k, "CUST-COMP")
            for other in nos:
                yield (f"link_existing {kind} {no!r} {other!r}",
                       lambda s, k=kind, n=no, o=other: api.link_existing(s, n, k, o))  # fmt: skip
                yield (f"set_primary_contact {kind} {no!r} {other!r}",
                       lambda s, k=kind, n=no, o=other: api.set_primary_contact(s, k, n, o))  # fmt: skip
        existing = keys.get(KEY_OF.get(kind, ""), "ZZZ999")
        for field in FIELDS:
            for value in values:
                yield (f"create_record {kind} {field}={value!r}",
                       lambda s, k=kind, f=field, v=value: api.create_record(s, k, {f: v}))  # fmt: skip
                yield (
                    f"set_field {kind} {field}={value!r}",
                    lambda s, k=kind, n=existing, f=field, v=value: api.set_field(s, k, n, f, v),
                )
    for no in nos:
        for code in ["CUST", "PROSPECT", "NOPE", "", "X" * 20]:
            yield f"add_relation {no!r} {code!r}", lambda s, n=no, c=code: api.add_relation(s, n, c)
            yield f"remove_relation {no!r} {code!r}", lambda s, n=no, c=code: api.remove_relation(s, n, c)
    for field in ["contact_nos", "bus_rel_code_customers", "search_hit_pct", "colour", ""]:
        for value in values:
            yield (f"update_marketing_setup {field}={value!r}",
                   lambda s, f=field, v=value: api.update_marketing_setup(s, {f: v}))  # fmt: skip
    for kind in kinds:  # last: what is deleted is gone for the calls after
        for no in nos:
            yield f"delete {kind} {no!r}", lambda s, k=kind, n=no: api.delete(s, k, n)


def raw_failures(db: api.Database, keys: Keys, values: list[Any]) -> list[str]:
    calls = api_calls(keys, values)
    return [f"{name}: {problem}" for name, act in calls if (problem := outcome(in_unit(db, act)))]


def test_the_api_fed_bad_input_raises_only_user_errors(copy: tuple[api.Database, Keys]) -> None:
    """Every call in its own unit of work: a refusal rolls back, an accepted call commits (later calls see
    it, as a script's would)."""
    failures = raw_failures(*copy, TEXTS)
    assert not failures, f"{len(failures)} raw exceptions:\n" + "\n".join(failures[:40])


def test_numbers_for_text_fields_are_refusals(copy: tuple[api.Database, Keys]) -> None:
    """Beyond the catalogue: a script passing a number where text belongs gets a UserError too."""
    failures = raw_failures(*copy, [12, -1, 1.5, True])
    assert not failures, f"{len(failures)} raw exceptions:\n" + "\n".join(failures[:40])


def test_linking_over_a_plain_relation_is_no_database_error(copy: tuple[api.Database, Keys]) -> None:
    """SPEC §14.7 through the API: the plain company has relation PROSPECT, which the setup then reserves
    for customers; Create as, Link with existing and the contact of a new record all link without an
    IntegrityError on (contact, code)."""
    db, keys = copy
    with db.unit_of_work() as s:
        api.update_marketing_setup(s, {"bus_rel_code_customers": "PROSPECT"})
    with db.unit_of_work() as s:
        customer = api.create_as(s, keys["plain"], "customer", "CUST-COMP")
    with db.session() as s:
        linked = {"code": "PROSPECT", "kind": "customer", "no": customer}
        assert api.read_relations(s, keys["plain"]) == [linked]
    with db.unit_of_work() as s:
        api.remove_relation(s, keys["plain"], "PROSPECT")
        api.update_marketing_setup(s, {"bus_rel_code_customers": "CUST"})
        api.add_relation(s, keys["plain"], "PROSPECT")
        api.update_marketing_setup(s, {"bus_rel_code_customers": "PROSPECT"})
    with db.unit_of_work() as s:
        assert api.link_existing(s, keys["plain"], "customer", keys["loose_customer"]) == keys["plain"]
        api.create_record(s, "customer", {"name": "Neu mit Kontakt"})
    with db.session() as s:
        assert api.read_relations(s, keys["plain"]) == [
            {"code": "PROSPECT", "kind": "customer", "no": keys["loose_customer"]}
        ]
