"""SPEC §14.12: letter greetings from salutation codes — the contact's code, else the setup's default for its
type; the formula for the language, else for any language, else the built-in German or English one."""

from __future__ import annotations

import pytest

from app.db import Database
from app.demo.codes import ensure_codes
from app.documents import document_view, new_sales_document
from app.domain.salutation import STANDARD, ensure_salutations, fill, greeting, language_code_for
from app.models import Contact, MarketingSetup, Salutation, SalutationFormula
from app.operations.setup import update_marketing_setup
from tests.helpers.factory import create_as_, make_company, make_person


@pytest.fixture
def demo_db(db: Database) -> Database:
    """The ready setup plus the demo's salutation codes (HERR, FRAU, DR, MR, MS, MME) with their greetings."""
    with db.unit_of_work() as session:
        ensure_codes(session)
    return db


def greet(db: Database, no: str, language: str, formal: bool = True) -> str:
    with db.session() as session:
        return greeting(session, session.get(Contact, no), language, formal)


def test_a_persons_salutation_gives_the_formal_greeting_in_its_language(demo_db: Database) -> None:
    """SPEC §14.12: the formula of the contact's salutation code for the document language."""
    company = make_company(demo_db, name="Kaufhaus Nord")
    schmidt = make_person(demo_db, company, "Anna Schmidt", salutation_code="FRAU")
    weber = make_person(demo_db, company, "Jan Weber", salutation_code="HERR")
    assert greet(demo_db, schmidt, "DEU") == "Sehr geehrte Frau Schmidt,"
    assert greet(demo_db, schmidt, "ENU") == "Dear Ms Schmidt,"
    assert greet(demo_db, weber, "DEU") == "Sehr geehrter Herr Weber,"
    assert greet(demo_db, weber, "ENU") == "Dear Mr Weber,"


def test_the_informal_greeting_uses_the_informal_formula(demo_db: Database) -> None:
    """SPEC §14.12: formal and informal greetings per language."""
    schmidt = make_person(demo_db, None, "Anna Schmidt", salutation_code="FRAU")
    assert greet(demo_db, schmidt, "DEU", formal=False) == "Liebe Anna,"
    assert greet(demo_db, schmidt, "ENU", formal=False) == "Dear Anna,"


def test_without_a_code_of_its_own_the_setup_default_for_its_type(db: Database) -> None:
    """SPEC §14.12: the setup's default salutation codes for companies and persons (the ready setup's)."""
    company = make_company(db, name="Kaufhaus Nord")
    person = make_person(db, company, "Anna Schmidt")
    assert greet(db, company, "DEU") == "Sehr geehrte Damen und Herren,"
    assert greet(db, company, "ENU") == "Dear Sir or Madam,"
    assert greet(db, person, "DEU") == "Guten Tag Anna Schmidt,"
    assert greet(db, person, "ENU") == "Dear Anna Schmidt,"
    with db.unit_of_work() as session:
        session.add(Salutation(code="TEAM", description="Team"))
        session.add(SalutationFormula(salutation_code="TEAM", language_code="ENU", salutation_type="formal",
                                      salutation="Dear {name} team,"))  # fmt: skip
        session.flush()
        update_marketing_setup(session, {"default_company_salutation_code": "TEAM"})
    assert greet(db, company, "ENU") == "Dear Kaufhaus Nord team,"


def test_a_language_without_a_formula_takes_the_one_for_any_language(demo_db: Database) -> None:
    """SPEC §14.12: the formula for the language, then the one for any language (blank language code)."""
    schmidt = make_person(demo_db, None, "Anna Schmidt", salutation_code="FRAU")
    assert greet(demo_db, schmidt, "FRA") == "Dear Ms Schmidt,"  # no French and no '' formula: built-in
    with demo_db.unit_of_work() as session:
        session.add(SalutationFormula(salutation_code="FRAU", language_code="", salutation_type="formal",
                                      salutation="Madame {surname},"))  # fmt: skip
        session.add(SalutationFormula(salutation_code="FRAU", language_code="FRA", salutation_type="formal",
                                      salutation="Chère Madame {surname},"))  # fmt: skip
    assert greet(demo_db, schmidt, "FRA") == "Chère Madame Schmidt,"
    assert greet(demo_db, schmidt, "NLD") == "Madame Schmidt,"
    assert greet(demo_db, schmidt, "DEU") == "Sehr geehrte Frau Schmidt,"  # its own language first


def test_without_any_formula_the_built_in_german_or_english_greeting(db: Database) -> None:
    """SPEC §14.12: a database without formulas (made before them) still greets, in German or English."""
    with db.unit_of_work() as session:
        session.query(SalutationFormula).delete()
        setup = session.get(MarketingSetup, 1)
        assert setup is not None
        setup.default_company_salutation_code = setup.default_person_salutation_code = ""
    company = make_company(db, name="Kaufhaus Nord")
    person = make_person(db, company, "Anna Schmidt")
    assert greet(db, company, "DEA") == "Sehr geehrte Damen und Herren,"  # Austrian German is German
    assert greet(db, company, "FRA") == "Dear Sir or Madam,"
    assert greet(db, person, "DEU") == "Guten Tag Anna Schmidt,"
    assert greet(db, person, "ENU", formal=False) == "Dear Anna,"
    with db.session() as session:
        assert greeting(session, None, "DEU") == "Sehr geehrte Damen und Herren,"  # the contact was deleted


def test_placeholders_are_filled_and_blank_ones_leave_no_gaps(demo_db: Database) -> None:
    """SPEC §14.12: {first_name} {middle_name} {surname} {initials} {job_title} {name} {company_name}."""
    company = make_company(demo_db, name="Kaufhaus Nord")
    person = make_person(demo_db, company, "Anna Schmidt", middle_name="Maria", job_title="CFO")
    with demo_db.unit_of_work() as session:
        session.add(SalutationFormula(
            salutation_code="DR", language_code="ENG", salutation_type="informal",
            salutation="Hi {initials} {surname} ({job_title}, {company_name}) {unknown},",
        ))  # fmt: skip
        session.get(Contact, person).salutation_code = "DR"  # type: ignore[union-attr]
    assert greet(demo_db, person, "ENG", formal=False) == "Hi A. M. Schmidt (CFO, Kaufhaus Nord),"
    assert greet(demo_db, person, "DEU") == "Guten Tag Dr. Schmidt,"
    assert fill("Sehr geehrte Frau {surname},", {"surname": ""}) == "Sehr geehrte Frau,"
    assert fill("Dear {name} {", {"name": "X"}) == "Dear {name} {"  # a stray brace: shown as written


def test_a_person_without_name_parts_is_greeted_by_its_split_name(demo_db: Database) -> None:
    """SPEC §14.12 with §14.1: the name's last word is the surname."""
    with demo_db.unit_of_work() as session:
        contact = Contact(no="CTX1", type="person", name="Anna Maria Schmidt", salutation_code="FRAU")
        session.add(contact)
    assert greet(demo_db, "CTX1", "DEU") == "Sehr geehrte Frau Schmidt,"


def test_the_ready_setup_and_the_demo_bring_their_greetings(db: Database) -> None:
    """SPEC §14.12: a new database has the company and person defaults; the demo adds its codes' formulas
    in German and English, formal and informal, and keeps what a database has."""
    with db.session() as session:
        setup = session.get(MarketingSetup, 1)
        assert setup is not None
        assert (setup.default_company_salutation_code, setup.default_person_salutation_code) == (
            "COMPANY", "PERSON",
        )  # fmt: skip
        assert session.query(SalutationFormula).filter_by(salutation_code="COMPANY").count() == 4
    with db.unit_of_work() as session:
        ensure_salutations(session, ("FRAU",))
        session.flush()
        session.get(SalutationFormula, ("FRAU", "DEU", "formal")).salutation = "Hallo Frau {surname},"  # type: ignore[union-attr]
    with db.unit_of_work() as session:
        ensure_codes(session)
    with db.session() as session:
        for code in ("HERR", "FRAU", "DR", "MR", "MS", "MME"):
            assert session.query(SalutationFormula).filter_by(salutation_code=code).count() == 4, code
        assert session.get(SalutationFormula, ("FRAU", "DEU", "formal")).salutation == "Hallo Frau {surname},"  # type: ignore[union-attr]
    assert set(STANDARD) >= {"HERR", "FRAU", "DR", "MR", "MS", "MME", "COMPANY", "PERSON"}


def test_a_document_greets_in_the_contacts_language_else_the_users(demo_db: Database) -> None:
    """SPEC §14.12: a document's letter greeting comes from its contact, in the contact's language code,
    else in the language the user works in."""
    company = make_company(demo_db, name="Kaufhaus Nord", city="Kiel")
    create_as_(demo_db, company, "customer", "CUST-COMP")
    person = make_person(demo_db, company, "Anna Schmidt", salutation_code="FRAU")
    with demo_db.unit_of_work() as session:
        quote = new_sales_document(session, person, "quote").no
    with demo_db.session() as session:
        view = document_view(session, "sales_header", quote, language_code_for("de_AT"))
        assert (view["greeting"], view["language_code"]) == ("Sehr geehrte Frau Schmidt,", "DEU")
        assert document_view(session, "sales_header", quote, "ENU")["greeting"] == "Dear Ms Schmidt,"
        assert view["correspondence_type"] == ""
    with demo_db.unit_of_work() as session:
        contact = session.get(Contact, person)
        assert contact is not None
        contact.language_code, contact.correspondence_type = "ENU", "email"
    with demo_db.session() as session:
        view = document_view(session, "sales_header", quote, "DEU")
        assert (view["greeting"], view["correspondence_type"]) == ("Dear Ms Schmidt,", "email")
    assert [language_code_for(name) for name in ("en_US", "C", "de")] == ["ENU", "ENU", "DEU"]
