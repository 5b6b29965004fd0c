"""Toolbars that fit their window: nothing hides behind the "»" extension when windows are tiled.

A window's toolbar is given a ToolbarFit. While its buttons do not fit, it goes one step more compact:
1. buttons with an icon (New, Delete, Refresh …) show the icon only;
2. text buttons show their short label (German texts are long: "Mit vorhandenem verknüpfen" → "Verknüpfen").
The full text stays in every button's tooltip; the window's actions and object names do not change.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QToolBar, QToolButton, QWidget, QWidgetAction

from app.ui.actions import T, mnemonic, with_mnemonic

CONTEXT = "toolbar"
# Short labels by object name (a menu button `menu_…`, an action `action_…`); a name ending in "_" is a
# prefix, so that a kind added to the registry needs no entry here.
SHORT_LABELS: tuple[tuple[str, str], ...] = (
    ("menu_create_as_", T("toolbar", "Create as")),
    ("menu_link_", T("toolbar", "Link")),
    ("menu_open_", T("toolbar", "Related")),
    ("menu_new_", T("toolbar", "Document")),
    ("action_business_relations", T("toolbar", "Relations")),
    ("action_contact", T("toolbar", "Contact")),
)
FULL, ICONS, SHORT = 0, 1, 2  # the steps, from the widest


def short_label(name: str) -> str | None:
    """The translated short label for a toolbar entry's object name, None when it has none."""
    for key, text in SHORT_LABELS:
        if name == key or (key.endswith("_") and name.startswith(key)):
            return QCoreApplication.translate(CONTEXT, text)
    return None


class ToolbarFit(QObject):
    """Watches one toolbar's size and applies the widest step whose buttons all fit."""

    def __init__(self, bar: QToolBar) -> None:
        super().__init__(bar)
        self.setObjectName("toolbar_fit")
        self.bar = bar
        self.step = FULL
        self._needed: dict[int, int] = {}  # width each step needs, measured when it was applied
        bar.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.bar and event.type() in (QEvent.Type.ActionAdded, QEvent.Type.ActionRemoved):
            self._needed.clear()  # other buttons, other widths
        if watched is self.bar and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.fit()
        return False

    def fit(self) -> None:
        available = self.bar.contentsRect().width()
        if available <= 0:
            return
        step = FULL
        while step < SHORT and self._needs(step) > available:
            step += 1
        if step != self.step:
            self._apply(step)

    def _needs(self, step: int) -> int:
        if step not in self._needed:
            current = self.step
            self._apply(step)
            self._needed[step] = self.bar.sizeHint().width()
            self._apply(current)
        return self._needed[step]

    def _apply(self, step: int) -> None:
        self.step = step
        styles = Qt.ToolButtonStyle
        style = styles.ToolButtonTextBesideIcon if step == FULL else styles.ToolButtonIconOnly
        self.bar.setToolButtonStyle(style)  # a button without an icon still shows its text
        entries: list[QToolButton | QAction] = []
        for action in self.bar.actions():
            if isinstance(action, QWidgetAction):
                widget = action.defaultWidget()
                if isinstance(widget, QToolButton):
                    entries.append(widget)
            elif not action.isSeparator():
                entries.append(action)
        # A short label keeps the full text's Alt letter where it has it, else takes one no other entry has.
        taken = {letter for entry in entries if (letter := mnemonic(_full_text(entry))) is not None}
        for entry in entries:
            full = _full_text(entry)
            short = short_label(entry.objectName()) if step == SHORT else None
            text = _short_with_mnemonic(short, full, taken) if short else full
            # The full icon text carries the mnemonic ("&New"); Qt's fallback to the text would drop it.
            entry.setText(text) if isinstance(entry, QToolButton) else entry.setIconText(text)


def _full_text(entry: QToolButton | QAction) -> str:
    """The entry's full text with its mnemonic (a menu button's is remembered before a short label)."""
    if isinstance(entry, QAction):
        return entry.text()
    full = entry.property("full_text")
    if full is None:
        full = entry.text()
        entry.setProperty("full_text", full)
        entry.setToolTip(entry.toolTip() or _plain(full))
    return str(full)


def _short_with_mnemonic(short: str, full: str, taken: set[str]) -> str:
    letter = mnemonic(full)
    if letter is not None and mnemonic(short) is None:
        at = short.lower().find(letter)
        if at >= 0:
            return short[:at] + "&" + short[at:]
    return with_mnemonic(short, taken)  # adds the letter it takes, so the next short label avoids it


def _plain(text: str) -> str:
    """A button text without its mnemonic marks ("&Link" → "Link", "A && B" → "A & B")."""
    return re.sub(r"&(.)", r"\1", text)


def fit_toolbars(window: QWidget) -> None:
    """Give each toolbar of `window` a ToolbarFit (once; opening a window again changes nothing)."""
    for bar in window.findChildren(QToolBar):
        if bar.findChild(ToolbarFit, "toolbar_fit", Qt.FindChildOption.FindDirectChildrenOnly) is None:
            ToolbarFit(bar).fit()
