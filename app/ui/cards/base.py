"""Base card: FastTab form, per-field saving through the domain, errors at the field, live refresh."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QScrollArea, QVBoxLayout, QWidget
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.changes import DELETED, ChangeSet, fields_of
from app.domain.records import create_record, set_field
from app.errors import ConflictError, UserError
from app.kinds import kind as kind_entry
from app.models import Base
from app.ui import prompts, runner
from app.ui.actions import ActionRegistry, ActionSpec
from app.ui.cards.common import CardCommands, CardLayout, kind_title
from app.ui.cards.duplicate_notice import attach_duplicate_notice
from app.ui.cards.form import (
    COLUMN_SPACING,
    EDITOR_MIN_WIDTH,
    MessageBar,
    Section,
    SectionSpec,
    ToolbarEntry,
    align_labels,
    build_toolbar,
    make_editor,
    scrolling_form,
    section_title,
)
from app.ui.cards.history_panel import HistoryPanel, add_history_section
from app.ui.cards.palette import PaletteStyled
from app.ui.context import AppContext
from app.ui.lookups import Loader
from app.ui.widgets import FieldEditor, field_caption
from app.ui.windows import WindowKey, close_host


class BaseCard(CardCommands, CardLayout, PaletteStyled, QWidget):
    """A card on one record (or a new one, `no` None). Holds the record key and plain values only."""

    kind: ClassVar[str] = ""
    SECTIONS: ClassVar[tuple[SectionSpec, ...]] = ()
    READ_ONLY: ClassVar[frozenset[str]] = frozenset()
    ACTIONS: ClassVar[tuple[ActionSpec, ...]] = ()
    TOOLBAR: ClassVar[tuple[ToolbarEntry, ...]] = ()
    MODEL: ClassVar[type[Base] | None] = None  # a table outside the kinds registry (documents)
    history: HistoryPanel | None = None  # the Sync History section (cards of synchronized records)

    def __init__(self, ctx: AppContext, no: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.db = ctx.db
        self.no = no
        self.model = self.MODEL or kind_entry(self.kind).model
        self.values: dict[str, Any] = {}
        self.editors: dict[str, FieldEditor] = {}
        self.sections: list[Section] = []
        self._saving: set[str] | None = None  # while saving: the fields our own change touched
        self._gone = False
        self._shown = False
        self.setObjectName(f"card_{self.kind}")
        self.follow_palette()
        self.commands = ActionRegistry(self, self.action_specs())
        self.message = MessageBar(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(build_toolbar(self, self.toolbar_entries(), self.commands))
        layout.addWidget(self.message.holder)
        layout.addWidget(self._build_form(), 1)
        for view in self.findChildren(QAbstractItemView):  # Tab leaves a table (never traps in it)
            view.setTabKeyNavigation(False)
        close = QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.escape)
        close.setObjectName("shortcut_close")
        close.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.duplicate_notice = attach_duplicate_notice(self, layout, 2)  # new contacts and customers
        ctx.controller.changed.connect(self._on_changed)
        self._connected = True
        try:
            self.reload()
        except UserError:
            self._disconnect()
            raise

    # --- building -----------------------------------------------------------------------------------
    @classmethod
    def action_specs(cls) -> tuple[ActionSpec, ...]:
        """Hook: the card's actions; the contact card adds those it makes per kind of the registry."""
        return cls.ACTIONS

    @classmethod
    def toolbar_entries(cls) -> tuple[ToolbarEntry, ...]:
        """Hook: the card's toolbar."""
        return cls.TOOLBAR

    def _build_form(self) -> QScrollArea:
        scroll, content, column = scrolling_form(self)
        for spec in self.SECTIONS:
            section = Section(spec.name, section_title(spec.title), content)
            section.add_fields([self._make_editor(field, section.body) for field in spec.fields])
            column.addWidget(section)
            self.sections.append(section)
        self.add_sections(content, column)
        self.history = add_history_section(self, content, column)  # None on cards without a journal
        label_width = align_labels(self.sections)
        self._stack_below = 2 * (label_width + EDITOR_MIN_WIDTH + 12) + COLUMN_SPACING + 60
        column.addStretch(1)
        return scroll

    def _make_editor(self, field: str, parent: QWidget) -> FieldEditor:
        # A database opened read-only (SPEC §16) shows every value as read-only: nothing can be typed that
        # could not be saved.
        read_only = field in self.READ_ONLY or bool(self.db.read_only)
        loader = self.lookup(field)
        editor = make_editor(self.db, self.model, field, read_only=read_only, loader=loader, parent=parent)
        editor.committed.connect(self._on_committed)
        self.editors[field] = editor
        return editor

    def add_sections(self, content: QWidget, column: QVBoxLayout) -> None:
        """Hook: sections that are not plain fields (the contact's business relations)."""

    def lookup(self, field: str) -> Loader | None:
        """Hook: a lookup for a field that is not a code field (company no., primary contact)."""
        return None

    def window_key(self) -> WindowKey:
        return ("card", self.kind, self.no)

    # --- loading ------------------------------------------------------------------------------------
    def reload(self, fields: set[str] | None = None, *, saved: str | None = None) -> None:
        """Read the record in a short session and show it; fields the user is changing are held back."""
        if self.no is None:
            values = self.new_values()
            for field, editor in self.editors.items():
                editor.load(values.get(field))
            self.values = values
        else:
            read = runner.read(self.db, lambda session: self._read(session, fields))
            if read is None:
                if not self.values:  # opening a card on a number that does not exist
                    raise UserError("{kind} {no} does not exist.", kind=kind_title(self.kind), no=self.no)
                self.record_gone()
                return
            first, self.values = not self.values, read
            for field, editor in self.editors.items():
                if first or field == saved:
                    editor.load(read[field])
                elif fields is None or field in fields:
                    editor.refresh(read[field])
        self.after_load()

    def _read(self, session: Session, fields: set[str] | None) -> dict[str, Any] | None:
        table = self.model.__table__
        row = session.execute(select(table).where(table.c.no == self.no)).mappings().first()
        if row is None:
            return None
        values = dict(row)  # plain values; no ORM object is loaded for a refresh
        if fields is None or self.needs_more(fields):
            values.update(self.read_more(session, session.get(self.model, self.no)))
        else:  # keep what read_more found last time: a plain field edit does not change links
            values.update({key: value for key, value in self.values.items() if key not in values})
        return values

    def read_more(self, session: Session, record: Any) -> dict[str, Any]:
        """Hook: further plain values read in the same session (links, relations)."""
        return {}

    def needs_more(self, fields: set[str]) -> bool:
        """Hook: whether a change of `fields` alters what read_more reads."""
        return False

    def new_values(self) -> dict[str, Any]:
        return {}

    def after_load(self) -> None:
        """Update what depends on the values: title, enabled fields and actions, the message bar."""
        name = self.values.get("name") or ""
        kind = kind_title(self.kind)
        if self.no is None:
            title = QCoreApplication.translate("cards", "New {kind}").format(kind=kind)
        else:
            title = f"{kind} {self.no}" + (f" \u00b7 {name}" if name else "")
        self.setWindowTitle(title)
        no_edit = self.editors["no"].input if "no" in self.editors else None
        if isinstance(no_edit, QLineEdit):  # the number is typed only on a new card
            no_edit.setReadOnly(self.no is not None)
            no_edit.setFocusPolicy(
                Qt.FocusPolicy.ClickFocus if self.no is not None else Qt.FocusPolicy.StrongFocus
            )
        self.update_fields()
        self.commands.update()
        self.message.show_errors(self.editors.values())
        if self.history is not None:
            self.history.show_record(self.no)

    def update_fields(self) -> None:
        """Hook: enable or disable fields that depend on others (person / company fields)."""

    # --- saving -------------------------------------------------------------------------------------
    def _on_committed(self, field: str) -> None:
        if self.editors[field].is_modified():
            self.save(field)
        else:
            self.message.show_errors(self.editors.values())

    def save(self, field: str) -> bool:
        """Save one field in one unit of work; a refusal stays at the field and writes nothing."""
        editor = self.editors[field]
        value = self.domain_value(field, editor.domain_input())
        self._saving = echo = set[str]()
        new = self.no is None
        try:
            outcome = runner.run(
                self, self.db, self._store, field, value, editor.base(),
                on_refusal=lambda exc: self._show_refusal(field, exc),
                on_conflict=lambda exc: self._resolve_conflict(field, exc),
            )  # fmt: skip
        finally:
            self._saving = None
        if isinstance(outcome.error, ConflictError):
            return outcome.resolved
        if not outcome.done:
            return False
        self.no = outcome.value
        self.reload(None if new or "__related__" in echo else echo | {field}, saved=field)
        return True

    def _store(self, session: Session, field: str, value: Any, base: Any) -> str:
        """The save's operation: create the record with its first value, or write one field; its number."""
        if self.no is None:
            return str(create_record(session, self.kind, {field: value}).no)
        self.write(session, field, value, base)
        return self.no

    def _show_refusal(self, field: str, exc: UserError) -> bool:
        """At the field (the typed text stays for correction) and in the card's message bar."""
        self.editors[field].show_error(exc.message)
        self.message.show_text(exc.message)
        return True

    def write(self, session: Session, field: str, value: Any, base: Any = None) -> None:
        """Save one value; `base` is what the field showed before the user typed (conflict check)."""
        set_field(session, self.kind, self.no or "", field, value, base=base)

    def _resolve_conflict(self, field: str, conflict: ConflictError) -> bool:
        """Another user saved this field meanwhile: show base / mine / theirs and let the user choose."""
        editor = self.editors[field]
        choice = prompts.conflict(self, conflict, field_caption(field))
        if choice == "mine":
            editor.load(conflict.theirs)  # the new base: saving again overwrites it knowingly
            editor.set_value(conflict.mine)
            return self.save(field)
        editor.load(conflict.theirs)
        if choice is None:  # undecided: keep the choice open, lose nothing
            editor.set_value(conflict.mine)
            editor.show_error(conflict.message)
        self.message.show_errors(self.editors.values())
        return choice == "theirs"

    def domain_value(self, field: str, value: Any) -> Any:
        return value

    # --- live refresh -------------------------------------------------------------------------------
    def _on_changed(self, changes: ChangeSet) -> None:
        if self._saving is not None:  # our own echo: remembered, applied once the save is complete
            self._saving.update(fields_of(changes, self.kind, self.no or "") or ())
            self._saving.update(("__related__",) if self.related_changed(changes) else ())
            return
        if self.no is None or self._gone:
            return
        fields = fields_of(changes, self.kind, self.no)
        if fields is not None:
            if DELETED in fields:
                self.record_gone()
            else:
                self.reload(set(fields))
        elif self.related_changed(changes):
            self.reload()

    def related_changed(self, changes: ChangeSet) -> bool:
        """Hook: whether a change elsewhere (links) alters what this card shows."""
        return False

    def record_gone(self) -> None:
        """The record was deleted (here or elsewhere): the card closes."""
        self._gone = True
        close_host(self)

    # --- closing ------------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._gone and not self.save_pending():
            event.ignore()
            return
        self._gone = True
        self._disconnect()
        super().closeEvent(event)

    def _disconnect(self) -> None:
        if self._connected:
            self._connected = False
            self.ctx.controller.changed.disconnect(self._on_changed)
