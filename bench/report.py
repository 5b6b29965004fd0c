"""One scenario's result (our figure beside the raw reference), its statistics, the table and the JSON."""

from __future__ import annotations

import json
import statistics
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any


def median(samples: Sequence[float]) -> float:
    return float(statistics.median(samples)) if samples else 0.0


def spread(samples: Sequence[float]) -> float:
    """Interquartile range: how far the middle half of the samples lies apart (0 for one sample)."""
    if len(samples) < 2:
        return 0.0
    q1, _q2, q3 = statistics.quantiles(samples, n=4, method="inclusive")
    return float(q3 - q1)


@dataclass
class Result:
    """`value` is the median of `samples`; `ratio` is value / reference; `met` compares with the target."""

    scenario: str
    unit: str
    target: str
    samples: list[float]
    reference_samples: list[float] = field(default_factory=list)
    limit: float | None = None  # the target as a number: ratio limit when `by_ratio`, else value limit
    by_ratio: bool = False
    extra: dict[str, Any] = field(default_factory=dict)  # e.g. memory figures, sizes, notes
    extra_ok: bool = True  # further conditions of the target (memory growth)
    skipped: str | None = None  # the reason a scenario did not run

    @property
    def value(self) -> float | None:
        return None if self.skipped else median(self.samples)

    @property
    def reference(self) -> float | None:
        return median(self.reference_samples) if self.reference_samples else None

    @property
    def ratio(self) -> float | None:
        value, reference = self.value, self.reference
        if value is None or not reference:
            return None
        return value / reference

    @property
    def met(self) -> bool:
        if self.skipped or self.limit is None:
            return False
        measured = self.ratio if self.by_ratio else self.value
        return measured is not None and measured <= self.limit and self.extra_ok

    def as_json(self) -> dict[str, Any]:
        def rounded(x: float | None) -> float | None:  # four significant digits, whatever the unit
            return None if x is None else float(f"{x:.4g}")

        return {
            "scenario": self.scenario,
            "value": rounded(self.value),
            "unit": self.unit,
            "reference": rounded(self.reference),
            "ratio": rounded(self.ratio),
            "target": self.target,
            "met": self.met,
            "median": rounded(self.value),
            "spread": rounded(spread(self.samples)) if not self.skipped else None,
            "samples": len(self.samples),
            "reference_spread": rounded(spread(self.reference_samples)) if self.reference_samples else None,
            "skipped": self.skipped,
            **{key: value for key, value in self.extra.items()},
        }


def _fmt(value: float | None, digits: int = 1) -> str:
    return "–" if value is None else f"{value:,.{digits}f}"


def table(results: Sequence[Result]) -> str:
    """The results as a Markdown table (README shows the latest full run in this form)."""
    lines = [
        "| Scenario | Ours (median ± IQR) | Raw reference | Ratio | Target | Met | Notes |",
        "|---|---|---|---|---|---|---|",
    ]
    for r in results:
        if r.skipped:
            lines.append(f"| `{r.scenario}` | skipped | – | – | {r.target} | – | {r.skipped} |")
            continue
        ours = f"{_fmt(r.value, 2)} ± {_fmt(spread(r.samples), 2)} {r.unit}"
        reference = f"{_fmt(r.reference, 2)} {r.unit}" if r.reference is not None else "–"
        ratio = f"{r.ratio:.2f}×" if r.ratio is not None else "–"
        notes = ", ".join(f"{k} {v}" for k, v in r.extra.items() if k != "note")
        if "note" in r.extra:
            notes = f"{notes}; {r.extra['note']}" if notes else str(r.extra["note"])
        lines.append(
            f"| `{r.scenario}` | {ours} | {reference} | {ratio} | {r.target} | "
            f"{'yes' if r.met else '**no**'} | {notes} |"
        )
    return "\n".join(lines)


def write_json(path: Path, results: Sequence[Result]) -> None:
    path.write_text(json.dumps([r.as_json() for r in results], indent=2, ensure_ascii=False) + "\n")


def result_from_json(data: dict[str, Any]) -> Result:
    """A Result sent back by a child process (UI scenarios run in their own process)."""
    return Result(**data)


def result_to_json(result: Result) -> dict[str, Any]:
    return asdict(result)
