"""The template choice as a list page (`dialog_template`): columns, preselection by the contact's country and
type, Enter / double click choose, Esc cancels; reached through the runner's one template choice."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QTableWidget
from pytestqt.qtbot import QtBot

from app.db import Database
from app.models import CustomerTemplate
from app.ui import prompts, runner
from app.ui.dialogs.template_list import TemplateListDialog, TemplateRow, preselected
from app.ui.main_window import MainWindow
from app.ui.widgets import field_caption
from tests.helpers.factory import get, make_company
from tests.ui.conftest import PromptLog

ROWS = [
    TemplateRow("CUST-COMP", "Business customer", "company", "", ("DOMESTIC", "DOMESTIC", "DOMESTIC")),
    TemplateRow("CUST-EU", "EU customer", "company", "FR", ("EU", "EU", "EU")),
    TemplateRow("CUST-PERS", "Private customer", "person", "DE", ("DOMESTIC", "DOMESTIC", "DOMESTIC")),
    TemplateRow("CUST-DE", "German business", "company", "DE", ("DOMESTIC", "DOMESTIC", "DOMESTIC")),
]


@pytest.mark.parametrize(
    ("contact", "expected"),
    [
        (("DE", "company"), "CUST-DE"),  # country and type
        (("DE", "person"), "CUST-PERS"),
        (("FR", "company"), "CUST-EU"),
        (("US", "company"), "CUST-COMP"),  # no country match: the type's template without a country
        (None, "CUST-COMP"),  # unknown contact: the first
    ],
)
def test_preselection_by_country_then_type(contact: tuple[str, str] | None, expected: str) -> None:
    assert ROWS[preselected(ROWS, contact)].code == expected


def _dialog(qtbot: QtBot, current: int) -> TemplateListDialog:
    dialog = TemplateListDialog("customer", ROWS, current, "Create as Customer", "Which one?")
    qtbot.addWidget(dialog)
    return dialog


def test_the_list_shows_code_description_type_country_and_posting_groups(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, 3)
    assert dialog.objectName() == "dialog_template"
    table = dialog.findChild(QTableWidget, "templates_table")
    assert table is not None and table.rowCount() == len(ROWS)
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]  # type: ignore
    assert headers == [
        field_caption(f)
        for f in ("code", "description", "contact_type", "country_region_code", "customer_posting_group",
                  "gen_bus_posting_group", "vat_bus_posting_group")
    ]  # fmt: skip
    assert [table.item(3, c).text() for c in range(4)] == ["CUST-DE", "German business", "Company", "DE"]  # type: ignore
    assert table.currentRow() == 3 and dialog.chosen_code() == "CUST-DE"


def _run_with(qtbot: QtBot, dialog: TemplateListDialog, act: Callable[[], None]) -> str | None:
    """Run the modal dialog and, once it shows, act on it as the user would."""
    def when_shown() -> None:
        qtbot.waitUntil(dialog.isVisible)
        act()

    QTimer.singleShot(0, when_shown)
    return dialog.choose()


def test_enter_chooses_the_current_row(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, 1)

    def press() -> None:
        qtbot.keyClick(dialog.table, Qt.Key.Key_Down)
        qtbot.keyClick(dialog.table, Qt.Key.Key_Return)

    assert _run_with(qtbot, dialog, press) == "CUST-PERS"


def test_double_click_chooses_and_esc_cancels(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, 0)

    def double_click() -> None:
        rect = dialog.table.visualRect(dialog.table.model().index(3, 0))
        qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    assert _run_with(qtbot, dialog, double_click) == "CUST-DE"
    dialog = _dialog(qtbot, 0)
    assert _run_with(qtbot, dialog, lambda: qtbot.keyClick(dialog.table, Qt.Key.Key_Escape)) is None


def test_create_as_opens_the_list_preselected_by_country(
    qtbot: QtBot, main: MainWindow, db: Database, answers: PromptLog
) -> None:
    """No answerer: the real dialog opens from Create as, on the template of the contact's country."""
    with db.unit_of_work() as session:
        german = CustomerTemplate(code="CUST-DE", description="German business", contact_type="company",
                                  country_region_code="DE")  # fmt: skip
        german.credit_limit = Decimal("777")
        session.add(german)
        session.add(CustomerTemplate(code="CUST-FR", description="French business", contact_type="company",
                                     country_region_code="FR"))  # fmt: skip
    contact = make_company(db, name="Land GmbH", country_region_code="DE")
    card = main.open_card("contact", contact)
    prompts.set_answerer(None)
    seen: list[tuple[str | None, list[str]]] = []

    def answer() -> None:
        qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), TemplateListDialog))
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, TemplateListDialog)
        seen.append((dialog.chosen_code(), [row.code for row in dialog.rows]))
        prompts.set_answerer(answers)  # for the message that follows the creation
        qtbot.keyClick(dialog.table, Qt.Key.Key_Return)

    QTimer.singleShot(0, answer)
    new_no = card.create_as("customer")
    assert seen == [("CUST-DE", ["CUST-COMP", "CUST-DE", "CUST-FR"])]
    assert new_no is not None and get(db, "customer", new_no).credit_limit == Decimal("777")


def test_the_runner_passes_the_answerers_choice(db: Database) -> None:
    calls: list[tuple[str, tuple[str, ...]]] = []

    def answerer(kind: str, _title: str, _text: str, options: tuple[str, ...]) -> str | None:
        calls.append((kind, tuple(options)))
        return options[-1]

    prompts.set_answerer(answerer)  # type: ignore[arg-type]
    try:
        code = runner.choose_template(None, db, "Create", "customer", ["CUST-COMP"], None)
    finally:
        prompts.set_answerer(None)
    assert code == "CUST-COMP" and calls == [("choose", ("CUST-COMP \u2014 Business customer",))]
