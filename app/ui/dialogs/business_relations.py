"""A contact's business relations (SPEC §5.3–§5.4): its links and plain relations; add, remove, open."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from app import errors
from app.domain.links import link_holder
from app.domain.records import get_record
from app.domain.setup import reserved_codes
from app.kinds import kind as registry_kind
from app.models import BusinessRelation, ContactBusinessRelation
from app.operations import relations
from app.ui import prompts, runner
from app.ui.context import AppContext
from app.ui.dialogs.common import CodeCombo, cell, code_items

log = logging.getLogger(__name__)
CODE, DESCRIPTION, TABLE, NO = range(4)


class ContactRelationsDialog(QDialog):
    """The relations of the contact, or of its company for a person (links sit on the company, SPEC §5.2).

    Adding offers every code; the domain refuses the codes the setup reserves for links. Removing asks
    first and removes only the relation: both records stay. A contact that does not exist raises UserError.
    """

    def __init__(self, ctx: AppContext, contact_no: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        with ctx.db.session() as session:
            holder = link_holder(session, get_record(session, "contact", contact_no))
            self._no, name = holder.no, holder.name
            # A person's own links (kinds that link to persons, e.g. employee) are listed and removed too.
            self._owners = [holder.no] + ([contact_no] if holder.no != contact_no else [])
            codes = code_items(session, BusinessRelation)
            reserved = reserved_codes(session)
        self.setObjectName("dialog_business_relations")
        self.setWindowTitle(
            self.tr("Business Relations \u2013 {no} \u00b7 {name}").format(no=self._no, name=name)
        )
        intro = self.tr("Business relations of contact {no} \u00b7 {name}").format(no=self._no, name=name)
        if holder.no != contact_no:
            intro += " " + self.tr("(the company of contact {no})").format(no=contact_no)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("relations_table")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Code"), self.tr("Description"), self.tr("Linked To"), self.tr("Linked No.")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(self._on_double_click)
        self.code = CodeCombo(codes, blank=False, parent=self)
        self.code.setObjectName("relation_code")
        self.code.setSizeAdjustPolicy(CodeCombo.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.code.setMinimumContentsLength(24)
        self.code.set_code(next((code for code, _ in codes if code not in reserved), ""))
        self.add_button = self._button(self.tr("&Add Relation"), "relation_add")
        self.add_button.clicked.connect(self.add_selected_code)
        self.open_button = self._button(self.tr("&Open Linked Card"), "relation_open")
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button = self._button(self.tr("&Remove"), "relation_remove")
        self.remove_button.clicked.connect(self.remove_selected)
        row = QHBoxLayout()
        row.addWidget(self.code)
        row.addWidget(self.add_button)
        row.addStretch(1)
        row.addWidget(self.open_button)
        row.addWidget(self.remove_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(intro, self))
        layout.addWidget(self.table)
        layout.addLayout(row)
        layout.addWidget(close)
        self.resize(640, 360)
        ctx.controller.changed.connect(self._on_changed)
        self.reload()

    def _button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        return button

    def reload(self) -> None:
        chosen = self.selected()
        with self._ctx.db.session() as session:
            rows = session.execute(
                select(
                    ContactBusinessRelation.business_relation_code,
                    BusinessRelation.description,
                    ContactBusinessRelation.link_to_table,
                    ContactBusinessRelation.no,
                )
                .join(
                    BusinessRelation, BusinessRelation.code == ContactBusinessRelation.business_relation_code
                )
                .add_columns(ContactBusinessRelation.contact_no)
                .where(ContactBusinessRelation.contact_no.in_(self._owners))
                .order_by(ContactBusinessRelation.business_relation_code)
            ).all()
        self.table.setRowCount(0)
        for index, (code, description, table, no, owner) in enumerate(rows):
            self.table.insertRow(index)
            kind = errors.translate(registry_kind(table).texts.caption) if table else ""
            for column, text in enumerate((code, description, kind, no or "")):
                item = QTableWidgetItem(text)
                if column == TABLE:
                    item.setData(Qt.ItemDataRole.UserRole, table or "")
                if column == CODE:
                    item.setData(Qt.ItemDataRole.UserRole, owner)  # whose row: the company or the person
                self.table.setItem(index, column, item)
        self.table.resizeColumnToContents(CODE)
        if chosen:
            self.select_code(chosen[0])
        self._update_buttons()

    def selected(self) -> tuple[str, str, str] | None:
        """(code, linked table or '', linked no. or '') of the selected row."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        row = rows[0].row()
        return (
            cell(self.table, row, CODE).text(),
            cell(self.table, row, TABLE).data(Qt.ItemDataRole.UserRole),
            cell(self.table, row, NO).text(),
        )

    def select_code(self, code: str) -> bool:
        for row in range(self.table.rowCount()):
            if cell(self.table, row, CODE).text() == code:
                self.table.selectRow(row)
                return True
        return False

    def _update_buttons(self) -> None:
        chosen = self.selected()
        self.remove_button.setEnabled(chosen is not None)
        self.open_button.setEnabled(bool(chosen and chosen[1]))

    def add_selected_code(self) -> None:
        code = self.code.code()
        if not runner.run(self, self._ctx.db, relations.add_relation, self._no, code).done:
            return
        self.reload()
        self.select_code(code)

    def remove_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        code, table, no = chosen
        rows = self.table.selectionModel().selectedRows()
        owner = cell(self.table, rows[0].row(), CODE).data(Qt.ItemDataRole.UserRole) or self._no
        if table:
            kind = errors.translate(registry_kind(table).texts.lower)
            question = self.tr(
                "Remove the link between contact {contact} and {kind} {no}? Contact and {kind} stay."
            ).format(contact=owner, kind=kind, no=no)
        else:
            question = self.tr(
                "Remove business relation {code} from contact {contact}? The contact stays."
            ).format(code=code, contact=owner)
        if not prompts.question(self, self.tr("Remove Business Relation"), question):
            return
        runner.run(self, self._ctx.db, relations.remove_relation, owner, code)
        self.reload()

    def open_selected(self) -> None:
        chosen = self.selected()
        if chosen and chosen[1]:
            self._ctx.open_card(chosen[1], chosen[2])

    def _on_double_click(self, _item: QTableWidgetItem) -> None:
        self.open_selected()

    def _on_changed(self, changes: dict[str, dict[str, set[str]]]) -> None:
        if "contact_business_relation" in changes or "business_relation" in changes:
            self.reload()
