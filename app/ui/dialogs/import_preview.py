"""Import preview: per row new / change (old → new) / unchanged / error and what propagates; OK applies."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import errors, kinds
from app.domain.fields import caption
from app.io.columns import IncomingRow
from app.io.importer import CREATE, ERROR, UNCHANGED, UPDATE, ImportResult, RowResult, apply_import
from app.ui import prompts, runner
from app.ui.actions import T
from app.ui.context import AppContext
from app.ui.dialogs.common import ok_cancel

log = logging.getLogger(__name__)
LINE, CONTACT, ACTION, CHANGES, PROPAGATION = range(5)
NOT_LISTED = frozenset({"type", "name", "search_name"})  # the contact column shows the name already
COLOURS = {CREATE: "#1b7f3b", UPDATE: "#1d5fb4", ERROR: "#b42318"}
ACTION_TEXT = {  # translated where shown
    CREATE: T("import", "New"),
    UPDATE: T("import", "Change"),
    UNCHANGED: T("import", "Unchanged"),
    ERROR: T("import", "Error"),
}


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


class ImportPreviewDialog(QDialog):
    """objectName `dialog_import_preview`; table `import_rows`. Nothing is written before OK; OK imports the
    new and changed rows in one transaction and reports what happened; Cancel writes nothing."""

    def __init__(
        self,
        ctx: AppContext,
        file: Path,
        rows: list[IncomingRow],
        plan: ImportResult,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.file, self.rows, self.plan = ctx, file, rows, plan
        self.report: ImportResult | None = None
        self.setObjectName("dialog_import_preview")
        self.setWindowTitle(_tr("Import Contacts \u2013 Preview"))
        self.resize(1040, 560)
        heading = QLabel(self._heading(), self)
        heading.setObjectName("import_summary")
        heading.setWordWrap(True)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("import_rows")
        self.table.setHorizontalHeaderLabels(
            [_tr("Line"), _tr("Contact"), _tr("Action"), _tr("Changes"), _tr("Propagates to")]
        )
        self._setup_table()
        self.show_unchanged = QCheckBox(_tr("Show unchanged rows"), self)
        self.show_unchanged.setObjectName("show_unchanged")
        self.show_unchanged.setChecked(plan.count(UNCHANGED) <= 20 or not self._work())
        self.show_unchanged.toggled.connect(self._filter)
        self.buttons = ok_cancel(self)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(_tr("&Import"))
        ok.setEnabled(self._work() > 0)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        for note in plan.notes:
            label = QLabel(note.message, self)
            label.setObjectName("import_note")
            layout.addWidget(label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.show_unchanged)
        layout.addWidget(self.buttons)
        self._fill()
        self._filter(self.show_unchanged.isChecked())
        self.table.setCurrentCell(-1, -1)
        ok.setFocus()

    def _work(self) -> int:
        return self.plan.count(CREATE) + self.plan.count(UPDATE)

    def _heading(self) -> str:
        text = _tr("{file}: %n contact(s) \u2013 {summary}.", len(self.plan.rows)).format(
            file=self.file.name, summary=summary(self.plan)
        )
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
        table.setColumnWidth(CONTACT, 250)
        table.setColumnWidth(PROPAGATION, 240)

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
            }
            for column, item in items.items():
                side = Qt.AlignmentFlag.AlignRight if column == LINE else Qt.AlignmentFlag.AlignLeft
                item.setTextAlignment(top | side)
                self.table.setItem(index, column, item)
        self._fit_timer = QTimer(self)  # many column resizes, one fit of the row heights
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self._fit_rows)
        self.table.horizontalHeader().sectionResized.connect(self._schedule_fit)

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
            text = ", ".join([kind, *parts[:4]]) + (", \u2026" if len(parts) > 4 else "")
            item = QTableWidgetItem(text)
            item.setToolTip("\n".join([kind, *parts]))
            return item
        lines = [f"{_caption(c.field)}: {_value(c.old)} \u2192 {_value(c.new)}" for c in row.changes]
        return QTableWidgetItem("\n".join(lines))

    @staticmethod
    def _propagation(row: RowResult) -> list[str]:
        return [
            f"{errors.translate(kinds.kind(p.table).texts.caption)} {p.no}: "
            f"{', '.join(_caption(f) for f in p.fields)}"
            for p in row.propagation
        ]

    def _filter(self, show_unchanged: bool) -> None:
        for index, row in enumerate(self.plan.rows):
            self.table.setRowHidden(index, row.action == UNCHANGED and not show_unchanged)

    # --- OK: apply ----------------------------------------------------------------------------------
    def accept(self) -> None:
        """Import in one unit of work; on a refusal of the whole import the dialog stays open."""
        title = _tr("Import Contacts")
        report = runner.run(self, self.ctx.db, apply_import, self.rows, self.plan.notes, title=title).value
        if report is None:
            return
        self.report = report
        log.info("imported %s: %s", self.file, summary(report))
        super().accept()
        prompts.info(self.parentWidget(), title, report_text(report))


def report_text(report: ImportResult) -> str:
    text = _tr("Import finished: {summary}.").format(summary=summary(report))
    failed = [r for r in report.rows if r.action == ERROR]
    if failed:
        text += "\n\n" + _tr("Not imported:") + "\n" + "\n".join(
            _tr("Line {line} ({name}): {message}").format(line=r.line, name=r.name, message=r.message)
            for r in failed[:20]
        )  # fmt: skip
    return text


__all__ = ["ImportPreviewDialog", "report_text", "summary"]
