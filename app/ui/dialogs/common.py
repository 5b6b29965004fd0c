"""Pieces the dialogs share: code combos, OK/Cancel buttons, and showing a refusal at its field."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QWidget,
)
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import UserError
from app.models import Base
from app.ui import prompts

log = logging.getLogger(__name__)
CONTEXT = "dialogs"
CodeItems = list[tuple[str, str]]


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def code_items(session: Session, model: type[Base], label: str = "description") -> CodeItems:
    """(code, label) of every row of a code table, ordered by code."""
    code_col = model.code  # type: ignore[attr-defined]
    return [
        (code, text or "")
        for code, text in session.execute(select(code_col, getattr(model, label)).order_by(code_col))
    ]


class CodeCombo(QComboBox):
    """Pick a code from a list; the optional blank entry means "none". Shows "CODE  description"."""

    def __init__(
        self, items: Iterable[tuple[str, str]] = (), *, blank: bool = True, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self._blank = blank
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.setMinimumContentsLength(12)
        self.set_items(items)

    def set_items(self, items: Iterable[tuple[str, str]]) -> None:
        current = self.code()
        self.blockSignals(True)
        self.clear()
        if self._blank:
            self.addItem("", "")
        for code, label in items:
            self.addItem(f"{code}  \u2013  {label}" if label else code, code)
        self.blockSignals(False)
        self.set_code(current)

    def code(self) -> str:
        data = self.currentData()
        return str(data) if data is not None else ""

    def set_code(self, code: str | None) -> None:
        code = code or ""
        index = self.findData(code)
        if index < 0 and code:  # a value that is not in the list: show it rather than hide it
            self.addItem(code, code)
            index = self.count() - 1
        self.setCurrentIndex(max(index, 0))


def cell(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    """The item at (row, column); every cell of the dialogs' tables has one."""
    item = table.item(row, column)
    if item is None:
        raise LookupError(f"no item at {row}, {column}")
    return item


def page_widgets(tabs: QTabWidget) -> list[QWidget]:
    return [w for i in range(tabs.count()) if (w := tabs.widget(i)) is not None]


def ok_cancel(dialog: QDialog) -> QDialogButtonBox:
    """An OK/Cancel box wired to the dialog's accept and reject slots."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.setObjectName("dialog_buttons")
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def reveal(widget: QWidget) -> None:
    """Bring the tab page holding `widget` to the front and put the focus in it."""
    page: QWidget | None = widget
    while page is not None:
        stack = page.parentWidget()
        if isinstance(stack, QStackedWidget) and isinstance(stack.parentWidget(), QTabWidget):
            tabs = stack.parentWidget()
            assert isinstance(tabs, QTabWidget)
            tabs.setCurrentWidget(page)
        page = stack
    widget.setFocus()


def show_refusal(
    parent: QWidget | None, exc: UserError, editors: Mapping[str, QWidget] | None = None
) -> None:
    """Show the domain's message; when it names a field shown here, go to that field. Input stays as typed."""
    prompts.error(parent, tr("ContactSync"), exc.message)
    go_to_field(editors or {})(exc)


def go_to_field(editors: Mapping[str, QWidget]) -> Callable[[UserError], bool]:
    """The runner's on_refusal hook of a dialog: go to the refused field (input stays as typed). False: the
    dialog has no place for the message, so the runner shows it in a prompt as well."""

    def on_refusal(exc: UserError) -> bool:
        editor = editors.get(exc.field or "")
        if editor is not None:
            reveal(editor)
        return False

    return on_refusal
