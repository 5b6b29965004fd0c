"""Work-arounds for defects of the installed Qt binding, each detected at run time (so a fixed PySide6
needs no edit here).

PySide6 6.12's `SignalInstance.emit()` returns True without taking a reference to it: every emit from
Python takes one reference from True until, at the latest when the interpreter exits, Python aborts with
"bool_dealloc: deallocating True or False". `emit()` gives the reference back where that happens.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal


class _Probe(QObject):
    fired = Signal()


def _emit_steals_a_reference() -> bool:
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(10):
        probe.fired.emit()
    stolen = before - sys.getrefcount(True)
    for _ in range(max(stolen, 0)):  # the probe's own loss, given back
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))
    return stolen >= 10


_STEALS: bool | None = None


def emit(signal: Any, *args: Any) -> None:
    """signal.emit(*args), keeping the interpreter's reference count of True intact."""
    global _STEALS
    if _STEALS is None:
        _STEALS = _emit_steals_a_reference()
    result = signal.emit(*args)
    if _STEALS and isinstance(result, bool):
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(result))
