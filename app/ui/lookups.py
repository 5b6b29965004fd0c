"""Lookups for code fields and record numbers: a completer over the allowed values plus a list button."""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget
from sqlalchemy import select

from app.db import Database
from app.models import Base, Contact
from app.ui.style import lookup_icon
from app.ui.widgets import TextField

log = logging.getLogger(__name__)
ROLE_CODE = Qt.ItemDataRole.UserRole + 1
Choice = tuple[str, str]  # (code, description)
Loader = Callable[[], list[Choice]]
CONTACT_LOOKUP_LIMIT = 1000


class CodeField(TextField):
    """A code (country, currency, …) or record number. Typing completes from the allowed values; the
    button (or F4) lists them all. Unknown codes are refused by the domain anyway."""

    def __init__(self, field: str, loader: Loader, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self._loader = loader
        # The model and completer (with its popup list) are made on first focus or lookup: a card shows a
        # dozen code fields, and most are never touched (card opening time, issue 15).
        self._model: QStandardItemModel | None = None
        self._completer: QCompleter | None = None
        action = self.edit.addAction(lookup_icon(), QLineEdit.ActionPosition.TrailingPosition)
        action.setObjectName(f"lookup_{field}")
        action.setToolTip(QCoreApplication.translate("lookups", "Choose from the list (F4)"))
        action.triggered.connect(self.show_lookup)

    def _ensure_completer(self) -> tuple[QStandardItemModel, QCompleter]:
        if self._model is None or self._completer is None:
            self._model = QStandardItemModel(self)
            self._completer = QCompleter(self._model, self)
            self._completer.setCompletionRole(ROLE_CODE)
            self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            self._completer.setFilterMode(Qt.MatchFlag.MatchStartsWith)
            self._completer.setMaxVisibleItems(12)
            popup = self._completer.popup()
            if popup is not None:
                popup.setMinimumWidth(300)
            self._completer.activated[str].connect(self._picked)  # type: ignore[index]
            self.edit.setCompleter(self._completer)
        return self._model, self._completer

    def choices(self) -> list[Choice]:
        """The values the lookup offers, read afresh (code tables are small; contacts are limited)."""
        self._reload()
        tip = Qt.ItemDataRole.ToolTipRole
        return [(item.data(ROLE_CODE), item.data(tip) or "") for item in self._items()]

    def _items(self) -> list[QStandardItem]:
        model, _completer = self._ensure_completer()
        return [model.item(row) for row in range(model.rowCount())]

    def _reload(self) -> None:
        model, _completer = self._ensure_completer()
        try:
            rows = self._loader()
        except Exception:  # a lookup that cannot load must not break typing a value
            log.exception("lookup for %s failed", self.field)
            return
        model.clear()
        for code, description in rows:
            item = QStandardItem(f"{code}  \u2014  {description}" if description else code)
            item.setData(code, ROLE_CODE)
            item.setData(description, Qt.ItemDataRole.ToolTipRole)
            item.setEditable(False)
            model.appendRow(item)

    def show_lookup(self) -> None:
        """Open the list of all allowed values; picking one saves it."""
        self._reload()
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)
        _model, completer = self._ensure_completer()
        completer.setCompletionPrefix("")
        completer.complete()

    def _picked(self, _text: str) -> None:
        self._finished()

    def focus_entered(self) -> None:
        self._reload()

    def key_pressed(self, event: QKeyEvent) -> bool:
        alt_down = event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
        if event.key() == Qt.Key.Key_F4 or alt_down:
            self.show_lookup()
            return True
        return super().key_pressed(event)


def _load_codes(db: Database, model: type[Base]) -> list[Choice]:
    table = model.__table__
    text_col = table.c.name if "name" in table.c else table.c.description
    with db.session() as session:
        rows = session.execute(select(table.c.code, text_col).order_by(table.c.code)).all()
    return [(code, text or "") for code, text in rows]


def code_loader(db: Database, model: type[Base]) -> Loader:
    """All codes of one code table (country, language, posting group, …)."""
    return functools.partial(_load_codes, db, model)


def _load_companies(db: Database) -> list[Choice]:
    with db.session() as session:
        rows = session.execute(
            select(Contact.no, Contact.name)
            .where(Contact.type == "company")
            .order_by(Contact.no)
            .limit(CONTACT_LOOKUP_LIMIT)
        ).all()
    return [(no, name) for no, name in rows]


def company_loader(db: Database) -> Loader:
    """Company contacts, for a person's Company No."""
    return functools.partial(_load_companies, db)
