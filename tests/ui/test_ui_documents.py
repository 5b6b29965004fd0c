"""SPEC §11 in the UI: documents from the contact card, the document card and lists, Make Order, print to
PDF, e-mail, and the interaction log on the contact card. Every refusal changes nothing."""

from __future__ import annotations

from email import policy
from email.parser import BytesParser
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer, QUrl, QUrlQuery
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QTableWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.db import Database
from app.documents import (
    add_line,
    delete_document,
    get_document,
    lines_of,
    log_interaction,
    new_sales_document,
)
from app.errors import UserError
from app.models import Customer, CustomerTemplate, InteractionLogEntry
from app.ui import prompts
from app.ui.documents import mail, pdf
from app.ui.documents.card import DocumentCard
from app.ui.main_window import MainWindow
from tests.helpers.dump import dump
from tests.helpers.factory import create_as_, make_company, make_person
from tests.helpers.pdf import pdf_text
from tests.ui.conftest import PromptLog, enter_text, line

SALES, PURCHASE = "sales_header", "purchase_header"
REAL_DOCUMENTS_FOLDER = pdf.documents_folder  # tests/ui/conftest.py points the hook to a temporary folder


def action(window: QWidget, name: str) -> QAction:
    found = window.findChild(QAction, f"action_{name}")
    assert found is not None, name
    return found


def active(main: MainWindow) -> QWidget:
    sub = main.mdi.activeSubWindow()
    assert sub is not None and sub.widget() is not None
    return sub.widget()


def customer_company(db: Database) -> tuple[str, str]:
    company = make_company(
        db, name="Kaufhaus Nord", address="Hafenstr. 1", post_code="24103", city="Kiel",
        phone_no="0431 1", email="info@nord.example",
    )  # fmt: skip
    return company, create_as_(db, company, "customer", "CUST-COMP")


def run(db: Database, operation: Any, *args: Any) -> Any:
    with db.unit_of_work() as session:
        return operation(session, *args)


def quote_with_lines(db: Database, contact: str) -> str:
    no = str(run(db, new_sales_document, contact, "quote").no)
    run(db, add_line, SALES, no, "Beratung", 3, "120")
    run(db, add_line, SALES, no, "Schulung", 2, "980.50")
    return no


def log_rows(db: Database) -> list[tuple[str, str, str, str]]:
    with db.session() as session:
        entries = session.scalars(select(InteractionLogEntry).order_by(InteractionLogEntry.entry_no))
        return [(e.contact_no, e.kind, e.document_type, e.document_no) for e in entries]


def cell(card: DocumentCard, row: int, column: int, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
    return card.lines_model.data(card.lines_model.index(row, column), role)


def panel_rows(card: QWidget) -> list[list[str]]:
    table = card.findChild(QTableWidget, "interactions_table")
    assert table is not None
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


# --- New Document from the contact card -----------------------------------------------------------------
def test_new_sales_quote_opens_its_card_with_customer_and_contact_data(main: MainWindow) -> None:
    db = main.ctx.db
    company, customer = customer_company(db)
    contact_card = main.open_card("contact", company)
    action(contact_card, "new_sales_quote").trigger()

    card = active(main)
    assert isinstance(card, DocumentCard) and card.objectName() == "card_sales_header"
    assert card.windowTitle() == f"Sales Quote {card.no} \u00b7 Kaufhaus Nord"
    assert line(card, "sell_to_customer_no").text() == customer
    assert line(card, "document_type").text() == "Quote"
    assert (line(card, "name").text(), line(card, "city").text()) == ("Kaufhaus Nord", "Kiel")
    assert (line(card, "contact_phone_no").text(), line(card, "contact_email").text()) == (
        "0431 1",
        "info@nord.example",
    )
    assert not card.editors["sell_to_customer_template_code"].isVisibleTo(card)  # not a prospect
    assert action(card, "make_order").isEnabled()
    rows = panel_rows(contact_card)
    assert [(r[3], r[4], r[5], r[6], r[7]) for r in rows] == [
        (company, "Document Created", f"Sales Quote {card.no}", "Sales Quote", card.no)
    ]
    assert rows[0][2] == "tester"


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("new_sales_order", "is not related to a customer"),
        ("new_purchase_quote", "is not related to a vendor"),
        ("new_purchase_order", "is not related to a vendor"),
    ],
)
def test_documents_that_need_a_link_are_refused_without_one(
    main: MainWindow, answers: PromptLog, name: str, message: str
) -> None:
    company = make_company(main.ctx.db, name="Interessent AG")
    card = main.open_card("contact", company)
    before = dump(main.ctx.db)
    action(card, name).trigger()
    errors = answers.texts("error")
    assert len(errors) == 1 and f"Contact {company} {message}" in errors[0]
    assert dump(main.ctx.db) == before
    assert len(main.windows.windows()) == 1


def test_purchase_order_for_the_vendor_of_the_persons_company(main: MainWindow) -> None:
    db = main.ctx.db
    company = make_company(db, name="Lieferant GmbH", city="Hamburg")
    vendor = create_as_(db, company, "vendor")
    person = make_person(db, company, "Anna Schmidt", email="anna@lieferant.example")
    action(main.open_card("contact", person), "new_purchase_order").trigger()
    card = active(main)
    assert card.objectName() == "card_purchase_header"
    assert line(card, "buy_from_vendor_no").text() == vendor
    assert line(card, "contact_no").text() == person
    assert line(card, "contact_email").text() == "anna@lieferant.example"
    assert line(card, "document_type").text() == "Order"
    assert not action(card, "make_order").isEnabled()
    action(card, "open_partner").trigger()
    assert active(main).objectName() == "card_vendor"


def test_prospect_quote_asks_for_the_template_when_several_fit(main: MainWindow, answers: PromptLog) -> None:
    db = main.ctx.db
    run(db, lambda s: s.add(CustomerTemplate(code="CUST-EXP", description="Export", contact_type="company")))
    company = make_company(db, name="Interessent AG")
    card = main.open_card("contact", company)
    answers.cancel_choice = True
    before = dump(db)
    action(card, "new_sales_quote").trigger()
    assert dump(db) == before and len(main.windows.windows()) == 1

    answers.cancel_choice, answers.choice = False, "CUST-EXP \u2014 Export"
    action(card, "new_sales_quote").trigger()
    quote = active(main)
    assert answers.calls[-1][3] == ("CUST-COMP \u2014 Business customer", "CUST-EXP \u2014 Export")
    assert line(quote, "sell_to_customer_template_code").text() == "CUST-EXP"
    assert line(quote, "sell_to_customer_no").text() == ""


# --- the document card ----------------------------------------------------------------------------------
def test_lines_are_added_edited_refused_at_the_cell_and_deleted(
    qtbot: QtBot, main: MainWindow, answers: PromptLog
) -> None:
    db = main.ctx.db
    company, _customer = customer_company(db)
    no = str(run(db, new_sales_document, company, "quote").no)
    card = main.open_card(SALES, no)
    assert isinstance(card, DocumentCard)
    view, model = card.lines_view, card.lines_model
    assert model.rowCount() == 1  # only the new-line row

    # Typing into the new-line row adds a line (real key strokes into the cell editor).
    view.setCurrentIndex(model.index(0, 0))
    view.edit(model.index(0, 0))
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, "Beratung")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert model.line_count() == 1 and cell(card, 0, 0) == "Beratung"
    # Tab goes on to the quantity of the new line, not into the (moved) empty row.
    assert (view.currentIndex().row(), view.currentIndex().column()) == (0, 1)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.text() == "0"
    editor.selectAll()
    qtbot.keyClicks(editor, "3")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on Return through a queued call
    qtbot.waitUntil(lambda: view.state() != view.State.EditingState)
    model.setData(model.index(0, 2), "120")
    assert [cell(card, 0, c) for c in range(4)] == ["Beratung", "3", "120.00", "360.00"]
    assert card.total_label.text() == "Total: 360.00"

    before = dump(db)
    model.setData(model.index(0, 1), "drei")
    message = "Quantity must be a number (you entered \u201cdrei\u201d)."
    assert cell(card, 0, 1) == "drei"  # the user's text is kept for correction
    assert cell(card, 0, 1, Qt.ItemDataRole.ToolTipRole) == message
    assert cell(card, 0, 1, Qt.ItemDataRole.BackgroundRole) is not None
    assert card.message.text() == message and not card.message.isHidden()
    assert dump(db) == before
    enter_text(card, "contact_name", "Frau Nord")  # a refresh of the card keeps the refused text
    assert cell(card, 0, 1) == "drei"
    model.setData(model.index(0, 1), "4")
    assert cell(card, 0, 1, Qt.ItemDataRole.ToolTipRole) is None
    assert card.message.isHidden()
    assert card.total_label.text() == "Total: 480.00"

    model.setData(model.index(1, 2), "12.5")  # a price first, in the new-line row
    assert [cell(card, 1, c) for c in range(4)] == ["", "0", "12.50", "0.00"]
    view.setCurrentIndex(model.index(1, 0))
    assert action(card, "delete_line").isEnabled()
    action(card, "delete_line").trigger()
    assert answers.texts("question") == ["Delete line 2?"]
    assert model.line_count() == 1
    with db.session() as session:
        assert [(x.description, x.quantity) for x in lines_of(session, SALES, no)] == [("Beratung", 4)]


def test_lines_from_another_window_appear_and_header_refusal_stays_at_the_field(main: MainWindow) -> None:
    db = main.ctx.db
    company, _customer = customer_company(db)
    no = str(run(db, new_sales_document, company, "quote").no)
    card = main.open_card(SALES, no)
    assert isinstance(card, DocumentCard)
    run(db, add_line, SALES, no, "Lizenz", 10, "49.9")
    assert card.lines_model.line_count() == 1 and card.total_label.text() == "Total: 499.00"

    before = dump(db)
    enter_text(card, "contact_email", "kein-at-zeichen")
    assert "is not a valid e-mail address" in card.editors["contact_email"].error_text()
    assert line(card, "contact_email").text() == "kein-at-zeichen"
    assert dump(db) == before
    enter_text(card, "contact_email", "einkauf@nord.example")
    with db.session() as session:
        assert get_document(session, SALES, no).contact_email == "einkauf@nord.example"


def test_delete_document_from_its_card_keeps_the_log(main: MainWindow, answers: PromptLog) -> None:
    db = main.ctx.db
    company, _customer = customer_company(db)
    no = quote_with_lines(db, company)
    card = main.open_card(SALES, no)
    answers.question = False
    action(card, "delete").trigger()
    assert main.windows.find(("card", SALES, no)) is card
    answers.question = True
    action(card, "delete").trigger()
    assert answers.texts("question")[-1] == (
        f"Delete Sales Quote {no} and its 2 line(s)? Its interaction log entries stay."
    )
    assert main.windows.find(("card", SALES, no)) is None
    with pytest.raises(UserError, match="does not exist"), db.session() as session:
        get_document(session, SALES, no)
    assert log_rows(db) == [(company, "document_created", "sales_quote", no)]


# --- Make Order -----------------------------------------------------------------------------------------
def test_make_order_opens_the_order_and_the_quote_card_closes(main: MainWindow, answers: PromptLog) -> None:
    db = main.ctx.db
    company, customer = customer_company(db)
    quote = quote_with_lines(db, company)
    card = main.open_card(SALES, quote)
    action(card, "make_order").trigger()
    order = active(main)
    assert isinstance(order, DocumentCard) and order.no == "SO0001"
    assert line(order, "quote_no").text() == quote and order.editors["quote_no"].isVisibleTo(order)
    assert line(order, "sell_to_customer_no").text() == customer
    assert order.lines_model.line_count() == 2 and order.total_label.text() == "Total: 2,321.00"
    assert main.windows.find(("card", SALES, quote)) is None
    with pytest.raises(UserError, match=f"was made into order {order.no}"):
        main.open_card(SALES, quote)


def test_make_order_of_a_prospect_quote_offers_to_create_the_customer(
    main: MainWindow, answers: PromptLog
) -> None:
    db = main.ctx.db
    company = make_company(db, name="Interessent AG", city="Bonn")
    quote = quote_with_lines(db, company)
    card = main.open_card(SALES, quote)

    def refuse_offer(kind: str, title: str, text: str, options: Any) -> Any:
        answer = answers(kind, title, text, options)
        return False if "Create the customer" in text else answer

    prompts.set_answerer(refuse_offer)
    before = dump(db)
    action(card, "make_order").trigger()
    offer = answers.texts("question")[-1]
    assert offer.startswith(f"Sales quote {quote} is for contact {company}, which is not a customer yet.")
    assert dump(db) == before

    prompts.set_answerer(answers)
    action(card, "make_order").trigger()
    with db.session() as session:
        customer = session.scalars(select(Customer)).one()
        assert customer.name == "Interessent AG"
    assert answers.texts("info")[-1].startswith(f"Customer {customer.no} has been created.")
    order = active(main)
    assert (
        isinstance(order, DocumentCard) and order.kind == SALES and order.values["document_type"] == "order"
    )
    assert line(order, "sell_to_customer_no").text() == customer.no
    assert main.windows.find(("card", SALES, quote)) is None


def test_quote_card_shows_the_customer_once_create_as_customer_repoints_it(
    main: MainWindow, answers: PromptLog
) -> None:
    db = main.ctx.db
    company = make_company(db, name="Interessent AG")
    quote = quote_with_lines(db, company)
    card = main.open_card(SALES, quote)
    assert line(card, "sell_to_customer_template_code").text() == "CUST-COMP"
    assert card.editors["sell_to_customer_template_code"].isVisibleTo(card)
    contact_card = main.open_card("contact", company)
    action(contact_card, "create_as_customer").trigger()
    customer = active(main)
    assert customer.objectName() == "card_customer"
    assert line(card, "sell_to_customer_no").text() == customer.no  # type: ignore[attr-defined]
    assert not card.editors["sell_to_customer_template_code"].isVisibleTo(card)
    assert action(card, "open_partner").isEnabled()


# --- printing and e-mail --------------------------------------------------------------------------------
def test_print_saves_a_pdf_with_the_document_and_logs_it(
    main: MainWindow, answers: PromptLog, tmp_path: Path, no_pdf_viewer: list[QUrl]
) -> None:
    db = main.ctx.db
    company, customer = customer_company(db)
    quote = quote_with_lines(db, company)
    contact_card = main.open_card("contact", company)
    card = main.open_card(SALES, quote)
    before = dump(db)
    action(card, "print").trigger()  # the save dialog is cancelled: nothing printed, nothing logged
    assert dump(db) == before

    answers.save_path = str(tmp_path / "angebot")  # the suffix is added
    answers.question = False  # "Open it now?" – No
    action(card, "print").trigger()
    kind, _title, suggested, options = answers.calls[-2]
    assert kind == "save_file" and "*.pdf" in options[0]
    assert suggested == str(pdf.documents_folder() / f"Sales Quote {quote}.pdf")  # the Documents folder
    saved = tmp_path / "angebot.pdf"
    assert answers.calls[-1][0] == "question"
    assert answers.calls[-1][2] == (
        f"Sales Quote {quote} has been saved as {saved}.\n\nDo you want to open it now?"
    )
    assert no_pdf_viewer == []
    assert saved.stat().st_mode & 0o777 == 0o600  # personal data: owner-only
    text = pdf_text(saved.read_bytes())
    expected = ("ContactSync Demo GmbH", "Kaufhaus Nord", "Hafenstr. 1", "24103 Kiel", f"Sales Quote {quote}",
                customer, "Beratung", "Schulung", "1,961.00", "Total EUR Excl. VAT 2,321.00",
                "19% VAT on 2,321.00 440.99", "Total EUR Incl. VAT 2,761.99")  # fmt: skip
    for part in expected:
        assert part in text, part
    assert log_rows(db)[-1] == (company, "document_printed", "sales_quote", quote)
    assert panel_rows(contact_card)[0][4:6] == ["Document Printed", f"Sales Quote {quote} printed"]

    answers.question = True  # "Open it now?" – Yes: the desktop's viewer gets the file
    action(card, "print").trigger()
    assert no_pdf_viewer == [QUrl.fromLocalFile(str(saved))]


def test_the_documents_folder_is_the_users_documents_contactsync_owner_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "user-dirs.dirs").write_text(f'XDG_DOCUMENTS_DIR="{tmp_path}/Dokumente"\n')
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    folder = REAL_DOCUMENTS_FOLDER()
    assert folder == tmp_path / "Dokumente" / "ContactSync" and folder.is_dir()
    assert folder.stat().st_mode & 0o777 == 0o700


def test_print_goes_to_the_print_dialog_when_a_printer_exists(
    main: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = main.ctx.db
    company, _customer = customer_company(db)
    quote = quote_with_lines(db, company)
    printed: list[str] = []
    monkeypatch.setattr(pdf, "available_printers", lambda: ["Office"])
    monkeypatch.setattr(pdf, "_print_on_printer", lambda _parent, view: printed.append(view["no"]) or True)
    action(main.open_card(SALES, quote), "print").trigger()
    assert printed == [quote]
    assert log_rows(db)[-1][1] == "document_printed"


def test_email_writes_an_eml_with_the_pdf_attached_and_logs_it(
    main: MainWindow, answers: PromptLog, tmp_path: Path
) -> None:
    db = main.ctx.db
    company, _customer = customer_company(db)
    quote = quote_with_lines(db, company)
    card = main.open_card(SALES, quote)
    answers.choice = "Save an e-mail file (.eml) with the PDF attached\u2026"
    answers.save_path = str(tmp_path / "angebot.eml")
    action(card, "email").trigger()
    message = BytesParser(policy=policy.default).parsebytes((tmp_path / "angebot.eml").read_bytes())
    assert message["To"] == "Kaufhaus Nord <info@nord.example>"
    assert message["Subject"] == f"Sales Quote {quote} \u2013 ContactSync Demo GmbH"
    assert message["X-Unsent"] == "1"
    body = message.get_body(("plain",))
    assert body is not None and "Total EUR 2,321.00" in body.get_content()
    (attachment,) = message.iter_attachments()
    assert attachment.get_content_type() == "application/pdf"
    assert attachment.get_filename() == f"Sales Quote {quote}.pdf"
    assert "Kaufhaus Nord" in pdf_text(attachment.get_content())
    assert log_rows(db)[-1] == (company, "email_sent", "sales_quote", quote)
    with db.session() as session:
        entry = session.scalars(
            select(InteractionLogEntry).order_by(InteractionLogEntry.entry_no.desc())
        ).first()
        assert entry is not None and entry.description == f"Sales Quote {quote} e-mailed to info@nord.example"


def test_email_through_the_mail_client_hands_over_a_mailto_link(
    main: MainWindow, answers: PromptLog, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = main.ctx.db
    company, _customer = customer_company(db)
    quote = quote_with_lines(db, company)
    opened: list[QUrl] = []
    monkeypatch.setattr(mail, "open_url", lambda url: opened.append(url) or True)
    action(main.open_card(SALES, quote), "email").trigger()  # the first option: the mail client
    (url,) = opened
    query = QUrlQuery(url.query())
    assert (url.scheme(), url.path()) == ("mailto", "info@nord.example")
    assert query.queryItemValue("subject", QUrl.ComponentFormattingOption.FullyDecoded).startswith(
        f"Sales Quote {quote}"
    )
    assert "Beratung" in query.queryItemValue("body", QUrl.ComponentFormattingOption.FullyDecoded)
    assert log_rows(db)[-1] == (company, "email_sent", "sales_quote", quote)

    monkeypatch.setattr(mail, "open_url", lambda url: False)  # no mail client: an error, nothing logged
    before = dump(db)
    action(main.open_card(SALES, quote), "email").trigger()
    assert answers.texts("error") == ["No mail client could be started for this document."]
    assert dump(db) == before


# --- interaction log on the contact card ----------------------------------------------------------------
def test_log_interaction_dialog_refuses_a_blank_description_then_writes_the_entry(
    qtbot: QtBot, main: MainWindow
) -> None:
    db = main.ctx.db
    company = make_company(db, name="Kaufhaus Nord")
    card = main.open_card("contact", company)
    seen: list[str] = []

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert dialog is not None and dialog.objectName() == "dialog_log_interaction"
        buttons = dialog.findChild(QDialogButtonBox)
        buttons.button(QDialogButtonBox.StandardButton.Ok).click()  # blank: refused, the dialog stays
        seen.append(dialog.findChild(QLabel, "error_description").text())
        kind = dialog.findChild(QComboBox, "field_kind")
        kind.setCurrentIndex(kind.findData("meeting"))
        dialog.findChild(QLineEdit, "field_description").setText("Messe Hannover, Stand B12")
        buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    before = dump(db)
    QTimer.singleShot(0, fill)
    action(card, "log_interaction").trigger()
    assert seen == ["Description must have a value."]
    assert log_rows(db) == [(company, "meeting", "", "")]
    assert dump(db) != before
    assert panel_rows(card)[0][3:6] == [company, "Meeting", "Messe Hannover, Stand B12"]


def test_a_persons_entries_are_listed_on_its_company_card(main: MainWindow) -> None:
    db = main.ctx.db
    company = make_company(db, name="Kaufhaus Nord")
    person = make_person(db, company, "Anna Schmidt")
    company_card = main.open_card("contact", company)
    person_card = main.open_card("contact", person)
    run(db, log_interaction, person, "phone_call", "Rückruf wegen Angebot")
    assert [r[3:6] for r in panel_rows(company_card)] == [[person, "Phone Call", "Rückruf wegen Angebot"]]
    assert len(panel_rows(person_card)) == 1
    run(db, log_interaction, company, "note", "Jahresgespräch")
    assert len(panel_rows(company_card)) == 2 and len(panel_rows(person_card)) == 1


def test_an_entry_of_a_document_opens_its_card(main: MainWindow, answers: PromptLog) -> None:
    db = main.ctx.db
    company, _customer = customer_company(db)
    quote = quote_with_lines(db, company)
    card = main.open_card("contact", company)
    table = card.findChild(QTableWidget, "interactions_table")
    assert table is not None
    table.itemActivated.emit(table.item(0, 5))
    assert active(main).objectName() == "card_sales_header"
    run(db, delete_document, SALES, quote)  # the open card closes; the log entry stays
    assert main.windows.find(("card", SALES, quote)) is None
    table.itemActivated.emit(table.item(0, 5))
    assert answers.texts("error") == [f"Sales document {quote} does not exist."]


# --- lists ----------------------------------------------------------------------------------------------
def test_document_lists_open_search_and_delete(qtbot: QtBot, main: MainWindow, answers: PromptLog) -> None:
    db = main.ctx.db
    company, customer = customer_company(db)
    quote = quote_with_lines(db, company)
    other = quote_with_lines(db, make_company(db, name="Interessent AG"))
    main.navigation.trigger(main.navigation.entry("list_sales_header"))  # type: ignore[arg-type]
    window = active(main)
    assert window.objectName() == "list_sales_header" and window.windowTitle() == "Sales Documents"
    assert window.model.rowCount() == 2  # type: ignore[attr-defined]
    assert not action(window, "new").isEnabled()
    window.search.setText("nord")  # type: ignore[attr-defined]
    window.apply_search()  # type: ignore[attr-defined]
    assert window.model.rowCount() == 1 and window.current_key() == quote  # type: ignore[attr-defined]
    assert window.model.data(window.model.index(0, 1)) == "Quote"  # type: ignore[attr-defined]
    assert window.model.data(window.model.index(0, 3)) == customer  # type: ignore[attr-defined]
    action(window, "open").trigger()
    assert active(main).objectName() == "card_sales_header"

    window = main.open_list(SALES)
    window.search.setText("")
    window.apply_search()
    assert window.select_key(other)
    action(window, "delete").trigger()
    assert answers.texts("question")[-1].startswith(f"Delete Sales Quote {other} and its 2 line(s)?")
    assert window.model.rowCount() == 1
    assert main.open_list(PURCHASE).objectName() == "list_purchase_header"
    with pytest.raises(UserError, match="made from a contact"):
        main.open_card(SALES, None)


def test_document_card_cell_editing_survives_a_refresh(qtbot: QtBot, main: MainWindow) -> None:
    """A line saved elsewhere while the user edits another cell does not close that cell's editor."""
    db = main.ctx.db
    company, _customer = customer_company(db)
    no = quote_with_lines(db, company)
    card = main.open_card(SALES, no)
    assert isinstance(card, DocumentCard)
    index = card.lines_model.index(0, 0)
    card.lines_view.setCurrentIndex(index)
    card.lines_view.edit(index)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    with db.unit_of_work() as session:
        add_line(session, SALES, no, "Nachtrag", 1, "10")
    assert card.lines_model.line_count() == 3
    assert card.lines_view.state() == card.lines_view.State.EditingState
    assert QApplication.focusWidget() is editor


def test_a_cell_being_typed_is_saved_before_printing_and_closing_asks_about_refusals(
    qtbot: QtBot, main: MainWindow, answers: PromptLog, tmp_path: Path
) -> None:
    db = main.ctx.db
    company, _customer = customer_company(db)
    no = quote_with_lines(db, company)
    card = main.open_card(SALES, no)
    assert isinstance(card, DocumentCard)
    index = card.lines_model.index(1, 0)
    card.lines_view.setCurrentIndex(index)
    card.lines_view.edit(index)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.setText("Schulung vor Ort")  # typed, not yet confirmed with Enter or Tab
    answers.save_path = str(tmp_path / "quote.pdf")
    action(card, "print").trigger()
    assert "Schulung vor Ort" in pdf_text((tmp_path / "quote.pdf").read_bytes())

    card.lines_model.setData(card.lines_model.index(0, 2), "zwölf")
    sub = main.windows.subwindow_of(card)
    assert sub is not None
    answers.question = False
    assert not sub.close()  # kept open: the refused price is not lost
    assert answers.texts("question")[-1] == (
        "These values could not be saved:\nUnit Price must be a number (you entered \u201czwölf\u201d)."
        "\n\nClose the card and discard them?"
    )
    answers.question = True
    assert sub.close()
