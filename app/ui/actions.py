"""Action registry: each action declared once (name, text, shortcut, handler, when enabled), like Picard's."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QStyle, QToolBar, QWidget

from app.errors import domain_text

log = logging.getLogger(__name__)
Shortcut = QKeySequence.StandardKey | str
CONTEXT = "actions"


def T(context: str, text: str) -> str:
    """QT_TRANSLATE_NOOP typed as str: marks `text` for translation; it is translated where it is shown."""
    return str(QT_TRANSLATE_NOOP(context, text))


def plain_text(text: str) -> str:
    """An action's text without its mnemonic: "&File" is "File", "Sales && Marketing" "Sales & Marketing"."""
    return re.sub(r"&(&?)", r"\1", text)


def mnemonic(text: str) -> str | None:
    """The (lower-case) mnemonic letter of `text` ("Create &as" gives "a"), None when it has none."""
    found = re.search(r"(?<!&)(?:&&)*&([^&\s])", text)
    return found.group(1).lower() if found else None


def with_mnemonic(text: str, taken: set[str], avoid: Iterable[str] = ()) -> str:
    """`text` with a mnemonic not in `taken` (which gets it): a word's first letter if one is free, else any
    letter, letters in `avoid` only when nothing else is left; a text that has one keeps it. Escaped "&&"
    stays a literal ampersand."""
    own = mnemonic(text)
    if own is not None or not text:
        if own is not None:
            taken.add(own)
        return text
    literal: list[int] = []  # positions of the characters shown (skipping the escape of "&&")
    index = 0
    while index < len(text):
        literal.append(index)
        index += 2 if text.startswith("&&", index) else 1
    starts = [i for n, i in enumerate(literal) if n == 0 or not text[literal[n - 1]].isalnum()]
    for blocked in (taken | set(avoid), taken):
        for position in (*starts, *literal):
            char = text[position]
            if char.isalnum() and char.lower() not in blocked:
                taken.add(char.lower())
                return text[:position] + "&" + text[position:]
    return text


def assign_mnemonics(actions: Iterable[QAction]) -> None:
    """Give each entry of one menu (or menu bar) a mnemonic unique among them; the translator's own "&" are
    kept, so translated texts need none."""
    taken: set[str] = set()
    actions = [a for a in actions if not a.isSeparator() and a.text()]
    for action in actions:  # the translator's own mnemonics first
        if (own := mnemonic(action.text())) is not None:
            taken.add(own)
    def choice(action: QAction) -> int:  # how many letters the text offers: the scarcest choose first
        return len({c.lower() for c in plain_text(action.text()) if c.isalnum()})

    for action in sorted(actions, key=choice):
        action.setText(with_mnemonic(action.text(), taken))


DISABLED_REASONS = {  # the tooltip of an action disabled by a common predicate (translated where shown)
    "has_record": T("actions", "Available once the new record is saved: enter its first value"),
    "has_current": T("actions", "Select a record in the list first"),
    "has_selection": T("actions", "Select an entry first"),
    "": T("actions", "Not available for this record"),
}


def add_toolbar_action(bar: QToolBar, action: QAction, taken: set[str], avoid: Iterable[str] = ()) -> None:
    """An action's toolbar button with a mnemonic not in `taken` (nor, where it can, in `avoid`): the button
    shows the action's icon text, so that carries the "&" as well."""
    action.setText(with_mnemonic(action.text(), taken, avoid))
    action.setIconText(action.text())
    bar.addAction(action)


@dataclass(frozen=True)
class ActionSpec:
    """One action. `handler`, `enabled_when`, `visible_when` and `disabled_reason` name methods of the owning
    window (bound, never lambdas); `args` are passed to each of them, so one method serves an action per
    record kind. `disabled_reason` returns why the action cannot be used (translated) or None: a reason
    disables the action and becomes its tooltip and status tip."""

    name: str
    text: str
    handler: str
    shortcuts: Sequence[Shortcut] = ()
    enabled_when: str | None = None
    tip: str = ""
    icon: QStyle.StandardPixmap | None = None
    group: str | None = None
    args: tuple[Any, ...] = ()
    visible_when: str | None = None
    domain: bool = False  # text and tip are phrases of the kinds registry: translated with domain_text
    suffix: str = ""  # appended to the translated text ("…" of an entry that opens a dialog)
    disabled_reason: str | None = None

    def translate(self, text: str) -> str:
        return domain_text(text) if self.domain else QCoreApplication.translate(CONTEXT, text)


class ActionRegistry:
    """The QActions of one window: objectName `action_<name>`, translated text, shortcuts, enabled state."""

    def __init__(
        self,
        owner: QWidget,
        specs: Iterable[ActionSpec],
        context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetWithChildrenShortcut,
    ) -> None:
        self._owner = owner
        self._specs = {spec.name: spec for spec in specs}
        self._actions: dict[str, QAction] = {}
        self._tips: dict[str, tuple[str, str]] = {}  # (tooltip, status tip) while nothing disables it
        for spec in self._specs.values():
            self._actions[spec.name] = self._create(spec, context)

    def _create(self, spec: ActionSpec, context: Qt.ShortcutContext) -> QAction:
        owner = self._owner
        action = QAction(spec.translate(spec.text) + spec.suffix, owner)
        action.setObjectName(f"action_{spec.name}")
        if spec.shortcuts:
            action.setShortcuts([QKeySequence(s) for s in spec.shortcuts])
            action.setShortcutContext(context)
        tip = spec.translate(spec.tip) if spec.tip else plain_text(action.text())
        shortcut_text = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{tip} ({shortcut_text})" if shortcut_text else tip)
        action.setStatusTip(tip)
        self._tips[spec.name] = (action.toolTip(), tip)
        if spec.icon is not None:
            action.setIcon(owner.style().standardIcon(spec.icon))
        handler = getattr(owner, spec.handler)
        action.triggered.connect(partial(handler, *spec.args) if spec.args else handler)
        owner.addAction(action)
        return action

    def __getitem__(self, name: str) -> QAction:
        return self._actions[name]

    def __iter__(self) -> Iterator[QAction]:
        return iter(self._actions.values())

    def enabled_tip(self, name: str) -> str:
        """The tooltip action `name` shows while it can be used (a disabled one shows why instead)."""
        return self._tips[name][0]

    def group(self, group: str | None) -> list[QAction]:
        """The actions of one toolbar menu (or, with None, the ones shown directly), in declaration order."""
        return [self._actions[name] for name, spec in self._specs.items() if spec.group == group]

    def update(self) -> None:
        """Re-evaluate every `visible_when`, `enabled_when` and `disabled_reason` predicate."""
        for name, spec in self._specs.items():
            action = self._actions[name]
            if spec.visible_when is not None:
                action.setVisible(bool(getattr(self._owner, spec.visible_when)(*spec.args)))
            enabled = True
            if spec.enabled_when is not None:
                enabled = bool(getattr(self._owner, spec.enabled_when)(*spec.args))
            reason = getattr(self._owner, spec.disabled_reason)(*spec.args) if spec.disabled_reason else None
            if not enabled and not reason:
                reason = self._why_not(spec)
            tooltip, status_tip = (reason, reason) if reason else self._tips[name]
            action.setToolTip(tooltip)
            action.setStatusTip(status_tip)
            if spec.enabled_when is not None or spec.disabled_reason is not None:
                action.setEnabled(enabled and not reason)

    def _why_not(self, spec: ActionSpec) -> str:
        """Why an action whose `enabled_when` is false cannot be used: the owner's `why_not_<predicate>`
        method if it has one, else the common reason of that predicate (every disabled action says why)."""
        assert spec.enabled_when is not None
        explain = getattr(self._owner, f"why_not_{spec.enabled_when}", None)
        reason = explain(*spec.args) if explain is not None else None
        if reason:
            return str(reason)
        text = DISABLED_REASONS.get(spec.enabled_when, DISABLED_REASONS[""])
        return QCoreApplication.translate(CONTEXT, text)
