"""Loading the user's language: .qm files are compiled from the committed .ts when missing or stale."""

from __future__ import annotations

import logging
import subprocess
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

log = logging.getLogger(__name__)
TRANSLATIONS = Path(__file__).resolve().parent.parent / "resources" / "translations"


def ensure_qm(directory: Path = TRANSLATIONS) -> None:
    """Compile each .ts whose .qm is missing or older (a fresh clone ships only the sources)."""
    import PySide6

    lrelease = Path(PySide6.__file__).parent / "lrelease"
    for ts in directory.glob("*.ts"):
        qm = ts.with_suffix(".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        try:
            subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True, timeout=60)
        except (OSError, subprocess.SubprocessError) as exc:  # read-only install: English it is
            log.warning("could not compile %s: %s", ts.name, exc)


def load_translator(app: QCoreApplication, locale: QLocale) -> QTranslator | None:
    """Install the translator for `locale` if one is shipped; English needs none."""
    ensure_qm()
    translator = QTranslator(app)
    if translator.load(locale, "contactsync", "_", str(TRANSLATIONS)):
        app.installTranslator(translator)
        return translator
    return None
