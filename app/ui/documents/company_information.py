"""Company Information (BC's page of that name): what every printed document says about us — address, VAT
registration and register data, the bank account in the footer, the local currency."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtWidgets import QDialog, QFormLayout, QGroupBox, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.documents import company_information, update_company_information
from app.models import BankAccount, CountryRegion, Currency
from app.ui import runner
from app.ui.context import AppContext
from app.ui.dialogs.common import CodeCombo, CodeItems, code_items, go_to_field, ok_cancel
from app.ui.widgets import field_caption

log = logging.getLogger(__name__)
GROUPS = (
    ("General", ("name", "address", "address_2", "post_code", "city", "country_region_code")),
    ("Communication", ("phone_no", "email", "home_page")),
    ("Registration", ("vat_registration_no", "registration_no", "register_court", "managing_director")),
    ("Payments", ("bank_account_no", "local_currency_code")),
)
CODES = {"country_region_code", "bank_account_no", "local_currency_code"}


def _load(session: Session) -> tuple[dict[str, str], dict[str, CodeItems]]:
    info = company_information(session)
    values = {field: getattr(info, field) for _title, fields in GROUPS for field in fields}
    banks = [(no, name) for no, name in session.execute(select(BankAccount.no, BankAccount.name).order_by(
        BankAccount.no))]  # fmt: skip
    choices = {
        "country_region_code": code_items(session, CountryRegion, "name"),
        "bank_account_no": banks,
        "local_currency_code": code_items(session, Currency),
    }
    return values, choices


class CompanyInformationDialog(QDialog):
    """objectName `dialog_company_information`; editors `field_<column>`. OK checks every value in one unit
    of work (a refusal goes to its field, nothing is written); Cancel writes nothing."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setObjectName("dialog_company_information")
        self.setWindowTitle(self.tr("Company Information"))
        values, choices = runner.read(ctx.db, _load)
        self._loaded = values
        self.editors: dict[str, QWidget] = {}
        titles = {
            "General": self.tr("General"),
            "Communication": self.tr("Communication"),
            "Registration": self.tr("Registration"),
            "Payments": self.tr("Payments"),
        }
        columns = [QVBoxLayout(), QVBoxLayout()]
        for index, (title, fields) in enumerate(GROUPS):
            box = QGroupBox(titles[title], self)
            form = QFormLayout(box)
            for field in fields:
                editor: QWidget
                if field in CODES:
                    editor = CodeCombo(choices[field], parent=box)
                    editor.setSizeAdjustPolicy(
                        CodeCombo.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
                    )
                    editor.setMinimumContentsLength(24)
                    editor.set_code(values[field])
                else:
                    editor = QLineEdit(values[field], box)
                editor.setObjectName(f"field_{field}")
                self.editors[field] = editor
                form.addRow(field_caption(field) + ":", editor)
            columns[index % 2].addWidget(box)
        row = QHBoxLayout()
        for column in columns:
            column.addStretch(1)
            row.addLayout(column, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(ok_cancel(self))
        self.resize(820, 440)

    def value(self, field: str) -> str:
        editor = self.editors[field]
        return editor.code() if isinstance(editor, CodeCombo) else editor.text()  # type: ignore[attr-defined]

    def set_value(self, field: str, value: str) -> None:
        editor = self.editors[field]
        if isinstance(editor, CodeCombo):
            editor.set_code(value)
        else:
            editor.setText(value)  # type: ignore[attr-defined]

    def changed_values(self) -> dict[str, Any]:
        return {f: self.value(f) for f, old in self._loaded.items() if self.value(f) != old}

    def accept(self) -> None:
        values = self.changed_values()
        outcome = runner.run(
            self, self._ctx.db, update_company_information, values, on_refusal=go_to_field(self.editors)
        )
        if not outcome.done:
            return
        log.info("company information saved: %s", sorted(values))
        super().accept()


__all__ = ["CompanyInformationDialog"]
