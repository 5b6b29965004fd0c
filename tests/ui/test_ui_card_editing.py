"""Cards save per field through the domain; refusals stay at the field and change nothing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from app.domain.fields import CODE_TABLES
from app.kinds import kind as registry_kind
from app.operations.create_as import create_as
from app.ui.cards.base import BaseCard
from app.ui.lookups import ROLE_CODE, CodeField
from app.ui.main_window import MainWindow
from tests.helpers.dump import dump
from tests.helpers.factory import create_as_, get, make_company, make_person
from tests.ui.conftest import PromptLog, enter_text, line, type_into

EDITABLE = {
    "contact": "no type name name_2 search_name company_no first_name middle_name surname job_title "
    "salutation_code salesperson_code privacy_blocked address address_2 post_code city county "
    "country_region_code phone_no mobile_phone_no fax_no email home_page language_code territory_code "
    "currency_code vat_registration_no registration_number",
    "customer": "no name name_2 search_name contact primary_contact_no salesperson_code blocked contact_type "
    "privacy_blocked address city phone_no email customer_posting_group gen_bus_posting_group "
    "vat_bus_posting_group vat_registration_no registration_number currency_code language_code "
    "territory_code prices_including_vat credit_limit payment_terms_code payment_method_code",
    "vendor": "no name contact primary_contact_no purchaser_code blocked vendor_posting_group "
    "gen_bus_posting_group vat_bus_posting_group payment_terms_code payment_method_code address phone_no",
    "bank_account": "no name bank_account_no bank_branch_no contact our_contact_code balance currency_code "
    "bank_acc_posting_group iban swift_code language_code territory_code address phone_no",
}


def test_every_card_has_an_editor_per_field(main: MainWindow) -> None:
    for kind, fields in EDITABLE.items():
        card = main.open_card(kind, None)
        assert card.objectName() == f"card_{kind}"
        for name in fields.split():
            widget = card.findChild(QWidget, f"field_{name}")
            assert isinstance(widget, QLineEdit | QComboBox | QCheckBox), (kind, name)
            assert name in registry_kind(kind).model.__table__.c
        for name in set(fields.split()) & set(CODE_TABLES):
            assert isinstance(card.editors[name], CodeField), (kind, name)


def _error(card: BaseCard, field_name: str) -> str:
    label = card.findChild(QLabel, f"error_{field_name}")
    assert label is not None
    return label.text() if label.isVisible() else ""


def test_letters_in_phone_are_refused_at_the_field(qtbot: QtBot, main: MainWindow) -> None:
    contact = make_company(main.ctx.db, phone_no="030 1")
    card = main.open_card("contact", contact)
    before = dump(main.ctx.db)
    phone = type_into(qtbot, card, "phone_no", "call me")
    qtbot.keyClick(phone, Qt.Key.Key_Return)

    assert "Phone No." in _error(card, "phone_no")
    assert "letters" in _error(card, "phone_no")
    assert phone.text() == "call me"
    assert phone.property("error") is True
    assert "letters" in phone.toolTip()
    message = card.findChild(QLabel, "field_error")
    assert message is not None and message.isVisible() and "letters" in message.text()
    assert dump(main.ctx.db) == before

    phone.selectAll()
    qtbot.keyClicks(phone, "030 2")
    qtbot.keyClick(phone, Qt.Key.Key_Return)
    assert _error(card, "phone_no") == ""
    assert not phone.property("error")
    assert not message.isVisible()
    assert get(main.ctx.db, "contact", contact).phone_no == "030 2"


def test_too_long_name_is_refused_naming_the_limit(qtbot: QtBot, main: MainWindow) -> None:
    contact = make_company(main.ctx.db, name="Kurz GmbH")
    card = main.open_card("contact", contact)
    before = dump(main.ctx.db)
    name = enter_text(card, "name", "x" * 101)
    assert "100" in _error(card, "name") and "Name" in _error(card, "name")
    assert name.text() == "x" * 101
    assert dump(main.ctx.db) == before
    assert card.windowTitle() == f"Contact {contact} · Kurz GmbH"


def test_unknown_code_is_refused_and_a_known_one_saved(qtbot: QtBot, main: MainWindow) -> None:
    contact = make_company(main.ctx.db)
    card = main.open_card("contact", contact)
    country = card.editors["country_region_code"]
    assert isinstance(country, CodeField)
    assert ("DE", "Germany") in country.choices()
    enter_text(card, "country_region_code", "XX")
    assert "XX" in _error(card, "country_region_code")
    enter_text(card, "country_region_code", "de")
    assert line(card, "country_region_code").text() == "DE"
    assert get(main.ctx.db, "contact", contact).country_region_code == "DE"


def test_new_card_creates_its_record_on_the_first_field(qtbot: QtBot, main: MainWindow) -> None:
    card = main.open_card("contact", None)
    assert card.windowTitle() == "New Contact"
    assert main.open_card("contact", None) is not card  # every new card is a window of its own
    enter_text(card, "name", "Neue Firma GmbH")
    assert card.no is not None
    assert get(main.ctx.db, "contact", card.no).name == "Neue Firma GmbH"
    assert card.windowTitle() == f"Contact {card.no} · Neue Firma GmbH"
    assert line(card, "no").isReadOnly()
    assert main.open_card("contact", card.no) is card


def test_new_card_takes_a_typed_number(qtbot: QtBot, main: MainWindow) -> None:
    card = main.open_card("customer", None)
    number = type_into(qtbot, card, "no", "k100")
    qtbot.keyClick(number, Qt.Key.Key_Return)
    assert card.no == "K100"
    assert get(main.ctx.db, "customer", "K100") is not None


def test_person_fields_follow_the_type(qtbot: QtBot, main: MainWindow) -> None:
    company = make_company(main.ctx.db, name="Firma AG")
    card = main.open_card("contact", None)
    assert not line(card, "first_name").isEnabled() and line(card, "vat_registration_no").isEnabled()
    type_box = card.findChild(QComboBox, "field_type")
    assert type_box is not None
    type_box.setCurrentIndex(type_box.findData("person"))
    assert card.no is not None
    assert line(card, "first_name").isEnabled() and line(card, "company_no").isEnabled()
    assert not line(card, "vat_registration_no").isEnabled() and not line(card, "currency_code").isEnabled()
    enter_text(card, "first_name", "Jörg")
    enter_text(card, "surname", "Weiß")
    assert line(card, "name").text() == "Jörg Weiß"
    enter_text(card, "company_no", company)
    assert line(card, "company_name").text() == "Firma AG"
    enter_text(card, "company_no", "")
    assert get(main.ctx.db, "contact", card.no).company_no is None


def test_linked_company_cannot_become_a_person(qtbot: QtBot, main: MainWindow) -> None:
    contact = make_company(main.ctx.db)
    create_as_(main.ctx.db, contact, "customer", "CUST-COMP")
    card = main.open_card("contact", contact)
    type_box = card.findChild(QComboBox, "field_type")
    assert type_box is not None
    type_box.setCurrentIndex(type_box.findData("person"))
    assert "cannot become a person" in _error(card, "type")
    assert get(main.ctx.db, "contact", contact).type == "company"


def test_primary_contact_lookup_offers_the_company_and_its_persons(qtbot: QtBot, main: MainWindow) -> None:
    db = main.ctx.db
    company = make_company(db, name="Firma AG", phone_no="0711 1")
    person = make_person(db, company, "Eva Maier")
    other = make_company(db, name="Andere GmbH")
    customer = create_as_(db, company, "customer", "CUST-COMP")
    card = main.open_card("customer", customer)
    lookup = card.editors["primary_contact_no"]
    assert isinstance(lookup, CodeField)
    assert {no for no, _name in lookup.choices()} == {company, person}
    enter_text(card, "primary_contact_no", other)
    assert "not related" in _error(card, "primary_contact_no")
    enter_text(card, "primary_contact_no", person)
    assert line(card, "contact").text() == "Eva Maier"
    assert get(db, "customer", customer).primary_contact_no == person


def test_check_box_and_choice_save_at_once(qtbot: QtBot, main: MainWindow) -> None:
    db = main.ctx.db
    customer = create_as_(db, make_company(db), "customer", "CUST-COMP")
    card = main.open_card("customer", customer)
    check = card.findChild(QCheckBox, "field_prices_including_vat")
    blocked = card.findChild(QComboBox, "field_blocked")
    assert check is not None and blocked is not None
    check.setChecked(True)
    blocked.setCurrentIndex(blocked.findData("invoice"))
    enter_text(card, "credit_limit", "2500,50")
    record = get(db, "customer", customer)
    assert record.prices_including_vat is True and record.blocked == "invoice"
    assert str(record.credit_limit) == "2500.50"
    assert line(card, "credit_limit").text() == "2500.50"


def test_tab_order_follows_the_form(qtbot: QtBot, main: MainWindow) -> None:
    card = main.open_card("contact", make_company(main.ctx.db))
    card.editors["type"].input.setFocus()
    qtbot.waitUntil(card.editors["type"].input.hasFocus)
    order = []
    for _ in range(8):
        focused = QApplication.focusWidget()
        order.append(focused.objectName())
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    # company: person fields are disabled and derived fields are skipped; left column, then right
    assert order == [
        "field_type",
        "field_name",
        "field_name_2",
        "field_search_name",
        "field_salesperson_code",
        "field_privacy_blocked",
        "field_address",
        "field_address_2",
    ]


def test_lookup_list_picks_and_saves_a_code(qtbot: QtBot, main: MainWindow) -> None:
    contact = make_company(main.ctx.db)
    card = main.open_card("contact", contact)
    currency = card.editors["currency_code"]
    assert isinstance(currency, CodeField)
    currency.show_lookup()
    popup = currency.edit.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    codes = [popup.model().index(row, 0).data(ROLE_CODE) for row in range(popup.model().rowCount())]
    assert "CHF" in codes and "EUR" in codes
    popup.setCurrentIndex(popup.model().index(codes.index("CHF"), 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: get(main.ctx.db, "contact", contact).currency_code == "CHF")
    assert currency.edit.text() == "CHF"


def test_closing_a_card_saves_what_is_being_typed(qtbot: QtBot, main: MainWindow, answers: PromptLog) -> None:
    contact = make_company(main.ctx.db)
    card = main.open_card("contact", contact)
    line(card, "city").setText("Kiel")  # typed, not finished
    main.commands["close_window"].trigger()
    qtbot.waitUntil(lambda: main.windows.windows() == [])
    assert get(main.ctx.db, "contact", contact).city == "Kiel"
    assert answers.calls == []


def test_closing_a_card_with_a_refused_value_asks_first(
    qtbot: QtBot, main: MainWindow, answers: PromptLog
) -> None:
    contact = make_company(main.ctx.db, phone_no="1")
    card = main.open_card("contact", contact)
    enter_text(card, "phone_no", "abc")
    answers.question = False
    main.commands["close_window"].trigger()
    assert main.windows.windows() == [card]
    assert "letters" in answers.texts("question")[0]
    answers.question = True
    main.commands["close_window"].trigger()
    qtbot.waitUntil(lambda: main.windows.windows() == [])
    assert get(main.ctx.db, "contact", contact).phone_no == "1"


def test_cards_show_every_stored_value_when_opened(main: MainWindow) -> None:
    db = main.ctx.db
    company = make_company(db, name="Firma AG")
    person = make_person(db, company, "Eva Maier", job_title="CEO")
    card = main.open_card("contact", person)
    type_box = card.findChild(QComboBox, "field_type")
    assert type_box is not None and type_box.currentData() == "person"
    assert not [name for name, editor in card.editors.items() if editor.is_modified()]
    assert not [e.field for e in card.editors.values() if e.input.property("changed")]
    assert line(card, "job_title").text() == "CEO" and line(card, "company_no").text() == company
    customer_card = main.open_card("customer", None)
    enter_text(customer_card, "name", "Neu GmbH")
    assert not [name for name, editor in customer_card.editors.items() if editor.is_modified()]
    with db.unit_of_work() as session:
        person_customer = create_as(session, person, "customer", "CUST-COMP").no
    card = main.open_card("customer", person_customer)
    contact_type = card.findChild(QComboBox, "field_contact_type")
    assert contact_type is not None and contact_type.currentData() == "company"


def test_going_back_to_the_saved_value_clears_the_refusal(qtbot: QtBot, main: MainWindow) -> None:
    card = main.open_card("contact", make_company(main.ctx.db, phone_no="030 1"))
    enter_text(card, "phone_no", "abc")
    message = card.findChild(QLabel, "field_error")
    assert message is not None and message.isVisible()
    enter_text(card, "phone_no", "030 1")
    assert _error(card, "phone_no") == "" and not message.isVisible()
