"""Card style sheet built from the widget's palette (light or dark), and small painted icons.

Every colour comes from a QPalette role. The two signal colours (refusal: red, changed underneath: amber)
keep only their hue; their lightness is computed against the palette's background until the text reaches
WCAG contrast 4.5:1, so they stay readable in a light and in a dark palette alike.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QApplication, QWidget

TEXT_CONTRAST = 4.5  # WCAG AA for normal text
BORDER_CONTRAST = 3.0  # WCAG AA for user-interface components
ERROR_HUE = 0  # red: a refused value
CHANGED_HUE = 40  # amber: changed underneath while the user was typing

Role = QPalette.ColorRole


def luminance(color: QColor) -> float:
    """WCAG relative luminance of an sRGB colour."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF())


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours (1 … 21)."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def is_dark(palette: QPalette) -> bool:
    return luminance(palette.color(Role.Window)) < 0.4


def blend(base: QColor, tint: QColor, amount: float) -> QColor:
    """`amount` of `tint` over `base` (0: base, 1: tint)."""
    return QColor.fromRgbF(
        base.redF() + (tint.redF() - base.redF()) * amount,
        base.greenF() + (tint.greenF() - base.greenF()) * amount,
        base.blueF() + (tint.blueF() - base.blueF()) * amount,
    )


def readable(color: QColor, background: QColor, ratio: float = TEXT_CONTRAST) -> QColor:
    """`color` made lighter (on a dark background) or darker (on a light one) until it reaches `ratio`."""
    hue, saturation, lightness, _alpha = color.getHslF()
    hue = max(hue, 0.0)  # achromatic colours report -1
    step = 0.02 if luminance(background) < 0.18 else -0.02
    candidate = QColor(color)
    while contrast(candidate, background) < ratio and 0.0 <= lightness <= 1.0:
        lightness += step
        candidate = QColor.fromHslF(hue, saturation, min(max(lightness, 0.0), 1.0))
    return candidate


def signal_color(hue: int, background: QColor, ratio: float = TEXT_CONTRAST) -> QColor:
    """A strong colour of `hue` readable on `background`."""
    start = QColor.fromHsl(hue, 200, 160 if luminance(background) < 0.18 else 90)
    return readable(start, background, ratio)


def card_colors(palette: QPalette) -> dict[str, str]:
    """The named colours of the card style sheet, all derived from `palette`."""
    window, base = palette.color(Role.Window), palette.color(Role.Base)
    text, window_text = palette.color(Role.Text), palette.color(Role.WindowText)
    dark = is_dark(palette)
    error = signal_color(ERROR_HUE, base)
    error_bg = blend(window, signal_color(ERROR_HUE, window, 1.0), 0.22 if dark else 0.12)
    changed_bg = blend(base, signal_color(CHANGED_HUE, base, 1.0), 0.30 if dark else 0.22)
    read_only_bg = window  # a value on the page, not a box to type in
    disabled_text = blend(window_text, window, 0.35)
    return {
        "error": error.name(),
        "error_border": readable(error, base, BORDER_CONTRAST).name(),
        "error_bg": error_bg.name(),
        "error_text": signal_color(ERROR_HUE, error_bg).name(),
        "changed_bg": changed_bg.name(),
        "changed_text": readable(text, changed_bg).name(),
        "changed_border": signal_color(CHANGED_HUE, base, BORDER_CONTRAST).name(),
        "read_only_bg": read_only_bg.name(),
        "read_only_text": readable(window_text, read_only_bg).name(),
        "read_only_line": readable(palette.color(Role.Mid), read_only_bg, 1.5).name(),
        "disabled_bg": window.name(),
        "disabled_text": readable(disabled_text, window, BORDER_CONTRAST).name(),
        "disabled_border": palette.color(Role.Mid).name(),
        "rule": palette.color(Role.Mid).name(),
        "notice_bg": blend(window, signal_color(CHANGED_HUE, window, 1.0), 0.22 if dark else 0.15).name(),
        "notice_border": signal_color(CHANGED_HUE, window, 1.5).name(),
    }


_styles: dict[tuple[int, ...], str] = {}


def card_style(palette: QPalette) -> str:
    """The card's style sheet for `palette`: read-only fields drawn as values (no input frame), disabled ones
    flat and dimmed but legible, refusals and changed-underneath values marked with readable colours.
    Computed once per palette (every card opened in it shares the text)."""
    roles = (Role.Window, Role.Base, Role.Text, Role.WindowText, Role.Mid)
    key = tuple(palette.color(role).rgba() for role in roles)
    if key not in _styles:
        _styles[key] = _card_style(palette)
    return _styles[key]


def _card_style(palette: QPalette) -> str:
    c = card_colors(palette)
    notice = c["notice_bg"]
    return f"""
QLineEdit:read-only {{
    background: {c['read_only_bg']}; color: {c['read_only_text']};
    border: none; border-bottom: 1px solid {c['read_only_line']}; padding: 3px 3px 2px 3px;
}}
QLineEdit:disabled, QComboBox:disabled {{
    background: {c['disabled_bg']}; color: {c['disabled_text']};
    border: 1px dotted {c['disabled_border']}; border-radius: 2px; padding: 2px;
}}
QLineEdit[error="true"], QComboBox[error="true"] {{
    border: 2px solid {c['error_border']}; border-radius: 2px;
}}
QCheckBox[error="true"] {{ color: {c['error']}; }}
QLineEdit[changed="true"] {{
    border: 2px solid {c['changed_border']}; border-radius: 2px;
    background: {c['changed_bg']}; color: {c['changed_text']};
}}
QLabel[role="field-error"] {{
    color: {c['error_text']}; background: {c['error_bg']};
    border: 1px solid {c['error_border']}; border-radius: 2px; padding: 1px 4px;
}}
QLabel[role="message-bar"] {{ color: {c['error_text']}; background: {c['error_bg']}; padding: 4px 8px; }}
QToolButton[role="section"] {{ border: none; font-weight: bold; padding: 4px 0px; }}
QFrame[role="section-line"] {{ color: {c['rule']}; }}
QLabel[role="notice"], QFrame#duplicate_notice {{
    background: {notice}; border: 1px solid {c['notice_border']}; padding: 3px;
}}
QFrame#duplicate_notice QLabel {{ color: {readable(palette.color(Role.WindowText), QColor(notice)).name()};
    background: transparent; border: none; }}
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


_lookup_icons: dict[str, QIcon] = {}


def lookup_icon() -> QIcon:
    """A small chevron for the lookup button inside code fields, painted in the palette's text colour."""
    color = QApplication.palette().color(Role.ButtonText)
    icon = _lookup_icons.get(color.name())
    if icon is None:
        pixmap = QPixmap(16, 16)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(color, 1.6))
        painter.drawPolyline(QPolygonF([QPointF(4, 6), QPointF(8, 10.5), QPointF(12, 6)]))
        painter.end()
        icon = _lookup_icons[color.name()] = QIcon(pixmap)
    return icon
