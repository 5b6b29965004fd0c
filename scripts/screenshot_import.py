"""The import preview on the demo database for docs/import-preview.png (run under Xvfb):
`../shared/tools/screenshot docs/import-preview.png 8 .venv/bin/python scripts/screenshot_import.py URL`."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app.io.csv_file import write_csv
from app.io.files import export_rows, read_contacts
from app.io.importer import preview_import
from app.ui.dialogs.import_preview import ImportPreviewDialog
from app.ui.main_window import create_main_window


def scene_file(window: object, folder: Path) -> Path:
    """The first demo contacts as exported, with a few edits as a user makes them in Excel."""
    with window.ctx.db.session() as session:  # type: ignore[attr-defined]
        rows = export_rows(session)[:9]
    rows[0].update(phone_no="0221 7384100", email="zentrale@mueller-maschinenbau.de")
    rows[3].update(city="Berlin-Mitte", address="Friedrichstraße 120")
    new = dict.fromkeys(rows[0], "")
    new.update(type="company", name="Ostsee Fisch GmbH", address="Am Hafen 3", post_code="18055",
               city="Rostock", country_region_code="DE", phone_no="0381 4567890",
               email="info@ostsee-fisch.de", vat_registration_no="DE12345")  # fmt: skip
    new_person = dict.fromkeys(rows[0], "")
    new_person.update(type="person", first_name="Greta", surname="Lindqvist", company_name=rows[5]["name"],
                      email="g.lindqvist@hanselog.de", job_title="Einkauf")  # fmt: skip
    other = dict(new, name="Kieler Werft AG", vat_registration_no="DE811569869", post_code="24143",
                 city="Kiel", email="info@kieler-werft.de")  # fmt: skip
    path = folder / "kontakte.csv"
    write_csv(path, [*rows, new, other, new_person])
    return path


def main() -> int:
    url = sys.argv[1]
    app = QApplication(sys.argv)
    app.setApplicationDisplayName("ContactSync")
    window = create_main_window(url)
    window.setGeometry(app.primaryScreen().availableGeometry().adjusted(0, 0, -1, -1))
    window.show()
    window.open_list("contact").parentWidget().showMaximized()
    path = scene_file(window, Path(tempfile.mkdtemp(prefix="cs-import-")))
    rows, notes = read_contacts(path)
    with window.ctx.db.session() as session:
        plan = preview_import(session, rows, notes)
    dialog = ImportPreviewDialog(window.ctx, path, rows, plan, window)
    dialog.show_unchanged.setChecked(True)
    QTimer.singleShot(300, dialog.open)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
