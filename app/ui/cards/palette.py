"""Cards follow the palette (light, dark, a switch of the desktop's colour scheme) with their style sheet."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QWidget

from app.ui.style import card_style


class PaletteStyled:
    """Mixin of a card: its style sheet is built from its palette and built again when the palette changes.

    Qt does not pass a palette change on to a widget that has a style sheet, so the card watches its parent
    (the MDI sub-window) and, standing alone, the application."""

    _watched: QWidget | None
    _style: str

    def follow_palette(self) -> None:
        """Style the card for its palette from now on (called once, early in __init__).

        The sheet itself is set when the card goes into its sub-window or is first polished, whichever is
        first: set while the card is built, Qt styles every editor and then restyles all of them again when
        the card is put into its sub-window (a third of a card's opening time, issue 15)."""
        self._watched = None
        self._style = ""
        self._watch_parent()

    def _apply_style(self) -> None:
        """The style sheet for the current palette (light or dark); set again when the palette changes."""
        widget = self._widget()
        style = card_style(widget.palette())
        if style != self._style:
            self._style = style
            widget.setStyleSheet(style)

    def _widget(self) -> QWidget:
        assert isinstance(self, QWidget)
        return self

    def event(self, event: QEvent) -> bool:
        kind, widget = event.type(), self._widget()
        styled = not hasattr(self, "_watched") or self._style
        if kind in (QEvent.Type.ParentChange, QEvent.Type.Polish) and not styled:
            self._apply_style()
        if kind == QEvent.Type.ParentChange and hasattr(self, "_watched"):
            self._watch_parent()
        elif kind == QEvent.Type.ApplicationPaletteChange and widget.isWindow() and hasattr(self, "_watched"):
            self._follow_palette(QApplication.palette(widget))
        return bool(super().event(event))  # type: ignore[misc]

    def _watch_parent(self) -> None:
        """Watch the (new) parent's palette changes."""
        widget = self._widget()
        parent = widget.parentWidget()
        if parent is not self._watched:
            if self._watched is not None:
                self._watched.removeEventFilter(widget)
            self._watched = parent
            if parent is not None:
                parent.installEventFilter(widget)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._watched and event.type() == QEvent.Type.PaletteChange:
            self._follow_palette(self._watched.palette())
        return bool(super().eventFilter(watched, event))  # type: ignore[misc]

    def _follow_palette(self, palette: QPalette) -> None:
        widget = self._widget()
        roles = (QPalette.ColorRole.Window, QPalette.ColorRole.Base)
        if all(palette.color(role) == widget.palette().color(role) for role in roles):
            return
        widget.setPalette(palette)  # the style sheet then polishes the card's widgets with it again
        self._apply_style()
