"""Field editors for cards: one per field, with the error shown at the field and a lookup for code fields."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.kinds import linked_kinds
from app.ui.formats import date_text, edit_number, parse_date, parse_decimal
from app.ui.style import set_flag

log = logging.getLogger(__name__)

VALUE_LABELS: dict[str, str] = {  # untranslated; scripts/i18n.py collects them into the "values" context
    "company": "Company",
    "person": "Person",
    "none": "None",
    **{k.name: k.texts.caption for k in linked_kinds()},  # business relation status (SPEC §5.6)
    "other": "Other",
    "multiple": "Multiple",
    "ship": "Ship",
    "invoice": "Invoice",
    "payment": "Payment",
    "all": "All",
    "quote": "Quote",
    "active": "Active",
    "inactive": "Inactive",
    "terminated": "Terminated",
    "order": "Order",
    "hard_copy": "Hard Copy",  # correspondence types (SPEC §14.12)
    "email": "E-Mail",
    "fax": "Fax",
    "": "",
}


def value_label(value: str) -> str:
    """How a stored choice ('bank_account') reads on screen ('Bank Account'), translated."""
    label = VALUE_LABELS.get(value)
    return QCoreApplication.translate("values", label) if label else value


def field_caption(field: str) -> str:
    from app.domain.fields import caption

    return QCoreApplication.translate("fields", caption(field))


class FieldEditor(QWidget):
    """The input widget (objectName `field_<name>`) and, under it, the message of a refused value.

    committed(field) is emitted when the user finished editing; the card saves the value if it changed.
    """

    committed = Signal(str)

    def __init__(self, field: str, input_widget: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.input = input_widget
        self.setObjectName(f"editor_{field}")
        input_widget.setObjectName(f"field_{field}")
        self._loaded: Any = None
        self._base: Any = None  # what the user saw when starting to type: the base of a conflict check
        self._message = ""  # the refusal shown at this field ("" when none)
        self._error: QLabel | None = None  # made with the first refusal: most fields never show one
        self._host: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addWidget(input_widget)
        self.setFocusProxy(input_widget)

    # --- per editor type ----------------------------------------------------------------------------
    def value(self) -> Any:
        raise NotImplementedError

    def domain_input(self) -> Any:
        """The value as the domain reads it (a number typed as "1.234,56" in German arrives as "1234.56")."""
        return self.value()

    def _show(self, value: Any) -> None:
        raise NotImplementedError

    def _as_value(self, loaded: Any) -> Any:
        """The loaded database value in the form `value()` returns it, to tell whether the user changed it."""
        return "" if loaded is None else str(loaded)

    # --- common -------------------------------------------------------------------------------------
    def load(self, value: Any) -> None:
        """Show a value from the database; drops an error and the changed-underneath marker."""
        self._loaded = self._base = value
        was_blocked = self.input.blockSignals(True)  # our own load is not a user change
        try:
            self._show(value)
        finally:
            self.input.blockSignals(was_blocked)
        self.clear_error()
        self._set_changed(False)

    def loaded(self) -> Any:
        return self._loaded

    def set_value(self, value: Any) -> None:
        """Put a value into the input as if typed (not loaded): it counts as the user's unsaved change."""
        was_blocked = self.input.blockSignals(True)
        try:
            self._show(value)
        finally:
            self.input.blockSignals(was_blocked)

    def base(self) -> Any:
        """The stored value the user's edit started from (unchanged by refreshes held back meanwhile)."""
        return self._base

    def is_modified(self) -> bool:
        return bool(self.value() != self._as_value(self._loaded))

    def refresh(self, value: Any) -> bool:
        """Apply a value that changed in the database, unless the user is changing this field: then the
        field only shows that it changed underneath (Esc takes the new value). False when held back."""
        if not self.is_modified():
            if value != self._loaded:
                self.load(value)
            return True
        if value != self._loaded:
            self._loaded = value
            if self.is_modified():
                self._set_changed(True)
            else:
                self.load(value)
        return False

    def revert(self) -> None:
        self.load(self._loaded)

    def error_text(self) -> str:
        return self._message

    def _error_label(self) -> QLabel:
        """objectName `error_<field>`: floats under the input (see _place_error): the form does not move."""
        if self._error is None:
            self._error = QLabel(self)
            self._error.setObjectName(f"error_{self.field}")
            self._error.setProperty("role", "field-error")
            self._error.setWordWrap(True)
            self._error.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            self._error.hide()
        return self._error

    def show_error(self, message: str) -> None:
        """The refusal under the input, drawn over the form (a bubble, as in BC): no field moves. While the
        user types in a field the bubble would cover (the one below, where Tab goes next) it steps aside;
        the red frame, the tooltip and the card's message bar stay."""
        if not self._message:
            app = QApplication.instance()
            if isinstance(app, QApplication):
                app.focusChanged.connect(self._focus_moved)
        self._message = message
        self._error_label().setText(message)
        self.input.setToolTip(message)
        set_flag(self.input, "error", True)
        self._place_error()

    def _focus_moved(self, _old: QWidget | None, _now: QWidget | None) -> None:
        self._place_error()

    def _would_cover_focus(self, host: QWidget, area: QRect) -> bool:
        """Whether the bubble at `area` (in `host`) would hide the widget the user is typing in now."""
        focus = QApplication.focusWidget()
        if focus is None or focus is self.input or self.isAncestorOf(focus) or not host.isAncestorOf(focus):
            return False
        return area.intersects(QRect(focus.mapTo(host, QPoint(0, 0)), focus.size()))

    def clear_error(self) -> None:
        if not self._message:
            return
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.disconnect(self._focus_moved)
        self._message = ""
        error = self._error_label()
        error.hide()
        error.clear()
        self.input.setToolTip("")
        set_flag(self.input, "error", False)

    def _bubble_host(self) -> QWidget:
        """The widget the refusal floats in: the card's scrolling form (or the editor's window)."""
        host: QWidget | None = self.parentWidget()
        while host is not None and host.objectName() != "form" and host.parentWidget() is not None:
            host = host.parentWidget()
        return host or self

    def _place_error(self) -> None:
        if not self._message:
            return
        error = self._error_label()
        host = self._bubble_host()
        if host is not self._host:
            if self._host is not None:
                self._host.removeEventFilter(self)
            self._host = host
            if host is not self:
                error.setParent(host)
                host.installEventFilter(self)  # follows the field when the form is laid out again
        if not self.input.isVisibleTo(host if host is not self else self.window()):
            error.hide()
            return
        width = max(self.input.width(), 160)
        error.setFixedWidth(width)
        error.setFixedHeight(error.heightForWidth(width))
        origin = self.input.mapTo(host, QPoint(0, self.input.height() - 1)) if host is not self else QPoint()
        if self._would_cover_focus(host, QRect(origin, error.size())):
            error.hide()  # the user went on to the field below (Tab): that one stays visible
            return
        error.move(origin)
        error.raise_()
        error.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._host and event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest):
            QTimer.singleShot(0, self, self._place_error)  # once the layout has moved the input
        return super().eventFilter(watched, event)

    def _set_changed(self, on: bool) -> None:
        set_flag(self.input, "changed", on)
        if on:
            tip = QCoreApplication.translate(
                "widgets",
                "Changed to \u201c{value}\u201d while you were editing. "
                "Press Esc to take the new value, or finish editing to keep yours.",
            ).format(value=self._as_value(self._loaded))
            self.input.setToolTip(tip)
        elif self._error is None or self._error.isHidden():
            self.input.setToolTip("")

    def _finished(self) -> None:
        if not self.is_modified():
            self.clear_error()  # back to the saved value: nothing to save, the refusal is gone
        self.committed.emit(self.field)


class LineInput(QLineEdit):
    """The line edit of a text field. Its field sees key presses and focus through these two overrides, not
    an event filter: a filter is called in Python for every event of every field of every card."""

    def __init__(self, field: TextField) -> None:
        super().__init__()
        self._field = field

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._field.key_pressed(event):
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self._field.focus_entered()  # first: a completer set here is connected by QLineEdit's own handler
        super().focusInEvent(event)


class TextField(FieldEditor):
    """A line edit that saves on Enter or when focus leaves; Esc restores the saved value."""

    def __init__(
        self, field: str, parent: QWidget | None = None, *, numeric: bool = False, is_date: bool = False
    ) -> None:
        self.edit = LineInput(self)
        super().__init__(field, self.edit, parent)
        self._numeric = numeric
        self._date = is_date
        if numeric:
            self.edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.edit.editingFinished.connect(self._finished)

    def value(self) -> str:
        return self.edit.text()

    def domain_input(self) -> str:
        if self._numeric:
            return parse_decimal(self.value())
        return parse_date(self.value()) if self._date else self.value()

    def _show(self, value: Any) -> None:
        self.edit.setText(self._as_value(value))
        self.edit.setCursorPosition(0)

    def _as_value(self, loaded: Any) -> str:
        if isinstance(loaded, Decimal):
            return edit_number(loaded)  # the locale's decimal point, as the user types it
        if type(loaded) is date:  # a plain date (document date), not a timestamp
            return date_text(loaded)
        return "" if loaded is None else str(loaded)

    def key_pressed(self, event: QKeyEvent) -> bool:
        """A key pressed in the input; True when handled here (Esc on a changed value restores it)."""
        if event.key() == Qt.Key.Key_Escape and (self.is_modified() or self.edit.property("changed")):
            self.revert()
            return True
        return False

    def focus_entered(self) -> None:
        """Hook: the input is getting focus (a lookup loads its values)."""


class ReadOnlyField(TextField):
    """A value the user cannot change here (derived or posted); skipped by Tab."""

    def __init__(
        self, field: str, parent: QWidget | None = None, *, display: Callable[[Any], str] | None = None
    ):
        super().__init__(field, parent)
        self._display = display
        self.edit.setReadOnly(True)
        self.edit.setFocusPolicy(Qt.FocusPolicy.ClickFocus)

    def _as_value(self, loaded: Any) -> str:
        if self._display is not None and loaded is not None:
            return self._display(loaded)
        return super()._as_value(loaded)

    def is_modified(self) -> bool:
        return False


class ChoiceField(FieldEditor):
    """A fixed list of choices (type, blocked); saves as soon as another one is picked."""

    def __init__(self, field: str, choices: Sequence[str], parent: QWidget | None = None) -> None:
        self.combo = QComboBox()
        super().__init__(field, self.combo, parent)
        for choice in choices:
            self.combo.addItem(value_label(choice), choice)
        self.combo.currentIndexChanged.connect(self._finished)

    def value(self) -> str:
        return str(self.combo.currentData() or "")

    def _as_value(self, loaded: Any) -> str:
        if loaded is None:  # nothing loaded yet: the first choice is what the box shows
            return str(self.combo.itemData(0) or "")
        return str(loaded)

    def _show(self, value: Any) -> None:
        index = self.combo.findData(self._as_value(value))
        self.combo.setCurrentIndex(max(index, 0))


class BoolField(FieldEditor):
    """A check box; saves when toggled."""

    def __init__(self, field: str, parent: QWidget | None = None) -> None:
        self.check = QCheckBox()
        super().__init__(field, self.check, parent)
        self.check.toggled.connect(self._finished)

    def value(self) -> bool:
        return self.check.isChecked()

    def _as_value(self, loaded: Any) -> bool:
        return bool(loaded)

    def _show(self, value: Any) -> None:
        self.check.setChecked(bool(value))
