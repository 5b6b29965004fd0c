"""Qt helpers of the UI scenarios: the application, waiting without sleeping, noticing a widget's paint."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import cast

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget


def application() -> QApplication:
    return cast(QApplication, QApplication.instance() or QApplication(sys.argv[:1]))


def wait_until(done: Callable[[], bool], timeout: float = 30.0) -> None:
    """Process events (sleeping in the event loop, woken by timers and sockets) until `done()`."""
    app = application()
    guard = QTimer()  # wakes the blocking wait now and then, so that the deadline is seen
    guard.start(10)
    deadline = time.perf_counter() + timeout
    try:
        while not done():
            if time.perf_counter() > deadline:
                raise TimeoutError("the UI did not reach the expected state")
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    finally:
        guard.stop()


class PaintWatch(QObject):
    """Counts the paint events a widget receives (`painted` grows once the paint has been delivered)."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.painted = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.painted += 1
        return False


def settle(rounds: int = 3) -> None:
    """Let pending layout and paint work finish before the next measurement starts."""
    app = application()
    for _ in range(rounds):
        app.processEvents()


def idle(ms: int) -> None:
    """Keep the event loop running for `ms` milliseconds: follow-up work on timers (a history panel's
    delayed refresh) finishes here, not inside the next measurement."""
    app = application()
    deadline = time.perf_counter() + ms / 1000
    guard = QTimer()
    guard.start(10)
    try:
        while time.perf_counter() < deadline:
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    finally:
        guard.stop()
