"""File ▸ Import Contacts… shows the preview (nothing written before OK) and applies in one step;
File ▸ Export Contacts… writes all contacts or the ones selected in the contact list."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from app.io.files import read_contacts
from app.io.importer import CREATE, ERROR, UNCHANGED, UPDATE
from app.ui import prompts
from app.ui.dialogs.import_preview import CHANGES, CONTACT, PROPAGATION, ImportPreviewDialog
from app.ui.main_window import MainWindow
from tests.helpers.dump import dump
from tests.helpers.factory import get, linked_trio, make_company
from tests.ui.conftest import PromptLog, line

CSV = (
    "name;phone_no;email;city\n"
    "Müller GmbH;+49 30 3180552;;\n"  # matched by name (no post code on either side): update
    "Ruhig AG;;;\n"  # unchanged
    "Neu GmbH;;neu@firma.de;Köln\n"  # create
    "Kaputt KG;;kaputt@;\n"  # refused
)


@dataclass
class Answers(PromptLog):
    open_path: str | None = None

    def __call__(self, kind: str, title: str, text: str, options: Sequence[str]) -> Any:
        if kind == "open_file":
            self.calls.append((kind, title, text, tuple(options)))
            return self.open_path
        return super().__call__(kind, title, text, options)


@pytest.fixture
def chosen(main: MainWindow, tmp_path: Path) -> Answers:
    answers = Answers(open_path=str(tmp_path / "in.csv"))
    (tmp_path / "in.csv").write_text(CSV, encoding="utf-8-sig")
    prompts.set_answerer(answers)
    return answers


def open_preview(qtbot: QtBot, main: MainWindow) -> ImportPreviewDialog:
    main.commands["import_contacts"].trigger()
    dialog = main.findChild(ImportPreviewDialog, "dialog_import_preview")
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def cell_text(dialog: ImportPreviewDialog, row: int, column: int) -> str:
    item = dialog.table.item(row, column)
    return item.text() if item is not None else ""


def test_preview_shows_rows_and_ok_applies(qtbot: QtBot, main: MainWindow, chosen: Answers) -> None:
    db = main.ctx.db
    contact, customer, _vendor, bank = linked_trio(db)
    make_company(db, name="Ruhig AG")
    card = main.open_card("customer", customer)
    before = dump(db)

    dialog = open_preview(qtbot, main)
    assert dump(db) == before  # the preview wrote nothing
    assert [row.action for row in dialog.plan.rows] == [UPDATE, UNCHANGED, CREATE, ERROR]
    assert cell_text(dialog, 0, CONTACT) == f"{contact} \u00b7 Müller GmbH"
    assert cell_text(dialog, 0, CHANGES) == "Phone No.: +49 30 111 \u2192 +49 30 3180552"
    assert f"Customer {customer}: Phone No." in cell_text(dialog, 0, PROPAGATION)
    assert f"Bank Account {bank}: Phone No." in cell_text(dialog, 0, PROPAGATION)
    assert cell_text(dialog, 2, CONTACT) == "Neu GmbH"
    assert cell_text(dialog, 2, CHANGES) == "Company, City: Köln, Email: neu@firma.de"
    assert "\u201ckaputt@\u201d is not a valid e-mail address" in cell_text(dialog, 3, CHANGES)
    assert "1 new, 1 changed, 1 unchanged, 1 refused" in dialog.findChild(object, "import_summary").text()

    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled()
    ok.click()
    assert not dialog.isVisible()
    assert get(db, "customer", customer).phone_no == "+49 30 3180552"
    qtbot.waitUntil(lambda: line(card, "phone_no").text() == "+49 30 3180552")  # open cards follow
    report = chosen.texts("info")[-1]
    assert report.startswith("Import finished: 1 new, 1 changed, 1 unchanged, 1 refused.")
    assert "Line 5 (Kaputt KG)" in report


def test_cancel_writes_nothing(qtbot: QtBot, main: MainWindow, chosen: Answers) -> None:
    linked_trio(main.ctx.db)
    before = dump(main.ctx.db)
    dialog = open_preview(qtbot, main)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert dump(main.ctx.db) == before
    assert dialog.report is None and not chosen.texts("info")


def test_unchanged_rows_can_be_hidden(qtbot: QtBot, main: MainWindow, chosen: Answers) -> None:
    make_company(main.ctx.db, name="Ruhig AG")
    dialog = open_preview(qtbot, main)
    unchanged = next(i for i, row in enumerate(dialog.plan.rows) if row.action == UNCHANGED)
    dialog.show_unchanged.setChecked(False)
    assert dialog.table.isRowHidden(unchanged)
    dialog.show_unchanged.setChecked(True)
    assert not dialog.table.isRowHidden(unchanged)
    dialog.reject()


def test_export_of_the_rows_selected_in_the_contact_list(
    qtbot: QtBot, main: MainWindow, answers: PromptLog, tmp_path: Path
) -> None:
    db = main.ctx.db
    for name in ("Alpha AG", "Beta AG", "Gamma AG"):
        make_company(db, name=name)
    window = main.open_list("contact")
    qtbot.waitUntil(lambda: window.model.rowCount() == 3)
    selection = window.view.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in (0, 2):
        selection.select(window.model.index(row, 0), flags)
    answers.save_path = str(tmp_path / "auswahl.csv")

    main.commands["export_contacts"].trigger()
    assert answers.calls[-3][0] == "choose" and answers.calls[-3][3][0] == "The 2 selected contact(s)"
    rows, _notes = read_contacts(tmp_path / "auswahl.csv")
    assert [r.values["name"] for r in rows] == ["Alpha AG", "Gamma AG"]
    assert answers.texts("info")[-1].startswith("2 contact(s) exported to")

    answers.choice = "All contacts"
    answers.save_path = str(tmp_path / "alle")  # no suffix: vCard
    main.commands["export_contacts"].trigger()
    assert len(read_contacts(tmp_path / "alle.vcf")[0]) == 3


def test_menu_has_import_and_export(main: MainWindow) -> None:
    file_menu = main.menuBar().findChild(object, "menu_file")
    names = [a.objectName() for a in file_menu.actions()]
    assert "action_import_contacts" in names and "action_export_contacts" in names
