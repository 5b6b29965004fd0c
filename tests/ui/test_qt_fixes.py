"""app.ui.qt_fixes: emitting signals from Python leaves the interpreter's reference count of True intact
(PySide6 6.12 takes one per emit; enough of them abort the interpreter).

The counts are taken in a fresh interpreter: in the suite's process, garbage left by earlier tests (dicts and
rows holding True) may be freed meanwhile and move the count by thousands either way."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

_PROBE = """
import gc, json, sys
from PySide6.QtCore import QObject, Signal
from app.ui.qt_fixes import emit

class Source(QObject):
    plain = Signal()
    data = Signal(dict)

gc.collect()
gc.disable()
source = Source()
received = []
source.data.connect(received.append)
emit(source.plain)  # the detection runs on first use
before = sys.getrefcount(True)
for i in range(2000):  # more than True's references at start-up (~600) without the fix
    emit(source.plain)
    emit(source.data, {"i": i})
fixed = sys.getrefcount(True) - before
bare = Source()
bare.plain.connect(lambda: None)
before = sys.getrefcount(True)
for _ in range(1000):
    bare.plain.emit()
print(json.dumps({"fixed": fixed, "bare": sys.getrefcount(True) - before, "received": len(received),
                  "last": received[-1]}))
"""


def _probe() -> dict[str, object]:
    root = Path(__file__).resolve().parents[2]  # so that `app` imports whatever the working folder
    done = subprocess.run(
        [sys.executable, "-c", _PROBE], cwd=root, capture_output=True, text=True, timeout=120, check=True
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_emit_keeps_the_reference_count_of_true() -> None:
    found = _probe()
    assert abs(int(found["fixed"])) < 50, found  # type: ignore[arg-type]
    assert found["received"] == 2000 and found["last"] == {"i": 1999}


def test_the_installed_binding_does_not_steal_references_on_plain_emit() -> None:
    """pyproject.toml keeps PySide6 below 6.12: the app's other emits rely on a sound binding."""
    found = _probe()
    assert abs(int(found["bare"])) < 50, found  # type: ignore[arg-type]
