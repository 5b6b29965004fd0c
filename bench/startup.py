"""`startup`: process start to the main window shown (with the contact list, the start page, painted) on a
database of 100,000 contacts, beside a bare PySide6 process showing an empty main window with a table.

`python -m bench.startup app URL` runs what `python -m app --database URL` runs and prints when painted;
`python -m bench.startup bare` is the reference. Both quit as soon as they have printed.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from bench.child import ROOT, child_env
from bench.report import Result, median
from bench.sizes import Sizes

SHOWN = "BENCH-SHOWN"


def _env(workdir: Path) -> dict[str, str]:
    """As installed on a desk: compiled bytecode is kept (pip compiles it at install; a source checkout
    writes it on the first start). Without this, PYTHONDONTWRITEBYTECODE (set on the team's machines) made
    every start compile ~140 of our modules again (~0.25 s), which no user pays. The cache goes to the work
    folder."""
    env = child_env(workdir)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(workdir / "pycache")
    return env


def _launch(workdir: Path, *args: str) -> float:
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "bench.startup", *args],
        cwd=ROOT,
        env=_env(workdir),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    for line in process.stdout:
        if line.startswith(SHOWN):
            elapsed = time.perf_counter() - started
            process.wait(timeout=60)
            return elapsed
    _out, err = process.communicate(timeout=60)
    raise RuntimeError(f"startup probe {args} failed:\n{err[-4000:]}")


def run(workdir: Path, sizes: Sizes) -> Result:
    from bench import build  # not at the top: the probes import only what they measure

    path = build.fresh(workdir, "startup")
    build.add_contacts(path, sizes.startup_contacts)
    url = f"sqlite:///{path}"
    _launch(workdir, "app", url)  # the first start after building: file caches warm, as on a desk
    samples, reference, cold = [], [], []
    for k in range(sizes.startup_repeats):
        samples.append(_launch(workdir, "app", url))
        reference.append(_launch(workdir, "bare"))
        # "Cold" as far as it goes without root (no dropping of the OS caches): the first start in a fresh
        # process on a database file this process has never opened (a new copy: no index built, no state).
        fresh = build.copy(path, f"startup_cold_{k}")
        cold.append(_launch(workdir, "app", f"sqlite:///{fresh}"))
        fresh.unlink()
    return Result(
        scenario="startup",
        unit="s",
        target="≤ 2.5× a bare PySide6 window",
        samples=samples,
        reference_samples=reference,
        limit=2.5,
        by_ratio=True,
        extra={"contacts": sizes.startup_contacts, "cold_s": round(median(cold), 3),
               "cold_ratio": round(median(cold) / median(reference), 2),
               "note": "warm: the same database again; cold: first start on a new copy of it"},
    )  # fmt: skip


# --- child side ---------------------------------------------------------------------------------------
def _watch_first_paint(names: set[str]) -> None:
    """Print SHOWN and quit once every widget named in `names` has been painted."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    pending = set(names)

    class Watch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and pending:
                name = watched.objectName()
                if name == "qt_scrollarea_viewport":  # a table paints its rows in its viewport
                    name = watched.parent().objectName()
                if name in pending:
                    pending.discard(name)
                    if not pending:
                        QTimer.singleShot(0, self.report)
            return False

        def report(self) -> None:
            print(SHOWN, flush=True)
            QApplication.quit()

    watch = Watch(app)
    app.installEventFilter(watch)


def app_probe(url: str) -> int:
    # What `python -m app` runs, in its order: the command line module (no Qt) first, then the watch (Qt).
    # Importing Qt first would make PySide's import hook read the source of every later module (~0.2 s).
    from app.__main__ import main

    _watch_first_paint({"main_window", "table"})
    return main(["--database", url])


def bare_probe() -> int:
    _watch_first_paint({"main_window", "table"})
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    window = QMainWindow()
    window.setObjectName("main_window")
    table = QTableView(window)
    table.setObjectName("table")
    window.setCentralWidget(table)
    window.show()
    return QApplication.instance().exec()  # type: ignore[union-attr]


if __name__ == "__main__":
    if sys.argv[1] == "app":
        sys.exit(app_probe(sys.argv[2]))
    sys.exit(bare_probe())
