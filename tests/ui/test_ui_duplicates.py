"""Duplicates (SPEC §10) in the UI: the list with "Not a duplicate", the warning on new cards."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLabel, QTableWidget, QWidget
from pytestqt.qtbot import QtBot

from app.models import ContactDuplicate, MarketingSetup
from app.ui.cards.base import BaseCard
from app.ui.dialogs.duplicates import DuplicatesDialog
from app.ui.main_window import MainWindow
from tests.helpers.factory import make_company, make_person
from tests.ui.conftest import PromptLog, enter_text

MUELLER = {
    "address": "Industriestraße 12",
    "city": "München",
    "post_code": "80331",
    "phone_no": "+49 89 123456",
}


def _action(window: object, name: str) -> QAction:
    found = window.findChild(QAction, f"action_{name}")  # type: ignore[attr-defined]
    assert found is not None, name
    return found


def _open_dialog() -> DuplicatesDialog:
    dialogs = [
        w for w in QApplication.topLevelWidgets() if w.objectName() == "dialog_duplicates" and w.isVisible()
    ]
    assert len(dialogs) == 1
    assert isinstance(dialogs[0], DuplicatesDialog)
    return dialogs[0]


def test_duplicates_list_from_the_main_menu_marks_and_opens(qtbot: QtBot, main: MainWindow) -> None:
    db = main.ctx.db
    first = make_company(db, "Müller Maschinenbau GmbH", **MUELLER)
    second = make_company(db, "Mueller Maschinenbau GmbH", **MUELLER)
    make_company(db, "Hansen ApS", city="København")

    _action(main, "duplicates").trigger()

    dialog = _open_dialog()
    table = dialog.findChild(QTableWidget, "duplicates_table")
    assert table is not None and table.rowCount() == 1
    row = [table.item(0, c).text() for c in range(5)]
    assert row[0] == first and row[2] == second and row[1].startswith("Müller")
    assert int(row[4]) >= 5
    assert table.item(0, 5).checkState() == Qt.CheckState.Unchecked

    dialog.set_separate(0, True)

    with db.session() as session:
        marks = {
            (d.contact_no, d.duplicate_contact_no): d.separate_contacts
            for d in session.query(ContactDuplicate)
        }
    assert marks == {(first, second): True, (second, first): True}
    assert dialog.pairs()[0].separate
    assert "1 marked as not a duplicate" in dialog.findChild(QLabel, "duplicates_summary").text()

    table.selectRow(0)
    dialog.open_duplicate()
    assert main.windows.find(("card", "contact", second)) is not None
    dialog.open_contact()
    assert main.windows.find(("card", "contact", first)) is not None
    dialog.set_separate(0, False)
    assert not dialog.pairs()[0].separate
    dialog.close()


def test_contact_card_shows_its_duplicates(main: MainWindow) -> None:
    db = main.ctx.db
    first = make_company(db, "Müller Maschinenbau GmbH", **MUELLER)
    second = make_company(db, "Müller Maschinenbau", **MUELLER)
    third = make_company(db, "Müller Maschinen AG", **MUELLER)
    card = main.open_card("contact", second)
    _action(card, "show_duplicates").trigger()
    dialog = _open_dialog()
    assert [(p.contact_no, p.duplicate_no) for p in dialog.pairs()] == [(second, first), (second, third)]
    dialog.close()


def _notice_text(card: BaseCard) -> str | None:
    notice = card.findChild(QLabel, "duplicate_notice_text")
    assert notice is not None
    return notice.text() if notice.parentWidget().isVisible() else None


def test_new_contact_that_resembles_an_existing_company_is_flagged(
    main: MainWindow, answers: PromptLog
) -> None:
    db = main.ctx.db
    existing = make_company(db, "Müller Maschinenbau GmbH", **MUELLER)
    card = main.open_card("contact", None)

    enter_text(card, "name", "Mueller Maschinenbau GmbH")
    assert card.no is not None
    text = _notice_text(card)  # the name is all there is to compare yet: it matches
    assert text is not None and f"Possible duplicate of {existing}" in text.replace(
        f'<a href="contact/{existing}">', ""
    )
    enter_text(card, "address", "Hafenweg 1")
    enter_text(card, "city", "Kiel")
    assert _notice_text(card) is None  # two of six strings match: below the hit %
    enter_text(card, "address", "Industriestrasse 12")
    enter_text(card, "city", "Muenchen")

    text = _notice_text(card)
    assert text is not None and existing in text and "(100 %)" in text
    assert answers.calls == []  # non-blocking: no message box
    card.duplicate_notice.text.linkActivated.emit(f"contact/{existing}")
    assert main.windows.find(("card", "contact", existing)) is not None


def test_no_notice_when_autosearch_is_off_or_for_existing_cards(main: MainWindow) -> None:
    db = main.ctx.db
    existing = make_company(db, "Müller Maschinenbau GmbH", **MUELLER)
    other = make_company(db, "Ganz Anders KG")
    assert main.open_card("contact", other).duplicate_notice is None
    with db.unit_of_work() as session:
        session.get(MarketingSetup, 1).autosearch_for_duplicates = False
    card = main.open_card("contact", None)
    enter_text(card, "name", "Müller Maschinenbau GmbH")
    enter_text(card, "city", "München")
    assert _notice_text(card) is None
    assert existing


def test_new_customer_is_compared_but_not_with_its_own_contact(main: MainWindow) -> None:
    db = main.ctx.db
    existing = make_company(db, "Müller Maschinenbau GmbH", **MUELLER)
    make_person(db, existing)
    card = main.open_card("customer", None)
    enter_text(card, "name", "Müller Maschinenbau GmbH")
    for field, value in MUELLER.items():
        enter_text(card, field, value)
    text = _notice_text(card)
    assert text is not None and existing in text
    candidates = card.duplicate_notice.candidates
    assert [c.contact_no for c in candidates] == [existing]  # its own new contact is not a duplicate
    card.duplicate_notice.dismiss()
    assert _notice_text(card) is None


def test_batch_job_reports_the_duplicates_it_found(
    main: MainWindow, qtbot: QtBot, answers: PromptLog
) -> None:
    """The batch job's result counts the duplicates it found (no list of numbers); the pair is stored."""
    from app.operations.batch import BatchResult
    from app.ui.dialogs.batch_dialog import run_batch
    from tests.helpers.factory import make
    from tests.ui.test_ui_batch import answer_request

    db = main.ctx.db
    existing = make_company(db, "Müller Maschinenbau GmbH", **MUELLER)
    make(db, "customer", name="Müller Maschinenbau GmbH", auto_contact=False, **MUELLER)
    make(db, "customer", name="Ganz Anders KG", city="Kiel", auto_contact=False)

    results: list[BatchResult] = []
    answer_request()
    assert run_batch(main.ctx, "customer", main, on_result=results.append) is not None
    qtbot.waitUntil(lambda: bool(results), timeout=60_000)
    (result,) = results
    assert result.created == 2 and len(result.duplicates) == 1
    shown = main.findChild(QWidget, "dialog_batch_result")
    assert shown is not None and shown.findChild(QLabel, "count_duplicates").text() == "1"  # type: ignore[union-attr]
    assert answers.calls == []
    with db.session() as session:
        from app.duplicates.report import duplicate_pairs

        assert [(p.contact_no, p.duplicate_no) for p in duplicate_pairs(session)] == [
            (existing, result.duplicates[0])
        ]
