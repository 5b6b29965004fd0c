"""Open the app on a database in a prepared state for the README screenshots (run under Xvfb):
`../shared/tools/screenshot docs/NAME.png 6 .venv/bin/python scripts/screenshot_scene.py URL SCENE
[--language de] [--dark]` (--dark: the Fusion style with a dark palette, as a desktop in dark mode gives)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from app.db import Database
from app.ui.main_window import create_main_window
from app.ui.palettes import dark_palette

FIRST_NO = {"contact": "CT000001", "customer": "C000010", "vendor": "V000010", "bank_account": "B010"}


def demo_quote(db: Database) -> str:
    """A sales quote with three lines for the first demo contact (the one already made, on a second run)."""
    from app.documents import add_line, new_sales_document
    from app.models import SalesHeader

    with db.unit_of_work() as session:
        existing = session.scalars(select(SalesHeader.no).where(SalesHeader.contact_no == "CT000001")).first()
        if existing is not None:
            return existing
        from app.documents import update_company_information

        # what a real company fills in under Setup › Company Information
        update_company_information(session, {
            "vat_registration_no": "DE136695976", "registration_no": "HRB 123456 B",
            "register_court": "Amtsgericht Charlottenburg", "managing_director": "Erika Muster",
            "phone_no": "+49 30 1234567", "home_page": "www.contactsync.example", "bank_account_no": "B010",
        })  # fmt: skip
        no = new_sales_document(session, "CT000001", "quote").no
        add_line(session, "sales_header", no, "Beratung Einführung CRM (Stunden)", 12, "120")
        add_line(session, "sales_header", no, "Schulung Vertriebsteam (Tag)", 2, "980.50")
        add_line(session, "sales_header", no, "Lizenz ContactSync, 10 Benutzer (Jahr)", 10, "49.90")
        add_line(session, "sales_header", no, "Handbuch CRM-Praxis (Buch)", 3, "39.90", "REDUCED")
        return no


def thin_contact(db: Database) -> str:
    """A company contact entered in a hurry (name, city, phone), made once, for the link_differences scene."""
    from app.domain.records import create_record
    from app.models import Contact

    with db.unit_of_work() as session:
        name = "Hafenkontor Schmidt GmbH"
        existing = session.scalars(select(Contact.no).where(Contact.name == name)).first()
        if existing is not None:
            return existing
        values = {"type": "company", "name": name, "city": "Hamburg",
                  "phone_no": "+49 40 555 0190"}  # fmt: skip
        return str(create_record(session, "contact", values).no)


def unlinked_customers(url: str) -> None:
    """1,250 customers K0000001… without a contact (the batch job's input), added once."""
    from pathlib import Path

    from bench import build

    path = Path(url.removeprefix("sqlite:///"))
    with build.connect(path) as conn:
        if conn.execute("SELECT count(*) FROM customer WHERE no LIKE 'K%'").fetchone()[0]:
            return
    build.add_customers(path, 1250)
    with build.connect(path) as conn:  # three that resemble contacts already there: possible duplicates
        conn.execute(
            "INSERT INTO customer (no, name, search_name, address, post_code, city, country_region_code, "
            "phone_no, last_modified) SELECT 'KD0' || row_number() OVER (ORDER BY no), name, search_name, "
            "address, post_code, city, country_region_code, phone_no, last_modified FROM contact "
            "WHERE type = 'company' ORDER BY no LIMIT 3"
        )


def main() -> int:
    language = None
    if "--language" in sys.argv:  # e.g. `... URL contact --language de` for the German screenshots
        at = sys.argv.index("--language")
        language = sys.argv[at + 1]
        del sys.argv[at : at + 2]
    dark = "--dark" in sys.argv
    if dark:
        sys.argv.remove("--dark")
    url, scene = sys.argv[1], sys.argv[2]
    app = QApplication(sys.argv)
    if dark:
        app.setStyle("Fusion")
        app.setPalette(dark_palette())
    app.setApplicationDisplayName("ContactSync")
    if language is not None:
        from app.ui.launch import install_translations

        install_translations(app, language)
    window = create_main_window(url)
    screen = app.primaryScreen()
    window.setGeometry(screen.availableGeometry().adjusted(0, 0, -1, -1))
    window.show()
    if scene == "main":
        window.open_list("contact")
        window.open_card("contact", "CT000001")
        window.open_card("customer", "C000010")
        window.tile_windows()
    elif scene in ("contact", "customer", "vendor", "bank_account"):
        card = window.open_card(scene, FIRST_NO[scene])
        card.parentWidget().showMaximized()
    elif scene == "employee":  # a person and its employee: shared fields read-only, kept on the contact
        from app.api import contact_of

        with window.ctx.db.session() as session:
            person = contact_of(session, "employee", "E0010")
        window.open_card("contact", person)
        window.open_card("employee", "E0010")
        window.tile_windows()
    elif scene == "contact_refused":  # a refused value: the message at the field and in the bar
        card = window.open_card("contact", FIRST_NO["contact"])
        card.parentWidget().showMaximized()
        card.editors["phone_no"].set_value("0221 CALL-ME")
        card.save("phone_no")
    elif scene == "contact_refused_vat":  # a VAT registration no. with a wrong check digit
        card = window.open_card("contact", FIRST_NO["contact"])
        card.parentWidget().showMaximized()
        card.editors["vat_registration_no"].set_value("DE123456789")
        card.save("vat_registration_no")
    elif scene == "contact_states":  # a person: read-only fields, a refused value, a value changed underneath
        card = window.open_card("contact", "CT000002")
        card.parentWidget().showMaximized()
        card.editors["phone_no"].set_value("0221 CALL-ME")
        card.save("phone_no")
        card.editors["city"].set_value("Bonn-Beuel")
        card.editors["city"].refresh("Köln-Deutz")  # saved elsewhere while "Bonn-Beuel" is typed
    elif scene == "link":
        from app.ui.dialogs.link_dialog import LinkDialog

        dialog = LinkDialog(window.ctx, "CT000004", "customer", window)
        QTimer.singleShot(300, dialog.show)
    elif scene == "link_differences":  # a thin new contact and a rich customer: defaults, warning, summary
        from app.ui.dialogs.link_dialog import LinkDialog

        contact = thin_contact(window.ctx.db)
        dialog = LinkDialog(window.ctx, contact, "customer", window)
        dialog.move(0, 0)
        dialog.resize(900, 740)
        dialog.select_record("C000014")
        QTimer.singleShot(300, dialog.show)
    elif scene == "setup":
        from app.ui.dialogs.marketing_setup import MarketingSetupDialog

        dialog = MarketingSetupDialog(window.ctx, window)
        QTimer.singleShot(300, dialog.show)
    elif scene == "batch_request":  # the request page over 1,250 customers without a contact
        from app.ui.dialogs.batch_request import BatchRequestDialog

        unlinked_customers(url)
        window.open_list("customer")
        dialog = BatchRequestDialog(window.ctx, "customer", window)
        dialog.editors["no"].setText("K0000001..K0001000")
        dialog.editors["country_region_code"].setText("DE|AT")
        dialog.update_count()
        QTimer.singleShot(300, dialog.show)
    elif scene == "batch_result":  # the job run on those customers, then its result
        from app.operations.batch import create_contacts_from
        from app.ui.dialogs.batch_result import show_result

        unlinked_customers(url)
        window.open_list("customer")
        result = create_contacts_from(window.ctx.db, "customer", filters={"no": "K*"})
        QTimer.singleShot(300, lambda: show_result(window.ctx, "customer", result, window))
    elif scene == "import_preview":  # the preview of an import with its column-mapping step (argv[3]: a CSV)
        from pathlib import Path

        from app.operations.import_export import prepare, run_import
        from app.ui.dialogs.import_preview import ImportPreviewDialog

        source, mapping = prepare(window.ctx.db, Path(sys.argv[3]))
        plan = run_import(window.ctx.db, source, mapping)
        preview = ImportPreviewDialog(window.ctx, source, mapping, plan, parent=window)
        preview.resize(1340, 740)
        QTimer.singleShot(300, preview.show)
    elif scene == "sales_quote":  # also writes the quote as PDF when a path is given (argv[3])
        no = demo_quote(window.ctx.db)
        if len(sys.argv) > 3:
            from app.documents import document_view
            from app.ui.documents.pdf import write_pdf

            with window.ctx.db.session() as session:
                write_pdf(document_view(session, "sales_header", no), sys.argv[3])
        card = window.open_card("sales_header", no)
        card.parentWidget().showMaximized()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
