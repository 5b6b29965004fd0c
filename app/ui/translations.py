"""Loading the user's language: .qm files are compiled from the committed .ts when missing or stale."""

from __future__ import annotations

import logging
import subprocess
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app import errors

log = logging.getLogger(__name__)
TRANSLATIONS = Path(__file__).resolve().parent.parent / "resources" / "translations"
_installed: list[QTranslator] = []  # ours and Qt's own (buttons of message boxes, Cancel …)


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


def remove_translators(app: QCoreApplication) -> None:
    """Back to the English source texts (tests switch languages within one process)."""
    while _installed:
        app.removeTranslator(_installed.pop())
    errors.language = "en"


def load_translator(app: QCoreApplication, locale: QLocale) -> QTranslator | None:
    """Install ContactSync's and Qt's translations for `locale` in place of earlier ones; English needs none.
    Returns ContactSync's translator, None when there is none for that language."""
    remove_translators(app)
    ensure_qm()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ours: QTranslator | None = None
    for name, directory in (("contactsync", str(TRANSLATIONS)), ("qtbase", qt_dir)):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", directory):
            app.installTranslator(translator)
            _installed.append(translator)
            ours = ours or (translator if name == "contactsync" else None)
    if ours is None:
        remove_translators(app)  # no ContactSync translation: Qt's own buttons stay English too
    else:  # names inside domain messages (countries) in the language of the messages
        errors.language = locale.name().split("_")[0]
    return ours
