"""A non-blocking notice on a new contact or customer card that resembles an existing company (SPEC §10)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QVBoxLayout

from app.duplicates.report import WARNED_TABLES, own_contact_no, possible_duplicates
from app.duplicates.search import FIELDS, Candidate
from app.ui import runner

if TYPE_CHECKING:
    from app.ui.cards.base import BaseCard

log = logging.getLogger(__name__)
WATCHED = FIELDS | {"type"}  # a contact turned into a company is compared too


def _tr(text: str) -> str:
    return QCoreApplication.translate("cards", text)


class DuplicateNotice(QFrame):
    """objectName `duplicate_notice` (text `duplicate_notice_text`). Checks after every saved field of a card
    that was opened as new; the number links to the similar contact, "Show all" to the duplicates list."""

    def __init__(self, card: BaseCard) -> None:
        super().__init__(card)
        self.setObjectName("duplicate_notice")  # drawn by the card's palette style (app.ui.style)
        self.card = card
        self.candidates: list[Candidate] = []
        self._checked: tuple[object, ...] | None = None
        self._dismissed: list[Candidate] = []
        self.text = QLabel(self)
        self.text.setObjectName("duplicate_notice_text")
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setWordWrap(True)
        self.text.linkActivated.connect(self._link)
        close = QToolButton(self)
        close.setObjectName("duplicate_notice_close")
        close.setText("\u00d7")
        close.setAutoRaise(True)
        close.setToolTip(_tr("Hide this notice"))
        close.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 3, 3, 3)
        layout.addWidget(self.text, 1)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()
        for editor in card.editors.values():
            editor.committed.connect(self._after_save)  # runs after the card's own save (connected first)

    def _after_save(self, field: str) -> None:
        editor = self.card.editors[field]
        if self.card.no is None or field not in WATCHED or editor.error_text():
            return
        self.check()

    def check(self) -> list[Candidate]:
        """Compare the saved values with the stored companies; show or hide the notice."""
        no, kind = self.card.no, self.card.kind
        if no is None:
            return []
        values = tuple(self.card.values.get(f) for f in sorted(WATCHED))
        if values == self._checked:
            return self.candidates
        self._checked = values
        self.candidates = runner.read(self.card.db, lambda s: possible_duplicates(s, kind, no))
        if not self.candidates or self.candidates == self._dismissed:
            self.hide()
        else:
            self._show(self.candidates)
        return self.candidates

    def _show(self, candidates: list[Candidate]) -> None:
        best = candidates[0]
        text = _tr("Possible duplicate of {link} {name} ({percent} %)").format(
            link=f'<a href="contact/{best.contact_no}">{best.contact_no}</a>',
            name=best.name.replace("&", "&amp;").replace("<", "&lt;"),
            percent=best.percent,
        )
        if len(candidates) > 1:
            text += " " + _tr("and {n} more").format(n=len(candidates) - 1)
        text += ' \u00b7 <a href="duplicates">' + _tr("Show all") + "</a>"
        self.text.setText(text)
        self.show()

    def dismiss(self) -> None:
        self._dismissed = list(self.candidates)
        self.hide()

    def _link(self, target: str) -> None:
        if target.startswith("contact/"):
            self.card.ctx.open_card("contact", target.split("/", 1)[1])
        elif target == "duplicates":
            from app.ui.dialogs.duplicates import show_duplicates

            kind, no = self.card.kind, self.card.no or ""
            own = runner.read(self.card.db, lambda s: own_contact_no(s, kind, no))
            show_duplicates(self.card.ctx, own, self.card)


def attach_duplicate_notice(card: BaseCard, layout: QVBoxLayout, index: int) -> DuplicateNotice | None:
    """Put the notice at `index` of the card's layout when the card is a new contact or customer."""
    if card.kind not in WARNED_TABLES or card.no is not None:
        return None
    notice = DuplicateNotice(card)
    layout.insertWidget(index, notice)
    return notice
