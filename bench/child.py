"""Scenarios that need Qt run in a process of their own: a clean memory figure, Qt offscreen, no settings of
the user touched. The parent passes plain arguments and reads the Result back as JSON from stdout."""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from bench.report import Result, result_from_json, result_to_json

ROOT = Path(__file__).resolve().parent.parent
MARK = "BENCH-RESULT "


def child_env(workdir: Path) -> dict[str, str]:
    """Qt offscreen; settings and the app's data folder in the work folder, never the user's own."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["XDG_CONFIG_HOME"] = str(workdir / "config")
    env["CONTACTSYNC_HOME"] = str(workdir / "home")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    return env


def spawn(module: str, workdir: Path, *args: str, timeout: float = 600) -> Result:
    """Run `python -m module args…` and return the Result it printed."""
    done = subprocess.run(
        [sys.executable, "-m", module, *args],
        cwd=ROOT,
        env=child_env(workdir),
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    for line in reversed(done.stdout.splitlines()):
        if line.startswith(MARK):
            return result_from_json(json.loads(line[len(MARK) :]))
    raise RuntimeError(f"{module} {' '.join(args)} failed ({done.returncode}):\n{done.stderr[-4000:]}")


def child_main(scenarios: dict[str, Callable[..., Result]]) -> None:
    """Entry point of a child module: `python -m bench.ui_x SCENARIO ARGS…` prints one Result."""
    name, *args = sys.argv[1:]
    result = scenarios[name](*args)
    print(MARK + json.dumps(result_to_json(result)), flush=True)


# --- memory (Linux /proc; zeros elsewhere) ---------------------------------------------------------------
def _status(key: str) -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(key + ":"):
                return int(line.split()[1]) / 1024  # kB -> MB
    except OSError:
        pass
    return 0.0


def rss_mb() -> float:
    return _status("VmRSS")


def peak_rss_mb() -> float:
    return _status("VmHWM")


def reset_peak() -> None:
    """Let VmHWM restart from the current RSS (Linux: writing 5 to clear_refs)."""
    with contextlib.suppress(OSError):
        Path("/proc/self/clear_refs").write_text("5")


def ms_since(started: float) -> float:
    return (time.perf_counter() - started) * 1000
