"""Employees (SPEC §13): linked to person contacts, synchronized one way (contact → employee)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from app.db import Database
from app.errors import UserError
from app.models import ContactBusinessRelation, MarketingSetup, SyncJournalEntry
from app.operations.contact_from_record import create_contact_from_record
from app.operations.create_as import create_as
from app.operations.deletion import delete
from app.operations.link_existing import link_existing
from tests.helpers.dump import refused
from tests.helpers.factory import create_as_, edit, get, make, make_company, make_person


def _person(db: Database, **values: object) -> str:
    company = make_company(db, name="Isar Software GmbH", address="Leopoldstr. 1", post_code="80802",
                           city="München", country_region_code="DE", phone_no="+49 89 1")  # fmt: skip
    return make_person(db, company, "Florian Huber", job_title="CTO", email="f.huber@isar.example", **values)


def test_create_as_employee_copies_the_person_and_links_it(db: Database) -> None:
    person = _person(db)
    employee_no = create_as_(db, person, "employee")
    employee = get(db, "employee", employee_no)
    assert (employee.first_name, employee.last_name, employee.job_title) == ("Florian", "Huber", "CTO")
    assert (employee.city, employee.post_code, employee.email) == ("München", "80802", "f.huber@isar.example")
    assert employee.status == "active" and employee.name == "Florian Huber"
    with db.session() as session:
        link = session.scalar(select(ContactBusinessRelation).where(ContactBusinessRelation.no == employee_no))  # noqa: E501
    assert link is not None and (link.contact_no, link.link_to_table) == (person, "employee")
    assert link.business_relation_code == "EMPL"
    assert get(db, "contact", person).business_relation == "employee"


def test_an_edit_on_the_contact_reaches_the_employee_in_the_same_transaction(db: Database) -> None:
    person = _person(db)
    employee_no = create_as_(db, person, "employee")
    edit(db, "contact", person, "mobile_phone_no", "+49 171 555")
    edit(db, "contact", person, "pager", "+49 89 77")
    edit(db, "contact", person, "surname", "Huber-Maier")
    employee = get(db, "employee", employee_no)
    assert (employee.mobile_phone_no, employee.last_name) == ("+49 171 555", "Huber-Maier")
    assert employee.pager == "+49 89 77"
    with db.session() as session:
        targets = set(session.scalars(select(SyncJournalEntry.target_field).where(
            SyncJournalEntry.target_table == "employee")))  # fmt: skip
    assert {"mobile_phone_no", "last_name"} <= targets


def test_a_company_change_reaches_its_person_and_the_persons_employee(db: Database) -> None:
    person = _person(db)
    company = get(db, "contact", person).company_no
    employee_no = create_as_(db, person, "employee")
    edit(db, "contact", company, "city", "Garching")  # the person held the company's address: inherited
    assert get(db, "employee", employee_no).city == "Garching"


def test_the_employee_side_never_reaches_the_contact(db: Database) -> None:
    """One way (SPEC §13.2): the synchronized fields of a linked employee are kept on the contact."""
    person = _person(db)
    employee_no = create_as_(db, person, "employee")
    err = refused(db, _set, "employee", employee_no, "city", "Berlin", match="kept on contact")
    assert err.field == "city" and person in err.message
    edit(db, "employee", employee_no, "company_email", "fh@firma.example")  # only on the employee: free
    edit(db, "employee", employee_no, "employment_date", date(2020, 1, 1))
    assert get(db, "contact", person).city == "München"
    assert get(db, "employee", employee_no).company_email == "fh@firma.example"


def test_an_unlinked_employee_is_edited_freely_and_gets_no_contact(db: Database) -> None:
    employee_no = make(db, "employee", first_name="Eva", last_name="Roth", city="Ulm")
    edit(db, "employee", employee_no, "city", "Augsburg")
    assert get(db, "employee", employee_no).city == "Augsburg"
    with db.session() as session:
        assert session.scalar(select(ContactBusinessRelation).where(
            ContactBusinessRelation.link_to_table == "employee")) is None  # fmt: skip


def test_link_existing_takes_the_contacts_values_and_refuses_the_record_as_master(db: Database) -> None:
    person = _person(db)
    employee_no = make(db, "employee", first_name="Flo", last_name="Huber", city="Ulm", pager="+49 89 77")
    err = refused(db, link_existing, person, "employee", employee_no, "record", match="values win")
    assert err.field == "master"
    refused(db, link_existing, person, "employee", employee_no, "contact", {"city": "record"}, match="win")
    with pytest.raises(UserError, match="kept on contact"), db.unit_of_work() as session:
        link_existing(session, person, "employee", employee_no)
        _set(session, "employee", employee_no, "first_name", "Flo")  # kept already, in the same action
    with db.unit_of_work() as session:
        link_existing(session, person, "employee", employee_no)
    employee = get(db, "employee", employee_no)
    assert (employee.first_name, employee.city) == ("Florian", "München")  # the contact's values win
    assert employee.pager == "+49 89 77"  # a blank of the contact never overwrites: it is filled instead
    assert (get(db, "contact", person).city, get(db, "contact", person).pager) == ("München", "+49 89 77")


def test_a_company_contact_cannot_become_an_employee(db: Database) -> None:
    company = make_company(db, name="Isar Software GmbH")
    err = refused(db, create_as, company, "employee", None, match="Only person contacts can be linked")
    assert err.field == "type"
    employee_no = make(db, "employee", first_name="Eva", last_name="Roth")
    refused(db, link_existing, company, "employee", employee_no, match="Only person contacts")


def test_a_privacy_blocked_person_cannot_become_an_employee(db: Database) -> None:
    person = _person(db, privacy_blocked=True)
    err = refused(db, create_as, person, "employee", None, match="blocked due to privacy")
    assert err.message == (
        f"You cannot use contact {person} (Florian Huber) because they are blocked due to privacy."
    )
    assert err.field == "privacy_blocked"


def test_one_employee_link_per_person_and_per_employee(db: Database) -> None:
    person = _person(db)
    create_as_(db, person, "employee")
    refused(db, create_as, person, "employee", None, match="already has a business relation with employee")
    other = make_person(db, None, "Eva Roth")
    employee_no = make(db, "employee", first_name="Eva", last_name="Roth")
    create_as_(db, other, "customer", "CUST-PERS")
    with db.unit_of_work() as session:
        link_existing(session, other, "employee", employee_no)
    refused(db, link_existing, person, "employee", employee_no, match="already has a business relation")


def test_blank_setup_code_switches_employees_off(db: Database) -> None:
    person = _person(db)
    with db.unit_of_work() as session:
        setup = session.get(MarketingSetup, 1)
        assert setup is not None
        setup.bus_rel_code_employees = None
    refused(db, create_as, person, "employee", None, match="Synchronization with employees is switched off")


def test_deleting_either_side_keeps_the_other(db: Database) -> None:
    person = _person(db)
    employee_no = create_as_(db, person, "employee")
    with db.unit_of_work() as session:
        delete(session, "employee", employee_no)
    assert get(db, "contact", person) is not None
    assert get(db, "contact", person).business_relation == "none"
    second = create_as_(db, person, "employee")
    with db.unit_of_work() as session:
        delete(session, "contact", person)
    assert get(db, "employee", second) is not None
    with db.session() as session:
        link = session.scalar(select(ContactBusinessRelation).where(ContactBusinessRelation.no == second))
    assert link is None


def test_a_person_keeps_its_employee_in_a_company_and_cannot_become_one(db: Database) -> None:
    person = make_person(db, None, "Eva Roth", city="Ulm")
    create_as_(db, person, "employee")
    company = make_company(db, name="Roth Consulting", city="Ulm")
    create_as_(db, company, "customer", "CUST-COMP")
    edit(db, "contact", person, "company_no", company)  # allowed: the employee link stays on the person
    assert get(db, "contact", person).business_relation == "multiple"  # its company's customer + its employee
    err = refused(db, _set, "contact", person, "type", "company", match="cannot become a company")
    assert err.field == "type"


def test_the_contact_action_creates_a_person_contact_for_an_employee(db: Database) -> None:
    employee_no = make(db, "employee", first_name="Eva", middle_name="M.", last_name="Roth", city="Ulm")
    with db.unit_of_work() as session:
        contact_no = create_contact_from_record(session, "employee", employee_no).no
    contact = get(db, "contact", contact_no)
    assert (contact.type, contact.name, contact.surname) == ("person", "Eva M. Roth", "Roth")
    assert contact.city == "Ulm"
    assert contact.business_relation == "employee"


def test_employee_fields_are_checked_by_their_rules(db: Database) -> None:
    employee_no = make(db, "employee", first_name="Eva", last_name="Roth")
    status = refused(db, _set, "employee", employee_no, "status", "retired", match="must be one of")
    assert status.field == "status"
    email = refused(db, _set, "employee", employee_no, "company_email", "no-at-sign", match="Company Email")
    assert email.field == "company_email"
    assert refused(db, _set, "employee", employee_no, "first_name", "x" * 31, match="at most 30").field == (
        "first_name"
    )


def _set(session, table, no, field, value):  # type: ignore[no-untyped-def]
    from app.domain.records import set_field

    set_field(session, table, no, field, value)


def test_deleting_a_company_names_its_persons_employee_links(db: Database) -> None:
    from app.operations.deletion import plan_delete

    person = _person(db)
    company = get(db, "contact", person).company_no
    employee_no = create_as_(db, person, "employee")
    with db.session() as session:
        text = plan_delete(session, "contact", company).text()
    assert f"its link to employee {employee_no}" in text
    assert f"employee {employee_no}" in text.split("stay")[-1]


def test_a_persons_own_plain_relation_does_not_change_its_status(db: Database) -> None:
    """SPEC §5.6: a person shows its company's status; only links of person kinds add to it."""
    from app.operations.relations import add_relation

    person = _person(db)
    company = get(db, "contact", person).company_no
    create_as_(db, company, "customer", "CUST-COMP")
    with db.unit_of_work() as session:
        add_relation(session, person, "PRESS")
    assert get(db, "contact", person).business_relation == "customer"
    edit(db, "contact", person, "company_no", None)  # leaves the company: its own relations now
    assert get(db, "contact", person).business_relation == "other"
