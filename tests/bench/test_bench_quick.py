"""`python -m bench` works end to end: at tiny sizes it runs every scenario and writes valid JSON. Timings are
the benchmark's business, not asserted here."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCENARIOS = ["edit_propagate", "edit_to_screen", "card_open", "batch_contacts", "import_contacts",
             "list_open", "list_search", "startup", "remote_refresh", "remote_load"]  # fmt: skip
FIELDS = {"scenario", "value", "unit", "reference", "ratio", "target", "met", "median", "spread"}


def test_tiny_run_writes_every_scenario(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "bench", "--tiny", "--json", str(out), "--keep", str(tmp_path / "work")],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=240,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    results = json.loads(out.read_text())
    assert sorted(r["scenario"] for r in results) == sorted(SCENARIOS)
    for result in results:
        assert result.keys() >= FIELDS, result
        assert isinstance(result["met"], bool) and isinstance(result["target"], str)
        if result["skipped"]:  # only the PostgreSQL scenarios may be skipped, and then they say why
            assert result["scenario"].startswith("remote_") and "PostgreSQL" in result["skipped"]
            continue
        assert result["value"] > 0 and result["samples"] >= 1
        if result["reference"] is not None:
            assert result["ratio"] == pytest.approx(result["value"] / result["reference"], rel=0.01)
    assert "| `list_open` |" in done.stdout  # the table
    listed = next(r for r in results if r["scenario"] == "list_open")
    assert listed["rss_growth_mb"] >= 0 and listed["peak_rss_mb"] > 0


def test_unknown_scenario_is_refused() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "bench", "--tiny", "--only", "nonsense"],
        cwd=ROOT, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 2 and "unknown scenario" in done.stderr


def test_compare_prints_each_scenario_against_an_earlier_run(tmp_path: Path) -> None:
    earlier = tmp_path / "before.json"
    earlier.write_text(json.dumps([{"scenario": "edit_propagate", "value": 10.0, "unit": "ms", "ratio": 40.0,
                                    "skipped": None}]))  # fmt: skip
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "bench", "--tiny", "--only", "edit_propagate", "--compare", str(earlier)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=240,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    rows = [line for line in done.stdout.splitlines() if line.startswith("| `edit_propagate` |")]
    row = next(line for line in rows if "%" in line)
    cells = [c.strip() for c in row.strip("|").split("|")]
    assert cells[1] == "10.00 ms" and cells[4] == "40.00×"  # before, as the earlier run had it
    assert cells[3].endswith("%") and cells[6].endswith("%")  # the change of the value and of the ratio
