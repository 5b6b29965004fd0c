"""Every message box and confirmation goes through here, so tests can answer them (like qutebrowser's msgbox).

Tests install an answerer with `set_answerer(fn)`; fn(kind, title, text, options) returns the answer and no
dialog is shown. `kind` is one of "info", "error", "question", "choose", "conflict", "save_file",
"open_file", "unsaved".
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from app.errors import ConflictError

log = logging.getLogger(__name__)
Answerer = Callable[[str, str, str, Sequence[str]], Any]
_answerer: Answerer | None = None


def set_answerer(answerer: Answerer | None) -> None:
    global _answerer
    _answerer = answerer


def info(parent: QWidget | None, title: str, text: str) -> None:
    if _answerer is not None:
        _answerer("info", title, text, ())
        return
    QMessageBox.information(parent, title, text)


def error(parent: QWidget | None, title: str, text: str) -> None:
    log.info("error shown: %s", title)  # the title only: the text may repeat typed values (SPEC §16)
    if _answerer is not None:
        _answerer("error", title, text, ())
        return
    QMessageBox.warning(parent, title, text)


def question(parent: QWidget | None, title: str, text: str, *, default_yes: bool = False) -> bool:
    if _answerer is not None:
        return bool(_answerer("question", title, text, ("yes", "no")))
    default = QMessageBox.StandardButton.Yes if default_yes else QMessageBox.StandardButton.No
    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    return QMessageBox.question(parent, title, text, buttons, default) == QMessageBox.StandardButton.Yes


def unsaved(parent: QWidget | None, title: str, text: str) -> str | None:
    """Typed text not saved yet: "save", "discard", or None to cancel (keep the window open)."""
    if _answerer is not None:
        answer = _answerer("unsaved", title, text, ("save", "discard", "cancel"))
        return str(answer) if answer in ("save", "discard") else None
    buttons = QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
    buttons |= QMessageBox.StandardButton.Cancel
    box = QMessageBox.question(parent, title, text, buttons, QMessageBox.StandardButton.Save)
    return {QMessageBox.StandardButton.Save: "save", QMessageBox.StandardButton.Discard: "discard"}.get(box)


def pick(parent: QWidget | None, title: str, text: str, options: Sequence[str], show: Callable[[], str | None]
         ) -> str | None:
    """Pick one of `options` in a list dialog that `show` runs (the template list page); the answerer gets
    it as a "choose" prompt. The chosen option, None when cancelled."""
    if _answerer is not None:
        answer = _answerer("choose", title, text, options)
        return None if answer is None else str(answer)
    return show()


def conflict(parent: QWidget | None, error: ConflictError, field_caption: str) -> str | None:
    """Another user saved the same field: "mine", "theirs", or None when the user decides later."""
    if _answerer is not None:
        answer = _answerer("conflict", field_caption, error.message, ("mine", "theirs"))
        return None if answer is None else str(answer)
    from app.ui.dialogs.conflict import ConflictDialog

    return ConflictDialog(error, field_caption, parent).choose()


def choose(parent: QWidget | None, title: str, text: str, options: Sequence[str]) -> str | None:
    """Pick one of `options`; None when cancelled."""
    if _answerer is not None:
        answer = _answerer("choose", title, text, options)
        return None if answer is None else str(answer)
    item, ok = QInputDialog.getItem(parent, title, text, list(options), 0, False)
    return item if ok else None


def save_file(parent: QWidget | None, title: str, suggested: str, file_filter: str) -> str | None:
    """A path to save to, starting from `suggested` (a name or path); None when cancelled.
    The answerer gets ("save_file", title, suggested, (file_filter,)) and returns the path."""
    if _answerer is not None:
        answer = _answerer("save_file", title, suggested, (file_filter,))
        return None if answer is None else str(answer)
    path, _selected = QFileDialog.getSaveFileName(parent, title, suggested, file_filter)
    return path or None


def open_file(parent: QWidget | None, title: str, directory: str, file_filter: str) -> str | None:
    """An existing file to read, starting in `directory`; None when cancelled.
    The answerer gets ("open_file", title, directory, (file_filter,)) and returns the path."""
    if _answerer is not None:
        answer = _answerer("open_file", title, directory, (file_filter,))
        return None if answer is None else str(answer)
    path, _selected = QFileDialog.getOpenFileName(parent, title, directory, file_filter)
    return path or None
