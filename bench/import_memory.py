"""The import end to end on a large file, in a process of its own: prepare + preview + apply through
app.operations.import_export, as the GUI's worker runs them (cyclic garbage collection off, as app.ui.worker
switches it off while a job runs). Prints one JSON line: rows, seconds and rows/s of the preview and the
apply, peak RSS (VmHWM) and RSS at each tenth of each pass (to see whether memory grows with the rows).

`python -m bench.import_memory DB CSV ROWS [--gc] [--preview | --apply]` (by hand, a million rows: the two
passes in two processes at once); run() spawns it and returns the parsed figures."""

from __future__ import annotations

import gc
import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from bench.child import ROOT, child_env, peak_rss_mb, rss_mb


def measure(db_path: Path, csv_path: Path, rows: int = 0, collect: bool = False,
            passes: tuple[str, ...] = ("preview", "apply")) -> dict[str, Any]:  # fmt: skip
    from app.db import Database
    from app.operations.import_export import prepare, run_import

    db = Database(f"sqlite:///{db_path}", user="bench")
    figures: dict[str, Any] = {"start_rss_mb": round(rss_mb(), 1)}
    try:
        source, mapping = prepare(db, csv_path)
        total = rows or source.estimate()  # each row is counted once, in its pass (companies, then persons)
        if not collect:
            gc.disable()
        for name in passes:
            apply = name == "apply"
            curve: list[float] = []
            marks = [total * q // 10 for q in range(1, 10)]
            started = time.perf_counter()

            def progress(done: int, curve: list[float] = curve, marks: list[int] = marks,
                         name: str = name, started: float = started) -> None:  # fmt: skip
                if marks and done >= marks[0]:
                    marks.pop(0)
                    curve.append(round(rss_mb(), 1))
                    print(f"{name}: {done} rows in {time.perf_counter() - started:.0f} s, RSS {curve[-1]} MB",
                          file=sys.stderr, flush=True)  # a long run by hand shows how it goes

            result = run_import(db, source, mapping, apply, progress=progress)
            seconds = time.perf_counter() - started
            curve.append(round(rss_mb(), 1))
            figures[name] = {"rows": result.total, "s": round(seconds, 1),
                             "rows_per_s": round(result.total / seconds) if seconds else None,
                             "peak_rss_mb": round(peak_rss_mb(), 1), "rss_curve_mb": curve,
                             "kept_rows": len(result.rows)}  # fmt: skip
            del result
    finally:
        gc.enable()
        db.dispose()
    figures["peak_rss_mb"] = round(peak_rss_mb(), 1)
    return figures


def run(workdir: Path, db_path: Path, csv_path: Path, rows: int, timeout: float = 7200) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, "-m", "bench.import_memory", str(db_path), str(csv_path), str(rows)],
        cwd=ROOT, env=child_env(workdir), capture_output=True, text=True, timeout=timeout,
    )  # fmt: skip
    if done.returncode != 0:
        raise RuntimeError(f"bench.import_memory failed ({done.returncode}):\n{done.stderr[-4000:]}")
    figures: dict[str, Any] = json.loads(done.stdout.splitlines()[-1])
    return figures


if __name__ == "__main__":
    db_arg, csv_arg, rows_arg, *flags = sys.argv[1:]
    only = tuple(name for name in ("preview", "apply") if f"--{name}" in flags) or ("preview", "apply")
    figures = measure(Path(db_arg), Path(csv_arg), int(rows_arg), "--gc" in flags, only)
    print(json.dumps(figures), flush=True)
