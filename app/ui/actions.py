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
from PySide6.QtWidgets import QStyle, QWidget

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
            tooltip, status_tip = (reason, reason) if reason else self._tips[name]
            action.setToolTip(tooltip)
            action.setStatusTip(status_tip)
            if spec.enabled_when is not None or spec.disabled_reason is not None:
                action.setEnabled(enabled and not reason)
