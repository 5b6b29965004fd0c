"""Window registry: one MDI sub-window per record or list; opening an open one raises it (Anki's manager)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Protocol, TypeVar

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QMdiArea, QMdiSubWindow, QWidget

log = logging.getLogger(__name__)
WindowKey = tuple[str, str, str | None]  # ("card" | "list", kind, record no or None)


class Keyed(Protocol):
    def window_key(self) -> WindowKey: ...


W = TypeVar("W", bound=QWidget)


class WindowRegistry:
    """Finds windows by asking each for its key, so that a new card numbered later is found by its number."""

    def __init__(self, area: QMdiArea) -> None:
        self._area = area

    def find(self, key: WindowKey) -> QWidget | None:
        if key[0] == "card" and key[2] is None:
            return None  # every "new" card is a window of its own
        for sub in self._area.subWindowList():
            widget = sub.widget()
            key_of = getattr(widget, "window_key", None)
            if key_of is not None and key_of() == key:
                return widget
        return None

    def open_keys(self) -> list[WindowKey]:
        """Keys of the open lists and cards in stacking order (new, unsaved cards are not kept)."""
        keys = []
        for sub in self._area.subWindowList(QMdiArea.WindowOrder.StackingOrder):
            key_of = getattr(sub.widget(), "window_key", None)
            key = key_of() if key_of is not None else None
            if key is not None and not (key[0] == "card" and key[2] is None):
                keys.append(key)
        return keys

    def show(self, key: WindowKey, factory: Callable[[], W]) -> W:
        """Raise the window with `key`, or create it with `factory` and show it as a new sub-window."""
        existing = self.find(key)
        if existing is not None:
            self.activate(existing)
            return existing  # type: ignore[return-value]
        widget = factory()
        sub = QMdiSubWindow()
        sub.setWidget(widget)
        sub.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        sub.setObjectName(f"subwindow_{widget.objectName()}")
        sub.setWindowIcon(widget.windowIcon())
        self._area.addSubWindow(sub)
        sub.resize(self._initial_size(widget))
        sub.show()
        self.activate(widget)
        log.debug("opened %s", key)
        return widget

    def _initial_size(self, widget: QWidget) -> QSize:
        hint = widget.sizeHint().expandedTo(QSize(480, 320))
        area = self._area.viewport().size()
        if area.width() > 200 and area.height() > 200:
            hint = hint.boundedTo(QSize(area.width() - 20, area.height() - 20))
        return hint

    def activate(self, widget: QWidget) -> None:
        sub = self.subwindow_of(widget)
        if sub is None:
            widget.raise_()
            widget.activateWindow()
            return
        if sub.isMinimized():
            sub.showNormal()
        self._area.setActiveSubWindow(sub)
        sub.raise_()

    @staticmethod
    def subwindow_of(widget: QWidget) -> QMdiSubWindow | None:
        parent = widget.parentWidget()
        return parent if isinstance(parent, QMdiSubWindow) else None

    def windows(self) -> list[QWidget]:
        return [sub.widget() for sub in self._area.subWindowList() if sub.widget() is not None]


def close_host(widget: QWidget) -> bool:
    """Close the sub-window that holds `widget` (or the widget itself when it stands alone)."""
    sub = WindowRegistry.subwindow_of(widget)
    return (sub or widget).close()
