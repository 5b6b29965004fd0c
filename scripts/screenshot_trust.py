"""Screenshots of the sync history (with Undo) and of the duplicates list, on a copy of the demo database:
`../shared/tools/screenshot docs/sync-history.png 6 .venv/bin/python scripts/screenshot_trust.py URL history`
(scene `duplicates` for docs/duplicates.png). The script first makes a few changes through the domain."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QScrollArea

from app.db import Database
from app.domain.records import create_record, set_field
from app.duplicates.report import duplicate_pairs
from app.duplicates.search import mark_not_duplicate
from app.ui.cards.history_panel import HistoryPanel
from app.ui.main_window import create_main_window

HISTORY_CONTACT = "CT000006"  # Hanseatische Logistik AG: a customer and a vendor


def prepare_history(url: str) -> None:
    """Three user actions that synchronization carried to other records."""
    db = Database(url, user="m.keller")
    edits = [
        ("customer", "C000011", "phone_no", "+49 40 36987200"),
        ("contact", HISTORY_CONTACT, "email", "logistik@hanselog.de"),
        ("vendor", "V000011", "address", "Am Sandtorkai 46"),
    ]
    for table, no, field, value in edits:
        with db.unit_of_work() as session:
            set_field(session, table, no, field, value)
    db.dispose()


def prepare_duplicates(url: str) -> None:
    """Companies entered twice, the way it happens: another spelling, another phone; one pair marked."""
    db = Database(url, user="m.keller")
    twins = [
        {"name": "Müller und Söhne Maschinenbau", "address": "Industriestr. 12", "post_code": "50735",
         "city": "Köln", "phone_no": "+49 221 73840"},
        {"name": "Mueller & Soehne Maschinenbau GmbH", "address": "Industriestrasse 12", "city": "Koeln"},
        {"name": "Spree Elektronik AG", "address": "Wilhelminenhofstr. 76", "post_code": "12459",
         "city": "Berlin", "phone_no": "+49 30 6392880"},
        {"name": "Hanseatische Logistik AG", "address": "Am Sandtorkai 44", "post_code": "20457",
         "city": "Hamburg", "email": "info@hanselog.de"},
    ]  # fmt: skip
    for values in twins:
        with db.unit_of_work() as session:
            create_record(session, "contact", values)
    with db.session() as session:
        pairs = duplicate_pairs(session)
    with db.unit_of_work() as session:
        spree = next(p for p in pairs if p.contact_name.startswith("Spree"))
        mark_not_duplicate(session, spree.contact_no, spree.duplicate_no)
    db.dispose()


def main() -> int:
    url, scene = sys.argv[1], sys.argv[2]
    (prepare_history if scene == "history" else prepare_duplicates)(url)
    app = QApplication(sys.argv)
    app.setApplicationDisplayName("ContactSync")
    window = create_main_window(url)
    window.setGeometry(app.primaryScreen().availableGeometry().adjusted(0, 0, -1, -1))
    window.show()
    if scene == "history":
        card = window.open_card("contact", HISTORY_CONTACT)
        card.parentWidget().showMaximized()
        panel = card.findChild(HistoryPanel, "history_panel")
        assert panel is not None
        panel.reload()
        panel.select_change(panel.rows()[0].change_id)
        scroll = card.findChild(QScrollArea)
        assert scroll is not None
        bar = scroll.verticalScrollBar()
        QTimer.singleShot(400, lambda: bar.setValue(bar.maximum()))
    else:
        window.commands["duplicates"].trigger()
        dialog = next(w for w in app.topLevelWidgets() if w.objectName() == "dialog_duplicates")
        dialog.table.selectRow(0)  # type: ignore[attr-defined]
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
