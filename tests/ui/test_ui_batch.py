"""The batch job as BC's request page: filters and the live count, the confirmation above 100 records, the
job in a worker (the GUI thread keeps answering, Cancel stops it quickly and consistently), the result
dialog with its counts and Open Duplicates, and the worker's refusal and error paths."""

from __future__ import annotations

import itertools
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app import api
from app.db import Database
from app.errors import UserError
from app.models import Contact, ContactBusinessRelation, MarketingSetup
from app.operations.batch import BatchResult
from app.ui import worker
from app.ui.context import AppContext
from app.ui.dialogs.batch_dialog import run_batch
from app.ui.dialogs.batch_request import BatchRequestDialog
from app.ui.dialogs.batch_result import BatchResultDialog
from app.ui.main_window import MainWindow
from bench import build
from tests.helpers.dump import dump
from tests.helpers.factory import make
from tests.ui.conftest import PromptLog
from tests.unit.test_batch_filters import consistent


@pytest.fixture(autouse=True)
def _close_windows() -> Iterator[None]:
    """Result and duplicates windows without a parent outlive their test: close them after each one."""
    yield
    for window in QApplication.topLevelWidgets():
        if window.objectName() in ("dialog_batch_result", "dialog_duplicates") and window.isVisible():
            window.close()


def shown(name: str) -> QWidget | None:
    return next((w for w in QApplication.topLevelWidgets() if w.isVisible() and w.objectName() == name), None)


def counted(qtbot: QtBot, dialog: BatchRequestDialog) -> BatchRequestDialog:
    """The request page once its count (a worker's read) is shown."""
    qtbot.waitUntil(lambda: not dialog.counting, timeout=30_000)
    return dialog


def ok_button(dialog: QWidget) -> Any:
    buttons = dialog.findChild(QDialogButtonBox, "dialog_buttons")
    assert buttons is not None
    return buttons.button(QDialogButtonBox.StandardButton.Ok)


def answer_request(filters: dict[str, str] | None = None, *, ok: bool = True) -> None:
    """Fill the request page run_batch is about to show, then press OK (or Cancel)."""

    def fill() -> None:
        dialog = shown("dialog_batch_request")
        assert isinstance(dialog, BatchRequestDialog)
        QTimer.singleShot(30_000, dialog.reject)  # whatever goes wrong, the test does not hang
        for field, text in (filters or {}).items():
            editor = dialog.findChild(QLineEdit, f"field_{field}")
            assert editor is not None
            editor.setText(text)
        if ok:
            ok_button(dialog).click()  # accepted once the count is there
        else:
            dialog.reject()

    QTimer.singleShot(0, fill)


def customers(db: Database, n: int) -> None:
    """`n` unlinked customers K0000001… (every third with a contact person), written in one statement."""
    build.add_customers(Path(db.url.removeprefix("sqlite:///")), n)


def run(ctx: AppContext, qtbot: QtBot, table: str = "customer", **filters: str) -> BatchResult:
    results: list[BatchResult] = []
    answer_request(filters)
    job = run_batch(ctx, table, None, on_result=results.append)
    assert job is not None
    qtbot.waitUntil(lambda: bool(results), timeout=120_000)
    return results[0]


# --- The request page --------------------------------------------------------------------------------
def test_request_page_offers_the_kinds_filters_and_counts_live(
    ctx: AppContext, qtbot: QtBot, answers: PromptLog
) -> None:
    for no in ("10000", "15000", "20000", "30000"):
        make(ctx.db, "customer", auto_contact=False, no=no, name=f"Firma {no}")
    make(ctx.db, "customer", auto_contact=True, no="12000", name="Schon verknüpft")
    dialog = BatchRequestDialog(ctx, "customer")
    qtbot.addWidget(dialog)
    assert dialog.count_label.text() == "Counting…"
    counted(qtbot, dialog)
    editors = [e.objectName() for e in dialog.findChildren(QLineEdit) if e.objectName().startswith("field_")]
    assert editors == [
        "field_no", "field_search_name", "field_country_region_code", "field_customer_posting_group",
        "field_gen_bus_posting_group", "field_vat_bus_posting_group", "field_currency_code",
    ]  # fmt: skip
    count = dialog.findChild(QLabel, "batch_count")
    assert count is not None and dialog.count is not None
    assert (dialog.count.total, dialog.count.linked) == (5, 1)
    assert count.text() == "Will get a contact: 4 of 5 customers. Already linked: 1."
    dialog.editors["no"].setText("10000..20000")
    qtbot.waitUntil(lambda: "3 of 4" in count.text())  # after the pause in typing
    dialog.editors["search_name"].setText("*30000")
    qtbot.waitUntil(lambda: "Nothing to do" in count.text())
    assert not ok_button(dialog).isEnabled() and ok_button(dialog).toolTip()
    bank = counted(qtbot, BatchRequestDialog(ctx, "bank_account"))
    qtbot.addWidget(bank)
    assert bank.findChild(QLineEdit, "field_bank_acc_posting_group") is not None
    assert bank.findChild(QLineEdit, "field_customer_posting_group") is None


def test_a_bad_filter_is_named_on_the_page_and_ok_waits(
    ctx: AppContext, qtbot: QtBot, answers: PromptLog
) -> None:
    make(ctx.db, "customer", auto_contact=False, no="10000", name="Firma")
    before = dump(ctx.db)
    dialog = BatchRequestDialog(ctx, "customer")
    qtbot.addWidget(dialog)
    counted(qtbot, dialog)
    dialog.editors["no"].setText("10000..20000..30000")
    dialog.update_count()  # at once: checking a filter needs no database
    error = dialog.findChild(QLabel, "batch_filter_error")
    assert error is not None and not error.isHidden()
    assert error.text().startswith("The range in the filter for No. is not valid.")
    assert dialog.editors["no"].property("error") is True
    assert not ok_button(dialog).isEnabled()
    dialog.editors["no"].setText("10000")
    dialog.update_count()
    assert (
        error.isHidden() and ok_button(dialog).isEnabled() and dialog.editors["no"].property("error") is False
    )
    assert dump(ctx.db) == before and answers.calls == []


def test_more_than_100_records_ask_first(ctx: AppContext, qtbot: QtBot, answers: PromptLog) -> None:
    customers(ctx.db, 101)
    dialog = BatchRequestDialog(ctx, "customer")
    qtbot.addWidget(dialog)
    dialog.show()
    answers.question = False
    ok_button(dialog).click()  # before the count is there: OK waits for it
    qtbot.waitUntil(lambda: bool(answers.texts("question")))
    assert answers.texts("question")[-1].startswith("Create contacts for 101 customers?")
    assert dialog.isVisible() and dialog.result() == 0  # not confirmed: the page stays, nothing runs
    dialog.editors["no"].setText("K0000001..K0000100")
    answers.calls.clear()
    ok_button(dialog).click()  # 100: no question
    qtbot.waitUntil(lambda: dialog.result() == 1)
    assert answers.calls == [] and dialog.result() == 1 and dialog.filters() == {"no": "K0000001..K0000100"}
    again = counted(qtbot, BatchRequestDialog(ctx, "customer"))
    qtbot.addWidget(again)
    answers.question = True
    ok_button(again).click()
    assert again.result() == 1 and len(answers.texts("question")) == 1


# --- Running ------------------------------------------------------------------------------------------
def test_batch_creates_contacts_once_and_shows_counts(
    ctx: AppContext, qtbot: QtBot, answers: PromptLog
) -> None:
    nos = [
        make(ctx.db, "customer", auto_contact=False, name=f"Kunde {i}", contact="" if i else "Eva Muster")
        for i in range(3)
    ]
    make(ctx.db, "customer", auto_contact=True, name="Schon verknüpft")
    result = run(ctx, qtbot)
    assert (result.created, result.skipped, result.cancelled) == (3, 1, False)
    dialog = shown("dialog_batch_result")
    assert isinstance(dialog, BatchResultDialog)
    assert {n: label.text() for n, label in dialog.counts.items()} == {
        "count_created": "3", "count_skipped": "1", "count_duplicates": "0", "count_refused": "0"
    }  # fmt: skip
    assert not dialog.open_duplicates_button.isEnabled()
    assert answers.calls == []  # no message box with numbers: the result is its own dialog
    with ctx.db.session() as session:
        linked = set(session.scalars(select(ContactBusinessRelation.no)))
        persons = session.scalars(select(Contact.name).where(Contact.type == "person")).all()
    assert set(nos) <= linked and persons == ["Eva Muster"]
    dialog.close()
    again = BatchRequestDialog(ctx, "customer")  # a second time: nothing left to do, OK says why not
    qtbot.addWidget(again)
    counted(qtbot, again)
    assert again.count is not None and (again.count.total, again.count.to_create) == (4, 0)
    assert not ok_button(again).isEnabled() and ok_button(again).toolTip()
    before = dump(ctx.db)
    assert api.create_contacts_from(ctx.db, "customer").created == 0 and dump(ctx.db) == before


def test_filters_of_the_page_reach_the_job(ctx: AppContext, qtbot: QtBot, answers: PromptLog) -> None:
    for no in ("10000", "20000", "30000"):
        make(ctx.db, "customer", auto_contact=False, no=no, name=f"Firma {no}")
    result = run(ctx, qtbot, no="10000|30000")
    assert (result.created, result.skipped) == (2, 0)
    with ctx.db.session() as session:
        assert set(session.scalars(select(ContactBusinessRelation.no))) == {"10000", "30000"}


def test_setup_incomplete_is_refused_before_the_page(ctx: AppContext, answers: PromptLog) -> None:
    with ctx.db.unit_of_work() as session:
        session.get(MarketingSetup, 1).contact_nos = None  # type: ignore[union-attr]
    make(ctx.db, "vendor", auto_contact=False, name="Lieferant")
    before = dump(ctx.db)
    assert run_batch(ctx, "vendor", None) is None
    assert "Contact Nos." in answers.texts("error")[-1]
    assert shown("dialog_batch_request") is None and dump(ctx.db) == before


def test_request_page_cancelled_runs_nothing(ctx: AppContext, answers: PromptLog) -> None:
    make(ctx.db, "customer", auto_contact=False, name="Firma")
    before = dump(ctx.db)
    answer_request(ok=False)
    assert run_batch(ctx, "customer", None) is None
    assert dump(ctx.db) == before


def test_gui_thread_answers_while_the_job_runs_and_cancel_stops_it(
    ctx: AppContext, qtbot: QtBot, answers: PromptLog
) -> None:
    """3,000 customers: while the worker runs, a 10 ms timer on the GUI thread keeps ticking (max gap well
    below DESIGN's 100 ms … asserted generously), the progress bar moves, the windows get each commit on
    the GUI thread; Cancel stops the job within 0.5 s, leaving no contact without its link; a second run
    completes the rest without duplicates."""
    customers(ctx.db, 3000)
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    commits: list[bool] = []
    ctx.controller.changed.connect(
        lambda _c: commits.append(threading.current_thread() is threading.main_thread())
    )
    results: list[BatchResult] = []
    answer_request()
    job = run_batch(ctx, "customer", None, on_result=results.append)
    n = QLocale().toString(3000)
    assert job is not None and answers.texts("question")[-1].startswith(f"Create contacts for {n} customers?")
    progress = shown("dialog_batch")
    assert isinstance(progress, worker.ProgressDialog) and not progress.isModal()
    assert QApplication.activeModalWidget() is None  # the other windows stay usable
    timer.start()
    qtbot.waitUntil(lambda: job.latest()[0] >= 300, timeout=60_000)  # a few chunks committed
    qtbot.wait(300)
    assert progress.panel.bar.value() > 0 and progress.panel.bar.maximum() == 3000
    assert commits and all(commits)  # every commit reached the windows, on the GUI thread
    qtbot.mouseClick(progress.panel.cancel_button, Qt.MouseButton.LeftButton)
    pressed = time.perf_counter()
    qtbot.waitUntil(lambda: not job.is_running(), timeout=5000)
    stopped = time.perf_counter() - pressed
    timer.stop()
    qtbot.waitUntil(lambda: bool(results))
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    assert len(ticks) > 20 and max(gaps) < 0.3, f"the GUI thread stalled {max(gaps):.3f} s"
    assert stopped < 0.5, f"Cancel took {stopped:.3f} s"
    result = results[0]
    assert result.cancelled and 0 < result.created < 3000
    assert consistent(ctx.db) == result.created  # no contact without its link, none twice
    cancelled = shown("dialog_batch_result")
    assert cancelled is not None and cancelled.findChild(QLabel, "batch_cancelled") is not None
    cancelled.close()
    again = run(ctx, qtbot)
    assert not again.cancelled and again.created + again.skipped == 3000 and again.skipped == result.created
    assert consistent(ctx.db) == 3000


# --- The result dialog ---------------------------------------------------------------------------------
def test_result_dialog_counts_reasons_and_open_duplicates(
    ctx: AppContext, qtbot: QtBot, answers: PromptLog
) -> None:
    result = BatchResult(
        created=5, skipped=2, duplicates=["CT000001", "CT000003"],
        refused=[(UserError("Number series {series} is used up.", series="CONT"), 3)],
    )  # fmt: skip
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = BatchResultDialog(ctx, "customer", result, parent)
    qtbot.addWidget(dialog)
    dialog.show()
    assert {n: label.text() for n, label in dialog.counts.items()} == {
        "count_created": "5", "count_skipped": "2", "count_duplicates": "2", "count_refused": "3"
    }  # fmt: skip
    reasons = dialog.findChild(QLabel, "refused_reasons")
    assert reasons is not None and reasons.text() == "3: Number series CONT is used up."
    assert "CT000001" not in " ".join(w.text() for w in dialog.findChildren(QLabel))  # counts, no numbers
    qtbot.mouseClick(dialog.open_duplicates_button, Qt.MouseButton.LeftButton)
    page = shown("dialog_duplicates")
    assert page is not None and not dialog.isVisible()
    page.close()


def test_duplicates_found_by_the_job_open_from_the_result(main: MainWindow, qtbot: QtBot) -> None:
    """From the main window's menu action to the Duplicate Contacts page."""
    address = {"address": "Hauptstraße 5", "city": "Köln", "post_code": "50667", "phone_no": "+49 221 123456"}
    make(main.ctx.db, "contact", type="company", name="Müller Maschinenbau GmbH", **address)
    make(main.ctx.db, "customer", auto_contact=False, name="Müller Maschinenbau GmbH", **address)
    answer_request()
    main.commands["create_contacts_from_customers"].trigger()
    qtbot.waitUntil(lambda: shown("dialog_batch_result") is not None, timeout=60_000)
    dialog = shown("dialog_batch_result")
    assert isinstance(dialog, BatchResultDialog) and dialog.parentWidget() is main
    assert dialog.result.created == 1 and dialog.counts["count_duplicates"].text() == "1"
    dialog.open_duplicates_button.click()
    page = shown("dialog_duplicates")
    assert page is not None and not dialog.isVisible()
    page.close()


# --- The worker's other endings ----------------------------------------------------------------------------
def finish(
    qtbot: QtBot, job: Callable[[worker.Progress, worker.ShouldCancel], Any], **kwargs: Any
) -> list[Any]:
    done: list[Any] = []
    running = worker.run_job(None, "Test", job, on_done=done.append, **kwargs)
    with qtbot.waitSignal(running.finished, timeout=10_000):
        pass
    return done


def test_a_refusal_in_the_job_is_shown_as_a_refusal(qtbot: QtBot, answers: PromptLog) -> None:
    def refused(_progress: worker.Progress, _cancel: worker.ShouldCancel) -> None:
        raise UserError("{field} must not be blank.", field="name")

    assert finish(qtbot, refused) == []
    assert answers.texts("error") == ["Name must not be blank."]
    assert shown("dialog_progress") is None


def test_an_unexpected_error_in_the_job_goes_to_the_excepthook(
    qtbot: QtBot, answers: PromptLog, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda _t, exc, _tb: seen.append(exc))

    def broken(_progress: worker.Progress, _cancel: worker.ShouldCancel) -> None:
        raise RuntimeError("disk on fire")

    assert finish(qtbot, broken) == []
    assert [str(e) for e in seen] == ["disk on fire"] and answers.calls == []


def test_closing_the_progress_window_cancels_the_job(qtbot: QtBot, answers: PromptLog) -> None:
    def endless(progress: worker.Progress, should_cancel: worker.ShouldCancel) -> str:
        while not should_cancel():
            progress(1, 0)
            time.sleep(0.01)
        return "stopped"

    done: list[Any] = []
    running = worker.run_job(None, "Test", endless, on_done=done.append, object_name="dialog_test_job")
    window = shown("dialog_test_job")
    assert window is not None
    window.close()  # the title bar's close: asks to cancel, stays until the job has stopped
    with qtbot.waitSignal(running.finished, timeout=5000):
        pass
    assert done == ["stopped"] and shown("dialog_test_job") is None


def test_code_filters_offer_the_codes_there_are(ctx: AppContext, qtbot: QtBot, answers: PromptLog) -> None:
    """Country, posting groups and currency filters have the cards' lookup (button and F4): picking a code
    puts it into the filter, and the count follows."""
    from app.ui.lookups import ROLE_CODE, CodeField

    make(ctx.db, "customer", auto_contact=False, no="10000", name="Firma DE", country_region_code="DE")
    make(ctx.db, "customer", auto_contact=False, no="20000", name="Firma AT", country_region_code="AT")
    dialog = counted(qtbot, BatchRequestDialog(ctx, "customer"))
    qtbot.addWidget(dialog)
    lookups = {field.field for field in dialog.findChildren(CodeField)}
    assert lookups == {"country_region_code", "customer_posting_group", "gen_bus_posting_group",
                       "vat_bus_posting_group", "currency_code"}  # fmt: skip
    country = next(f for f in dialog.findChildren(CodeField) if f.field == "country_region_code")
    codes = [code for code, _name in country.choices()]
    assert "AT" in codes and "DE" in codes
    dialog.show()
    dialog.activateWindow()
    qtbot.waitExposed(dialog)
    country.edit.setFocus()
    qtbot.waitUntil(country.edit.hasFocus)
    qtbot.keyClick(country.edit, Qt.Key.Key_F4)
    popup = country.edit.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    shown = [popup.model().index(row, 0).data(ROLE_CODE) for row in range(popup.model().rowCount())]
    popup.setCurrentIndex(popup.model().index(shown.index("AT"), 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert dialog.editors["country_region_code"].text() == "AT", shown
    qtbot.waitUntil(lambda: "1 of 1" in dialog.count_label.text())
