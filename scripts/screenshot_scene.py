"""Open the app on a database in a prepared state for the README screenshots (run under Xvfb):
`../shared/tools/screenshot docs/NAME.png 6 .venv/bin/python scripts/screenshot_scene.py URL SCENE
[--language de]`."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from app.db import Database
from app.ui.main_window import create_main_window

FIRST_NO = {"contact": "CT000001", "customer": "C000010", "vendor": "V000010", "bank_account": "B010"}


def demo_quote(db: Database) -> str:
    """A sales quote with three lines for the first demo contact (the one already made, on a second run)."""
    from app.documents import add_line, new_sales_document
    from app.models import SalesHeader

    with db.unit_of_work() as session:
        existing = session.scalars(select(SalesHeader.no).where(SalesHeader.contact_no == "CT000001")).first()
        if existing is not None:
            return existing
        no = new_sales_document(session, "CT000001", "quote").no
        add_line(session, "sales_header", no, "Beratung Einführung CRM (Stunden)", 12, "120")
        add_line(session, "sales_header", no, "Schulung Vertriebsteam (Tag)", 2, "980.50")
        add_line(session, "sales_header", no, "Lizenz ContactSync, 10 Benutzer (Jahr)", 10, "49.90")
        return no


def main() -> int:
    language = None
    if "--language" in sys.argv:  # e.g. `... URL contact --language de` for the German screenshots
        at = sys.argv.index("--language")
        language = sys.argv[at + 1]
        del sys.argv[at : at + 2]
    url, scene = sys.argv[1], sys.argv[2]
    app = QApplication(sys.argv)
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
    elif scene == "link":
        from app.ui.dialogs.link_dialog import LinkDialog

        dialog = LinkDialog(window.ctx, "CT000004", "customer", window)
        QTimer.singleShot(300, dialog.show)
    elif scene == "setup":
        from app.ui.dialogs.marketing_setup import MarketingSetupDialog

        dialog = MarketingSetupDialog(window.ctx, window)
        QTimer.singleShot(300, dialog.show)
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
