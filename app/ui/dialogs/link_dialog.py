"""Link with existing (SPEC §7.1): pick the record, choose which side's data wins, per field if wished."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select
from sqlalchemy.orm import Session

from app import errors
from app.domain.fields import caption
from app.errors import UserError, domain_text
from app.kinds import kind as registry_kind
from app.models import ContactBusinessRelation
from app.operations import link_existing, link_rules
from app.ui import prompts, runner
from app.ui.context import AppContext
from app.ui.dialogs.common import cell, ok_cancel, show_refusal
from app.ui.dialogs.link_differences import DifferencesTable

log = logging.getLogger(__name__)
LIMIT = 200  # rows shown at once; the search narrows a long list


class LinkDialog(QDialog):
    """Choose a `table` record without a contact and link it to the contact (or the person's company).

    Chosen behaviour for refusals: the constructor checks what can be known before the user picks anything —
    the setup code for the kind (require_relation_code), a person without a company for a vendor or bank
    account, a contact that already has a link of this kind — and raises the domain's UserError; the caller
    shows it in a prompt (`link_with_existing` below does; the contact card opens the dialog through it). OK
    runs link_existing through the runner; a refusal is shown and the dialog stays open, the choices intact.
    """

    def __init__(self, ctx: AppContext, contact_no: str, table: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._contact_no, self._table = ctx, contact_no, table
        with ctx.db.session() as session:
            self._precheck(session)
        self.linked_no: str | None = None
        self.setObjectName("dialog_link")
        texts = registry_kind(table).texts
        kind = domain_text(texts.caption)
        self.setWindowTitle(self.tr("Link Contact with Existing {kind}").format(kind=kind))

        heading = QLabel(
            self.tr("Link contact {no} \u00b7 {name} with an existing {kind}.").format(
                no=self._holder_no,
                name=self._holder_name,
                kind=domain_text(texts.lower),
            ),
            self,
        )
        heading.setWordWrap(True)
        self.search = QLineEdit(self)
        self.search.setObjectName("link_search")
        self.search.setPlaceholderText(self.tr("Search by no., name or city"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._load_records)
        self.records = QTableWidget(0, 3, self)
        self.records.setObjectName("link_record")
        self.records.setHorizontalHeaderLabels([self.tr("No."), self.tr("Name"), self.tr("City")])
        self.records.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.records.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.records.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.records.verticalHeader().setVisible(False)
        self.records.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.records.itemSelectionChanged.connect(self._on_record_chosen)
        self.records.itemDoubleClicked.connect(self._on_double_click)
        self.more = QLabel(self)
        self.more.setObjectName("link_more")
        self.more.setStyleSheet("color: palette(mid);")

        self.master = QComboBox(self)
        self.master.setObjectName("link_master")
        self.master.addItem(self.tr("Contact"), "contact")
        self.master.addItem(kind, "record")
        self.master.currentIndexChanged.connect(self._on_master_changed)
        if registry_kind(table).one_way:  # SPEC §13.2: the contact's values win, always
            self.master.setEnabled(False)
            self.master.setToolTip(
                self.tr("The contact's values always win: this kind is synchronized from the contact only.")
            )
        self.differences = DifferencesTable(kind, self)
        self.differences.one_way = registry_kind(table).one_way
        self.differences.choices_changed.connect(self._update_summary)
        self.name_warning = QLabel(self)
        self.name_warning.setObjectName("link_name_warning")
        self.name_warning.setWordWrap(True)
        self.name_warning.setTextFormat(Qt.TextFormat.PlainText)
        self.name_warning.setFrameShape(QFrame.Shape.StyledPanel)
        self.name_warning.setVisible(False)
        bold = self.name_warning.font()
        bold.setBold(True)
        self.name_warning.setFont(bold)
        self.summary = QLabel(self)
        self.summary.setObjectName("link_loss_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self._parties: link_existing.LinkParties | None = None

        pick = QGroupBox(self.tr("{kinds} without a Contact").format(kinds=domain_text(texts.plural)), self)
        pick_layout = QVBoxLayout(pick)
        pick_layout.addWidget(self.search)
        pick_layout.addWidget(self.records)
        pick_layout.addWidget(self.more)
        compare = QGroupBox(self.tr("Which Data Wins"), self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("Current &master fields:"), self.master)
        compare_layout = QVBoxLayout(compare)
        compare_layout.addLayout(form)
        compare_layout.addWidget(self.differences)
        compare_layout.addWidget(self.differences.hint)
        compare_layout.addWidget(self.summary)
        self.buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(pick, 2)
        layout.addWidget(self.name_warning)
        layout.addWidget(compare, 3)
        layout.addWidget(self.buttons)
        self.resize(760, 720)
        self._load_records()
        self._on_record_chosen()

    def _precheck(self, session: Session) -> None:
        holder = link_rules.check_can_link(session, self._contact_no, self._table)
        self._holder_no, self._holder_name = holder.no, holder.name

    # --- the record list ----------------------------------------------------------------------------
    def _load_records(self) -> None:
        chosen = self.selected_no()
        model = registry_kind(self._table).model
        no, name, city = model.no, model.name, model.city  # type: ignore[attr-defined]
        linked = select(ContactBusinessRelation.no).where(
            ContactBusinessRelation.link_to_table == self._table, ContactBusinessRelation.no.is_not(None)
        )
        query = select(no, name, city).where(no.not_in(linked))
        text = self.search.text().strip()
        if text:
            query = query.where(
                no.icontains(text, autoescape=True)
                | name.icontains(text, autoescape=True)
                | city.icontains(text, autoescape=True)
            )
        with self._ctx.db.session() as session:
            rows = session.execute(query.order_by(no).limit(LIMIT + 1)).all()
        self.records.blockSignals(True)
        self.records.setRowCount(0)
        for row, values in enumerate(rows[:LIMIT]):
            self.records.insertRow(row)
            for column, value in enumerate(values):
                self.records.setItem(row, column, QTableWidgetItem(value or ""))
        self.records.blockSignals(False)
        self.records.resizeColumnToContents(0)
        self.more.setText(
            self.tr("Showing the first {n}; type to narrow the list.").format(n=LIMIT)
            if len(rows) > LIMIT
            else ""
        )
        self.more.setVisible(len(rows) > LIMIT)
        if not (chosen and self.select_record(chosen)):
            self._on_record_chosen()

    def selected_no(self) -> str | None:
        rows = self.records.selectionModel().selectedRows() if self.records.selectionModel() else []
        return cell(self.records, rows[0].row(), 0).text() if rows else None

    def select_record(self, no: str) -> bool:
        """Select the record `no` in the list; False when it is not listed (linked, or filtered out)."""
        for row in range(self.records.rowCount()):
            if cell(self.records, row, 0).text() == no:
                self.records.selectRow(row)
                return True
        return False

    def _on_record_chosen(self) -> None:
        no = self.selected_no()
        self.buttons.button(self.buttons.StandardButton.Ok).setEnabled(no is not None)
        self._parties = None
        if no is None:
            self.differences.show_rows(None, self.master.currentData())
            self._update_summary()
            return
        try:
            with self._ctx.db.session() as session:
                rows = self.differences.compare(session, self._contact_no, self._table, no)
                self._parties = link_existing.parties(session, self._contact_no, self._table, no)
        except UserError as exc:
            show_refusal(self, exc)
            return
        self.differences.show_rows(rows, self.master.currentData())
        self._update_summary()

    def _update_summary(self) -> None:
        """The name warning and, per record, the values it will lose with the choices as they stand."""
        parties, no = self._parties, self.selected_no()
        self.name_warning.setVisible(bool(parties and parties.names_differ))
        if parties is None or no is None:
            self.summary.setText("")
            return
        texts = registry_kind(self._table).texts
        if parties.names_differ:
            self.name_warning.setText(self.name_warning_text())
        lost = self.differences.losses()
        if not lost.contact and not lost.record:
            self.summary.setText(
                self.tr("Nothing is overwritten: only blank fields are filled.")
                if self.differences.rowCount()
                else ""
            )
            return
        nothing = self.tr("nothing")
        lines = [
            self.tr("What each record loses when you choose OK:"),
            self.tr("• Contact {no}: {fields}").format(
                no=parties.holder_no, fields=self._captions(lost.contact) or nothing
            ),
            self.tr("• {kind} {no}: {fields}").format(
                kind=domain_text(texts.caption), no=no, fields=self._captions(lost.record) or nothing
            ),
        ]
        others = [(t, n) for t, n in parties.also_linked if (t, n) != (self._table, no)]
        if lost.contact and others:
            lines.append(
                self.tr("The contact's linked records take its new values too: {records}.").format(
                    records=", ".join(f"{domain_text(registry_kind(t).texts.caption)} {n}" for t, n in others)
                )
            )
        self.summary.setText("\n".join(lines))

    def name_warning_text(self) -> str:
        assert self._parties is not None
        return self.tr(
            "⚠ The names differ: contact “{contact}”, {kind} “{record}”. "
            "Make sure both are the same party before you link them."
        ).format(
            contact=self._parties.holder_name,
            kind=domain_text(registry_kind(self._table).texts.lower),
            record=self._parties.record_name,
        )

    @staticmethod
    def _captions(fields: list[str]) -> str:
        return ", ".join(errors.translate(caption(field)) for field in fields)

    def _on_double_click(self, _item: QTableWidgetItem) -> None:
        self.accept()

    def _on_master_changed(self, _index: int) -> None:
        self.differences.set_all(self.master.currentData())
        self._update_summary()

    # --- the result ---------------------------------------------------------------------------------
    def choices(self) -> dict[str, str]:
        """{contact field: 'contact' | 'record'} as chosen per differing field."""
        return self.differences.choices()

    def accept(self) -> None:
        no = self.selected_no()
        if no is None:
            prompts.error(self, self.windowTitle(), self.tr("Choose the record to link."))
            return
        if self._parties is not None and self._parties.names_differ:
            question = self.name_warning_text() + "\n\n" + self.tr("Link them anyway?")
            if not prompts.question(self, self.windowTitle(), question):
                return
        outcome = runner.run(
            self, self._ctx.db, link_existing.link_existing,
            self._contact_no, self._table, no, self.master.currentData(), self.choices(),
        )  # fmt: skip
        if not outcome.done:  # shown; the dialog stays open with the user's choices intact
            return
        log.info("linked contact %s with %s %s", self._holder_no, self._table, no)
        self.linked_no = no
        super().accept()


def link_with_existing(
    ctx: AppContext, contact_no: str, table: str, parent: QWidget | None = None
) -> str | None:
    """Open the dialog modally (a refusal at opening is shown); the linked record's number, or None."""
    try:
        dialog = LinkDialog(ctx, contact_no, table, parent)
    except UserError as exc:
        runner.refused(parent, exc, QCoreApplication.translate("LinkDialog", "Link with Existing"))
        return None
    try:
        return dialog.linked_no if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


__all__ = ["LinkDialog", "link_with_existing"]
