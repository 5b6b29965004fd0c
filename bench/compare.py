"""`--compare FILE`: each scenario of this run beside the same scenario of an earlier JSON run, so that a
change shows its effect (values and ratios to the raw reference: the ratio holds on a noisy machine)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bench.report import Result


def load(path: Path) -> dict[str, dict[str, Any]]:
    """{scenario: its JSON entry} of an earlier `--json` run."""
    return {entry["scenario"]: entry for entry in json.loads(path.read_text(encoding="utf-8"))}


def _change(now: float | None, before: float | None) -> str:
    if now is None or not before:
        return "–"
    return f"{(now / before - 1) * 100:+.0f} %"


def _num(value: float | None, unit: str = "") -> str:
    return "–" if value is None else f"{value:,.2f}{unit}"


def comparison(results: Sequence[Result], earlier: dict[str, dict[str, Any]], label: str) -> str:
    """A Markdown table: value then → now, ratio then → now, and the change of each in per cent."""
    lines = [
        f"Compared with {label}:",
        "",
        "| Scenario | Before | Now | Change | Ratio before | Ratio now | Ratio change |",
        "|---|---|---|---|---|---|---|",
    ]
    for result in results:
        old = earlier.get(result.scenario)
        if old is None or result.skipped or old.get("skipped"):
            now = _num(result.value, " " + result.unit)
            lines.append(f"| `{result.scenario}` | – | {now} | – | – | – | – |")
            continue
        unit = " " + result.unit
        lines.append(
            f"| `{result.scenario}` | {_num(old.get('value'), unit)} | {_num(result.value, unit)} | "
            f"{_change(result.value, old.get('value'))} | {_num(old.get('ratio'), '×')} | "
            f"{_num(result.ratio, '×')} | {_change(result.ratio, old.get('ratio'))} |"
        )
    return "\n".join(lines)
