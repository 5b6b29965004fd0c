"""Side-by-side choice when another user saved the same field meanwhile (SPEC §12): base / mine / theirs."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from app.errors import ConflictError


def _shown(value: Any) -> str:
    return "(blank)" if value in (None, "") else str(value)


class ConflictDialog(QDialog):
    """objectName dialog_conflict; `choose()` returns "mine", "theirs" or None (decide later)."""

    def __init__(self, error: ConflictError, field_caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dialog_conflict")
        self.setWindowTitle(self.tr("Changed by someone else"))
        self._choice: str | None = None
        intro = QLabel(error.message, self)
        intro.setWordWrap(True)
        form = QFormLayout()
        for name, label, value in (
            ("conflict_base", self.tr("When you started"), error.base),
            ("conflict_theirs", self.tr("Saved by someone else"), error.theirs),
            ("conflict_mine", self.tr("Your entry"), error.mine),
        ):
            shown = QLabel(_shown(value), self)
            shown.setObjectName(name)
            form.addRow(f"{label} ({field_caption}):", shown)
        buttons = QDialogButtonBox(self)
        self.keep_mine = buttons.addButton(self.tr("Keep mine"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.take_theirs = buttons.addButton(self.tr("Take theirs"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.addButton(self.tr("Decide later"), QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.clicked.connect(self._clicked)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _clicked(self, button: object) -> None:
        if button is self.keep_mine:
            self._choice = "mine"
        elif button is self.take_theirs:
            self._choice = "theirs"
        self.done(0)

    def choose(self) -> str | None:
        self.exec()
        return self._choice
