"""Small style sheet and icons shared by cards and lists (error border, changed-underneath marker)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QWidget

ERROR_COLOR = "#c62828"
CHANGED_COLOR = "#e0a100"

CARD_STYLE = f"""
QLineEdit[error="true"], QComboBox[error="true"] {{ border: 1px solid {ERROR_COLOR}; border-radius: 2px; }}
QCheckBox[error="true"] {{ color: {ERROR_COLOR}; }}
QLineEdit[changed="true"] {{ border: 1px solid {CHANGED_COLOR}; border-radius: 2px; background: #fff8e1; }}
QLabel[role="field-error"] {{ color: {ERROR_COLOR}; }}
QLabel[role="message-bar"] {{
    color: {ERROR_COLOR}; background: #fdecea; border: 1px solid #f5c6c4; padding: 4px 8px;
}}
QToolButton[role="section"] {{ border: none; font-weight: bold; padding: 4px 0px; }}
QFrame[role="section-line"] {{ color: #d0d0d0; }}
"""


def set_flag(widget: QWidget, name: str, on: bool) -> None:
    """Set a dynamic property that the style sheet selects on, and repolish only when it changed."""
    if bool(widget.property(name)) == on:
        return
    widget.setProperty(name, on)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


_lookup_icon: QIcon | None = None


def lookup_icon() -> QIcon:
    """A small chevron for the lookup button inside code fields (painted: no icon theme needed)."""
    global _lookup_icon
    if _lookup_icon is None:
        pixmap = QPixmap(16, 16)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#555555"), 1.6))
        painter.drawPolyline(QPolygonF([QPointF(4, 6), QPointF(8, 10.5), QPointF(12, 6)]))
        painter.end()
        _lookup_icon = QIcon(pixmap)
    return _lookup_icon
