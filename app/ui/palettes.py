"""The dark palette the cards are checked against (tests) and shown in (README screenshots): the colours a
desktop in dark mode gives (Google's dark theme), disabled texts dimmed as such desktops dim them."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

Role = QPalette.ColorRole
DARK = {
    Role.Window: "#202124", Role.WindowText: "#e8eaed", Role.Base: "#18191b", Role.AlternateBase: "#26272a",
    Role.Text: "#e8eaed", Role.Button: "#2d2e31", Role.ButtonText: "#e8eaed", Role.Mid: "#5f6368",
    Role.Dark: "#111214", Role.Light: "#3c4043", Role.Midlight: "#35363a", Role.Shadow: "#000000",
    Role.Highlight: "#8ab4f8", Role.HighlightedText: "#202124", Role.PlaceholderText: "#9aa0a6",
    Role.ToolTipBase: "#303134", Role.ToolTipText: "#e8eaed", Role.Link: "#8ab4f8",
    Role.BrightText: "#ffffff",
}  # fmt: skip
DISABLED_TEXT = "#80868b"


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, color in DARK.items():
        palette.setColor(role, QColor(color))
    for role in (Role.Text, Role.WindowText, Role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(DISABLED_TEXT))
    return palette
