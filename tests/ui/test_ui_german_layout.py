"""German texts fit at 1366 × 768: no toolbar action hides behind the "»" extension in tiled windows (the
toolbars go icons-only, then short labels, the full text in each tooltip), and the status bar's message and
database label never overlap, each elided with its whole text in the tooltip."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QToolBar, QToolButton, QWidget, QWidgetAction
from pytestqt.qtbot import QtBot

from app import errors
from app.db import Database
from app.domain.defaults import database_language, local_code
from app.ui.actions import mnemonic, plain_text
from app.ui.launch import install_translations
from app.ui.main_window import MainWindow
from app.ui.toolbar_fit import FULL, SHORT, ToolbarFit
from app.ui.translations import remove_translators
from tests.helpers.factory import create_as_, make_company

DEMO_SUMMARY = (
    "Demodaten geladen. Kontakte: 54, Debitoren: 21, Kreditoren: 13, Bankkonten: 5, Verknüpfungen: 33, "
    "weitere Beziehungen: 3. Ohne Kontakt (für die Stapelverarbeitung): Debitoren: 5, Kreditoren: 3, "
    "Bankkonten: 1."
)

def template(db: Database, code: str) -> str:
    """A ready-setup template code as this database has it (one made in German has BC's German codes)."""
    with db.session() as session:
        return local_code(code, database_language(session))



@pytest.fixture(params=["de", "en"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    locale, translate = QLocale(), errors.translate
    install_translations(qapp, request.param)
    yield request.param
    remove_translators(qapp)
    QLocale.setDefault(locale)
    errors.translate = translate


def settle(qtbot: QtBot) -> None:
    QApplication.processEvents()
    qtbot.wait(20)
    QApplication.processEvents()


def hidden_actions(window: QWidget) -> list[str]:
    """Every toolbar entry of `window` that is not shown (it went into the extension menu)."""
    hidden = []
    for bar in window.findChildren(QToolBar):
        extension = bar.findChild(QToolButton, "qt_toolbar_ext_button")
        if extension is not None and extension.isVisible():
            hidden.append(f"{window.objectName()}: extension button")
        for action in bar.actions():
            widget = bar.widgetForAction(action)
            if action.isVisible() and (widget is None or not widget.isVisible()):
                name = action.objectName() or (widget.objectName() if widget else "") or action.text()
                hidden.append(f"{window.objectName()}: {name}")
    return hidden


def tooltips(bar: QToolBar) -> list[str]:
    texts = []
    for action in bar.actions():
        if action.isSeparator():
            continue
        widget = action.defaultWidget() if isinstance(action, QWidgetAction) else bar.widgetForAction(action)
        texts.append(widget.toolTip() if isinstance(widget, QToolButton) else "")
    return texts


def shown_texts(bar: QToolBar) -> list[str]:
    """The texts the bar's buttons show (with their "&"), icon-only buttons left out."""
    texts = []
    for action in bar.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        widget = action.defaultWidget() if isinstance(action, QWidgetAction) else bar.widgetForAction(action)
        if not isinstance(widget, QToolButton):
            continue
        icon_only = widget.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
        if not (icon_only and not widget.icon().isNull()):
            texts.append(widget.text())
    return texts


def tiled(main: MainWindow, qtbot: QtBot, *windows: tuple[str, str | None]) -> list[QWidget]:
    main.resize(1366, 768)
    opened: list[QWidget] = []
    for kind, no in windows:
        opened.append(main.open_list(kind) if no is None else main.open_card(kind, no))
    main.tile_windows()
    settle(qtbot)
    return opened


def test_two_tiled_cards_show_every_toolbar_action(language: str, qtbot: QtBot, main: MainWindow) -> None:
    contact = make_company(main.ctx.db, name="Müller & Söhne Maschinenbau GmbH")
    customer = create_as_(main.ctx.db, contact, "customer", template(main.ctx.db, "CUST-COMP"))
    card, customer_card = tiled(main, qtbot, ("contact", contact), ("customer", customer))
    assert card.width() < 700  # really tiled side by side
    assert hidden_actions(card) == [] and hidden_actions(customer_card) == []
    bar = card.findChild(QToolBar, "toolbar")
    fit = bar.findChild(ToolbarFit)
    assert fit is not None and fit.step > FULL
    assert all(tooltips(bar)), tooltips(bar)  # the full text stays reachable
    letters = [mnemonic(text) for text in shown_texts(bar)]
    assert None not in letters and len(letters) == len(set(letters)), shown_texts(bar)  # Alt keeps working
    if language == "de":
        link = card.findChild(QToolButton, "menu_link_customer")
        assert link is not None and link.text() == "&Verknüpfen"  # the full text's Alt letter (v) kept
        assert link.toolTip() == "Mit vorhandenem verknüpfen"


def test_a_list_and_two_cards_tiled_hide_nothing(language: str, qtbot: QtBot, main: MainWindow) -> None:
    contact = make_company(main.ctx.db, name="Hanseatische Logistik AG")
    vendor = create_as_(main.ctx.db, contact, "vendor", template(main.ctx.db, "VEND-COMP"))
    windows = tiled(main, qtbot, ("contact", None), ("contact", contact), ("vendor", vendor))
    assert [hidden_actions(window) for window in windows] == [[], [], []]


def test_full_texts_return_when_there_is_room(qtbot: QtBot, main: MainWindow) -> None:
    contact = make_company(main.ctx.db)
    [card] = tiled(main, qtbot, ("contact", contact))
    card.parentWidget().showMaximized()
    main.resize(1900, 1000)
    settle(qtbot)
    bar = card.findChild(QToolBar, "toolbar")
    assert bar.findChild(ToolbarFit).step == FULL  # type: ignore[union-attr]
    link = card.findChild(QToolButton, "menu_link_customer")
    assert link is not None and plain_text(link.text()) == "Link with existing"
    card.parentWidget().showNormal()
    card.parentWidget().resize(500, 500)
    settle(qtbot)
    assert bar.findChild(ToolbarFit).step == SHORT  # type: ignore[union-attr]
    assert hidden_actions(card) == []


def test_status_bar_message_and_database_do_not_overlap(qtbot: QtBot, main: MainWindow) -> None:
    qapp = QApplication.instance()
    locale, translate = QLocale(), errors.translate
    install_translations(qapp, "de")  # type: ignore[arg-type]
    try:
        window = MainWindow(main.ctx)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        window.statusBar().showMessage(DEMO_SUMMARY, 15000)
        settle(qtbot)
        status = window.status
        message, database = status.message, status.database
        assert database.toolTip().startswith("Datenbank: ") and "Benutzer: " in database.toolTip()
        assert message.isVisible() and database.isVisible()
        assert message.geometry().right() < database.geometry().left()  # side by side, never over each other
        assert message.geometry().right() < status.width() and database.geometry().right() <= status.width()
        assert message.toolTip() == DEMO_SUMMARY and window.statusBar().currentMessage() == DEMO_SUMMARY
        assert message.text() == DEMO_SUMMARY or message.text().endswith("\u2026")  # elided, not cut
        assert message.fontMetrics().horizontalAdvance(message.text()) <= message.contentsRect().width()
        assert database.text() == database.toolTip() or database.text().endswith("\u2026")
        window.close()
    finally:
        remove_translators(qapp)  # type: ignore[arg-type]
        QLocale.setDefault(locale)
        errors.translate = translate
