"""SPEC §7.3, §8, §9: contacts created from records, primary contact, deletion, the batch job."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from app.db import Database
from app.domain.links import contact_of_record
from app.errors import UserError
from app.models import Contact, ContactBusinessRelation, MarketingSetup, SyncFieldMap
from app.operations.batch import create_contacts_from
from app.operations.deletion import delete, plan_delete
from app.operations.primary_contact import set_primary_contact
from tests.helpers.dump import dump
from tests.helpers.factory import create_as_, edit, get, make, make_company, make_person


def count(db: Database, model: type) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def contact_no_of(db: Database, table: str, no: str) -> str | None:
    with db.session() as session:
        contact = contact_of_record(session, table, no)
        return contact.no if contact else None


@pytest.mark.parametrize("table", ["customer", "vendor", "bank_account"])
def test_new_record_gets_a_contact_automatically(db: Database, table: str) -> None:
    no = make(db, table, name="Neu AG", city="Wien", phone_no="+43 1 2")
    contact_no = contact_no_of(db, table, no)
    assert contact_no is not None
    contact = get(db, "contact", contact_no)
    assert (contact.name, contact.city, contact.phone_no, contact.type) == (
        "Neu AG",
        "Wien",
        "+43 1 2",
        "company",
    )
    assert contact.business_relation == table


def test_no_automatic_contact_without_contact_series_refuses_the_record(db: Database) -> None:
    """SPEC §14.8: refused with a message naming the setup field, not left without its contact."""
    with db.unit_of_work() as session:
        setup = session.get(MarketingSetup, 1)
        assert setup is not None
        setup.contact_nos = None
    before = dump(db)
    with pytest.raises(UserError, match="Marketing Setup \u203a Contact Nos."):
        make(db, "customer", name="Ohne Serie")
    assert dump(db) == before


def test_record_created_from_contact_gets_no_second_contact(db: Database) -> None:
    contact = make_company(db)
    before = count(db, Contact)
    create_as_(db, contact, "customer", "CUST-COMP")
    assert count(db, Contact) == before


def test_contact_text_creates_primary_person(db: Database) -> None:
    customer = make(db, "customer", name="Firma", contact="Hans Meier")
    record = get(db, "customer", customer)
    person = get(db, "contact", record.primary_contact_no)
    assert (person.type, person.name, person.company_no) == (
        "person",
        "Hans Meier",
        contact_no_of(db, "customer", customer),
    )


def test_primary_contact_must_be_related(db: Database) -> None:
    company = make_company(db)
    customer = create_as_(db, company, "customer", "CUST-COMP")
    stranger = make_company(db, name="Fremd")
    before = dump(db)
    with (
        pytest.raises(UserError, match=f"Contact {stranger} is not related to customer {customer}"),
        db.unit_of_work() as session,
    ):
        set_primary_contact(session, "customer", customer, stranger)
    assert dump(db) == before


def test_primary_person_sets_contact_text_and_company_copies_phone(db: Database) -> None:
    company = make_company(db, phone_no="030 1", mobile_phone_no="0170 1", email="info@firma.de")
    customer = create_as_(db, company, "customer", "CUST-COMP")
    person = make_person(db, company, "Anna Schmidt")
    with db.unit_of_work() as session:
        set_primary_contact(session, "customer", customer, person)
    assert get(db, "customer", customer).contact == "Anna Schmidt"
    edit(db, "contact", person, "surname", "Schmidt-Lang")
    assert get(db, "customer", customer).contact == "Anna Schmidt-Lang"
    with db.unit_of_work() as session:  # with mobile sync off the two sides may differ ...
        row = session.get(SyncFieldMap, ("mobile_phone_no", "customer"))
        assert row is not None
        row.enabled = False
    edit(db, "customer", customer, "mobile_phone_no", "")
    with db.unit_of_work() as session:  # ... and choosing the company copies its phone, mobile, e-mail
        set_primary_contact(session, "customer", customer, company)
    record = get(db, "customer", customer)
    assert (record.primary_contact_no, record.mobile_phone_no, record.contact) == (company, "0170 1", "")


def test_typing_a_name_into_empty_contact_creates_the_person(db: Database) -> None:
    company = make_company(db)
    vendor = create_as_(db, company, "vendor")
    with db.unit_of_work() as session:  # SPEC §14.5/§14.6: from a company the primary contact stays blank
        set_primary_contact(session, "vendor", vendor, "")
    edit(db, "vendor", vendor, "contact", "Karl Klein")
    record = get(db, "vendor", vendor)
    person = get(db, "contact", record.primary_contact_no)
    assert (person.name, person.company_no) == ("Karl Klein", company)


def test_deleting_contact_keeps_customer_and_clears_primary(db: Database) -> None:
    company = make_company(db)
    person = make_person(db, company, "Anna Schmidt")
    customer = create_as_(db, person, "customer", "CUST-COMP")
    with db.session() as session:
        text = plan_delete(session, "contact", company).text()
    assert person in text and customer in text and "stay" in text
    with db.unit_of_work() as session:
        delete(session, "contact", company)
    record = get(db, "customer", customer)
    assert record is not None
    assert (record.contact, record.primary_contact_no) == ("", "")
    assert get(db, "contact", person) is None
    assert count(db, ContactBusinessRelation) == 0


def test_deleting_customer_keeps_contact(db: Database) -> None:
    company = make_company(db)
    customer = create_as_(db, company, "customer", "CUST-COMP")
    create_as_(db, company, "vendor")
    with db.unit_of_work() as session:
        delete(session, "customer", customer)
    assert get(db, "customer", customer) is None
    assert get(db, "contact", company).business_relation == "vendor"


def test_batch_job_is_idempotent_and_creates_persons(db: Database) -> None:
    for i in range(7):
        make(db, "customer", name=f"Kunde {i}", contact="Max Muster" if i % 2 else "", auto_contact=False)
    linked = make(db, "customer", name="Schon verknüpft")
    progress: list[tuple[int, int]] = []
    result = create_contacts_from(db, "customer", progress=lambda d, t: progress.append((d, t)), chunk_size=3)
    assert (result.created, result.skipped) == (7, 1)
    assert progress[-1] == (8, 8)
    persons = count_persons(db)
    assert persons == 3
    again = create_contacts_from(db, "customer")
    assert (again.created, again.skipped) == (0, 8)
    assert contact_no_of(db, "customer", linked) is not None


def count_persons(db: Database) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(Contact).where(Contact.type == "person")) or 0


def test_batch_job_cancel_keeps_done_work_consistent(db: Database) -> None:
    for i in range(10):
        make(db, "vendor", name=f"Lieferant {i}", auto_contact=False)
    reported = [0]  # Cancel once the first chunk of 4 is committed (the bar also moves within a chunk)
    result = create_contacts_from(db, "vendor", progress=lambda done, _total: reported.append(done),
                                  should_cancel=lambda: max(reported) >= 4, chunk_size=4)  # fmt: skip
    assert result.cancelled and result.created == 4
    rest = create_contacts_from(db, "vendor")
    assert (rest.created, rest.skipped) == (6, 4)


def test_batch_job_refuses_without_setup(db: Database) -> None:
    make(db, "bank_account", name="Bank", auto_contact=False)
    with db.unit_of_work() as session:
        setup = session.get(MarketingSetup, 1)
        assert setup is not None
        setup.contact_nos = None
    before = dump(db)
    with pytest.raises(UserError, match="Contact Nos."):
        create_contacts_from(db, "bank_account")
    assert dump(db) == before
