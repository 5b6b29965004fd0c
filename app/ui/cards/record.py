"""Base of the cards of linked kinds (customer, vendor, bank account, employee): the Contact action, the
primary contact, and the read-only shared fields of a one-way kind."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget
from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.changes import ChangeSet
from app.db import Database
from app.domain.fieldmap import field_map
from app.domain.links import contact_of_record
from app.kinds import kind
from app.models import Contact
from app.operations.contact_from_record import create_contact_from_record
from app.operations.primary_contact import set_primary_contact
from app.ui import prompts, runner
from app.ui.actions import ActionSpec, T
from app.ui.cards.base import BaseCard
from app.ui.cards.common import COMMON_ACTIONS
from app.ui.lookups import Choice, Loader

log = logging.getLogger(__name__)

CONTACT_ACTION = ActionSpec(
    "contact",
    T("actions", "Contact"),
    "open_contact",
    ("Ctrl+Shift+C",),
    enabled_when="has_record",
    tip=T("actions", "Open the contact of this record (or create one)"),
)


def _related_contacts(db: Database, table: str, no: str) -> list[Choice]:
    """The linked company contact and its persons: the only allowed primary contacts (SPEC §8)."""
    with db.session() as session:
        company = contact_of_record(session, table, no)
        if company is None:
            return []
        rows = session.execute(
            select(Contact.no, Contact.name, Contact.type)
            .where(or_(Contact.no == company.no, Contact.company_no == company.no))
            .order_by(Contact.type, Contact.no)
        ).all()
    return [(c_no, name) for c_no, name, _type in rows]


class RecordCard(BaseCard):
    """The card of a record that contacts link to (customer, vendor, bank account, employee …).

    For a one-way kind (SPEC §13.2) the shared fields of a linked record are read-only, with a notice
    naming the contact that keeps them (objectName `kept_on_contact`; its link opens that contact)."""

    ACTIONS = (*COMMON_ACTIONS, CONTACT_ACTION)
    TOOLBAR = ("new", "delete", "|", "contact", "|", "refresh")

    def add_sections(self, content: QWidget, column: QVBoxLayout) -> None:
        self.kept_notice = QLabel(self)
        self.kept_notice.setObjectName("kept_on_contact")
        self.kept_notice.setWordWrap(True)
        self.kept_notice.setProperty("role", "notice")
        self.kept_notice.linkActivated.connect(self._open_keeper)
        self.kept_notice.hide()
        column.insertWidget(0, self.kept_notice)
        self._kept: set[str] = set()

    def read_more(self, session: Session, record: Any) -> dict[str, Any]:
        if not kind(self.kind).one_way:
            return {}
        contact = contact_of_record(session, self.kind, record.no)
        kept = {p.record_field for p in field_map(session).contact_to_record(self.kind)} if contact else set()
        return {"kept_by": contact.no if contact else None, "kept_fields": kept}

    def needs_more(self, fields: set[str]) -> bool:
        return False

    def related_changed(self, changes: ChangeSet) -> bool:
        return kind(self.kind).one_way and "contact_business_relation" in changes

    def lookup(self, field: str) -> Loader | None:
        return self._primary_choices if field == "primary_contact_no" else None

    def _primary_choices(self) -> list[Choice]:
        return _related_contacts(self.db, self.kind, self.no) if self.no is not None else []

    def write(self, session: Session, field: str, value: Any, base: Any = None) -> None:
        if field == "primary_contact_no":
            set_primary_contact(session, self.kind, self.no or "", value)
        else:
            super().write(session, field, value, base)

    def update_fields(self) -> None:
        editor = self.editors.get("primary_contact_no")
        if editor is not None:
            editor.input.setEnabled(self.no is not None)
        keeper: str | None = self.values.get("kept_by")
        kept: set[str] = self.values.get("kept_fields", set()) if keeper else set()
        tip = QCoreApplication.translate("cards", "Kept on contact {no}: change it there.").format(no=keeper)
        for field in kept | self._kept:  # also give back what a removed link kept
            if field in self.editors:
                self.editors[field].input.setEnabled(field not in kept)
                self.editors[field].input.setToolTip(tip if field in kept else "")
        self._kept = kept
        text = QCoreApplication.translate(
            "cards", "Synchronized from contact <a href=\"{no}\">{no}</a>: change these fields there."
        )
        self.kept_notice.setText(text.format(no=keeper))
        self.kept_notice.setVisible(bool(keeper))

    def _open_keeper(self, contact_no: str) -> None:
        self.ctx.open_card("contact", contact_no)

    def open_contact(self) -> None:
        """Open the linked contact; when there is none, offer to create it (SPEC §7.3)."""
        if self.no is None:
            return
        no = self.no
        contact_no = runner.read(self.db, self._contact_no)
        if contact_no is None:
            title = QCoreApplication.translate("cards", "Contact")
            text = QCoreApplication.translate("cards", "{record} has no contact. Create one?").format(
                record=self.windowTitle()
            )
            if not prompts.question(self, title, text, default_yes=True):
                return
            outcome = runner.run(self, self.db, create_contact_from_record, self.kind, no, title=title)
            if outcome.value is None:  # refused: shown, nothing written
                return
            contact_no = outcome.value.no
        self.ctx.open_card("contact", contact_no)

    def _contact_no(self, session: Session) -> str | None:
        contact = contact_of_record(session, self.kind, self.no or "")
        return contact.no if contact is not None else None
