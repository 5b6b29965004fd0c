"""Synchronization rules of SPEC §4–§9, run inside the transaction at flush; no Qt.

Nothing registers on import: `install(factory)` hooks the engine into a session factory (app.db does it
for every Database), so the wiring is visible in one place.
"""

from app.sync.engine import install, uninstall

__all__ = ["install", "uninstall"]
