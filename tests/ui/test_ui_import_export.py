"""File ▸ Import Contacts… shows the preview (nothing written before OK) and applies in one step;
File ▸ Export Contacts… writes all contacts or the ones selected in the contact list."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.io.files import read_contacts
from app.io.importer import CREATE, ERROR, UNCHANGED, UPDATE
from app.models import Contact
from app.ui import prompts
from app.ui.dialogs.import_preview import (
    ACTION,
    CHANGES,
    CONTACT,
    NOT_STORED,
    PROPAGATION,
    ImportPreviewDialog,
)
from app.ui.main_window import MainWindow
from app.ui.worker import ProgressDialog
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


def preview_dialog(main: MainWindow) -> ImportPreviewDialog | None:
    return main.findChild(ImportPreviewDialog, "dialog_import_preview")


def open_preview(qtbot: QtBot, main: MainWindow) -> ImportPreviewDialog:
    """File ▸ Import: the preview runs in the worker (progress window), then the dialog opens."""
    main.commands["import_contacts"].trigger()
    qtbot.waitUntil(lambda: preview_dialog(main) is not None, timeout=30_000)
    dialog = preview_dialog(main)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def closed(dialog: ImportPreviewDialog) -> bool:
    """Closed (and deleted, WA_DeleteOnClose) once the worker's import has been delivered."""
    try:
        return not dialog.isVisible()
    except RuntimeError:
        return True


def wait_idle(qtbot: QtBot, dialog: ImportPreviewDialog) -> None:
    """Until the dialog's worker (preview again, or import) has delivered."""
    qtbot.waitUntil(lambda: dialog.isEnabled() or not dialog.isVisible(), timeout=30_000)


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
    qtbot.waitUntil(lambda: closed(dialog), timeout=30_000)  # imported in the worker
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


def test_mapping_step_maps_unknown_columns_and_is_remembered(
    qtbot: QtBot, main: MainWindow, chosen: Answers, tmp_path: Path
) -> None:
    """SPEC §15: a column the profiles do not know is mapped by hand in the preview; the choice is kept for
    the next file with the same columns."""
    (tmp_path / "in.csv").write_text("Firmenname;Ort;Bemerkung\nKunde Eins GmbH;Bonn;VIP\n", encoding="utf-8")
    dialog = open_preview(qtbot, main)
    assert dialog.mapping_table is not None and dialog.mapping_table.rowCount() == 3
    assert [r.action for r in dialog.plan.rows] == [ERROR]  # nothing known: no name
    assert "Firmenname: Kunde Eins GmbH" in cell_text(dialog, 0, NOT_STORED)
    for index, field in ((0, "name"), (1, "city")):
        combo = dialog.mapping_table.cellWidget(index, 2)
        assert isinstance(combo, QComboBox) and combo.objectName() == f"map_{index}"
        combo.setCurrentIndex(combo.findData(field))
    dialog.findChild(QPushButton, "action_update_preview").click()
    wait_idle(qtbot, dialog)
    assert [r.action for r in dialog.plan.rows] == [CREATE]
    assert cell_text(dialog, 0, NOT_STORED) == "Bemerkung: VIP (not a contact field)"  # listed, not lost
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: closed(dialog), timeout=30_000)
    with main.ctx.db.session() as session:
        created = session.scalars(select(Contact).where(Contact.name == "Kunde Eins GmbH")).one()
        assert created.city == "Bonn"

    qtbot.waitUntil(lambda: preview_dialog(main) is None, timeout=10_000)  # deleted after closing
    (tmp_path / "in.csv").write_text("Firmenname;Ort;Bemerkung\nKunde Zwei AG;Köln;\n", encoding="utf-8")
    again = open_preview(qtbot, main)  # the same columns: the choice is back
    assert [r.action for r in again.plan.rows] == [CREATE] and again.plan.rows[0].name == "Kunde Zwei AG"
    again.reject()


def test_each_row_chooses_which_value_wins(
    qtbot: QtBot, main: MainWindow, chosen: Answers, tmp_path: Path
) -> None:
    """Where the file and the database both have a value and they differ, the row's check box decides: checked
    (the default) takes the file's; unchecked keeps the database's. A value only the file has is taken."""
    db = main.ctx.db
    kept = make_company(db, name="Behalt GmbH", email="a@behalt.example", city="Berlin")
    taken = make_company(db, name="Nimm GmbH", email="a@nimm.example", city="Berlin")
    (tmp_path / "in.csv").write_text(
        "name;email;city;phone_no\nBehalt GmbH;a@behalt.example;Bonn;+49 30 1\n"
        "Nimm GmbH;a@nimm.example;Bonn;\n",
        encoding="utf-8",
    )
    dialog = open_preview(qtbot, main)
    assert [[(c.field, c.old, c.new) for c in r.overwrites] for r in dialog.plan.rows] == [
        [("city", "Berlin", "Bonn")],
        [("city", "Berlin", "Bonn")],
    ]
    first = dialog.table.item(0, ACTION)
    assert first.checkState() == Qt.CheckState.Checked
    first.setCheckState(Qt.CheckState.Unchecked)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: closed(dialog), timeout=30_000)
    assert (get(db, "contact", kept).city, get(db, "contact", kept).phone_no) == ("Berlin", "+49 30 1")
    assert get(db, "contact", taken).city == "Bonn"


def test_preview_can_be_cancelled(qtbot: QtBot, main: MainWindow, chosen: Answers, tmp_path: Path) -> None:
    """The preview runs in the worker with a progress window whose Cancel stops it; nothing opens."""
    rows = "".join(f"Firma {i} GmbH;;;Ort {i}\n" for i in range(3000))
    (tmp_path / "in.csv").write_text("name;phone_no;email;city\n" + rows, encoding="utf-8")
    before = dump(main.ctx.db)
    main.commands["import_contacts"].trigger()
    progress = main.findChild(ProgressDialog, "dialog_import_progress")
    assert progress is not None
    progress.panel.cancel_button.click()
    qtbot.waitUntil(lambda: main.findChild(ProgressDialog, "dialog_import_progress") is None
                    or not progress.isVisible(), timeout=30_000)  # fmt: skip
    qtbot.wait(200)
    assert preview_dialog(main) is None
    assert dump(main.ctx.db) == before


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


def test_an_import_too_large_to_name_its_records_still_refreshes_cards_and_lists(
    qtbot: QtBot, main: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Beyond MANY records a table is announced as a whole (app.changes.ANY): an open card of an updated
    contact shows the file's value, and the open list shows the new contacts."""
    import app.io.importer as importer
    from app.changes import merge
    from app.operations.import_export import import_contacts

    monkeypatch.setattr(importer, "merge", lambda into, new: merge(into, new, limit=1))
    db = main.ctx.db
    contact = make_company(db, name="Alpha GmbH", city="Ulm")
    card = main.open_card("contact", contact)
    contacts = main.open_list("contact")
    path = tmp_path / "many.csv"
    path.write_text("name;city\nAlpha GmbH;Bonn\nBeta GmbH;Köln\nGamma GmbH;Kiel\n", encoding="utf-8")
    report = import_contacts(db, path, apply=True)
    assert (report.created, report.updated) == (2, 1)
    qtbot.waitUntil(lambda: line(card, "city").text() == "Bonn")
    qtbot.waitUntil(lambda: contacts.model.rowCount() == 3)
