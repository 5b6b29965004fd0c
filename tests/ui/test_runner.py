"""The UI's operation runner: retry on a stale version, refusals at the field or in a prompt (nothing
written), the conflict hook, the one template choice, and the Link dialog's opening refusal as a prompt."""

from __future__ import annotations

import logging
import sys
from decimal import Decimal
from types import TracebackType

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session

from app.db import Database
from app.domain.records import set_field
from app.errors import ConflictError, TemplateChoiceRequired, UserError
from app.models import Contact, CustomerTemplate, MarketingSetup
from app.ui import runner
from app.ui.main_window import MainWindow
from tests.helpers.dump import dump
from tests.helpers.factory import get, make_company
from tests.ui.conftest import PromptLog, type_into


def _action(window: QWidget, name: str) -> QAction:
    found = window.findChild(QAction, f"action_{name}")
    assert found is not None, name
    return found


# --- one transaction, retried on a stale version ------------------------------------------------------
def test_a_write_overtaken_by_another_commit_is_retried_and_succeeds(
    db: Database, answers: PromptLog, caplog: pytest.LogCaptureFixture
) -> None:
    contact = make_company(db, name="Alt GmbH")
    attempts: list[int] = []

    def rename(session: Session, no: str, name: str) -> str:
        record = session.get(Contact, no)  # read: this attempt now holds the row's version
        assert record is not None
        attempts.append(record.version)
        if len(attempts) == 1:  # another user saves the same row in between: its version moves on
            with db.unit_of_work() as other:
                set_field(other, "contact", no, "name_2", "Zweigstelle")
        set_field(session, "contact", no, "name", name)  # flushed with the old version: StaleDataError
        return name

    with caplog.at_level(logging.INFO, logger="app.db"):
        outcome = runner.run(None, db, rename, contact, "Neu GmbH")

    assert outcome.done and outcome.value == "Neu GmbH"
    assert len(attempts) == 2 and attempts[1] > attempts[0]  # the second attempt read the new version
    assert "concurrent update detected; retrying" in caplog.text  # it was the StaleDataError retry
    record = get(db, "contact", contact)
    assert (record.name, record.name_2) == ("Neu GmbH", "Zweigstelle")  # neither save is lost
    assert answers.calls == []


# --- refusals: at the field, else in a prompt; nothing written -------------------------------------------
def test_a_refusal_is_shown_at_the_field_and_writes_nothing(
    qtbot: QtBot, main: MainWindow, answers: PromptLog
) -> None:
    contact = make_company(main.ctx.db, phone_no="030 1")
    card = main.open_card("contact", contact)
    before = dump(main.ctx.db)
    phone = type_into(qtbot, card, "phone_no", "call me")
    qtbot.keyClick(phone, Qt.Key.Key_Return)

    error = card.findChild(QLabel, "error_phone_no")
    assert error is not None and error.isVisible() and "letters" in error.text()
    message = card.findChild(QLabel, "field_error")
    assert message is not None and message.isVisible() and "letters" in message.text()
    assert phone.text() == "call me"  # kept for correction
    assert answers.calls == []  # at the field, not in a prompt
    assert dump(main.ctx.db) == before


def test_the_field_hook_decides_whether_the_prompt_is_needed_too(db: Database, answers: PromptLog) -> None:
    contact = make_company(db, name="Feld GmbH")
    shown: list[str | None] = []

    def refuse(session: Session, no: str) -> None:
        set_field(session, "contact", no, "city", "Bonn")  # written first: must be rolled back
        raise UserError("{field} is not allowed here.", field="city")

    def at_field(exc: UserError) -> bool:
        shown.append(exc.field)
        return True

    before = dump(db)
    outcome = runner.run(None, db, refuse, contact, on_refusal=at_field)
    assert shown == ["city"] and answers.calls == []
    assert not outcome.done and outcome.error is not None and outcome.error.field == "city"
    assert dump(db) == before

    outcome = runner.run(None, db, refuse, contact, title="Check", on_refusal=lambda exc: False)
    assert answers.calls == [("error", "Check", "City is not allowed here.", ())]
    assert dump(db) == before


def test_a_refusal_without_a_field_hook_is_a_prompt(db: Database, answers: PromptLog) -> None:
    contact = make_company(db, name="Prompt GmbH")

    def refuse(session: Session, no: str) -> None:
        set_field(session, "contact", no, "name", "Geändert")
        raise UserError("Not now.")

    before = dump(db)
    outcome = runner.run(None, db, refuse, contact, title="Rename")
    assert answers.calls == [("error", "Rename", "Not now.", ())]
    assert outcome.error is not None and outcome.value is None and not outcome.done
    outcome = runner.run(None, db, refuse, contact)  # no title given: the application's name
    assert answers.calls[-1][:3] == ("error", "ContactSync", "Not now.")
    assert dump(db) == before


def test_a_conflict_goes_to_its_hook_after_the_rollback(db: Database, answers: PromptLog) -> None:
    contact = make_company(db, name="Konflikt GmbH")
    seen: list[tuple[object, object]] = []

    def clash(session: Session, no: str) -> None:
        set_field(session, "contact", no, "city", "Mine")
        raise ConflictError("contact", no, "city", "", "Mine", "Theirs")

    def settle(exc: ConflictError) -> bool:
        seen.append((exc.mine, get(db, "contact", contact).city))  # the attempt is rolled back by now
        return True

    outcome = runner.run(None, db, clash, contact, on_conflict=settle)
    assert seen == [("Mine", "")] and outcome.resolved and isinstance(outcome.error, ConflictError)
    assert answers.calls == []


def test_work_with_its_own_transactions_only_has_its_refusal_shown(answers: PromptLog) -> None:
    def job(count: int) -> int:
        if count < 0:
            raise UserError("Nothing to do.")
        return count * 2

    assert runner.attempt(None, "Batch", job, 21).value == 42
    refused = runner.attempt(None, "Batch", job, -1)
    assert refused.error is not None and answers.calls == [("error", "Batch", "Nothing to do.", ())]


# --- the one template choice -----------------------------------------------------------------------------
def test_the_template_choice_runs_with_the_chosen_code(main: MainWindow, answers: PromptLog) -> None:
    db = main.ctx.db
    with db.unit_of_work() as session:
        export = CustomerTemplate(code="CUST-EXP", description="Export", contact_type="company")
        export.credit_limit = Decimal("12345")
        session.add(export)
    contact = make_company(db, name="Wahl GmbH")
    card = main.open_card("contact", contact)
    answers.choice = "CUST-EXP \u2014 Export"
    _action(card, "create_as_customer").trigger()

    choose = [c for c in answers.calls if c[0] == "choose"]
    assert len(choose) == 1
    assert choose[0][1] == "Create as Customer"
    assert set(choose[0][3]) == {"CUST-COMP \u2014 Business customer", "CUST-EXP \u2014 Export"}
    customer_card = main.mdi.activeSubWindow().widget()  # type: ignore[union-attr]
    assert customer_card.objectName() == "card_customer"
    customer = get(db, "customer", customer_card.no)
    assert customer.credit_limit == Decimal("12345")  # the chosen template's, not CUST-COMP's


def test_the_template_choice_is_asked_only_once(db: Database, answers: PromptLog) -> None:
    calls: list[str | None] = []

    def stubborn(session: Session, template_code: str | None = None) -> None:
        calls.append(template_code)
        raise TemplateChoiceRequired("customer", ["CUST-COMP"])

    answers.choice = "CUST-COMP \u2014 Business customer"
    outcome = runner.run(None, db, stubborn, title="Create", template_arg="template_code")
    assert calls == [None, "CUST-COMP"]  # ran again with the chosen code, then gave up
    assert [c[0] for c in answers.calls] == ["choose", "error"]
    assert outcome.error is not None and not outcome.done

    answers.calls.clear()
    answers.cancel_choice = True
    outcome = runner.run(None, db, stubborn, template_arg="template_code")
    assert outcome.cancelled and outcome.error is None and [c[0] for c in answers.calls] == ["choose"]


# --- the Link dialog's refusal when it opens ---------------------------------------------------------------
def test_the_link_dialogs_opening_refusal_is_a_prompt_not_the_excepthook(
    main: MainWindow, answers: PromptLog, monkeypatch: pytest.MonkeyPatch
) -> None:
    unexpected: list[BaseException] = []

    def excepthook(_type: type[BaseException], exc: BaseException, _tb: TracebackType | None) -> None:
        unexpected.append(exc)

    monkeypatch.setattr(sys, "excepthook", excepthook)
    db = main.ctx.db
    with db.unit_of_work() as session:
        setup = session.get(MarketingSetup, 1)
        assert setup is not None
        setup.bus_rel_code_customers = None
    contact = make_company(db, name="Link GmbH")
    card = main.open_card("contact", contact)
    before = dump(db)
    _action(card, "link_customer").trigger()

    assert unexpected == []
    errors = [c for c in answers.calls if c[0] == "error"]
    assert len(errors) == 1 and errors[0][1] == "Link with Existing"
    assert "Bus. Rel. Code for Customers" in errors[0][2]
    assert dump(db) == before
