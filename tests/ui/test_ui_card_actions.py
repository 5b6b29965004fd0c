"""Card actions: Create as, Link, Related, Contact, New and Delete; every refusal changes nothing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QTableWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.models import Contact, CustomerTemplate, MarketingSetup
from app.ui.cards.base import BaseCard
from app.ui.main_window import MainWindow
from tests.helpers.dump import dump
from tests.helpers.factory import create_as_, get, make, make_company, make_person
from tests.ui.conftest import PromptLog, action, line


def _active_card(main: MainWindow) -> BaseCard:
    sub = main.mdi.activeSubWindow()
    assert sub is not None
    widget = sub.widget()
    assert isinstance(widget, BaseCard)
    return widget


def test_create_as_customer_opens_a_customer_card_with_the_contact_data(
    qtbot: QtBot, main: MainWindow, answers: PromptLog
) -> None:
    contact = make_company(main.ctx.db, name="Müller GmbH", city="Berlin", phone_no="030 12", email="a@b.de")
    card = main.open_card("contact", contact)
    assert action(card, "create_as_customer").isEnabled()
    assert not action(card, "open_customer").isEnabled()

    action(card, "create_as_customer").trigger()

    customer_card = _active_card(main)
    assert customer_card.objectName() == "card_customer"
    no = customer_card.no
    assert no is not None
    assert answers.texts("info") == [
        f"Customer {no} has been created. Billing and posting details are entered on the customer card."
    ]
    assert line(customer_card, "name").text() == "Müller GmbH"
    assert line(customer_card, "city").text() == "Berlin"
    assert line(customer_card, "phone_no").text() == "030 12"
    assert line(customer_card, "email").text() == "a@b.de"
    qtbot.waitUntil(lambda: action(card, "open_customer").isEnabled())
    assert not action(card, "create_as_customer").isEnabled()
    assert not action(card, "link_customer").isEnabled()
    relations = card.findChild(QTableWidget, "relations_table")
    assert relations is not None and relations.rowCount() == 1 and relations.item(0, 3).text() == no
    action(card, "open_customer").trigger()
    assert _active_card(main) is customer_card


def test_create_as_customer_refused_when_the_setup_code_is_blank(
    main: MainWindow, answers: PromptLog
) -> None:
    db = main.ctx.db
    with db.unit_of_work() as session:
        session.get(MarketingSetup, 1).bus_rel_code_customers = None
    contact = make_company(db)
    card = main.open_card("contact", contact)
    before = dump(db)
    action(card, "create_as_customer").trigger()
    errors = answers.texts("error")
    assert len(errors) == 1 and "Bus. Rel. Code for Customers" in errors[0]
    assert dump(db) == before
    assert main.windows.find(("card", "contact", contact)) is card
    assert len(main.windows.windows()) == 1


def test_create_as_asks_for_the_template_when_several_fit(main: MainWindow, answers: PromptLog) -> None:
    db = main.ctx.db
    with db.unit_of_work() as session:
        session.add(CustomerTemplate(code="CUST-EXP", description="Export", contact_type="company"))
    contact = make_company(db)
    card = main.open_card("contact", contact)
    answers.choice = "CUST-EXP \u2014 Export"
    action(card, "create_as_customer").trigger()
    choose = [c for c in answers.calls if c[0] == "choose"]
    assert choose and set(choose[0][3]) == {"CUST-COMP \u2014 Business customer", "CUST-EXP \u2014 Export"}
    assert _active_card(main).objectName() == "card_customer"


def test_cancelled_template_choice_creates_nothing(main: MainWindow, answers: PromptLog) -> None:
    db = main.ctx.db
    with db.unit_of_work() as session:
        session.add(CustomerTemplate(code="CUST-EXP", description="Export", contact_type="company"))
    card = main.open_card("contact", make_company(db))
    before = dump(db)
    answers.cancel_choice = True
    action(card, "create_as_customer").trigger()
    assert [c[0] for c in answers.calls] == ["choose"]
    assert dump(db) == before


def test_person_without_company_cannot_become_vendor(main: MainWindow, answers: PromptLog) -> None:
    person = make_person(main.ctx.db, None, "Max Muster")
    card = main.open_card("contact", person)
    before = dump(main.ctx.db)
    action(card, "create_as_vendor").trigger()
    assert "Company No." in answers.texts("error")[0]
    assert dump(main.ctx.db) == before


@pytest.mark.parametrize(
    ("name", "module", "cls"),
    [
        ("link_customer", "app.ui.dialogs.link_dialog", "LinkDialog"),
        ("business_relations", "app.ui.dialogs.business_relations", "ContactRelationsDialog"),
    ],
)
def test_link_and_relations_open_their_dialogs(
    main: MainWindow, monkeypatch: pytest.MonkeyPatch, name: str, module: str, cls: str
) -> None:
    opened: list[tuple[object, ...]] = []

    class FakeDialog(QDialog):
        def __init__(self, *args: object) -> None:
            super().__init__(args[-1])  # type: ignore[arg-type]
            opened.append(args[1:-1])

        def exec(self) -> int:
            return int(QDialog.DialogCode.Rejected.value)

    monkeypatch.setattr(f"{module}.{cls}", FakeDialog)
    contact = make_company(main.ctx.db)
    card = main.open_card("contact", contact)
    action(card, name).trigger()
    assert opened == [(contact, "customer")] if name == "link_customer" else [(contact,)]


def test_contact_action_opens_the_linked_contact(main: MainWindow) -> None:
    contact = make_company(main.ctx.db)
    customer = create_as_(main.ctx.db, contact, "customer", "CUST-COMP")
    card = main.open_card("customer", customer)
    action(card, "contact").trigger()
    assert _active_card(main).window_key() == ("card", "contact", contact)


def test_contact_action_offers_to_create_a_missing_contact(main: MainWindow, answers: PromptLog) -> None:
    db = main.ctx.db
    vendor = make(db, "vendor", name="Lieferant KG", auto_contact=False)
    card = main.open_card("vendor", vendor)
    answers.question = False
    action(card, "contact").trigger()
    assert answers.texts("question") == [f"Vendor {vendor} · Lieferant KG has no contact. Create one?"]
    assert len(main.windows.windows()) == 1
    answers.question = True
    action(card, "contact").trigger()
    contact_card = _active_card(main)
    assert contact_card.objectName() == "card_contact"
    assert line(contact_card, "name").text() == "Lieferant KG"
    with db.session() as session:
        assert session.scalar(select(Contact.no).where(Contact.name == "Lieferant KG")) == contact_card.no


def test_delete_from_card_asks_with_the_plan_and_closes(main: MainWindow, answers: PromptLog) -> None:
    db = main.ctx.db
    contact = make_company(db)
    customer = create_as_(db, contact, "customer", "CUST-COMP")
    card = main.open_card("contact", contact)
    answers.question = False
    action(card, "delete").trigger()
    assert answers.texts("question")[0].startswith(f"Delete contact {contact}?")
    assert f"customer {customer}" in answers.texts("question")[0]
    assert get(db, "contact", contact) is not None
    answers.question = True
    action(card, "delete").trigger()
    assert get(db, "contact", contact) is None
    assert get(db, "customer", customer) is not None
    assert main.windows.find(("card", "contact", contact)) is None


def test_new_action_and_shortcut_open_an_empty_card(qtbot: QtBot, main: MainWindow) -> None:
    card = main.open_card("vendor", make(main.ctx.db, "vendor", name="V"))
    action(card, "new").trigger()
    assert _active_card(main).window_key() == ("card", "vendor", None)
    assert action(card, "new").shortcut().toString() == "Ctrl+N"
    assert action(card, "delete").shortcut().toString() == "Ctrl+D"
    assert action(card, "refresh").shortcut().toString() == "F5"
    assert action(card, "new").shortcutContext() == Qt.ShortcutContext.WidgetWithChildrenShortcut
