"""Synchronization rules of SPEC §4–§9, run inside the transaction; no Qt.

Importing the package registers the engine (a before-flush hook on every Session).
"""

from app.sync import engine as _engine  # noqa: F401
