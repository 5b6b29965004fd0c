"""What every window needs, passed in rather than fetched from a god object."""

from __future__ import annotations

import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from app.db import Database
from app.ui.sync_controller import SyncController


@dataclass
class AppContext:
    """The database, the change signal and the way to open (or raise) other windows.

    `open_card(kind, no)` and `open_list(kind)` are set by the main window (through `weakly`); kind is a name
    of the kinds registry (app.kinds) or a document kind (no=None opens a new, empty card).
    """

    db: Database
    controller: SyncController
    open_card: Callable[[str, str | None], Any] = field(default=lambda kind, no: None)
    open_list: Callable[[str], Any] = field(default=lambda kind: None)


def weakly(method: Callable[..., Any]) -> Callable[..., Any]:
    """A bound method of a window as a context callback that does not keep the window alive: the window holds
    the context, so a strong reference back would make a cycle that only the cyclic collector frees, on
    whichever thread it happens to run (app.ui.worker: never a job's thread for a QObject). Once the window is
    gone the callback does nothing."""
    ref = weakref.WeakMethod(method)  # type: ignore[arg-type]

    def call(*args: Any) -> Any:
        bound = ref()
        return None if bound is None else bound(*args)

    return call
