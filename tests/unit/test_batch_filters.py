"""The batch job's request-page filters (BC filter syntax) in the operations layer and the API: what they
select, the count before OK, refusals naming the field, and a cancel midway that leaves no partial chunk."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import func, select

from app import api
from app.db import Database
from app.errors import UserError
from app.models import (
    Contact,
    ContactBusinessRelation,
    CountryRegion,
    Currency,
    Customer,
    CustomerPostingGroup,
)
from app.operations.batch import count_records, create_contacts_from
from app.operations.batch_filters import conditions, filter_fields
from tests.helpers.dump import dump
from tests.helpers.factory import make

CUSTOMERS = [
    ("10000", "Alpha GmbH", "DE", "DOMESTIC", ""),
    ("15000", "Alpen AG", "AT", "EU", "EUR"),
    ("20000", "Beta KG", "DE", "DOMESTIC", ""),
    ("25000", "Müller & Co", "CH", "FOREIGN", "CHF"),
    ("A100", "Aachen Handel", "DE", "DOMESTIC", ""),
    ("B200", "Bonn 50% Rabatt_Shop", "", "DOMESTIC", "USD"),
]


@pytest.fixture
def customers(db: Database) -> list[str]:
    with db.unit_of_work() as session:  # the codes the records refer to (whatever a new database has)
        for model, codes in ((CountryRegion, ("DE", "AT", "CH")), (Currency, ("EUR", "CHF", "USD")),
                             (CustomerPostingGroup, ("DOMESTIC", "EU", "FOREIGN"))):  # fmt: skip
            for code in codes:
                if session.get(model, code) is None:
                    session.add(model(code=code))
    for no, name, country, group, currency in CUSTOMERS:
        make(db, "customer", auto_contact=False, no=no, name=name, country_region_code=country,
             customer_posting_group=group,
             currency_code=currency)  # fmt: skip
    return [c[0] for c in CUSTOMERS]


def selected(db: Database, **filters: str) -> list[str]:
    with db.session() as session:
        query = select(Customer.no).where(*conditions("customer", filters)).order_by(Customer.no)
        return list(session.scalars(query))


def test_filter_fields_follow_the_kind() -> None:
    assert filter_fields("customer") == (
        "no", "search_name", "country_region_code", "customer_posting_group", "gen_bus_posting_group",
        "vat_bus_posting_group", "currency_code",
    )  # fmt: skip
    assert "vendor_posting_group" in filter_fields("vendor")
    assert filter_fields("bank_account") == (
        "no", "search_name", "country_region_code", "bank_acc_posting_group", "currency_code"
    )  # fmt: skip


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"no": "10000..20000"}, ["10000", "15000", "20000"]),
        ({"no": "..15000"}, ["10000", "15000"]),
        ({"no": "20000.."}, ["20000", "25000", "A100", "B200"]),
        ({"no": "A*"}, ["A100"]),
        ({"no": "10000|25000|b200"}, ["10000", "25000", "B200"]),
        ({"no": "1*|A*"}, ["10000", "15000", "A100"]),
        ({"no": "<>10000&<20000"}, ["15000"]),
        ({"no": ">=25000"}, ["25000", "A100", "B200"]),
        ({"search_name": "AL*"}, ["10000", "15000"]),
        ({"search_name": "*gmbh*"}, ["10000"]),
        ({"search_name": "M?LLER*"}, ["25000"]),  # ? is one character, "Ü" too
        ({"search_name": "MÜLLER*"}, ["25000"]),
        ({"search_name": "*50%*"}, ["B200"]),  # LIKE's own % is a plain character here
        ({"search_name": "*RABATT_*"}, ["B200"]),
        ({"country_region_code": "DE"}, ["10000", "20000", "A100"]),
        ({"country_region_code": "''"}, ["B200"]),
        ({"country_region_code": "<>''"}, ["10000", "15000", "20000", "25000", "A100"]),
        ({"customer_posting_group": "EU|FOREIGN"}, ["15000", "25000"]),
        ({"currency_code": "chf|usd"}, ["25000", "B200"]),
        ({"country_region_code": "DE", "no": "1*"}, ["10000"]),
        ({"no": "  "}, ["10000", "15000", "20000", "25000", "A100", "B200"]),  # blank: no filter
    ],
)
def test_bc_filter_syntax_selects(
    db: Database, customers: list[str], filters: dict[str, str], expected: list[str]
) -> None:
    assert selected(db, **filters) == expected


@pytest.mark.parametrize(
    ("filters", "field", "words"),
    [
        ({"no": "10000..20000..30000"}, "No.", "range"),
        ({"no": "*..A"}, "No.", "range"),
        ({"no": ".."}, "No.", "range"),
        ({"no": "A||B"}, "No.", "empty part"),
        ({"search_name": "A&"}, "Search Name", "empty part"),
        ({"currency_code": ">E*"}, "Currency Code", "not valid"),
        ({"name": "A*"}, "Name", "cannot filter"),
    ],
)
def test_a_bad_filter_is_refused_naming_the_field_and_nothing_runs(
    db: Database, customers: list[str], filters: dict[str, str], field: str, words: str
) -> None:
    before = dump(db)
    with pytest.raises(UserError) as refused, db.session() as session:
        count_records(session, "customer", filters)
    assert field in refused.value.message and words in refused.value.message
    with pytest.raises(UserError, match=field):
        create_contacts_from(db, "customer", filters=filters)
    assert dump(db) == before


def test_count_and_job_follow_the_filters(db: Database, customers: list[str]) -> None:
    make(db, "customer", auto_contact=True, no="12000", name="Schon verknüpft", country_region_code="DE")
    with db.session() as session:
        count = count_records(session, "customer", {"no": "10000..20000"})
    assert (count.total, count.linked, count.to_create) == (4, 1, 3)
    result = api.create_contacts_from(db, "customer", filters={"no": "10000..20000"})
    assert (result.created, result.skipped, result.cancelled) == (3, 1, False)
    with db.session() as session:
        linked = set(session.scalars(select(ContactBusinessRelation.no)))
    assert linked == {"10000", "12000", "15000", "20000"}
    again = api.create_contacts_from(db, "customer", filters={"country_region_code": "DE"})  # old API too
    assert (again.created, again.skipped) == (1, 3)  # A100; 10000, 12000, 20000 are linked already


def test_time_sized_chunks_report_progress_and_create_everything(db: Database, customers: list[str]) -> None:
    seen: list[tuple[int, int]] = []
    result = create_contacts_from(
        db, "customer", progress=lambda d, t: seen.append((d, t)), chunk_seconds=0.01
    )
    assert result.created == len(CUSTOMERS) and seen[-1] == (len(CUSTOMERS), len(CUSTOMERS))
    assert [d for d, _t in seen] == sorted(d for d, _t in seen)


def test_a_cancel_in_the_middle_of_a_chunk_rolls_that_chunk_back(db: Database, customers: list[str]) -> None:
    """The cancel answers between a chunk's statements: the chunk is undone whole (no contact without its
    link), the chunks before it stay, and a second run completes the rest without duplicates."""
    asks_after_first_chunk: list[bool] = []
    first_done = False

    def progress(done: int, _total: int) -> None:
        nonlocal first_done
        first_done = done >= 2

    def cancel_inside_second_chunk() -> bool:
        if first_done:
            asks_after_first_chunk.append(True)
        return len(asks_after_first_chunk) == 2  # 1: before chunk 2 starts; 2: after its first statements

    result = create_contacts_from(
        db, "customer", progress=progress, should_cancel=cancel_inside_second_chunk, chunk_size=2
    )
    assert result.cancelled and result.created == 2
    assert consistent(db) == 2
    again = create_contacts_from(db, "customer")
    assert (again.created, again.skipped) == (len(CUSTOMERS) - 2, 2)
    assert consistent(db) == len(CUSTOMERS)


def consistent(db: Database) -> int:
    """Every company contact of the job has exactly its one link and every record at most one: the count."""
    with db.session() as session:
        companies = set(session.scalars(select(Contact.no).where(Contact.type == "company")))
        links: list[Any] = list(
            session.execute(select(ContactBusinessRelation.contact_no, ContactBusinessRelation.no))
        )
        per_record = session.execute(
            select(func.count()).select_from(ContactBusinessRelation).group_by(ContactBusinessRelation.no)
        ).scalars().all()
    assert companies == {c for c, _no in links}
    assert all(n == 1 for n in per_record)
    return len(links)
