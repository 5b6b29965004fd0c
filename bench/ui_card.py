"""`card_open`: a contact card opened with all its sections (relations, sync history, interactions, the
duplicates notice) on a database of `sizes.startup_contacts` contacts, until painted — beside a bare form
with the same editors filled from one raw SELECT and painted (child process: `python -m bench.ui_card …`)."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from bench import build
from bench.child import child_main, ms_since, spawn
from bench.edit import FIELD, edit_database
from bench.report import Result
from bench.sizes import Sizes

HISTORY_EDITS = 30  # propagated edits, so that the history section has rows to show


def run(workdir: Path, sizes: Sizes) -> Result:
    path, trio = edit_database(workdir, sizes, "card")
    build.add_contacts(path, sizes.startup_contacts, prefix="BD")
    from app.db import Database
    from app.domain.records import set_field

    db = Database(f"sqlite:///{path}", user="bench")
    for k in range(HISTORY_EDITS):
        with db.unit_of_work() as session:
            set_field(session, "contact", trio["contact"], FIELD, f"+49 40 {3000000 + k}")
    db.dispose()
    result = spawn("bench.ui_card", workdir, "card_open", str(path), trio["contact"], str(sizes.list_repeats))
    result.extra["contacts"] = sizes.startup_contacts + sizes.edit_contacts + 1
    return result


# --- child side ---------------------------------------------------------------------------------------
def _bare_form(path: str, no: str, fields: list[str]) -> float:
    """The floor: a plain form with one line edit per field, filled from one raw SELECT, until painted."""
    from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget

    from bench.qt import PaintWatch, wait_until

    started = time.perf_counter()
    conn = sqlite3.connect(path)
    row = conn.execute(f"SELECT {', '.join(fields)} FROM contact WHERE no = ?", (no,)).fetchone()
    conn.close()
    form = QWidget()
    layout = QFormLayout(form)
    for field, value in zip(fields, row, strict=True):
        line = QLineEdit(form)
        line.setText("" if value is None else str(value))
        layout.addRow(field, line)
    watch = PaintWatch(form)
    form.resize(1000, 800)
    form.show()
    wait_until(lambda: watch.painted > 0)
    elapsed = ms_since(started)
    form.close()
    form.deleteLater()
    return elapsed


def card_open(path: str, no: str, repeats: str) -> Result:
    from app.ui.main_window import create_main_window
    from bench.qt import PaintWatch, application, settle, wait_until

    app = application()
    window = create_main_window(f"sqlite:///{path}")
    window.resize(1600, 1000)
    window.show()
    settle()
    samples: list[float] = []
    reference: list[float] = []
    fields: list[str] = []
    warmup = 1
    for k in range(int(repeats) + warmup):
        started = time.perf_counter()
        card = window.open_card("contact", no)
        watch = PaintWatch(card)
        wait_until(lambda: watch.painted > 0 and card.no == no)  # noqa: B023
        app.processEvents()
        elapsed = ms_since(started)
        fields = [f for f in card.editors if not f.startswith("_")]
        sections = len(card.sections)
        window.close_all_windows()
        settle()
        bare = _bare_form(path, no, fields)
        settle()
        if k >= warmup:
            samples.append(elapsed)
            reference.append(bare)
    return Result(
        scenario="card_open",
        unit="ms",
        target="≤ 3× a bare form with the same editors filled from one raw SELECT",
        samples=samples,
        reference_samples=reference,
        limit=3.0,
        by_ratio=True,
        extra={"fields": len(fields), "sections": sections, "history_edits": HISTORY_EDITS},
    )


if __name__ == "__main__":
    child_main({"card_open": card_open})
