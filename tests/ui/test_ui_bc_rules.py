"""SPEC §14 in the desktop app: disabled actions that say why (§14.4), the greeting on printed and e-mailed
documents and the correspondence type (§14.12), the new contact fields, the "Format Phone Numbers" switch
(§14.11) and the default salutation codes in the Marketing Setup."""

from __future__ import annotations

from email import policy
from email.parser import BytesParser
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from app.db import Database
from app.demo.codes import ensure_codes
from app.documents import add_line, new_sales_document
from app.models import MarketingSetup
from app.ui.context import AppContext
from app.ui.dialogs.marketing_setup import MarketingSetupDialog
from app.ui.main_window import MainWindow
from tests.helpers.dump import dump
from tests.helpers.factory import create_as_, edit, get, make_company, make_person
from tests.helpers.pdf import pdf_text
from tests.ui.conftest import PromptLog, action, line, type_into

BLOCKED = "Blocked due to privacy"
USE_ACTIONS = ("create_as_customer", "create_as_vendor", "link_customer", "link_bank_account",
               "new_sales_quote", "new_purchase_order", "log_interaction")  # fmt: skip



def quote_for(db: Database, person: str) -> str:
    with db.unit_of_work() as session:
        no = str(new_sales_document(session, person, "quote").no)
        add_line(session, "sales_header", no, "Beratung", 3, "120")
    return no


def customer_with_people(db: Database) -> tuple[str, str, str]:
    """Kaufhaus Nord (a customer) with Anna Schmidt (FRAU, German) and Jan Weber (HERR, no language)."""
    with db.unit_of_work() as session:
        ensure_codes(session)
    company = make_company(db, name="Kaufhaus Nord", city="Kiel", country_region_code="DE")
    create_as_(db, company, "customer", "CUST-COMP")
    schmidt = make_person(db, company, "Anna Schmidt", salutation_code="FRAU", language_code="DEU",
                          email="a.schmidt@nord.example")  # fmt: skip
    weber = make_person(db, company, "Jan Weber", salutation_code="HERR", email="j.weber@nord.example")
    return company, schmidt, weber


# --- §14.4: disabled actions say why ------------------------------------------------------------------
def test_a_privacy_blocked_contact_has_its_actions_disabled_with_the_reason(
    qtbot: QtBot, main: MainWindow
) -> None:
    db = main.ctx.db
    company = make_company(db, name="Geheim AG", privacy_blocked=True)
    card = main.open_card("contact", company)
    for name in USE_ACTIONS:
        used = action(card, name)
        assert not used.isEnabled(), name
        assert (used.toolTip(), used.statusTip()) == (BLOCKED, BLOCKED), name
    assert action(card, "business_relations").isEnabled()  # what does not use the contact stays

    card.editors["privacy_blocked"].input.click()  # unblocked on the card: usable again, its own tips back
    qtbot.waitUntil(lambda: action(card, "create_as_customer").isEnabled())
    assert not get(db, "contact", company).privacy_blocked
    assert action(card, "create_as_customer").statusTip() == "Create as Customer"
    assert action(card, "log_interaction").isEnabled()
    assert action(card, "log_interaction").toolTip().startswith("Record a call, meeting, note or e-mail")


def test_a_person_of_a_blocked_company_names_the_company_and_a_company_needs_a_person_for_employees(
    main: MainWindow,
) -> None:
    db = main.ctx.db
    company = make_company(db, name="Geheim AG", privacy_blocked=True)
    person = make_person(db, company, "Anna Schmidt")
    card = main.open_card("contact", person)
    reason = f"{BLOCKED}: company contact {company}"
    for name in ("create_as_customer", "link_vendor", "new_sales_quote"):  # the company carries them
        assert not action(card, name).isEnabled() and action(card, name).toolTip() == reason, name
    for name in ("create_as_employee", "log_interaction"):  # the person's own: usable
        assert action(card, name).isEnabled(), name

    other = main.open_card("contact", make_company(db, name="Offen GmbH"))
    employee = action(other, "create_as_employee")
    assert not employee.isVisible() and not employee.isEnabled()
    assert employee.toolTip() == "Only for person contacts: this contact is a company"


# --- §14.12: new fields on the contact card -----------------------------------------------------------
def test_the_contact_card_shows_extension_pager_correspondence_type_and_format_region(
    qtbot: QtBot, main: MainWindow
) -> None:
    db = main.ctx.db
    company = make_company(db, name="Kaufhaus Nord")
    card = main.open_card("contact", company)
    for name in ("extension_no", "pager", "format_region"):
        assert isinstance(card.findChild(QLineEdit, f"field_{name}"), QLineEdit), name
    assert not line(card, "pager").isEnabled()  # persons only
    labels = {label.text().rstrip(":") for label in card.findChildren(QLabel)}
    assert {"Extension No.", "Pager", "Correspondence Type", "Format Region"} <= labels
    combo = card.findChild(QComboBox, "field_correspondence_type")
    assert combo is not None
    assert [combo.itemText(i) for i in range(combo.count())] == ["", "Hard Copy", "E-Mail", "Fax"]
    combo.setCurrentIndex(combo.findData("email"))
    qtbot.waitUntil(lambda: get(db, "contact", company).correspondence_type == "email")
    type_into(qtbot, card, "extension_no", "212")
    qtbot.keyClick(line(card, "extension_no"), "\r")
    qtbot.waitUntil(lambda: get(db, "contact", company).extension_no == "212")

    person = main.open_card("contact", make_person(db, company, "Anna Schmidt"))
    assert line(person, "pager").isEnabled()


# --- §14.12: the greeting on paper and in e-mails, the correspondence type ---------------------------
def test_a_printed_quote_greets_in_the_contacts_language_else_the_users(
    main: MainWindow, answers: PromptLog, tmp_path: Path, locale: None
) -> None:
    db = main.ctx.db
    _company, schmidt, weber = customer_with_people(db)
    QLocale.setDefault(QLocale("en_US"))
    answers.save_path = str(tmp_path / "schmidt.pdf")
    action(main.open_card("sales_header", quote_for(db, schmidt)), "print").trigger()
    german = pdf_text(tmp_path / "schmidt.pdf")
    assert "Sehr geehrte Frau Schmidt," in german and "Beratung" in german  # her language: German

    weber_quote = quote_for(db, weber)
    answers.save_path = str(tmp_path / "weber.pdf")
    action(main.open_card("sales_header", weber_quote), "print").trigger()
    assert "Dear Mr Weber," in pdf_text(tmp_path / "weber.pdf")  # no language of his own: the user's

    QLocale.setDefault(QLocale("de_DE"))
    answers.save_path = str(tmp_path / "weber_de.pdf")
    action(main.open_card("sales_header", weber_quote), "print").trigger()
    assert "Sehr geehrter Herr Weber," in pdf_text(tmp_path / "weber_de.pdf")


def test_an_email_starts_with_the_greeting(main: MainWindow, answers: PromptLog, tmp_path: Path) -> None:
    db = main.ctx.db
    _company, schmidt, _weber = customer_with_people(db)
    answers.choice = "Save an e-mail file (.eml) with the PDF attached\u2026"
    answers.save_path = str(tmp_path / "angebot.eml")
    action(main.open_card("sales_header", quote_for(db, schmidt)), "email").trigger()
    message = BytesParser(policy=policy.default).parsebytes((tmp_path / "angebot.eml").read_bytes())
    body = message.get_body(("plain",))
    assert body is not None
    assert body.get_content().replace("\r\n", "\n").startswith("Sehr geehrte Frau Schmidt,\n")


def test_print_and_send_ask_first_when_the_contact_wants_documents_another_way(
    main: MainWindow, answers: PromptLog, tmp_path: Path
) -> None:
    db = main.ctx.db
    _company, schmidt, _weber = customer_with_people(db)
    quote = quote_for(db, schmidt)
    edit(db, "contact", schmidt, "correspondence_type", "email")
    card = main.open_card("sales_header", quote)
    answers.question = False
    before = dump(db)
    action(card, "print").trigger()  # wants e-mail: Print asks; "No" prints and logs nothing
    assert answers.calls[-1][0] == "question"
    assert answers.calls[-1][2] == (
        f"Anna Schmidt ({schmidt}) wants documents by e-mail (Correspondence Type). Print anyway?"
    )
    assert dump(db) == before
    answers.question, answers.save_path = True, str(tmp_path / "anyway.pdf")
    action(card, "print").trigger()
    assert (tmp_path / "anyway.pdf").is_file()

    edit(db, "contact", schmidt, "correspondence_type", "hard_copy")
    calls = len(answers.calls)
    answers.question = False
    action(card, "email").trigger()  # wants paper: Send by E-mail asks; "No" sends nothing
    assert [c[0] for c in answers.calls[calls:]] == ["question"]
    assert "wants documents as hard copy" in answers.calls[-1][2]
    answers.save_path = str(tmp_path / "paper.pdf")
    action(card, "print").trigger()  # the way it wants: no question before saving (then "open it?")
    assert [c[0] for c in answers.calls[-2:]] == ["save_file", "question"]
    assert (tmp_path / "paper.pdf").is_file()


# --- §14.11 and §14.12 in the Marketing Setup ---------------------------------------------------------
def test_the_format_phone_numbers_switch_and_the_default_salutations_in_the_setup_dialog(
    qtbot: QtBot, main: MainWindow, ctx: AppContext
) -> None:
    db = main.ctx.db
    contact = make_company(db, name="Kaufhaus Nord", country_region_code="DE")
    card = main.open_card("contact", contact)
    type_into(qtbot, card, "phone_no", "030 3180552")
    qtbot.keyClick(line(card, "phone_no"), "\r")
    qtbot.waitUntil(lambda: get(db, "contact", contact).phone_no == "030 3180552")  # off: as typed

    dialog = MarketingSetupDialog(ctx, None)
    qtbot.addWidget(dialog)
    switch = dialog.findChild(QCheckBox, "field_format_phone_numbers")
    assert switch is not None and not switch.isChecked()
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    assert "Format Phone Numbers:" in labels
    assert any(text.startswith("Off: numbers are stored as typed.") for text in labels)  # the hint
    company_code = dialog.findChild(QComboBox, "field_default_company_salutation_code")
    person_code = dialog.findChild(QComboBox, "field_default_person_salutation_code")
    assert company_code is not None and person_code is not None
    assert (company_code.code(), person_code.code()) == ("COMPANY", "PERSON")  # type: ignore[attr-defined]
    switch.setChecked(True)
    person_code.set_code("")  # type: ignore[attr-defined]
    dialog.accept()
    with db.session() as session:
        setup = session.get(MarketingSetup, 1)
        assert setup is not None and setup.format_phone_numbers
        assert setup.default_person_salutation_code == ""

    other = main.open_card("contact", make_company(db, name="Hafen AG", country_region_code="DE"))
    type_into(qtbot, other, "phone_no", "030 3180552")
    qtbot.keyClick(line(other, "phone_no"), "\r")
    qtbot.waitUntil(lambda: line(other, "phone_no").text() == "+49 30 3180552")  # on: international
    assert get(db, "contact", other.no).phone_no == "+49 30 3180552"
    assert get(db, "contact", contact).phone_no == "030 3180552"  # a stored number stays until edited
