"""Logging configured once: messages to stderr, and for the desktop app also a rotating log file."""

from __future__ import annotations

import logging
import os
import sys
from logging.handlers import RotatingFileHandler
from typing import IO, Any

from app.config import log_file, private_files

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


_handlers: list[logging.Handler] = []


class PrivateFileHandler(RotatingFileHandler):
    """A rotating log whose files only their owner can read (0600), whatever the umask (SPEC §16)."""

    def _open(self) -> IO[Any]:
        stream = super()._open()
        os.chmod(self.baseFilename, 0o600)
        return stream


def configure_logging(verbose: int = 0, *, to_file: bool = False) -> None:
    """Idempotent: a second call (tests run main() many times) replaces the handlers of the first. The
    process's new files are owner-only from here on (the app's entry point calls this first)."""
    private_files()
    root = logging.getLogger()
    for old in _handlers:
        root.removeHandler(old)
        old.close()
    _handlers.clear()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    console = logging.StreamHandler(sys.stderr)
    console.setLevel(max(logging.DEBUG, logging.WARNING - 10 * verbose))
    console.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    root.addHandler(console)
    _handlers.append(console)
    if to_file:
        try:
            path = log_file()
            path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            os.chmod(path.parent, 0o700)
            handler = PrivateFileHandler(path, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
        except OSError as exc:  # a read-only home must not stop the app from starting
            logging.getLogger(__name__).warning("no log file: %s", exc.strerror)
            return
        handler.setLevel(logging.INFO)
        handler.setFormatter(logging.Formatter(FORMAT))
        root.addHandler(handler)
        _handlers.append(handler)
