"""What a card makes only when it is needed (issue 15: card opening time), and that it still works then."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from app.ui.lookups import ROLE_CODE, CodeField
from app.ui.main_window import MainWindow
from tests.helpers.factory import make_company


def test_a_code_field_makes_its_completer_on_focus_and_then_completes(qtbot: QtBot, main: MainWindow) -> None:
    card = main.open_card("contact", make_company(main.ctx.db))
    currency = card.editors["currency_code"]
    assert isinstance(currency, CodeField)
    assert currency.edit.completer() is None  # opening the card read no lookup
    currency.edit.setFocus()
    qtbot.waitUntil(lambda: currency.edit.completer() is not None)
    currency.edit.selectAll()
    qtbot.keyClicks(currency.edit, "CH")
    completer = currency.edit.completer()
    popup = completer.popup()
    qtbot.waitUntil(popup.isVisible)
    shown = [popup.model().index(row, 0).data(ROLE_CODE) for row in range(popup.model().rowCount())]
    assert "CHF" in shown and "EUR" not in shown


def test_f4_in_a_code_field_opens_the_list(qtbot: QtBot, main: MainWindow) -> None:
    card = main.open_card("contact", make_company(main.ctx.db))
    country = card.editors["country_region_code"]
    country.edit.setFocus()
    qtbot.keyClick(country.edit, Qt.Key.Key_F4)
    popup = country.edit.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    assert popup.model().rowCount() > 10


def test_a_refusal_label_is_made_with_the_first_refusal(qtbot: QtBot, main: MainWindow) -> None:
    card = main.open_card("contact", make_company(main.ctx.db, phone_no="030 1"))
    assert card.findChild(QLabel, "error_phone_no") is None  # no refusal yet: no label built
    phone = card.editors["phone_no"].edit
    phone.setFocus()
    phone.selectAll()
    qtbot.keyClicks(phone, "call me")
    qtbot.keyClick(phone, Qt.Key.Key_Return)
    label = card.findChild(QLabel, "error_phone_no")
    assert label is not None
    qtbot.waitUntil(label.isVisible)
    assert "letters" in label.text()
