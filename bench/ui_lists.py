"""`list_open` and `list_search` on the contact list over a million contacts (child process), beside raw
sqlite3 reading the same first page and count. `python -m bench.ui_lists list_open|list_search DB …`."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from bench import build
from bench.child import child_main, ms_since, peak_rss_mb, reset_peak, rss_mb, spawn
from bench.report import Result
from bench.sizes import Sizes

COLUMNS = "no, name, type, company_name, city, phone_no, email, business_relation"
SEARCH = " OR ".join(f"{c} LIKE :p ESCAPE '\\'" for c in ("no", "name", "city", "phone_no"))


def list_database(workdir: Path, sizes: Sizes) -> Path:
    path = build.fresh(workdir, "list")
    build.add_contacts(path, sizes.list_contacts)
    return path


def fragments(path: Path) -> list[str]:
    """Name fragments as a user types them: a rare word, the start of a word, a common surname."""
    conn = sqlite3.connect(path)
    try:
        count = conn.execute("SELECT count(*) FROM contact").fetchone()[0]
        name = conn.execute(
            "SELECT name FROM contact WHERE type = 'company' AND rowid >= ? ORDER BY rowid LIMIT 1",
            (count // 2,),
        ).fetchone()[0]
    finally:
        conn.close()
    surname, word = name.split()[:2]
    return [word, word[:5].lower(), surname]


def run(workdir: Path, sizes: Sizes) -> list[Result]:
    path = list_database(workdir, sizes)
    repeats = str(sizes.list_repeats)
    opened = spawn("bench.ui_lists", workdir, "list_open", str(path), repeats)
    searched = spawn("bench.ui_lists", workdir, "list_search", str(path), repeats, *fragments(path))
    for result in (opened, searched):
        result.extra["contacts"] = sizes.list_contacts
    return [opened, searched]


# --- child side ---------------------------------------------------------------------------------------
def _raw_page(path: str, pattern: str | None) -> float:
    conn = sqlite3.connect(path)
    where = f"WHERE {SEARCH}" if pattern else ""
    started = time.perf_counter()
    conn.execute(f"SELECT count(*) FROM contact {where}", {"p": pattern}).fetchone()
    conn.execute(f"SELECT {COLUMNS} FROM contact {where} ORDER BY no LIMIT 200", {"p": pattern}).fetchall()
    elapsed = ms_since(started)
    conn.close()
    return elapsed


def _main_window(path: str):  # type: ignore[no-untyped-def]
    from app.ui.main_window import create_main_window
    from bench.qt import application, settle

    application()
    window = create_main_window(f"sqlite:///{path}")
    window.show()
    settle()
    return window


def list_open(path: str, repeats: str) -> Result:
    from bench.qt import PaintWatch, settle, wait_until

    window = _main_window(path)
    before = rss_mb()
    reset_peak()
    samples, reference, growth = [], [], 0.0
    for _ in range(int(repeats)):
        started = time.perf_counter()
        view = window.open_list("contact")
        watch = PaintWatch(view.view.viewport())
        wait_until(lambda: watch.painted > 0 and view.model.rowCount() > 0)  # noqa: B023
        samples.append(ms_since(started))
        growth = max(growth, peak_rss_mb() - before)
        window.windows.subwindow_of(view).close()  # type: ignore[union-attr]
        settle()
        reference.append(_raw_page(path, None))
    return Result(
        scenario="list_open",
        unit="ms",
        target="≤ 200 ms; memory grows ≤ 60 MB",
        samples=samples,
        reference_samples=reference,
        limit=200.0,
        extra={"rss_growth_mb": round(growth, 1), "peak_rss_mb": round(peak_rss_mb(), 1)},
        extra_ok=growth <= 60,
    )


def list_search(path: str, repeats: str, *words: str) -> Result:
    from bench.qt import PaintWatch, settle, wait_until

    window = _main_window(path)
    view = window.open_list("contact")
    watch = PaintWatch(view.view.viewport())
    wait_until(lambda: watch.painted > 0)
    resets: list[int] = []
    view.model.modelReset.connect(lambda: resets.append(watch.painted))
    samples, reference, per_word = [], [], {w: [] for w in words}
    for _ in range(int(repeats)):
        for word in words:
            resets.clear()
            started = time.perf_counter()  # the last keystroke; the list searches after the typing pause
            view.search.setText(word)
            wait_until(lambda: bool(resets) and watch.painted > resets[-1])
            elapsed = ms_since(started)
            samples.append(elapsed)
            per_word[word].append(elapsed)
            reference.append(_raw_page(path, f"%{word}%"))
            view.search.setText("")
            view.apply_search()
            settle()
    shown = {w: round(sorted(v)[len(v) // 2], 1) for w, v in per_word.items()}
    return Result(
        scenario="list_search",
        unit="ms",
        target="≤ 300 ms",
        samples=samples,
        reference_samples=reference,
        limit=300.0,
        extra={"fragments_ms": shown, "note": "includes the 150 ms pause after the last keystroke"},
    )


if __name__ == "__main__":
    child_main({"list_open": list_open, "list_search": list_search})
