"""Keyboard and actions of cards and the main window: Esc closes a card (asking about typed text), Tab never
traps, every menu and toolbar entry has a unique mnemonic, disabled actions say why, and a person's actions
that work on its company say so before they run."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QTableWidget, QToolBar, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from app import errors
from app.db import Database
from app.domain.links import contact_of_record
from app.ui.actions import mnemonic, plain_text
from app.ui.cards.base import BaseCard
from app.ui.launch import install_translations
from app.ui.main_window import MainWindow
from app.ui.translations import remove_translators
from tests.helpers.dump import dump
from tests.helpers.factory import create_as_, get, make_company, make_person
from tests.ui.conftest import PromptLog, action, line, type_into


def _gone(main: MainWindow, kind: str, no: str) -> bool:
    return main.windows.find(("card", kind, no)) is None


# --- Esc -----------------------------------------------------------------------------------------------
def test_esc_closes_a_card_without_asking_when_nothing_is_typed(
    qtbot: QtBot, main: MainWindow, answers: PromptLog
) -> None:
    contact = make_company(main.ctx.db, name="Esc GmbH")
    card = main.open_card("contact", contact)
    name = line(card, "name")
    name.setFocus()
    qtbot.waitUntil(name.hasFocus)
    qtbot.keyClick(name, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: _gone(main, "contact", contact))
    assert answers.calls == []


@pytest.mark.parametrize("answer", [None, "discard", "save"])
def test_esc_with_typed_text_asks_save_discard_or_cancel(
    qtbot: QtBot, main: MainWindow, answers: PromptLog, answer: str | None
) -> None:
    contact = make_company(main.ctx.db, name="Esc GmbH", city="Bonn")
    card = main.open_card("contact", contact)
    before = dump(main.ctx.db)
    city = type_into(qtbot, card, "city", "Koeln")  # typed, not saved yet (no Enter, focus stays)
    answers.unsaved = answer
    qtbot.keyClick(city, Qt.Key.Key_Escape)

    asked = [c for c in answers.calls if c[0] == "unsaved"]
    assert len(asked) == 1 and "City" in asked[0][2] and asked[0][3] == ("save", "discard", "cancel")
    if answer is None:  # Cancel: the card stays with the typed text, nothing written
        assert not _gone(main, "contact", contact) and city.text() == "Koeln"
        assert dump(main.ctx.db) == before
    elif answer == "discard":
        qtbot.waitUntil(lambda: _gone(main, "contact", contact))
        assert dump(main.ctx.db) == before
    else:
        qtbot.waitUntil(lambda: _gone(main, "contact", contact))
        assert get(main.ctx.db, "contact", contact).city == "Koeln"


def test_esc_save_of_a_refused_value_keeps_the_card_open(
    qtbot: QtBot, main: MainWindow, answers: PromptLog
) -> None:
    contact = make_company(main.ctx.db, phone_no="030 1")
    card = main.open_card("contact", contact)
    before = dump(main.ctx.db)
    phone = type_into(qtbot, card, "phone_no", "call me")
    answers.unsaved = "save"
    qtbot.keyClick(phone, Qt.Key.Key_Escape)
    assert not _gone(main, "contact", contact)
    assert "letters" in card.editors["phone_no"].error_text() and phone.text() == "call me"
    assert dump(main.ctx.db) == before


# --- Tab -------------------------------------------------------------------------------------------
def test_tab_walks_through_the_relations_table_and_on(qtbot: QtBot, main: MainWindow) -> None:
    company = make_company(main.ctx.db, name="Tab GmbH")
    create_as_(main.ctx.db, company, "customer")
    create_as_(main.ctx.db, company, "vendor")
    card = main.open_card("contact", company)
    table = card.findChild(QTableWidget, "relations_table")
    assert table is not None and table.rowCount() == 2
    first = card.editors["type"].input
    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    seen: list[QWidget] = []
    for _ in range(120):
        focused = QApplication.focusWidget()
        assert focused is not None
        seen.append(focused)
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        if QApplication.focusWidget() is first or not card.isAncestorOf(QApplication.focusWidget()):
            break
    else:
        pytest.fail("Tab never came back to the first field nor left the card")
    assert table in seen  # the table is on the way …
    assert seen.count(table) == 1  # … and one Tab leaves it again (arrows move inside)


# --- mnemonics -----------------------------------------------------------------------------------------
def _check_menu(entries: Iterable[QAction], where: str) -> None:
    letters = []
    for entry in entries:
        if entry.isSeparator() or not entry.text():
            continue
        letter = mnemonic(entry.text())
        assert letter is not None, f"{where}: {entry.text()!r} has no mnemonic"
        letters.append(letter)
        if (menu := entry.menu()) is not None:
            _check_menu(menu.actions(), f"{where} \u203a {plain_text(entry.text())}")
    assert len(letters) == len(set(letters)), f"{where}: mnemonics clash: {letters}"


def _check_toolbar(window: QWidget) -> None:
    bar = window.findChild(QToolBar, "toolbar")
    assert bar is not None
    letters = []
    for button in bar.findChildren(QToolButton):
        if not button.isVisibleTo(bar) or not button.text():
            continue
        letter = mnemonic(button.text())
        assert letter is not None, f"{window.objectName()}: button {button.text()!r} has no mnemonic"
        letters.append(letter)
        if (menu := button.menu()) is not None:
            _check_menu(menu.actions(), f"{window.objectName()} \u203a {plain_text(button.text())}")
    assert len(letters) == len(set(letters)), f"{window.objectName()}: toolbar mnemonics clash: {letters}"


@pytest.fixture(params=["en", "de"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """English, or German installed as the launcher does it (put back afterwards): mnemonics are assigned to
    the translated texts."""
    if request.param == "en":
        yield "en"
        return
    locale, translate = QLocale(), errors.translate
    install_translations(qapp, "de")
    yield "de"
    remove_translators(qapp)
    QLocale.setDefault(locale)
    errors.translate = translate


def test_every_menu_and_toolbar_entry_has_a_unique_mnemonic(language: str, main: MainWindow) -> None:
    _check_menu(main.menuBar().actions(), "menu bar")
    db = main.ctx.db
    company = make_company(db, name="Mnemo GmbH")
    person = make_person(db, company, name="Eva Mnemo")
    customer = create_as_(db, company, "customer")
    windows: list[QWidget] = [
        main.open_card("contact", company),
        main.open_card("contact", person),
        main.open_card("contact", None),
        main.open_card("customer", customer),
        main.open_card("vendor", create_as_(db, company, "vendor")),
        main.open_list("contact"),
        main.open_list("customer"),
    ]
    for window in windows:
        _check_toolbar(window)


def test_the_card_menus_keep_their_letters_for_a_person_of_a_company(main: MainWindow) -> None:
    person = make_person(main.ctx.db, make_company(main.ctx.db, name="Firma AG"), name="Max Muster")
    card = main.open_card("contact", person)
    text = action(card, "create_as_bank_account").text()
    assert mnemonic(text) is not None and "Firma AG" in plain_text(text)
    _check_toolbar(card)


# --- disabled actions say why ----------------------------------------------------------------------------
def _disabled_without_reason(window: QWidget) -> list[str]:
    registry = window.commands  # type: ignore[attr-defined]
    missing = []
    for entry in registry:
        if entry.isVisible() and not entry.isEnabled():
            name = entry.objectName().removeprefix("action_")
            tip = entry.toolTip()
            if not tip or tip == registry.enabled_tip(name):
                missing.append(f"{name}: {tip!r}")
    return missing


def test_every_disabled_action_says_why(main: MainWindow, db: Database) -> None:
    company = make_company(db, name="Warum GmbH")
    person = make_person(db, company, name="Ida Warum")
    blocked = make_company(db, name="Gesperrt GmbH", privacy_blocked=True)
    customer = create_as_(db, company, "customer")
    windows: list[QWidget] = [
        main,
        main.open_card("contact", None),
        main.open_card("contact", company),
        main.open_card("contact", person),
        main.open_card("contact", blocked),
        main.open_card("customer", customer),
        main.open_card("customer", None),
        main.open_list("vendor"),  # empty: nothing to open or delete
    ]
    disabled = 0
    for window in windows:
        assert _disabled_without_reason(window) == [], window.objectName()
        disabled += sum(1 for a in window.commands if a.isVisible() and not a.isEnabled())  # type: ignore
    assert disabled > 10  # the walk did meet disabled actions


def test_a_linked_kind_says_what_it_is_linked_to(main: MainWindow) -> None:
    company = make_company(main.ctx.db, name="Verknuepft GmbH")
    customer = create_as_(main.ctx.db, company, "customer")
    card = main.open_card("contact", company)
    create = action(card, "create_as_customer")
    assert not create.isEnabled() and customer in create.toolTip()
    related = action(card, "open_vendor")
    assert not related.isEnabled() and "vendor" in related.toolTip().lower()


# --- actions on the company of a person ------------------------------------------------------------------
def test_a_persons_create_as_bank_account_names_the_company_and_asks(
    main: MainWindow, answers: PromptLog, db: Database
) -> None:
    company = make_company(db, name="Haus der Bank GmbH")
    person = make_person(db, company, name="Paul Konto")
    card: BaseCard = main.open_card("contact", person)
    create = action(card, "create_as_bank_account")
    assert create.isEnabled()
    assert "for company Haus der Bank GmbH" in plain_text(create.text())
    assert company in create.toolTip() and "Haus der Bank GmbH" in create.toolTip()
    assert "Haus der Bank GmbH" in plain_text(action(card, "link_bank_account").text())
    assert "Haus der Bank GmbH" not in action(card, "create_as_employee").text()  # employees: the person's

    before = dump(db)
    answers.question = False
    create.trigger()
    asked = answers.texts("question")
    assert len(asked) == 1 and company in asked[0] and "Haus der Bank GmbH" in asked[0]
    assert dump(db) == before  # declined: nothing created

    answers.question = True
    create.trigger()
    with db.session() as session:
        from app.models import BankAccount

        accounts = session.query(BankAccount).all()
        assert len(accounts) == 1
        holder = contact_of_record(session, "bank_account", accounts[0].no)
        assert holder is not None and holder.no == company  # the company's, as the action said


def test_a_company_card_asks_nothing_extra(main: MainWindow, answers: PromptLog, db: Database) -> None:
    company = make_company(db, name="Eigen GmbH")
    card = main.open_card("contact", company)
    create = action(card, "create_as_bank_account")
    assert "for company" not in plain_text(create.text())
    create.trigger()
    assert answers.texts("question") == []
    with db.session() as session:
        from app.models import BankAccount

        assert session.query(BankAccount).count() == 1


def test_esc_in_a_document_line_cancels_the_cell_edit_and_keeps_the_card(
    qtbot: QtBot, main: MainWindow, answers: PromptLog, db: Database
) -> None:
    from app.documents import add_line, new_sales_document
    from app.ui.documents.card import DocumentCard

    company = make_company(db, name="Zeilen GmbH")
    create_as_(db, company, "customer", "CUST-COMP")
    with db.unit_of_work() as session:
        no = str(new_sales_document(session, company, "quote").no)
        add_line(session, "sales_header", no, "Beratung", 3, "120")
    card = main.open_card("sales_header", no)
    assert isinstance(card, DocumentCard)
    view, model = card.lines_view, card.lines_model
    view.setCurrentIndex(model.index(0, 0))
    view.edit(model.index(0, 0))
    editor = QApplication.focusWidget()
    assert editor is not None and view.state() == view.State.EditingState
    qtbot.keyClicks(editor, "X")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: view.state() != view.State.EditingState)
    assert not _gone(main, "sales_header", no)  # the first Esc ends the cell edit only
    assert model.index(0, 0).data() == "Beratung"
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Escape)  # the next one closes the card
    qtbot.waitUntil(lambda: _gone(main, "sales_header", no))
