"""Open the app on a database in a prepared state for the README screenshots (run under Xvfb):
`../shared/tools/screenshot docs/NAME.png 6 .venv/bin/python scripts/screenshot_scene.py URL SCENE`."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app.ui.main_window import create_main_window

FIRST_NO = {"contact": "CT000001", "customer": "C000010", "vendor": "V000010", "bank_account": "B010"}


def main() -> int:
    url, scene = sys.argv[1], sys.argv[2]
    app = QApplication(sys.argv)
    app.setApplicationDisplayName("ContactSync")
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
    elif scene == "link":
        from app.ui.dialogs.link_dialog import LinkDialog

        dialog = LinkDialog(window.ctx, "CT000004", "customer", window)
        QTimer.singleShot(300, dialog.show)
    elif scene == "setup":
        from app.ui.dialogs.marketing_setup import MarketingSetupDialog

        dialog = MarketingSetupDialog(window.ctx, window)
        QTimer.singleShot(300, dialog.show)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
