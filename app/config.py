"""Where the database lives by default and other settings that need no Qt."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "ContactSync"


def user_data_dir() -> Path:
    """The per-user data folder, following the platform's convention (like QStandardPaths.AppDataLocation)."""
    override = os.environ.get("CONTACTSYNC_HOME")
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA", Path.home() / "AppData" / "Roaming"))
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share"))
    return base / APP_NAME


def user_log_dir() -> Path:
    """Where the log file goes (XDG state folder on Linux, next to the data elsewhere)."""
    override = os.environ.get("CONTACTSYNC_HOME")
    if override:
        return Path(override) / "logs"
    if sys.platform in ("win32", "darwin"):
        return user_data_dir() / "logs"
    return Path(os.environ.get("XDG_STATE_HOME", Path.home() / ".local" / "state")) / APP_NAME


def log_file() -> Path:
    return user_log_dir() / "contactsync.log"


def default_database_url() -> str:
    return f"sqlite:///{user_data_dir() / 'contactsync.db'}"


# Files the app writes (database, -wal/-shm, backups, log, exports, PDFs, .eml) are its user's own (SPEC §16):
# the process creates them 0600 and its folders 0700; the database files and the log are also chmod-ed.
PRIVATE_UMASK = 0o077


def private_files() -> int:
    """Make files and folders this process creates from now on owner-only; returns the previous umask."""
    return os.umask(PRIVATE_UMASK)


def current_user() -> str:
    import getpass

    try:
        return getpass.getuser()
    except Exception:  # no login name (containers): still record something readable
        return "user"
