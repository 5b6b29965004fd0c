"""What all cards share: kind titles, the common actions and their handlers, the Address & Contact section."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, cast

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QStyle, QWidget

from app.errors import UserError, domain_text
from app.kinds import kind
from app.operations import deletion
from app.ui import prompts, runner
from app.ui.actions import ActionSpec, T
from app.ui.cards.form import Section, SectionSpec
from app.ui.context import AppContext
from app.ui.widgets import FieldEditor, field_caption
from app.ui.windows import close_host

DOCUMENT_TITLES = {  # documents are not record kinds of the registry
    "sales_header": (T("cards", "Sales Document"), T("cards", "sales document")),
    "purchase_header": (T("cards", "Purchase Document"), T("cards", "purchase document")),
}


def kind_title(name: str, *, lower: bool = False) -> str:
    """'Customer' (or 'customer'), translated: the registry's caption, or a document's."""
    if name in DOCUMENT_TITLES:
        return QCoreApplication.translate("cards", DOCUMENT_TITLES[name][lower])
    texts = kind(name).texts
    return domain_text(texts.lower if lower else texts.caption)


class CardCommands:
    """Handlers of the actions every card has: New, Refresh, Delete (asks with the deletion plan)."""

    ctx: AppContext
    kind: ClassVar[str]
    no: str | None
    editors: dict[str, FieldEditor]
    _gone: bool

    if TYPE_CHECKING:  # provided by BaseCard / QWidget; declared here for the type checker only

        def reload(self) -> None: ...

        def save(self, field: str) -> bool: ...

        def windowTitle(self) -> str: ...

    def new_record(self) -> None:
        self.ctx.open_card(self.kind, None)

    def refresh(self) -> None:
        if self.no is not None:
            self.reload()

    def has_record(self) -> bool:
        return self.no is not None

    def delete_record(self) -> None:
        if self.no is None:
            return
        no, widget = self.no, cast(QWidget, self)
        try:
            plan = runner.read(self.ctx.db, lambda s: deletion.plan_delete(s, self.kind, no).text())
        except UserError as exc:
            prompts.error(widget, self.windowTitle(), exc.message)
            return
        if not prompts.question(widget, QCoreApplication.translate("cards", "Delete"), plan):
            return
        self._gone = True  # the deletion's echo must not try to save what is being typed
        if not runner.run(widget, self.ctx.db, deletion.delete, self.kind, no, title=self.windowTitle()).done:
            self._gone = False
            return
        close_host(widget)

    def escape(self) -> None:
        """Esc: in a field that changed underneath, take the new value; otherwise close the card, asking
        first (Save / Discard / Cancel) when a field holds typed text that is not saved."""
        focused = cast(QWidget, self).focusWidget()
        if focused is not None and self._editing_cell(focused):  # a cell edit (document lines) ends first
            key = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier)
            QApplication.sendEvent(focused, key)
            return
        for editor in self.editors.values():
            if editor.input is focused and editor.input.property("changed"):
                editor.revert()
                return
        typed = [editor for editor in self.editors.values() if editor.is_modified()]
        if typed:
            text = QCoreApplication.translate(
                "cards", "{fields}: what you typed is not saved yet. Save it before closing?"
            ).format(fields=", ".join(field_caption(editor.field) for editor in typed))
            answer = prompts.unsaved(cast(QWidget, self), self.windowTitle(), text)
            if answer is None:
                return
            if answer == "discard":
                for editor in typed:
                    editor.revert()
            elif not all(self.save(editor.field) for editor in typed):
                return  # refused: shown at the field, the card stays open for correction
        close_host(cast(QWidget, self))

    @staticmethod
    def _editing_cell(widget: QWidget | None) -> bool:
        """Whether `widget` is the editor of a table cell being edited."""
        while widget is not None:
            if isinstance(widget, QAbstractItemView):
                return widget.state() == QAbstractItemView.State.EditingState
            widget = widget.parentWidget()
        return False

    def save_pending(self) -> bool:
        """Before closing: save what is still being typed, like BC does; ask before dropping refusals."""
        for field, editor in self.editors.items():
            if editor.is_modified() and not editor.error_text():
                self.save(field)
        refused = [e for e in self.editors.values() if e.is_modified()]
        if not refused:
            return True
        text = QCoreApplication.translate(
            "cards", "These values could not be saved:\n{errors}\n\nClose the card and discard them?"
        ).format(errors="\n".join(e.error_text() for e in refused))
        return prompts.question(cast(QWidget, self), self.windowTitle(), text)


NEW = ActionSpec(
    "new",
    T("actions", "New"),
    "new_record",
    (QKeySequence.StandardKey.New,),
    tip=T("actions", "Open a new, empty card"),
    icon=QStyle.StandardPixmap.SP_FileIcon,
)
DELETE = ActionSpec(
    "delete",
    T("actions", "Delete"),
    "delete_record",
    ("Ctrl+D",),
    enabled_when="has_record",
    tip=T("actions", "Delete this record (asks first)"),
    icon=QStyle.StandardPixmap.SP_TrashIcon,
)
REFRESH = ActionSpec(
    "refresh",
    T("actions", "Refresh"),
    "refresh",
    ("F5",),
    tip=T("actions", "Read the record again"),
    icon=QStyle.StandardPixmap.SP_BrowserReload,
)
COMMON_ACTIONS = (NEW, DELETE, REFRESH)

ADDRESS_FIELDS = (
    "address",
    "address_2",
    "post_code",
    "city",
    "county",
    "country_region_code",
    "phone_no",
    "mobile_phone_no",
    "fax_no",
    "email",
    "home_page",
)
ADDRESS_SECTION = SectionSpec("address", T("cards", "Address & Contact"), ADDRESS_FIELDS)


class CardLayout:
    """Window behaviour of a card: its size, the first focus, two columns or one when narrow."""

    editors: dict[str, FieldEditor]
    sections: list[Section]
    _shown: bool
    _stack_below: int

    def sizeHint(self) -> QSize:
        return QSize(940, 680)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)  # type: ignore[misc]
        if not self._shown:
            self._shown = True
            self.focus_first()

    def focus_first(self) -> None:
        """Put the cursor in the first field the user can type in (the number only on a new card)."""
        for editor in self.editors.values():
            widget = editor.input
            if widget.isEnabled() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                return

    def resizeEvent(self, event: QResizeEvent) -> None:
        stacked = event.size().width() < self._stack_below
        for section in self.sections:
            section.set_stacked(stacked)
        super().resizeEvent(event)  # type: ignore[misc]
