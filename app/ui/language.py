"""The user's language (Help ▸ Language: System / English / Deutsch), kept in QSettings and applied at start.

The language also sets QLocale's default, so that numbers, amounts and dates follow it. A choice made in the
menu takes effect at the next start: every window is built with its texts, so a restart is the clean way.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu

from app.ui import prompts
from app.ui.actions import T, plain_text
from app.ui.translations import load_translator

log = logging.getLogger(__name__)
SETTING = "language"
# (setting, objectName suffix, menu text): a language's own name is never translated.
LANGUAGES = (("", "system", T("main", "System Language")), ("en", "en", "English"), ("de", "de", "Deutsch"))
CODES = tuple(code for code, _name, _text in LANGUAGES)


def chosen_language() -> str:
    """The stored choice: "" (the system's language), "en" or "de"."""
    value = QSettings().value(SETTING, "")
    return value if isinstance(value, str) and value in CODES else ""


def locale_for(language: str) -> QLocale:
    """The system locale, or for a chosen language the system's own variant of it (de_AT stays de_AT),
    else that language's main country (de → de_DE)."""
    system = QLocale.system()
    if not language or system.name().split("_")[0] == language:
        return system
    return QLocale(language)


def apply_language(app: QCoreApplication, language: str | None = None) -> QLocale:
    """Make `language` (default: the stored choice) the application's: Qt's default locale for numbers and
    dates, and the translators. Returns the locale."""
    code = chosen_language() if language is None else language
    locale = locale_for(code)
    QLocale.setDefault(locale)
    load_translator(app, locale)
    log.info("language %s, locale %s", code or "system", locale.name())
    return locale


class LanguageMenu(QMenu):
    """objectName `menu_language`: one checkable action per language (action_language_system / _en / _de);
    choosing one stores it and says that it applies from the next start."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(QCoreApplication.translate("main", "&Language"), window)
        self.setObjectName("menu_language")
        self._window = window
        group = QActionGroup(self)
        group.setExclusive(True)
        current = chosen_language()
        for code, suffix, text in LANGUAGES:
            action = QAction(QCoreApplication.translate("main", text) if not code else text, self)
            action.setObjectName(f"action_language_{suffix}")
            action.setData(code)
            action.setCheckable(True)
            action.setChecked(code == current)
            group.addAction(action)
            self.addAction(action)
        group.triggered.connect(self._chosen)

    def _chosen(self, action: QAction) -> None:
        code = str(action.data() or "")
        if code == chosen_language():
            return
        QSettings().setValue(SETTING, code)
        text = QCoreApplication.translate(
            "main", "ContactSync will use {language} from the next start."
        ).format(language=plain_text(action.text()))
        prompts.info(self._window, QCoreApplication.translate("main", "Language"), text)


def add_language_menu(window: QMainWindow, menu: QMenu | None) -> LanguageMenu:
    """Put Language ▸ … into `menu` (the Help menu) after a separator."""
    language = LanguageMenu(window)
    if menu is not None:
        menu.addSeparator()
        menu.addMenu(language)
    return language
