"""What every window needs, passed in rather than fetched from a god object."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from app.db import Database
from app.ui.sync_controller import SyncController


@dataclass
class AppContext:
    """The database, the change signal and the way to open (or raise) other windows.

    `open_card(kind, no)` and `open_list(kind)` are set by the main window; kind is a name of the kinds
    registry (app.kinds) or a document kind (no=None opens a new, empty card).
    """

    db: Database
    controller: SyncController
    open_card: Callable[[str, str | None], Any] = field(default=lambda kind, no: None)
    open_list: Callable[[str], Any] = field(default=lambda kind: None)
