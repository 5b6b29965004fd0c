"""The printed sales quote (issue 13 "Documents"): VAT per line from the VAT Posting Setup, net / VAT / gross,
the currency, a footer from Company Information (bank, VAT registration, register data), four-digit years,
country names in the document's language; Company Information edited in its dialog with refusals."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLineEdit

from app.db import Database
from app.demo.codes import ensure_codes
from app.documents import add_line, company_information, new_sales_document, set_line
from app.documents.vat import totals
from app.errors import UserError
from app.ui.context import AppContext
from app.ui.documents.company_information import CompanyInformationDialog
from app.ui.main_window import MainWindow
from tests.helpers.dump import dump
from tests.helpers.factory import create_as_, edit, make, make_company
from tests.helpers.pdf import pdf_text
from tests.ui.conftest import PromptLog

SALES = "sales_header"
COMPANY = {
    "vat_registration_no": "DE136695976",
    "registration_no": "HRB 123456 B",
    "register_court": "Amtsgericht Charlottenburg",
    "managing_director": "Erika Muster",
    "phone_no": "+49 30 1234567",
}



def _setup(db: Database) -> str:
    with db.unit_of_work() as session:
        ensure_codes(session)
    bank = make(db, "bank_account", name="Berliner Sparkasse", iban="DE89370400440532013000",
                swift_code="BELADEBEXXX", auto_contact=False)  # fmt: skip
    with db.unit_of_work() as session:
        from app.documents import update_company_information

        update_company_information(session, COMPANY | {"bank_account_no": bank})
    return bank


def _quote(db: Database, **customer: str) -> tuple[str, str]:
    company = make_company(db, name="Wiener Handels GmbH", address="Ringstraße 1", post_code="1010",
                           city="Wien", country_region_code="AT", language_code="DEU")  # fmt: skip
    customer_no = create_as_(db, company, "customer", "CUST-COMP")
    for field, value in customer.items():
        edit(db, "customer", customer_no, field, value)
    with db.unit_of_work() as session:
        no = str(new_sales_document(session, company, "quote").no)
        add_line(session, SALES, no, "Beratung", 10, "150")  # STANDARD: 19 %
        add_line(session, SALES, no, "Fachbuch", 2, "49.90")
        set_line(session, SALES, no, 20000, "vat_prod_posting_group", "reduced")  # 7 %
    return company, no


def _print(main: MainWindow, answers: PromptLog, no: str, path: Path) -> str:
    answers.save_path = str(path)
    answers.question = False  # do not open it
    card = main.open_card(SALES, no)
    found = card.findChild(QAction, "action_print")
    assert found is not None
    found.trigger()
    return pdf_text(path)


def test_the_quote_shows_vat_per_line_net_vat_gross_currency_and_footer_in_german(
    main: MainWindow, answers: PromptLog, tmp_path: Path, locale: None
) -> None:
    _setup(main.ctx.db)
    _company, no = _quote(main.ctx.db)
    QLocale.setDefault(QLocale("de_DE"))
    text = _print(main, answers, no, tmp_path / "angebot.pdf")
    today = date.today()
    four_digit = QLocale().toString(QDate(today.year, today.month, today.day), "dd.MM.yyyy")
    assert four_digit in text and four_digit.endswith(str(today.year))  # 02.12.2026, never 02.12.26
    assert "Wien Österreich" in text  # the country in the document's language (the contact's: German)
    for part in (
        "Beratung 10 150,00 19 1.500,00",  # VAT % per line
        "Fachbuch 2 49,90 7 99,80",
        "Total EUR Excl. VAT 1.599,80",
        "7% VAT on 99,80 6,99",
        "19% VAT on 1.500,00 285,00",
        "Total EUR Incl. VAT 1.891,79",
        "Berliner Sparkasse IBAN DE89 3704 0044 0532 0130 00 BIC BELADEBEXXX",  # our bank in the footer
        "VAT Registration No. DE136695976",
        "Amtsgericht Charlottenburg HRB 123456 B",
        "Managing Director Erika Muster",
        "ContactSync Demo GmbH Friedrichstraße 100 10117 Berlin Deutschland",
    ):
        assert part in text, part


def test_the_currency_is_the_records_else_the_local_one_and_vat_follows_the_business_group(
    main: MainWindow, answers: PromptLog, tmp_path: Path
) -> None:
    _setup(main.ctx.db)
    _company, no = _quote(main.ctx.db, currency_code="CHF", vat_bus_posting_group="EXPORT")
    text = _print(main, answers, no, tmp_path / "export.pdf")
    assert "Total CHF Excl. VAT 1,599.80" in text and "0% VAT on 1,599.80 0.00" in text
    assert "Total CHF Incl. VAT 1,599.80" in text
    assert "Austria" not in text  # the contact's language is German, whatever the user's


def test_vat_totals_add_up_per_rate() -> None:
    lines = [
        {"amount": Decimal("0.05"), "vat_percent": Decimal(19)},
        {"amount": Decimal("0.05"), "vat_percent": Decimal(19)},
        {"amount": Decimal("10.00"), "vat_percent": Decimal(7)},
    ]
    result = totals(lines)
    assert [(r.vat_percent, r.base, r.amount) for r in result.by_rate] == [
        (7, Decimal("10.00"), Decimal("0.70")),
        (19, Decimal("0.10"), Decimal("0.02")),  # on the rate's sum, not 2 × round(0.0095)
    ]
    assert (result.net, result.vat, result.gross) == (Decimal("10.10"), Decimal("0.72"), Decimal("10.82"))


def test_a_missing_vat_posting_setup_or_unknown_vat_group_is_refused(db: Database) -> None:
    with db.unit_of_work() as session:
        ensure_codes(session)
    company = make_company(db, name="Kaufhaus Nord")
    customer = create_as_(db, company, "customer", "CUST-COMP")
    with db.unit_of_work() as session:
        no = str(new_sales_document(session, company, "quote").no)
        add_line(session, SALES, no, "Beratung", 1, "100")
    before = dump(db)
    refusal = "does not exist in vat product posting group"
    with pytest.raises(UserError, match=refusal) as err, db.unit_of_work() as session:
        set_line(session, SALES, no, 10000, "vat_prod_posting_group", "LUXURY")
    assert err.value.field == "vat_prod_posting_group" and dump(db) == before
    from app.documents import document_view
    from app.models import SalesHeader

    with db.unit_of_work() as session:
        header = session.get(SalesHeader, no)
        assert header is not None and header.vat_bus_posting_group == "DOMESTIC"  # the customer's (template)
        header.vat_bus_posting_group = "NOWHERE"
    with pytest.raises(UserError, match="The VAT Posting Setup does not exist") as err, db.session() as s:
        document_view(s, SALES, no)
    assert "NOWHERE" in err.value.message and customer


def test_company_information_dialog_refuses_a_bad_vat_no_then_saves(
    ctx: AppContext, qtbot: object, answers: PromptLog
) -> None:
    bank = make(ctx.db, "bank_account", name="Hausbank", iban="DE89370400440532013000", auto_contact=False)
    dialog = CompanyInformationDialog(ctx)
    dialog.show()
    assert dialog.objectName() == "dialog_company_information"
    name = dialog.findChild(QLineEdit, "field_name")
    assert name is not None and name.text() == "ContactSync Demo GmbH"
    dialog.set_value("vat_registration_no", "DE123")
    dialog.set_value("register_court", "Amtsgericht Kiel")
    before = dump(ctx.db)
    dialog.accept()
    assert "VAT registration no." in answers.texts("error")[-1]
    assert dialog.isVisible() and dump(ctx.db) == before  # nothing written, input kept
    assert dialog.value("register_court") == "Amtsgericht Kiel"
    dialog.set_value("vat_registration_no", "de136695976")
    dialog.set_value("bank_account_no", bank)
    dialog.accept()
    assert not dialog.isVisible()
    with ctx.db.session() as session:
        info = company_information(session)
        assert (info.vat_registration_no, info.register_court, info.bank_account_no) == (
            "DE136695976", "Amtsgericht Kiel", bank,
        )  # fmt: skip


def test_company_information_is_in_the_setup_menu(main: MainWindow, answers: PromptLog) -> None:
    found = main.findChild(QAction, "action_company_information")
    assert found is not None and found.text().replace("&", "") == "Company Information…"
