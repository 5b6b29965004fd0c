"""Employees in the desktop app (SPEC §13): Create as / Link on person cards only, one-way refresh, the linked
employee card's read-only fields, refusals as prompts, deletion keeping the other side."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel
from pytestqt.qtbot import QtBot

from app.ui.cards.base import BaseCard
from app.ui.context import AppContext
from app.ui.dialogs.link_dialog import LinkDialog
from app.ui.main_window import MainWindow
from tests.helpers.dump import dump
from tests.helpers.factory import create_as_, get, make, make_company, make_person
from tests.ui.conftest import PromptLog, action, enter_text, line


def _active_card(main: MainWindow) -> BaseCard:
    sub = main.mdi.activeSubWindow()
    assert sub is not None and isinstance(sub.widget(), BaseCard)
    return sub.widget()  # type: ignore[return-value]


def _person(main: MainWindow, **values: object) -> str:
    company = make_company(main.ctx.db, name="Isar Software GmbH", city="München", post_code="80802")
    return make_person(main.ctx.db, company, "Florian Huber", job_title="CTO", **values)


def test_create_as_employee_is_offered_on_persons_only_and_opens_the_employee(
    qtbot: QtBot, main: MainWindow, answers: PromptLog
) -> None:
    person = _person(main)
    company = get(main.ctx.db, "contact", person).company_no
    company_card = main.open_card("contact", company)
    assert not action(company_card, "create_as_employee").isVisible()
    assert not action(company_card, "link_employee").isVisible()
    card = main.open_card("contact", person)
    assert action(card, "create_as_employee").isVisible() and action(card, "create_as_employee").isEnabled()

    action(card, "create_as_employee").trigger()

    employee_card = _active_card(main)
    assert employee_card.objectName() == "card_employee" and employee_card.no is not None
    assert answers.texts("info") == [f"Employee {employee_card.no} has been created."]
    assert (line(employee_card, "first_name").text(), line(employee_card, "last_name").text()) == (
        "Florian", "Huber",
    )  # fmt: skip
    assert line(employee_card, "city").text() == "München"
    qtbot.waitUntil(lambda: action(card, "open_employee").isEnabled())
    assert not action(card, "create_as_employee").isEnabled()


def test_a_linked_employee_card_keeps_shared_fields_read_only_and_follows_the_contact(
    qtbot: QtBot, main: MainWindow
) -> None:
    person = _person(main)
    employee = create_as_(main.ctx.db, person, "employee")
    employee_card = main.open_card("employee", employee)
    notice = employee_card.findChild(QLabel, "kept_on_contact")
    assert notice is not None and notice.isVisible() and person in notice.text()
    assert not line(employee_card, "city").isEnabled()
    assert person in line(employee_card, "city").toolTip()
    assert line(employee_card, "company_email").isEnabled()  # only on the employee: typed here
    contact_card = main.open_card("contact", person)
    enter_text(contact_card, "city", "Garching")
    qtbot.waitUntil(lambda: line(employee_card, "city").text() == "Garching")
    assert get(main.ctx.db, "employee", employee).city == "Garching"
    enter_text(employee_card, "company_email", "fh@firma.example")
    assert get(main.ctx.db, "employee", employee).company_email == "fh@firma.example"
    assert get(main.ctx.db, "contact", person).email == ""


def test_an_unlinked_employee_card_is_editable(main: MainWindow) -> None:
    employee = make(main.ctx.db, "employee", first_name="Eva", last_name="Roth", city="Ulm")
    card = main.open_card("employee", employee)
    notice = card.findChild(QLabel, "kept_on_contact")
    assert notice is not None and not notice.isVisible()
    enter_text(card, "city", "Augsburg")
    assert get(main.ctx.db, "employee", employee).city == "Augsburg"


def test_a_privacy_blocked_person_is_refused_with_a_prompt(main: MainWindow, answers: PromptLog) -> None:
    person = _person(main, privacy_blocked=True)
    card = main.open_card("contact", person)
    before = dump(main.ctx.db)
    for name in ("create_as_employee", "link_employee"):  # SPEC §14.4: disabled, the tip says why
        assert not action(card, name).isEnabled() and action(card, name).toolTip() == "Blocked due to privacy"
    card.create_as("employee")  # the handlers themselves still meet the domain's refusal
    refusal = f"You cannot use contact {person} (Florian Huber) because they are blocked due to privacy."
    assert answers.texts("error") == [refusal]
    assert dump(main.ctx.db) == before
    card.link("employee")  # refused when the dialog would open: a prompt, no dialog
    assert len(answers.texts("error")) == 2 and "blocked due to privacy" in answers.texts("error")[1]
    assert dump(main.ctx.db) == before


def test_link_dialog_links_an_employee_with_the_contacts_values(
    ctx: AppContext, qtbot: QtBot, answers: PromptLog
) -> None:
    company = make_company(ctx.db, name="Isar Software GmbH", city="München")
    person = make_person(ctx.db, company, "Florian Huber")
    employee = make(ctx.db, "employee", first_name="Flo", last_name="Huber", city="Ulm")
    dialog = LinkDialog(ctx, person, "employee", None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.select_record(employee)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert answers.calls == [] and dialog.linked_no == employee
    stored = get(ctx.db, "employee", employee)
    assert (stored.first_name, stored.city) == ("Florian", "München")
    assert get(ctx.db, "contact", person).city == "München"


def test_deleting_the_employee_keeps_the_contact(main: MainWindow, answers: PromptLog) -> None:
    person = _person(main)
    employee = create_as_(main.ctx.db, person, "employee")
    card = main.open_card("employee", employee)
    action(card, "delete").trigger()
    assert answers.texts("question")[-1].startswith(f"Delete employee {employee}?")
    assert get(main.ctx.db, "employee", employee) is None
    assert get(main.ctx.db, "contact", person) is not None


def test_marketing_setup_shows_the_employee_code_and_series(ctx: AppContext, qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QComboBox

    from app.ui.dialogs.marketing_setup import MarketingSetupDialog

    dialog = MarketingSetupDialog(ctx, None)
    qtbot.addWidget(dialog)
    code = dialog.findChild(QComboBox, "field_bus_rel_code_employees")
    series = dialog.findChild(QComboBox, "field_employee_nos")
    assert code is not None and code.currentText().startswith("EMPL")
    assert series is not None and series.currentText().startswith("EMPL")


def test_business_relations_of_a_person_list_its_own_employee_link(
    ctx: AppContext, qtbot: QtBot, answers: PromptLog
) -> None:
    from app.ui.dialogs.business_relations import ContactRelationsDialog

    company = make_company(ctx.db, name="Isar Software GmbH")
    person = make_person(ctx.db, company, "Florian Huber")
    employee = create_as_(ctx.db, person, "employee")
    dialog = ContactRelationsDialog(ctx, person, None)
    qtbot.addWidget(dialog)
    assert dialog.select_code("EMPL") and dialog.selected() == ("EMPL", "employee", employee)
    dialog.remove_selected()
    assert answers.texts("question")[-1].startswith(f"Remove the link between contact {person} and employee")
    assert get(ctx.db, "contact", person).business_relation == "none"
    assert get(ctx.db, "employee", employee) is not None
