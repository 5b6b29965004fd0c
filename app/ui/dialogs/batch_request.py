"""The request page of "Create Contacts from <kind>" (as BC's): filters, the count that will run, OK."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTimer
from PySide6.QtWidgets import QDialog, QFormLayout, QGroupBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.domain.fields import CODE_TABLES
from app.errors import UserError, domain_text
from app.kinds import kind
from app.operations.batch import BatchCount, count_records
from app.operations.batch_filters import conditions, filter_fields
from app.ui import prompts, runner, worker
from app.ui.context import AppContext
from app.ui.dialogs.common import ok_cancel
from app.ui.lookups import CodeField, code_loader
from app.ui.style import card_style, set_flag
from app.ui.widgets import field_caption

CONTEXT = "batch"
CONFIRM_ABOVE = 100  # records: more than this asks before running (a long job, many new contacts)
COUNT_DELAY_MS = 250  # the count follows typing once the user pauses


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _n(value: int) -> str:
    return QLocale().toString(value)


class BatchRequestDialog(QDialog):
    """objectName `dialog_batch_request`; one filter line `field_<column>` per field the kind can be filtered
    by (app.operations.batch_filters), `batch_count` saying how many records will run (counted in a worker;
    `counting` meanwhile), `batch_filter_error` naming a filter that is not one. OK asks first when more
    than CONFIRM_ABOVE records would get a contact; after OK, `filters()` holds what the job runs with."""

    def __init__(self, ctx: AppContext, table: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dialog_batch_request")
        self.setStyleSheet(card_style(self.palette()))
        self.ctx, self.table = ctx, table
        texts = kind(table).texts
        self.setWindowTitle(domain_text(texts.batch))
        self.editors: dict[str, QLineEdit] = {}
        group = QGroupBox(domain_text(texts.caption), self)
        group.setObjectName("batch_filters")
        form = QFormLayout(group)
        for name in filter_fields(table):
            row: QWidget
            if name in CODE_TABLES:  # a code: the card's lookup (button, F4) lists the codes there are
                lookup = CodeField(name, code_loader(ctx.db, CODE_TABLES[name]), group)
                row, editor = lookup, lookup.edit
            else:
                row = editor = QLineEdit(group)
                editor.setObjectName(f"field_{name}")
            editor.setClearButtonEnabled(True)
            editor.setPlaceholderText(_tr("All") if name != "no" else _tr("All, or e.g. 10000..20000|K*"))
            editor.textChanged.connect(self._schedule_count)
            form.addRow(field_caption(name), row)
            self.editors[name] = editor
        hint = QLabel(
            _tr("Filters as in Business Central: 10000..20000 (range), A* (begins with), A|B (either), "
                "<>X (not X)."),
            self,
        )
        hint.setWordWrap(True)
        hint.setObjectName("batch_filter_hint")
        self.error = QLabel(self)
        self.error.setObjectName("batch_filter_error")
        self.error.setProperty("role", "field-error")
        self.error.setWordWrap(True)
        self.error.hide()
        self.count_label = QLabel(self)
        self.count_label.setObjectName("batch_count")
        self.count_label.setWordWrap(True)
        self.buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(group)
        layout.addWidget(hint)
        layout.addWidget(self.error)
        layout.addWidget(self.count_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        self.count: BatchCount | None = None
        self._counter: worker.Worker[BatchCount] | None = None
        self._filters_counted: dict[str, str] | None = None
        self._accept_when_counted = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(COUNT_DELAY_MS)
        self._timer.timeout.connect(self.update_count)
        self.update_count()

    def filters(self) -> dict[str, str]:
        return {name: editor.text().strip() for name, editor in self.editors.items() if editor.text().strip()}

    def _schedule_count(self) -> None:
        self._timer.start()

    @property
    def counting(self) -> bool:
        return self._counter is not None

    def update_count(self) -> None:
        """Check the filters at once (a filter that is not one is named); count what they select in a worker
        (a read of the domain that takes a while on tens of thousands of records)."""
        self._timer.stop()
        filters = self.filters()
        for editor in self.editors.values():
            set_flag(editor, "error", False)
        try:
            conditions(self.table, filters)
        except UserError as exc:
            self._show_refusal(exc)
            return
        self.error.hide()
        self.count = None
        self._filters_counted = filters
        self.count_label.setText(_tr("Counting…"))
        self._set_ok(True)  # OK waits for the count when pressed before it is there
        db, table = self.ctx.db, self.table
        counter: worker.Worker[BatchCount] = worker.Worker(
            lambda _progress, _cancel: runner.read(db, lambda s: count_records(s, table, filters))
        )
        counter.finished.connect(self._counted)
        if self._counter is not None:
            self._counter.cancel()  # its answer is for filters typed over: ignored
        self._counter = counter
        counter.start()

    def _counted(self) -> None:
        counter = self.sender()
        if counter is not self._counter or not isinstance(counter, worker.Worker):
            return
        self._counter = None
        if isinstance(counter.error, UserError):
            self._show_refusal(counter.error)
            return
        if counter.error is not None:
            raise counter.error  # the normal error path (sys.excepthook)
        self.count = counter.value
        assert self.count is not None
        plural = domain_text(kind(self.table).texts.plural_lower)
        # label: count pairs read right for one and for many ("1 already have one" did not)
        text = _tr("Will get a contact: {to_create} of {total} {kinds}. Already linked: {linked}.").format(
            to_create=_n(self.count.to_create), total=_n(self.count.total), kinds=plural,
            linked=_n(self.count.linked),
        )  # fmt: skip
        if self.count.to_create == 0:
            text = _tr("Nothing to do: no {kinds} without a contact match these filters.")
            text = text.format(kinds=plural)
        self.count_label.setText(text)
        self._set_ok(self.count.to_create > 0)
        if self._accept_when_counted:
            self._accept_when_counted = False
            self.accept()

    def _show_refusal(self, exc: UserError) -> None:
        self.count = None
        self.error.setText(exc.message)
        self.error.show()
        if (editor := self.editors.get(exc.field or "")) is not None:
            set_flag(editor, "error", True)
        self.count_label.setText("")
        self._set_ok(False)

    def _set_ok(self, enabled: bool) -> None:
        ok = self.buttons.button(self.buttons.StandardButton.Ok)
        ok.setEnabled(enabled)
        ok.setToolTip("" if enabled else _tr("No record to run: change the filters."))

    def accept(self) -> None:
        if self._timer.isActive() or self.filters() != self._filters_counted:  # OK right after typing
            self.update_count()
        if self.counting:
            self._accept_when_counted = True  # asked again when the count is there
            return
        if self.count is None or self.count.to_create == 0:
            return
        if self.count.to_create > CONFIRM_ABOVE:
            question = _tr("Create contacts for {n} {kinds}? This runs in the background; you can keep "
                           "working and cancel it.").format(
                n=_n(self.count.to_create), kinds=domain_text(kind(self.table).texts.plural_lower)
            )  # fmt: skip
            if not prompts.question(self, self.windowTitle(), question, default_yes=True):
                return
        super().accept()
