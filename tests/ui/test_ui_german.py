"""German: menus, actions, refusals and domain messages in German, numbers and dates in the German locale;
the language menu; English again once the translator is removed."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt
from PySide6.QtWidgets import QApplication, QLabel, QMenu, QToolButton
from pytestqt.qtbot import QtBot

from app import errors
from app.db import Database
from app.documents import new_sales_document
from app.domain.defaults import database_language, local_code
from app.errors import UserError
from app.models import (
    BusinessRelation,
    CountryRegion,
    CustomerTemplate,
    MarketingSetup,
    NoSeries,
    SalesHeader,
)
from app.ui import language
from app.ui.actions import plain_text
from app.ui.dialogs.templates import TemplatesDialog
from app.ui.formats import date_text, money
from app.ui.launch import install_translations
from app.ui.main_window import MainWindow
from app.ui.translations import remove_translators
from tests.helpers.dump import dump
from tests.helpers.factory import create_as_, get, make_company
from tests.ui.conftest import PromptLog, enter_text, line, type_into

ROOT = Path(__file__).resolve().parents[2]

def template(db: Database, code: str) -> str:
    """A ready-setup template code as this database has it (one made in German has BC's German codes)."""
    with db.session() as session:
        return local_code(code, database_language(session))




def _menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def _error(card: object, field: str) -> str:
    label = card.findChild(QLabel, f"error_{field}")  # type: ignore[attr-defined]
    assert label is not None
    return str(label.text()) if label.isVisible() else ""


def test_main_window_menus_and_navigation_are_german(german: None, main: MainWindow) -> None:
    titles = ["&Datei", "&Gehe zu", "&Einrichtung", "&Stapelverarbeitung", "&Fenster", "&Hilfe"]
    assert _menu_titles(main) == titles
    assert plain_text(main.commands["new_contact"].text()) == "Neuer Kontakt"
    assert plain_text(main.commands["marketing_setup"].text()) == "Marketing & Vertrieb Einr.…"  # one &
    assert main.commands["marketing_setup"].toolTip() == "Marketing & Vertrieb Einr.…"
    batch = main.commands["create_contacts_from_customers"]
    assert plain_text(batch.text()) == "Kontakte aus Debitoren erstellen…"
    entry = main.navigation.entry("list_contact")
    assert entry is not None and entry.text(0) == "Kontakte"
    assert main.language_menu.title() == "&Sprache"
    assert main.findChild(QMenu, "menu_help") is not None


def test_contact_card_reads_german(german: None, main: MainWindow) -> None:
    contact = make_company(main.ctx.db, name="Müller GmbH")
    card = main.open_card("contact", contact)
    assert card.windowTitle() == f"Kontakt {contact} · Müller GmbH"
    create_as = card.findChild(QToolButton, "menu_create_as_customer")
    assert create_as is not None and plain_text(create_as.text()) == "Erstellen als"
    assert plain_text(card.commands["create_as_customer"].text()) == "Debitor"
    assert card.commands["create_as_customer"].statusTip() == "Erstellen als Debitor"
    link = card.findChild(QToolButton, "menu_link_customer")
    assert link is not None and plain_text(link.text()) == "Mit vorhandenem verknüpfen"
    fields = ("phone_no", "vat_registration_no", "type")
    labels = {name: card.findChild(QLabel, f"label_{name}") for name in fields}
    assert {name: label.text() for name, label in labels.items() if label} == {
        "phone_no": "Telefonnr.", "vat_registration_no": "USt-IdNr.", "type": "Art"
    }  # fmt: skip
    assert card.editors["type"].input.currentText() == "Unternehmen"  # type: ignore[attr-defined]
    assert card.editors["business_relation"].input.text() == "Keine"  # type: ignore[attr-defined]


def test_refusal_names_the_field_in_german(german: None, qtbot: QtBot, main: MainWindow) -> None:
    contact = make_company(main.ctx.db, phone_no="030 1")
    card = main.open_card("contact", contact)
    before = dump(main.ctx.db)
    phone = type_into(qtbot, card, "phone_no", "call me")
    qtbot.keyClick(phone, Qt.Key.Key_Return)
    message = _error(card, "phone_no")
    assert message.startswith("Telefonnr.") and "Buchstaben" in message, message
    assert dump(main.ctx.db) == before


def test_domain_message_with_kind_is_fully_german(german: None, main: MainWindow, answers: PromptLog) -> None:
    db = main.ctx.db
    contact = make_company(db)
    with db.unit_of_work() as session:
        session.get(MarketingSetup, 1).bus_rel_code_vendors = None  # type: ignore[union-attr]
    card = main.open_card("contact", contact)
    card.commands["create_as_vendor"].trigger()
    assert answers.texts("error") == [
        "Die Synchronisierung mit Kreditoren ist ausgeschaltet: Füllen Sie "
        "„Gesch.-Bez.-Code für Kreditoren“ in Marketing & Vertrieb Einr. aus."
    ]
    with pytest.raises(UserError) as raised:
        main.open_card("customer", "C99999")
    assert raised.value.message == "Debitor C99999 ist nicht vorhanden."


def test_create_as_and_delete_speak_german(german: None, main: MainWindow, answers: PromptLog) -> None:
    contact = make_company(main.ctx.db)
    card = main.open_card("contact", contact)
    answers.question = False
    card.commands["delete"].trigger()
    assert answers.texts("question") == [f"Kontakt {contact} löschen?"]
    customer = card.create_as("customer")
    assert answers.calls[-1][1] == "Erstellen als Debitor"
    assert answers.texts("info")[-1].startswith(f"Debitor {customer} wurde erstellt.")


def test_amounts_and_dates_follow_the_german_locale(german: None, main: MainWindow) -> None:
    db = main.ctx.db
    customer = create_as_(db, make_company(db), "customer", template(db, "CUST-COMP"))
    card = main.open_card("customer", customer)
    enter_text(card, "credit_limit", "12.345,5")
    assert get(db, "customer", customer).credit_limit == Decimal("12345.5")
    assert line(card, "credit_limit").text() == "12345,50"
    assert not card.editors["credit_limit"].is_modified()
    enter_text(card, "credit_limit", "1.000")  # a German thousands separator, not a decimal point
    assert get(db, "customer", customer).credit_limit == Decimal("1000")
    assert money(Decimal("1234567.5")) == "1.234.567,50"
    assert date_text(date(2024, 5, 24)) == "24.05.24"
    customers = main.open_list("customer")
    column = [c.field for c in customers.model.columns].index("credit_limit")
    assert customers.model.index(0, column).data() == "1.000,00"


def test_document_dates_and_numbers_typed_in_german(german: None, main: MainWindow) -> None:
    db = main.ctx.db
    company = make_company(db, name="Kaufhaus Nord")
    create_as_(db, company, "customer", template(db, "CUST-COMP"))
    with db.unit_of_work() as session:
        no = new_sales_document(session, company, "quote").no
    card = main.open_card("sales_header", no)
    enter_text(card, "document_date", "1.2.2026")
    assert get_document_date(db, no) == date(2026, 2, 1)
    assert line(card, "document_date").text() == "01.02.26"
    model = card.lines_model
    model.setData(model.index(0, 0), "Beratung")
    model.setData(model.index(0, 1), "1,5")
    model.setData(model.index(0, 2), "1.234,50")
    texts = [model.index(0, column).data() for column in range(4)]
    assert texts == ["Beratung", "1,5", "1.234,50", "1.851,75"]
    assert model.index(0, 2).data(Qt.ItemDataRole.EditRole) == "1234,5"
    assert card.total_label.text() == "Summe: 1.851,75"


def test_template_credit_limit_typed_in_german(german: None, main: MainWindow, answers: PromptLog) -> None:
    dialog = TemplatesDialog(main.ctx, main)
    editor = dialog.editors["customer"]
    assert dialog.tabs.tabText(0) == "Debitorenvorlagen"
    row = editor.find_row("DEB-GESCH")
    editor.cell_at(row, "credit_limit").setText("2.500,5")
    assert answers.texts("error") == []
    with main.ctx.db.session() as session:
        row_template = session.get(CustomerTemplate, "DEB-GESCH")
        assert row_template is not None and row_template.credit_limit == Decimal("2500.5")
    assert editor.cell_at(row, "credit_limit").text() == "2500,5"
    dialog.close()


def get_document_date(db: Database, no: str) -> date:
    with db.session() as session:
        header = session.get(SalesHeader, no)
        assert header is not None
        return header.document_date


def test_a_new_database_gets_its_ready_setup_in_the_users_language(german: None, tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'neu.db'}")
    try:
        with db.session() as session:
            assert session.get(BusinessRelation, "DEB").description == "Debitor"  # type: ignore[union-attr]
            assert session.get(CountryRegion, "DE").name == "Deutschland"  # type: ignore[union-attr]
            assert session.get(NoSeries, "KONTAKT").description == "Kontakte"  # type: ignore[union-attr]
    finally:
        db.dispose()


STARTUP = """
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication
from app.errors import UserError
from app.ui.launch import install_translations
app = QApplication([])
app.setOrganizationName("ContactSync")
install_translations(app)
print(QLocale().name(), QCoreApplication.translate("cards", "Create as"), sep="|")
print(UserError("{field} must not contain letters.", field="phone_no").message)
"""


def test_a_german_system_locale_starts_in_german(tmp_path: Path) -> None:
    """No choice stored: the system's locale decides (Qt reads LC_ALL / LANG), as at a real start."""
    env = {**os.environ, "LC_ALL": "de_DE.UTF-8", "LANG": "de_DE.UTF-8", "LANGUAGE": ""}
    env.update(XDG_CONFIG_HOME=str(tmp_path), QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, "-c", STARTUP], env=env, capture_output=True, text=True, timeout=120, check=True
    )
    assert done.stdout.splitlines() == ["de_DE|Erstellen als", "Telefonnr. darf keine Buchstaben enthalten."]


def test_english_again_once_the_translator_is_removed(qapp: QApplication) -> None:
    locale, translate = QLocale(), errors.translate
    install_translations(qapp, "de")
    try:
        assert QCoreApplication.translate("cards", "Create as") == "Erstellen als"
        install_translations(qapp, "en")  # replaces the German translators
        assert QCoreApplication.translate("cards", "Create as") == "Create as"
        assert QLocale().language() == QLocale.Language.English
        assert UserError("{kind} {no} does not exist.", kind="Customer", no="C1").message == (
            "Customer C1 does not exist."
        )
    finally:
        remove_translators(qapp)
        QLocale.setDefault(locale)
        errors.translate = translate


def test_language_menu_stores_the_choice_for_the_next_start(main: MainWindow, answers: PromptLog) -> None:
    settings = QSettings()
    settings.remove(language.SETTING)
    try:
        system = main.findChild(object, "action_language_system")
        german = main.findChild(object, "action_language_de")
        assert system is not None and system.isChecked() and german is not None
        assert [a.objectName() for a in main.language_menu.actions()] == [
            "action_language_system", "action_language_en", "action_language_de"
        ]  # fmt: skip
        german.trigger()
        assert language.chosen_language() == "de" and german.isChecked()
        assert answers.texts("info") == ["ContactSync will use Deutsch from the next start."]
        assert language.locale_for("de").language() == QLocale.Language.German
    finally:
        settings.remove(language.SETTING)
    assert language.chosen_language() == ""
