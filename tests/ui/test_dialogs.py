"""The setup and link dialogs driven offscreen: link with existing, relations, setup, codes, lists (the
batch job: test_ui_batch.py)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.db import Database
from app.domain.records import create_record
from app.errors import UserError
from app.models import (
    BusinessRelation,
    Contact,
    ContactBusinessRelation,
    Customer,
    CustomerTemplate,
    MarketingSetup,
    NoSeries,
    SyncFieldMap,
)
from app.operations.create_as import create_as
from app.ui import prompts
from app.ui.context import AppContext
from app.ui.dialogs.business_relation_codes import BusinessRelationCodesDialog
from app.ui.dialogs.business_relations import ContactRelationsDialog
from app.ui.dialogs.link_dialog import LinkDialog
from app.ui.dialogs.marketing_setup import MarketingSetupDialog
from app.ui.dialogs.no_series import NoSeriesDialog
from app.ui.dialogs.templates import TemplatesDialog
from app.ui.sync_controller import SyncController
from tests.helpers.dump import dump


class Answers:
    """Answers every prompt without showing it and remembers what was asked."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, str]] = []
        self.yes = True

    def __call__(self, kind: str, _title: str, text: str, _options: Any) -> Any:
        self.calls.append((kind, text))
        return self.yes if kind == "question" else None

    def texts(self, kind: str) -> list[str]:
        return [text for k, text in self.calls if k == kind]


@pytest.fixture
def answers() -> Iterator[Answers]:
    answerer = Answers()
    prompts.set_answerer(answerer)
    yield answerer
    prompts.set_answerer(None)


@pytest.fixture
def ctx(db: Database, qtbot: QtBot) -> Iterator[AppContext]:
    controller = SyncController(db)
    yield AppContext(db=db, controller=controller)
    controller.close()


def new_contact(db: Database, **values: Any) -> str:
    with db.unit_of_work() as session:
        return str(create_record(session, "contact", values).no)


def new_record(db: Database, table: str, *, auto_contact: bool = False, **values: Any) -> str:
    with db.unit_of_work() as session:
        return str(create_record(session, table, values, auto_contact=auto_contact).no)


def contact_of(db: Database, table: str, no: str) -> str | None:
    with db.session() as session:
        return session.scalar(
            select(ContactBusinessRelation.contact_no).where(
                ContactBusinessRelation.link_to_table == table, ContactBusinessRelation.no == no
            )
        )


# --- Link with existing ------------------------------------------------------------------------------
def test_link_dialog_links_a_customer_with_the_customer_as_master(
    ctx: AppContext, qtbot: QtBot, answers: Answers
) -> None:
    contact_no = new_contact(ctx.db, name="Alt GmbH", city="Köln", phone_no="0221 1")
    customer_no = new_record(ctx.db, "customer", name="Neu AG", city="Berlin", phone_no="030 2")
    dialog = LinkDialog(ctx, contact_no, "customer", None)
    qtbot.addWidget(dialog)
    dialog.show()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    assert dialog.select_record(customer_no)
    assert ok.isEnabled()
    table = dialog.differences
    shown = {
        table.item(row, 0).text(): (table.item(row, 1).text(), table.item(row, 2).text())
        for row in range(table.rowCount())
    }
    assert shown["Name"] == ("Alt GmbH", "Neu AG")
    assert shown["City"] == ("Köln", "Berlin")
    assert shown["Phone No."] == ("0221 1", "030 2")
    dialog.master.setCurrentIndex(dialog.master.findData("record"))
    assert set(dialog.choices().values()) == {"record"}
    dialog.differences.set_choice("phone_no", "contact")  # per field: the contact's phone wins
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert [kind for kind, _text in answers.calls] == ["question"]  # the names differ: asked, answered yes
    assert dialog.result() == LinkDialog.DialogCode.Accepted and dialog.linked_no == customer_no
    with ctx.db.session() as session:
        contact, customer = session.get(Contact, contact_no), session.get(Customer, customer_no)
        assert contact is not None and customer is not None
        assert (contact.name, contact.city, contact.phone_no) == ("Neu AG", "Berlin", "0221 1")
        assert (customer.name, customer.city, customer.phone_no) == ("Neu AG", "Berlin", "0221 1")
        assert contact.business_relation == "customer"
    assert contact_of(ctx.db, "customer", customer_no) == contact_no


def test_link_dialog_lists_only_unlinked_records_and_searches(ctx: AppContext, qtbot: QtBot) -> None:
    contact_no = new_contact(ctx.db, name="Sucher GmbH")
    free = [
        new_record(ctx.db, "customer", name=name, city=city)
        for name, city in (("Alpha", "Bonn"), ("Beta", "Ulm"))
    ]
    linked = new_record(ctx.db, "customer", auto_contact=True, name="Gamma")
    dialog = LinkDialog(ctx, contact_no, "customer", None)
    qtbot.addWidget(dialog)
    listed = [dialog.records.item(row, 0).text() for row in range(dialog.records.rowCount())]
    assert listed == free and linked not in listed
    dialog.search.setText("ulm")
    assert dialog.records.rowCount() == 1 and dialog.records.item(0, 1).text() == "Beta"


def test_link_dialog_refusals(ctx: AppContext, qtbot: QtBot, answers: Answers) -> None:
    contact_no = new_contact(ctx.db, name="Doppelt GmbH")
    first, second = new_record(ctx.db, "customer", name="Eins"), new_record(ctx.db, "customer", name="Zwei")
    dialog = LinkDialog(ctx, contact_no, "customer", None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.select_record(second)
    with ctx.db.unit_of_work() as session:  # someone links the contact meanwhile
        from app.operations.link_existing import link_existing

        link_existing(session, contact_no, "customer", first)
    before = dump(ctx.db)
    dialog.accept()
    assert answers.texts("error") == [
        f"Contact {contact_no} already has a business relation with customer {first}."
    ]
    assert dialog.isVisible() and dialog.selected_no() == second  # stays open, choice kept
    assert dump(ctx.db) == before
    with pytest.raises(UserError, match="already has a business relation"):
        LinkDialog(ctx, contact_no, "customer", None)
    with ctx.db.unit_of_work() as session:
        session.get(MarketingSetup, 1).bus_rel_code_vendors = None  # type: ignore[union-attr]
    with pytest.raises(UserError, match="Bus. Rel. Code for Vendors"):
        LinkDialog(ctx, contact_no, "vendor", None)


# --- A contact's business relations ------------------------------------------------------------------
def test_contact_relations_add_refuse_and_remove(ctx: AppContext, qtbot: QtBot, answers: Answers) -> None:
    customer_no = new_record(ctx.db, "customer", auto_contact=True, name="Relation AG")
    contact_no = contact_of(ctx.db, "customer", customer_no)
    assert contact_no is not None
    opened: list[tuple[str, str | None]] = []
    ctx.open_card = lambda kind, no: opened.append((kind, no))
    dialog = ContactRelationsDialog(ctx, contact_no, None)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 3).text() == customer_no

    dialog.code.set_code("PROSPECT")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())] == ["CUST", "PROSPECT"]

    before = dump(ctx.db)
    dialog.code.set_code("CUST")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert "reserved" in answers.texts("error")[-1] and "CUST" in answers.texts("error")[-1]
    assert dump(ctx.db) == before

    assert dialog.select_code("CUST")
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert opened == [("customer", customer_no)]
    answers.yes = False
    dialog.remove_selected()
    assert dump(ctx.db) == before
    answers.yes = True
    dialog.remove_selected()
    assert "Contact and customer stay." in answers.texts("question")[-1]
    assert [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())] == ["PROSPECT"]
    with ctx.db.session() as session:
        assert session.get(Contact, contact_no) is not None
        assert session.get(Customer, customer_no) is not None
    assert contact_of(ctx.db, "customer", customer_no) is None


# --- Business relation codes -------------------------------------------------------------------------
def test_business_relation_codes_add_rename_and_delete_refused_while_used(
    ctx: AppContext, qtbot: QtBot, answers: Answers
) -> None:
    for name in ("Eins AG", "Zwei AG"):
        new_record(ctx.db, "customer", auto_contact=True, name=name)
    dialog = BusinessRelationCodesDialog(ctx, None)
    qtbot.addWidget(dialog)
    editor = dialog.editor
    row = editor.add_row()
    editor.cell_at(row, "description").setText("Lead")
    editor.cell_at(row, "code").setText("lead")
    assert editor.cell_at(row, "code").text() == "LEAD" and not editor.is_new(row)
    editor.cell_at(editor.find_row("PRESS"), "description").setText("Press & media")
    with ctx.db.session() as session:
        assert session.get(BusinessRelation, "LEAD").description == "Lead"  # type: ignore[union-attr]
        assert session.get(BusinessRelation, "PRESS").description == "Press & media"  # type: ignore[union-attr]
    assert editor.cell_at(editor.find_row("CUST"), "used").text() == "2"

    before = dump(ctx.db)
    editor.table.selectRow(editor.find_row("CUST"))
    qtbot.mouseClick(editor.delete_button, Qt.MouseButton.LeftButton)
    assert answers.texts("error") == [
        "Business relation CUST is used by 2 contact business relations and cannot be deleted."
    ]
    assert editor.find_row("CUST") >= 0 and dump(ctx.db) == before

    row = editor.add_row()
    editor.cell_at(row, "code").setText("CUST")
    assert answers.texts("error")[-1] == "Business relation CUST already exists."
    assert editor.cell_at(row, "code").text() == "CUST" and editor.is_new(row)  # kept for correction
    editor.cell_at(row, "code").setText("CUST2")
    assert not editor.is_new(row)
    editor.table.selectRow(editor.find_row("CUST2"))
    editor.delete_selected()
    with ctx.db.session() as session:
        assert session.get(BusinessRelation, "CUST2") is None


# --- Marketing setup ---------------------------------------------------------------------------------
def test_marketing_setup_refuses_equal_codes_and_saves_a_blank_one(
    ctx: AppContext, qtbot: QtBot, answers: Answers
) -> None:
    dialog = MarketingSetupDialog(ctx, None)
    qtbot.addWidget(dialog)
    dialog.show()
    vendors = dialog.editors["bus_rel_code_vendors"]
    assert vendors.objectName() == "field_bus_rel_code_vendors"
    dialog.tabs.setCurrentIndex(4)
    before = dump(ctx.db)
    vendors.set_code("CUST")  # type: ignore[attr-defined]
    dialog.accept()
    message = answers.texts("error")[-1]
    assert "Bus. Rel. Code for Customers" in message and "Bus. Rel. Code for Vendors" in message
    assert dialog.isVisible() and dialog.tabs.currentIndex() == 0  # back at the field, entry kept
    assert vendors.code() == "CUST"  # type: ignore[attr-defined]
    assert dump(ctx.db) == before

    vendors.set_code("VEND")  # type: ignore[attr-defined]
    dialog.editors["bus_rel_code_customers"].set_code("")  # type: ignore[attr-defined]
    dialog.editors["search_hit_pct"].setValue(70)  # type: ignore[attr-defined]
    dialog.editors["inherit_language_code"].setChecked(False)  # type: ignore[attr-defined]
    dialog.field_map.set_enabled("phone_no", "customer", False)
    dialog.accept()
    assert not dialog.isVisible() and dialog.result() == MarketingSetupDialog.DialogCode.Accepted
    with ctx.db.session() as session:
        setup = session.get(MarketingSetup, 1)
        assert setup is not None
        assert setup.bus_rel_code_customers is None and setup.bus_rel_code_vendors == "VEND"
        assert setup.search_hit_pct == 70 and setup.inherit_language_code is False
        assert session.get(SyncFieldMap, ("phone_no", "customer")).enabled is False  # type: ignore[union-attr]
    contact_no = new_contact(ctx.db, name="Ohne Code GmbH")
    with pytest.raises(UserError, match="Bus. Rel. Code for Customers"), ctx.db.unit_of_work() as session:
        create_as(session, contact_no, "customer")


# --- Number series and templates ---------------------------------------------------------------------
def test_no_series_dialog_adds_edits_and_keeps_refused_input(
    ctx: AppContext, qtbot: QtBot, answers: Answers
) -> None:
    dialog = NoSeriesDialog(ctx, None)
    qtbot.addWidget(dialog)
    editor = dialog.editor
    row = editor.add_row()
    editor.cell_at(row, "starting_no").setText("PR0001")
    editor.cell_at(row, "code").setText("proj")
    assert answers.calls == [] and editor.cell_at(row, "code").text() == "PROJ"
    editor.cell_at(row, "starting_no").setText("PROJ")
    assert answers.texts("error") == ["Starting No. PROJ must end in digits, e.g. CT000001."]
    assert editor.cell_at(row, "starting_no").text() == "PROJ"  # the typed text stays for correction
    editor.cell_at(row, "manual_nos").setCheckState(Qt.CheckState.Unchecked)
    assert len(answers.texts("error")) == 2  # still refused: the bad starting no. is part of the row
    editor.cell_at(row, "starting_no").setText("PR0100")
    with ctx.db.session() as session:
        series = session.get(NoSeries, "PROJ")
        assert series is not None and (series.starting_no, series.manual_nos) == ("PR0100", False)
    editor.table.selectRow(editor.find_row("CONT"))
    editor.delete_selected()
    assert answers.texts("error")[-1].startswith("Number series CONT is used in the Marketing Setup")


def test_templates_dialog_adds_a_customer_template(ctx: AppContext, qtbot: QtBot, answers: Answers) -> None:
    dialog = TemplatesDialog(ctx, None)
    qtbot.addWidget(dialog)
    editor = dialog.editors["customer"]
    row = editor.add_row()
    editor.cell_at(row, "code").setText("cust-exp")
    editor.cell_at(row, "country_region_code").setText("GB")
    editor.cell_at(row, "credit_limit").setText("-5")
    assert answers.texts("error") == ["Credit Limit (LCY) must not be negative."]
    editor.cell_at(row, "credit_limit").setText("2500")
    with ctx.db.session() as session:
        template = session.get(CustomerTemplate, "CUST-EXP")
        assert template is not None and template.country_region_code == "GB" and template.credit_limit == 2500
    assert dialog.editors["vendor"].find_row("VEND-COMP") == 0

