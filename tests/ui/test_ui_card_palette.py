"""Cards in a light and a dark palette: read-only fields look read-only, refusals and changed-underneath
values are readable (WCAG contrast measured on the rendered pixels), and a refusal does not move the form."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from app.ui.main_window import MainWindow
from app.ui.palettes import dark_palette
from app.ui.style import contrast
from tests.helpers.dump import dump
from tests.helpers.factory import edit, make_company, make_person
from tests.ui.conftest import line, type_into


@pytest.fixture(params=["light", "dark"])
def palette(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The application palette for the test (the style's own light one, or a dark one); put back after."""
    before = qapp.palette()
    qapp.setPalette(qapp.style().standardPalette() if request.param == "light" else dark_palette())
    yield request.param
    qapp.setPalette(before)


def colours(widget: QWidget) -> tuple[QColor, QColor]:
    """(background, text) as painted: the commonest colour inside the frame, and the pixel that stands out
    most from it (the stems of the glyphs)."""
    image = widget.grab().toImage()
    inset = 4
    pixels = [
        image.pixelColor(x, y).rgb()
        for x in range(inset, image.width() - inset)
        for y in range(inset, image.height() - inset)
    ]
    background = QColor.fromRgb(Counter(pixels).most_common(1)[0][0])
    text = max((QColor.fromRgb(p) for p in set(pixels)), key=lambda c: contrast(c, background))
    return background, text


def readable(widget: QWidget) -> float:
    background, text = colours(widget)
    return contrast(background, text)


def test_read_only_refused_and_changed_fields_are_readable(
    qtbot: QtBot, main: MainWindow, palette: str
) -> None:
    company = make_company(main.ctx.db, name="Kontrast GmbH", phone_no="030 1")
    make_company(main.ctx.db, name="Linked AG")
    card = main.open_card("contact", company)
    card.parentWidget().resize(1000, 700)
    qtbot.waitExposed(card)
    editable = line(card, "name")

    # read-only: drawn as a value, not as an input, in any palette; the text stays readable
    relation = line(card, "business_relation")
    assert relation.isReadOnly() and relation.text()
    assert colours(relation)[0] != colours(editable)[0], palette  # not the input's background
    assert readable(relation) >= 4.5, palette
    assert readable(editable) >= 4.5, palette

    # a refusal: the field keeps the typed text, the message at the field and in the bar are readable
    phone = type_into(qtbot, card, "phone_no", "call me")
    qtbot.keyClick(phone, Qt.Key.Key_Return)
    bubble = card.findChild(QLabel, "error_phone_no")
    assert bubble is not None and bubble.isVisible()
    assert readable(bubble) >= 4.5, palette
    assert readable(card.message) >= 4.5, palette
    assert readable(phone) >= 4.5, palette
    phone.setText("030 1")
    qtbot.keyClick(phone, Qt.Key.Key_Return)

    # changed underneath while typing: highlighted (another background) and readable
    typing = type_into(qtbot, card, "city", "Bonn")
    edit(main.ctx.db, "contact", company, "city", "Köln")
    qtbot.waitUntil(lambda: bool(typing.property("changed")))
    background, _text = colours(typing)
    assert background != colours(editable)[0], palette
    assert readable(typing) >= 4.5, palette


def test_disabled_fields_stay_distinguishable_in_the_dark(
    qtbot: QtBot, main: MainWindow, palette: str
) -> None:
    card = main.open_card("contact", make_company(main.ctx.db, name="Dunkel GmbH"))
    qtbot.waitExposed(card)
    disabled = line(card, "job_title")  # person field on a company
    disabled.setText("x")
    assert not disabled.isEnabled()
    assert colours(disabled)[0] != colours(line(card, "name"))[0], palette
    assert readable(disabled) >= 3.0, palette  # dimmed, but legible


def test_the_card_follows_a_palette_change(qtbot: QtBot, main: MainWindow, qapp: QApplication) -> None:
    card = main.open_card("contact", make_company(main.ctx.db))
    qtbot.waitExposed(card)
    light = card.styleSheet()
    before = qapp.palette()
    try:
        qapp.setPalette(dark_palette())
        qtbot.waitUntil(lambda: card.styleSheet() != light)
        relation = line(card, "business_relation")
        assert readable(relation) >= 4.5
    finally:
        qapp.setPalette(before)


def _field_positions(card: QWidget, names: list[str]) -> dict[str, QPoint]:
    return {name: line(card, name).mapTo(card, QPoint(0, 0)) for name in names}  # type: ignore[arg-type]


def test_a_refusal_does_not_move_the_fields(qtbot: QtBot, main: MainWindow) -> None:
    person = make_person(main.ctx.db, make_company(main.ctx.db, name="Fest GmbH"), name="Eva Stein")
    card = main.open_card("contact", person)
    card.parentWidget().resize(1000, 700)
    qtbot.waitExposed(card)
    below = ["address", "address_2", "post_code", "city", "mobile_phone_no", "fax_no", "email", "name"]
    before = _field_positions(card, below)
    db_before = dump(main.ctx.db)

    phone = type_into(qtbot, card, "phone_no", "call me")
    qtbot.keyClick(phone, Qt.Key.Key_Return)
    bubble = card.findChild(QLabel, "error_phone_no")
    assert bubble is not None and bubble.isVisible() and card.message.isVisible()
    QApplication.processEvents()  # the layout settles (as the user would see it)
    assert _field_positions(card, below) == before
    # the message floats under its field, over the form, not in it
    assert bubble.mapTo(card, QPoint(0, 0)).y() >= phone.mapTo(card, QPoint(0, phone.height() - 2)).y()
    assert dump(main.ctx.db) == db_before

    phone.setText("030 9")
    qtbot.keyClick(phone, Qt.Key.Key_Return)
    assert not bubble.isVisible() and not card.message.isVisible()
    assert _field_positions(card, below) == before


def test_the_refusal_steps_aside_while_the_user_works_in_the_field_below(
    qtbot: QtBot, main: MainWindow
) -> None:
    """The bubble would cover the field that Tab goes to next (Home Page under E-Mail): it hides while
    that field has the focus (the red frame and the message bar stay) and comes back with the focus."""
    company = make_company(main.ctx.db, name="Fest GmbH")
    card = main.open_card("contact", company)
    card.parentWidget().resize(1000, 700)
    main.activateWindow()
    qtbot.waitExposed(card)
    email = type_into(qtbot, card, "email", "no address")
    email.setFocus()
    qtbot.waitUntil(email.hasFocus)
    qtbot.keyClick(email, Qt.Key.Key_Return)
    bubble = card.findChild(QLabel, "error_email")
    assert bubble is not None and bubble.isVisible()
    below = line(card, "home_page")
    host = bubble.parentWidget()
    assert bubble.geometry().intersects(QRect(below.mapTo(host, QPoint(0, 0)), below.size()))  # it covers it
    qtbot.keyClick(email, Qt.Key.Key_Tab)  # on to the field below, which the bubble covers
    qtbot.waitUntil(below.hasFocus)
    assert not bubble.isVisible()
    assert email.property("error") and card.message.isVisible() and email.text() == "no address"
    email.setFocus()
    qtbot.waitUntil(email.hasFocus)
    assert bubble.isVisible()
