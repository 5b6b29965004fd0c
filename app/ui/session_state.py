"""Window geometry and the open lists and cards, remembered per database between sessions (QSettings)."""

from __future__ import annotations

import hashlib
import logging

from PySide6.QtCore import QSettings

from app import kinds
from app.errors import UserError
from app.ui.main_window import MainWindow

log = logging.getLogger(__name__)


def _group(window: MainWindow) -> str:
    # Windows of one database make no sense on another: remember them per database.
    return "session/" + hashlib.sha1(window.ctx.db.url.encode()).hexdigest()[:12]


def save_session(window: MainWindow) -> None:
    settings = QSettings()
    settings.setValue("main/geometry", window.saveGeometry())
    settings.setValue("main/state", window.saveState())
    keys = [f"{kind}/{no or ''}" for what, kind, no in window.windows.open_keys()]
    settings.setValue(f"{_group(window)}/windows", keys)
    settings.sync()


def restore_session(window: MainWindow) -> int:
    """Restore geometry and reopen the remembered windows; returns how many windows were reopened."""
    settings = QSettings()
    geometry = settings.value("main/geometry")
    if geometry is not None:
        window.restoreGeometry(geometry)
        window.restoreState(settings.value("main/state") or b"")
    reopened = 0
    for spec in settings.value(f"{_group(window)}/windows") or []:
        kind, _, no = str(spec).partition("/")
        if kind not in kinds.BY_NAME:  # documents are not reopened
            continue
        try:
            window.open_card(kind, no) if no else window.open_list(kind)
            reopened += 1
        except UserError:  # deleted since: nothing to reopen
            log.info("not reopening %s: it no longer exists", spec)
    return reopened
