"""Import preview: the column mapping (CSV), then per row new / change (old → new) / unchanged / error, what
propagates and what is not stored; Import applies. Preview and import run in the worker (progress, Cancel)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import errors, kinds
from app.db import Database
from app.domain.fields import caption
from app.io.columns import NAME_FROM_PARTS, NOT_A_FIELD, ONE_VALUE, PHOTO, Dropped
from app.io.csv_file import sample_values
from app.io.files import Source
from app.io.importer import CREATE, ERROR, UNCHANGED, UPDATE, ImportResult, RowResult
from app.io.profiles import FORMATTED, IGNORE, LABEL, PHONE, PROFILE_NAMES, TARGETS, Mapping
from app.io.results import DATABASE, FILE, ImportCancelled, ImportOptions
from app.operations.import_export import run_import
from app.ui import prompts, worker
from app.ui.actions import T
from app.ui.context import AppContext
from app.ui.dialogs.common import ok_cancel
from app.ui.worker import Cancelled, Job, Progress, ShouldCancel

log = logging.getLogger(__name__)
LINE, CONTACT, ACTION, CHANGES, PROPAGATION, NOT_STORED = range(6)
HEADER, SAMPLE, TARGET = range(3)  # the mapping table's columns
NOT_LISTED = frozenset({"type", "name", "search_name"})  # the contact column shows the name already
COLOURS = {CREATE: "#1b7f3b", UPDATE: "#1d5fb4", ERROR: "#b42318"}
ACTION_TEXT = {  # translated where shown
    CREATE: T("import", "New"),
    UPDATE: T("import", "Change"),
    UNCHANGED: T("import", "Unchanged"),
    ERROR: T("import", "Error"),
}
REASONS = {  # why a value is not stored, translated where shown
    NOT_A_FIELD: T("import", "not a contact field"),
    ONE_VALUE: T("import", "the contact holds one value here"),
    PHOTO: T("import", "photos are not imported"),
    NAME_FROM_PARTS: T("import", "a person's name is made of first name, middle name and surname"),
}
SPECIAL_TARGETS = {
    IGNORE: T("import", "(ignore: listed as not stored)"),
    PHONE: T("import", "Phone (kind from its type column)"),
    LABEL: T("import", "(type or label of another column)"),
    FORMATTED: T("import", "Address as one text"),
}
PROFILE_TEXT = {key: T("import", text) for key, text in PROFILE_NAMES.items()}


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("import", text, "", n)


def _value(value: Any) -> str:
    if isinstance(value, bool):
        return _tr("Yes") if value else _tr("No")
    return _tr("(blank)") if value in (None, "") else str(value)


def _caption(field: str) -> str:
    return errors.translate(caption(field))


def summary(result: ImportResult) -> str:
    """'3 new, 2 changed, 6 unchanged, 1 refused' — for the preview and the report afterwards."""
    return _tr("{new} new, {changed} changed, {unchanged} unchanged, {failed} refused").format(
        new=result.count(CREATE), changed=result.count(UPDATE), unchanged=result.count(UNCHANGED),
        failed=result.count(ERROR),
    )  # fmt: skip


def import_job(db: Database, source: Source, mapping: Mapping | None, options: ImportOptions,
               apply: bool) -> Job[ImportResult]:  # fmt: skip
    """The preview or the import as a worker job; rows are counted as they go (companies, then persons)."""

    def job(progress: Progress, should_cancel: ShouldCancel) -> ImportResult:
        total = source.estimate()  # a moving bar with "n of m" (multi-line cells make it a little high)
        try:
            return run_import(db, source, mapping, apply, options, lambda n: progress(n, max(total, n)),
                              should_cancel)  # fmt: skip
        except ImportCancelled:
            raise Cancelled from None

    return job


def run_preview(parent: QWidget | None, title: str, db: Database, source: Source, mapping: Mapping | None,
                options: ImportOptions, on_done: Callable[[ImportResult | None], None]) -> None:  # fmt: skip
    worker.run_job(parent, title, import_job(db, source, mapping, options, False), on_done=on_done,
                   label=_tr("Reading {file}\u2026").format(file=source.path.name),
                   object_name="dialog_import_progress")  # fmt: skip


def _target_text(target: str) -> str:
    return _tr(SPECIAL_TARGETS[target]) if target in SPECIAL_TARGETS else _caption(target)


class ImportPreviewDialog(QDialog):
    """objectName `dialog_import_preview`; table `import_rows`; for CSV the mapping table `import_mapping`
    (one combo box `map_<n>` per column) and `action_update_preview`; `import_prefer` chooses which value
    wins where file and database both have one. Nothing is written before Import; Import applies the new and
    changed rows in one transaction, in the background, and reports what happened; Cancel writes nothing."""

    def __init__(
        self,
        ctx: AppContext,
        source: Source,
        mapping: Mapping | None,
        plan: ImportResult,
        options: ImportOptions | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.source, self.mapping, self.plan = ctx, source, mapping, plan
        self.options = options or ImportOptions()
        self.file = source.path
        self.report: ImportResult | None = None
        self.setObjectName("dialog_import_preview")
        self.setWindowTitle(_tr("Import Contacts \u2013 Preview"))
        self.resize(1200, 680)
        self.heading = QLabel(self)
        self.heading.setObjectName("import_summary")
        self.heading.setWordWrap(True)
        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("import_rows")
        self.table.setHorizontalHeaderLabels(
            [
                _tr("Line"),
                _tr("Contact"),
                _tr("Action"),
                _tr("Changes"),
                _tr("Propagates to"),
                _tr("Not stored"),
            ]
        )
        self._setup_table()
        self.show_unchanged = QCheckBox(_tr("Show unchanged rows"), self)
        self.show_unchanged.setObjectName("show_unchanged")
        self.show_unchanged.toggled.connect(self._filter)
        self.prefer = QComboBox(self)
        self.prefer.setObjectName("import_prefer")
        self.prefer.addItem(_tr("Where both have a value: take the file's"), FILE)
        self.prefer.addItem(_tr("Where both have a value: keep the database's"), DATABASE)
        self.prefer.setCurrentIndex(self.prefer.findData(self.options.prefer))
        self.prefer.currentIndexChanged.connect(self.update_preview)
        self.buttons = ok_cancel(self)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(_tr("&Import"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        self.notes = QLabel(self)
        self.notes.setObjectName("import_note")
        self.notes.setWordWrap(True)
        layout.addWidget(self.notes)
        self.mapping_table: QTableWidget | None = None
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        if mapping is not None:
            splitter.addWidget(self._mapping_panel(mapping))
        splitter.addWidget(self.table)
        splitter.setStretchFactor(splitter.count() - 1, 3)
        layout.addWidget(splitter, 1)
        row = QHBoxLayout()
        row.addWidget(self.show_unchanged)
        row.addStretch(1)
        row.addWidget(self.prefer)
        layout.addLayout(row)
        layout.addWidget(self.buttons)
        self.set_plan(plan)
        self.table.setCurrentCell(-1, -1)
        ok.setFocus()

    # --- the column mapping (CSV) -------------------------------------------------------------------
    def _mapping_panel(self, mapping: Mapping) -> QWidget:
        panel = QWidget(self)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        profile = _tr(PROFILE_TEXT.get(mapping.profile, PROFILE_TEXT["generic"]))
        text = _tr("Recognised as {profile}. Choose what each column of the file is; your choice is "
                   "remembered for files with the same columns.").format(profile=profile)  # fmt: skip
        label = QLabel(text, panel)
        label.setObjectName("import_profile")
        label.setWordWrap(True)
        table = QTableWidget(len(mapping.headers), 3, panel)
        table.setObjectName("import_mapping")
        table.setHorizontalHeaderLabels([_tr("Column in the file"), _tr("Example"), _tr("Contact field")])
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setSectionResizeMode(SAMPLE, QHeaderView.ResizeMode.Stretch)
        samples = self._samples()
        choices = [IGNORE, *[t for t in TARGETS if t != LABEL], LABEL, FORMATTED]
        for index, (header, target) in enumerate(zip(mapping.headers, mapping.targets, strict=True)):
            table.setItem(index, HEADER, QTableWidgetItem(header))
            table.setItem(index, SAMPLE, QTableWidgetItem(samples.get(header, "")))
            combo = QComboBox(table)
            combo.setObjectName(f"map_{index}")
            for choice in choices:
                combo.addItem(_target_text(choice), choice)
            combo.setCurrentIndex(max(0, combo.findData(target.field)))
            table.setCellWidget(index, TARGET, combo)
        table.resizeColumnToContents(HEADER)
        table.setColumnWidth(TARGET, 260)
        self.mapping_table = table
        update = QPushButton(_tr("&Update Preview"), panel)
        update.setObjectName("action_update_preview")
        update.clicked.connect(self.update_preview)
        row = QHBoxLayout()
        row.addWidget(label, 1)
        row.addWidget(update)
        layout.addLayout(row)
        layout.addWidget(table)
        return panel

    def _samples(self) -> dict[str, str]:
        """The first value of each column among the file's first rows (read again: a few, bounded)."""
        if self.source.csv is None:
            return {}
        try:
            return sample_values(self.source.csv)
        except OSError:
            return {}

    def chosen_mapping(self) -> Mapping | None:
        if self.mapping is None or self.mapping_table is None:
            return self.mapping
        fields = []
        for index in range(self.mapping_table.rowCount()):
            combo = self.mapping_table.cellWidget(index, TARGET)
            assert isinstance(combo, QComboBox)
            fields.append(str(combo.currentData()))
        return self.mapping.with_fields(fields)

    def update_preview(self) -> None:
        """Preview again with the chosen mapping and choice (in the worker); the table follows."""
        self.mapping = self.chosen_mapping()
        self.options = ImportOptions(prefer=str(self.prefer.currentData()))
        self.setEnabled(False)

        def done(plan: ImportResult | None) -> None:
            self.setEnabled(True)
            if plan is not None:
                self.set_plan(plan)

        def refused(exc: errors.UserError) -> None:
            self.setEnabled(True)
            prompts.error(self, _tr("Import Contacts"), exc.message)

        worker.run_job(self, _tr("Import Contacts"), import_job(self.ctx.db, self.source, self.mapping,
                       self.options, False), on_done=done, on_refused=refused,
                       label=_tr("Reading {file}\u2026").format(file=self.file.name),
                       object_name="dialog_import_progress")  # fmt: skip

    def set_plan(self, plan: ImportResult) -> None:
        self.plan = plan
        self.heading.setText(self._heading())
        notes = [n.message for n in plan.notes]
        if not plan.complete:
            shown = _tr("The first {shown} of {total} rows are shown; the import takes them all.")
            notes.append(shown.format(shown=len(plan.rows), total=plan.total))
        self.notes.setText("\n".join(notes))
        self.notes.setVisible(bool(notes))
        self.show_unchanged.setChecked(plan.count(UNCHANGED) <= 20 or not self._work())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self._work() > 0)
        self._fill()
        self._filter(self.show_unchanged.isChecked())

    def _work(self) -> int:
        return self.plan.count(CREATE) + self.plan.count(UPDATE)

    def _heading(self) -> str:
        text = _tr("{file}: %n contact(s) \u2013 {summary}.", self.plan.total).format(
            file=self.file.name, summary=summary(self.plan)
        )
        if self.plan.dropped_rows:
            text += " " + _tr("%n row(s) have values that are not stored (see the last column).",
                              self.plan.dropped_rows)  # fmt: skip
        if self._work():
            text += " " + _tr("Nothing has been written yet. Import applies the new and changed contacts in "
                              "one step; refused rows are left out.")  # fmt: skip
        return text

    def _setup_table(self) -> None:
        table = self.table
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setWordWrap(True)
        table.setAlternatingRowColors(True)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        for column in (LINE, ACTION):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CONTACT, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(CHANGES, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(PROPAGATION, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(NOT_STORED, QHeaderView.ResizeMode.Interactive)
        table.setColumnWidth(CONTACT, 220)
        table.setColumnWidth(PROPAGATION, 200)
        table.setColumnWidth(NOT_STORED, 260)

    def _fill(self) -> None:
        self.table.setRowCount(len(self.plan.rows))
        top = Qt.AlignmentFlag.AlignTop
        for index, row in enumerate(self.plan.rows):
            known = row.contact_no and row.action != CREATE  # a new contact's number comes on import
            items = {
                LINE: QTableWidgetItem(str(row.line)),
                CONTACT: QTableWidgetItem(f"{row.contact_no} \u00b7 {row.name}" if known else row.name),
                ACTION: self._action_item(row),
                CHANGES: self._changes_item(row),
                PROPAGATION: QTableWidgetItem("\n".join(self._propagation(row))),
                NOT_STORED: self._dropped_item(row),
            }
            for column, item in items.items():
                side = Qt.AlignmentFlag.AlignRight if column == LINE else Qt.AlignmentFlag.AlignLeft
                item.setTextAlignment(top | side)
                self.table.setItem(index, column, item)
        if not hasattr(self, "_fit_timer"):
            self._fit_timer = QTimer(self)  # many column resizes, one fit of the row heights
            self._fit_timer.setSingleShot(True)
            self._fit_timer.setInterval(0)
            self._fit_timer.timeout.connect(self._fit_rows)
            self.table.horizontalHeader().sectionResized.connect(self._schedule_fit)
        self._schedule_fit()

    def _schedule_fit(self) -> None:
        self._fit_timer.start()

    def _fit_rows(self) -> None:
        """Row heights follow the wrapped text once the columns have their widths."""
        self.table.resizeRowsToContents()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_rows()

    def _action_item(self, row: RowResult) -> QTableWidgetItem:
        item = QTableWidgetItem(_tr(ACTION_TEXT[row.action]))
        item.setData(Qt.ItemDataRole.UserRole, row.action)
        if row.conflicts or row.overwrites:  # both sides have a value: the user chooses row by row
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            takes_file = not self.options.keeps(row.line)
            item.setCheckState(Qt.CheckState.Checked if takes_file else Qt.CheckState.Unchecked)
            item.setToolTip(_tr("Checked: the file's values replace the database's where both have one. "
                                "Unchecked: the database keeps its values."))  # fmt: skip
        if row.action in COLOURS:
            item.setForeground(QColor(COLOURS[row.action]))
            font = QFont(self.table.font())
            font.setBold(True)
            item.setFont(font)
        else:
            item.setForeground(self.palette().placeholderText())
        return item

    def _changes_item(self, row: RowResult) -> QTableWidgetItem:
        if row.action == ERROR:
            item = QTableWidgetItem(row.message)
            item.setForeground(QColor(COLOURS[ERROR]))
            return item
        if row.action == CREATE:  # a new contact's values: the first few, all of them in the tooltip
            values = {c.field: c.new for c in row.changes}
            kind = _tr("Person") if values.get("type") == "person" else _tr("Company")
            parts = [f"{_caption(f)}: {_value(v)}" for f, v in values.items() if f not in NOT_LISTED]
            if row.company_created:
                parts.insert(0, _tr("New company: {name}").format(name=row.company_created))
            text = ", ".join([kind, *parts[:4]]) + (", \u2026" if len(parts) > 4 else "")
            item = QTableWidgetItem(text)
            item.setToolTip("\n".join([kind, *parts]))
            return item
        lines = [f"{_caption(c.field)}: {_value(c.old)} \u2192 {_value(c.new)}" for c in row.changes]
        kept = _tr("{field}: {old} kept (file: {new})")
        lines += [kept.format(field=_caption(c.field), old=_value(c.old), new=_value(c.new))
                  for c in row.conflicts]  # fmt: skip
        if row.company_created:
            lines.append(_tr("New company: {name}").format(name=row.company_created))
        return QTableWidgetItem("\n".join(lines))

    @staticmethod
    def _dropped_item(row: RowResult) -> QTableWidgetItem:
        lines = [_dropped_text(d) for d in row.dropped]
        item = QTableWidgetItem("\n".join(lines[:6]) + ("\n\u2026" if len(lines) > 6 else ""))
        item.setToolTip("\n".join(lines))
        return item

    @staticmethod
    def _propagation(row: RowResult) -> list[str]:
        return [
            f"{errors.translate(kinds.kind(p.table).texts.caption)} {p.no}: "
            f"{', '.join(_caption(f) for f in p.fields)}"
            for p in row.propagation
        ]

    def _filter(self, show_unchanged: bool) -> None:
        for index, row in enumerate(self.plan.rows):
            quiet = row.action == UNCHANGED and not row.conflicts and not row.dropped
            self.table.setRowHidden(index, quiet and not show_unchanged)

    def _rows_choosing_otherwise(self) -> list[int]:
        """Lines whose check box differs from the choice below the table (which side wins)."""
        lines = []
        for index, row in enumerate(self.plan.rows):
            item = self.table.item(index, ACTION)
            if item is None or not item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                continue
            takes_file = item.checkState() == Qt.CheckState.Checked
            if takes_file != (self.options.prefer == FILE):
                lines.append(row.line)
        return lines

    # --- OK: apply ----------------------------------------------------------------------------------
    def accept(self) -> None:
        """Import in one unit of work, in the worker; on a refusal of the whole import the dialog stays."""
        title = _tr("Import Contacts")
        self.mapping = self.chosen_mapping()
        self.options = ImportOptions(self.options.prefer, frozenset(self._rows_choosing_otherwise()))
        self.setEnabled(False)

        def done(report: ImportResult | None) -> None:
            self.setEnabled(True)
            if report is None:  # cancelled: nothing was written
                return
            self.report = report
            log.info("imported a file: %s", summary(report))
            parent = self.parentWidget()
            super(ImportPreviewDialog, self).accept()
            prompts.info(parent, title, report_text(report))

        def refused(exc: errors.UserError) -> None:
            self.setEnabled(True)
            prompts.error(self, title, exc.message)

        worker.run_job(self, title, import_job(self.ctx.db, self.source, self.mapping, self.options, True),
                       on_done=done, on_refused=refused, label=_tr("Importing {file}\u2026").format(
                           file=self.file.name), object_name="dialog_import_progress")  # fmt: skip


def _dropped_text(dropped: Dropped) -> str:
    reason = _tr(REASONS.get(dropped.reason, dropped.reason))
    if not dropped.value:
        return f"{dropped.source} ({reason})"
    return f"{dropped.source}: {dropped.value} ({reason})"


def report_text(report: ImportResult) -> str:
    text = _tr("Import finished: {summary}.").format(summary=summary(report))
    if report.companies_created:
        text += " " + _tr("%n company contact(s) made for persons whose company was new.",
                          report.companies_created)  # fmt: skip
    if report.dropped_rows:
        text += " " + _tr("%n row(s) had values that were not stored, as the preview listed.",
                          report.dropped_rows)  # fmt: skip
    failed = [r for r in report.rows if r.action == ERROR]
    if failed:
        text += "\n\n" + _tr("Not imported:") + "\n" + "\n".join(
            _tr("Line {line} ({name}): {message}").format(line=r.line, name=r.name, message=r.message)
            for r in failed[:20]
        )  # fmt: skip
    return text


__all__ = ["ImportPreviewDialog", "import_job", "report_text", "run_preview", "summary"]
