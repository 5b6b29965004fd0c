"""Link with existing never wipes data by default (issue 13): per field the side with a value wins, the
master where both have one; names that differ beyond a typo are warned about; the dialog says what each
record loses."""

from __future__ import annotations

from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from app import api
from app.db import Database
from app.models import SalespersonPurchaser, Territory
from app.operations.link_plan import names_differ
from app.ui.context import AppContext
from app.ui.dialogs.link_dialog import LinkDialog
from tests.helpers.dump import dump
from tests.helpers.factory import get, make, make_company, make_person
from tests.ui.conftest import PromptLog

RICH = {  # a customer entered with care, before any contact existed
    "name": "Kaufhaus Nord GmbH",
    "email": "einkauf@kaufhaus-nord.de",
    "home_page": "www.kaufhaus-nord.de",
    "vat_registration_no": "DE123456788",
    "language_code": "DEU",
    "territory_code": "NORD",
    "salesperson_code": "JR",
    "city": "Kiel",
    "phone_no": "0431 999",
}


def _codes(db: Database) -> None:
    with db.unit_of_work() as session:
        session.add(Territory(code="NORD", name="Norddeutschland"))
        session.add(SalespersonPurchaser(code="JR", name="Jutta Richter"))


def _thin_contact_and_rich_customer(db: Database, name: str = "Kaufhaus Nord") -> tuple[str, str]:
    _codes(db)
    contact = make_company(db, name=name, phone_no="0431 12345", city="")
    customer = make(db, "customer", auto_contact=False, **RICH)
    return contact, customer


def _dialog(ctx: AppContext, qtbot: QtBot, contact: str, record: str) -> LinkDialog:
    dialog = LinkDialog(ctx, contact, "customer", None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.select_record(record)
    return dialog


def test_defaults_per_field_the_side_with_a_value_wins_the_master_where_both_have_one(
    ctx: AppContext, qtbot: QtBot, answers: PromptLog
) -> None:
    contact, customer = _thin_contact_and_rich_customer(ctx.db)
    dialog = _dialog(ctx, qtbot, contact, customer)
    assert dialog.master.currentData() == "contact"
    choices = dialog.choices()
    for field in ("email", "home_page", "vat_registration_no", "language_code", "territory_code", "city"):
        assert choices[field] == "record", field  # the contact is blank there: the customer's value wins
    assert choices["salesperson_code"] == "record"
    assert (choices["name"], choices["phone_no"]) == ("contact", "contact")  # both have one: the master's
    dialog.master.setCurrentIndex(dialog.master.findData("record"))
    assert set(dialog.choices().values()) == {"record"}
    dialog.master.setCurrentIndex(dialog.master.findData("contact"))
    assert dialog.choices() == choices  # back to the same defaults
    dialog.accept()
    assert answers.texts("question") == []  # "Kaufhaus Nord" is part of "Kaufhaus Nord GmbH": no warning
    contact_row, customer_row = get(ctx.db, "contact", contact), get(ctx.db, "customer", customer)
    for field in ("email", "home_page", "vat_registration_no", "language_code", "territory_code", "city"):
        assert getattr(customer_row, field) == RICH[field], field  # nothing wiped
        assert getattr(contact_row, field) == RICH[field], field  # and the contact received it
    assert (customer_row.name, customer_row.phone_no) == ("Kaufhaus Nord", "0431 12345")  # the master's


def test_a_different_name_is_warned_about_and_asked_before_linking(
    ctx: AppContext, qtbot: QtBot, answers: PromptLog
) -> None:
    contact, customer = _thin_contact_and_rich_customer(ctx.db, name="Bäckerei Sonnenschein")
    dialog = _dialog(ctx, qtbot, contact, customer)
    assert dialog.name_warning.isVisible()
    warning = dialog.name_warning.text()
    assert "The names differ" in warning and "Bäckerei Sonnenschein" in warning
    assert "Kaufhaus Nord GmbH" in warning
    answers.question = False  # the user answers "No": nothing is linked, the dialog stays open
    before = dump(ctx.db)
    dialog.accept()
    assert answers.texts("question") == [warning + "\n\nLink them anyway?"]
    assert dialog.isVisible() and dump(ctx.db) == before
    answers.question = True
    dialog.accept()
    assert dialog.linked_no == customer


def test_no_name_warning_for_a_typo() -> None:
    assert not names_differ("Müller GmbH", "Mueller GmbH.")
    assert not names_differ("Kaufhaus Nord GmbH", "Kaufhaus Nrod GmbH")
    assert not names_differ("Schmidt", "Schmidt & Söhne KG")
    assert names_differ("Schmidt & Söhne KG", "Bäckerei Sonnenschein")
    assert names_differ("Alt GmbH", "Neu AG")
    assert not names_differ("", "Neu AG")  # a blank name is nothing to compare


def test_the_dialog_summarizes_what_each_record_loses(
    ctx: AppContext, qtbot: QtBot, answers: PromptLog
) -> None:
    contact, customer = _thin_contact_and_rich_customer(ctx.db)
    vendor = make(ctx.db, "vendor", auto_contact=False, name="Kaufhaus Nord")
    with ctx.db.unit_of_work() as session:
        api.link_existing(session, contact, "vendor", vendor)
    dialog = _dialog(ctx, qtbot, contact, customer)
    summary = dialog.summary
    assert summary.objectName() == "link_loss_summary" and summary.isVisible()
    assert summary.text().splitlines() == [
        "What each record loses when you choose OK:",
        f"\u2022 Contact {contact}: nothing",
        f"\u2022 Customer {customer}: Name, Search Name, Phone No.",
    ]
    dialog.master.setCurrentIndex(dialog.master.findData("record"))
    assert summary.text().splitlines() == [
        "What each record loses when you choose OK:",
        f"\u2022 Contact {contact}: Name, Search Name, Phone No.",
        f"\u2022 Customer {customer}: nothing",
        f"The contact's linked records take its new values too: Vendor {vendor}.",
    ]
    dialog.differences.set_choice("name", "contact")  # a choice per field updates the summary at once
    assert f"\u2022 Contact {contact}: Search Name, Phone No." in summary.text().splitlines()
    assert f"\u2022 Customer {customer}: Name" in summary.text().splitlines()
    dialog.differences.set_choice("email", "contact")  # the user may still choose to blank a value …
    assert f"\u2022 Customer {customer}: Name, Email" in summary.text().splitlines()  # … and is told


def test_nothing_to_lose_says_so(ctx: AppContext, qtbot: QtBot, answers: PromptLog) -> None:
    contact = make_company(ctx.db, name="Leer GmbH", city="")
    customer = make(ctx.db, "customer", auto_contact=False, name="Leer GmbH", city="Bonn")
    dialog = _dialog(ctx, qtbot, contact, customer)
    assert not dialog.name_warning.isVisible()
    assert dialog.summary.text() == "Nothing is overwritten: only blank fields are filled."


@pytest.mark.parametrize("master", ["contact", "record"])
def test_the_api_default_never_blanks_a_value(db: Database, master: str) -> None:
    contact, customer = _thin_contact_and_rich_customer(db)
    with db.unit_of_work() as s:
        assert api.link_existing(s, contact, "customer", customer, master=master) == contact
    with db.session() as s:
        linked: dict[str, Any] = api.read_record(s, "customer", customer)
        own = api.read_record(s, "contact", contact)
    for field, value in RICH.items():
        if field not in ("name", "phone_no"):
            assert linked[field] == own[field] == value, field
    expected = ("Kaufhaus Nord", "0431 12345") if master == "contact" else (RICH["name"], RICH["phone_no"])
    assert (linked["name"], linked["phone_no"]) == (own["name"], own["phone_no"]) == expected


def test_an_explicit_choice_may_still_blank_a_value_and_a_bad_choice_is_refused(db: Database) -> None:
    contact, customer = _thin_contact_and_rich_customer(db)
    before = dump(db)
    refusal = "Current master fields must be Contact or Customer"
    with pytest.raises(api.UserError, match=refusal), db.unit_of_work() as s:
        api.link_existing(s, contact, "customer", customer, choices={"email": "nobody"})
    assert dump(db) == before
    with db.unit_of_work() as s:
        api.link_existing(s, contact, "customer", customer, choices={"email": "contact"})
    assert get(db, "customer", customer).email == ""  # asked for by name, so done
    assert get(db, "customer", customer).home_page == RICH["home_page"]


def test_an_employee_link_shows_what_the_employee_loses_and_fills_the_contacts_blanks(
    ctx: AppContext, qtbot: QtBot, answers: PromptLog
) -> None:
    company = make_company(ctx.db, name="Isar Software GmbH", city="München")
    person = make_person(ctx.db, company, "Florian Huber")
    employee = make(
        ctx.db, "employee", first_name="Florian", last_name="Huber", city="Ulm", pager="+49 89 77"
    )
    dialog = LinkDialog(ctx, person, "employee", None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.select_record(employee)
    choices = dialog.choices()
    assert (choices["city"], choices["pager"]) == ("contact", "record")  # the contact decides; blanks filled
    assert f"\u2022 Employee {employee}: City" in dialog.summary.text().splitlines()
    dialog.accept()
    assert dialog.linked_no == employee
    assert get(ctx.db, "employee", employee).city == "München"
    assert get(ctx.db, "contact", person).pager == "+49 89 77"
