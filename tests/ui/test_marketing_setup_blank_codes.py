"""Marketing Setup: what a blank business relation code means is said on the page, and blanking a code that
links use asks first, naming how many links use it (counted by app.operations.setup); the links then keep
synchronizing while no new link of that kind is made."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from app.db import Database
from app.errors import UserError
from app.models import MarketingSetup
from app.operations.create_as import create_as
from app.operations.setup import links_using_setup_code
from app.ui.context import AppContext
from app.ui.dialogs.marketing_setup import MarketingSetupDialog
from tests.helpers.dump import dump
from tests.helpers.factory import create_as_, edit, get, make_company
from tests.ui.conftest import PromptLog


def customers_linked(db: Database, count: int) -> list[tuple[str, str]]:
    """`count` companies, each made a customer: (contact no., customer no.)."""
    pairs = []
    for i in range(count):
        contact = make_company(db, name=f"Firma {i}")
        pairs.append((contact, create_as_(db, contact, "customer", "CUST-COMP")))
    return pairs


def setup_code(db: Database, column: str) -> str | None:
    with db.session() as session:
        setup = session.get(MarketingSetup, 1)
        assert setup is not None
        return getattr(setup, column)  # type: ignore[no-any-return]


def open_dialog(ctx: AppContext, qtbot: QtBot) -> MarketingSetupDialog:
    dialog = MarketingSetupDialog(ctx, None)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_links_using_a_setup_code_are_counted_by_the_domain(db: Database) -> None:
    customers_linked(db, 3)
    with db.session() as session:
        assert links_using_setup_code(session, "bus_rel_code_customers") == 3
        assert links_using_setup_code(session, "bus_rel_code_vendors") == 0
        with pytest.raises(ValueError, match="not a business relation code field"):
            links_using_setup_code(session, "contact_nos")


def test_the_page_says_what_a_blank_code_means(ctx: AppContext, qtbot: QtBot) -> None:
    dialog = open_dialog(ctx, qtbot)
    texts = " ".join(label.text() for label in dialog.tabs.widget(0).findChildren(QLabel))
    assert "A blank code: no new links of that kind" in texts
    assert "existing links keep synchronizing" in texts


def test_blanking_a_code_in_use_asks_first_and_no_changes_nothing(
    ctx: AppContext, qtbot: QtBot, answers: PromptLog
) -> None:
    customers_linked(ctx.db, 2)
    dialog = open_dialog(ctx, qtbot)
    before = dump(ctx.db)
    dialog.editors["bus_rel_code_customers"].set_code("")  # type: ignore[attr-defined]
    answers.question = False
    dialog.accept()
    [question] = answers.texts("question")
    assert "Bus. Rel. Code for Customers CUST, links using it: 2" in question
    assert "keep synchronizing" in question and "Blank the code anyway?" in question
    assert dialog.isVisible() and dialog.editors["bus_rel_code_customers"].code() == ""  # type: ignore[attr-defined]
    assert dump(ctx.db) == before


def test_blanked_code_keeps_existing_links_synchronizing(
    ctx: AppContext, qtbot: QtBot, answers: PromptLog
) -> None:
    [(contact, customer)] = customers_linked(ctx.db, 1)
    dialog = open_dialog(ctx, qtbot)
    dialog.editors["bus_rel_code_customers"].set_code("")  # type: ignore[attr-defined]
    dialog.accept()
    [question] = answers.texts("question")
    assert "links using it: 1" in question
    assert not dialog.isVisible() and setup_code(ctx.db, "bus_rel_code_customers") is None
    edit(ctx.db, "contact", contact, "phone_no", "+49 30 1234567")
    assert get(ctx.db, "customer", customer).phone_no == "+49 30 1234567"  # the link still synchronizes
    other = make_company(ctx.db, name="Neu GmbH")
    with pytest.raises(UserError, match="Bus. Rel. Code for Customers"), ctx.db.unit_of_work() as session:
        create_as(session, other, "customer")


def test_blanking_an_unused_code_asks_nothing(ctx: AppContext, qtbot: QtBot, answers: PromptLog) -> None:
    dialog = open_dialog(ctx, qtbot)
    dialog.editors["bus_rel_code_vendors"].set_code("")  # type: ignore[attr-defined]
    dialog.accept()
    assert answers.texts("question") == []
    assert setup_code(ctx.db, "bus_rel_code_vendors") is None
