"""Contacts as CSV: UTF-8 with BOM (Excel opens it with umlauts intact), header = SPEC column names.

Written with ';' (what Excel expects in German and most European locales); read with ';', ',' or tab, as
the header line shows. Cells that Excel would run as a formula are written with a leading apostrophe,
which reading removes again, so a file round-trips unchanged.
"""

from __future__ import annotations

import csv
import io
import logging
from collections.abc import Iterable
from pathlib import Path

from app.errors import UserError
from app.io.columns import COLUMNS, IncomingRow, column_for

log = logging.getLogger(__name__)
DELIMITER = ";"
_FORMULA_START = ("=", "@", "\t", "\r")


def _looks_like_formula(value: str) -> bool:
    if not value:
        return False
    if value.startswith(_FORMULA_START):
        return True
    if value[0] in "+-":  # '+49 30 …' is a phone number, '+SUM(…)' a formula
        return len(value) > 1 and not (value[1].isdigit() or value[1] in " (")
    return value[0] == "'" and _looks_like_formula(value[1:])


def guard(value: str) -> str:
    return "'" + value if _looks_like_formula(value) else value


def unguard(value: str) -> str:
    return value[1:] if value.startswith("'") and _looks_like_formula(value[1:]) else value


def write_csv(path: Path, rows: Iterable[dict[str, str]]) -> int:
    """Write the rows (text per column); returns how many."""
    count = 0
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=DELIMITER, lineterminator="\r\n")
        writer.writerow(COLUMNS)
        for row in rows:
            writer.writerow([guard(row.get(name, "")) for name in COLUMNS])
            count += 1
    return count


def _decode(data: bytes, path: Path, notes: list[UserError]) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        notes.append(UserError("{file} is not UTF-8; it was read as Windows-1252.", file=path.name))
        return data.decode("cp1252", errors="replace")


def _delimiter(header_line: str) -> str:
    counts = {d: header_line.count(d) for d in (";", ",", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else DELIMITER


def read_csv(path: Path) -> tuple[list[IncomingRow], list[UserError]]:
    """The contacts in a CSV file and notes about what was ignored. Unreadable files raise UserError."""
    notes: list[UserError] = []
    text = _decode(path.read_bytes(), path, notes)
    header_line = text.split("\n", 1)[0]
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(header_line))
    header = next(reader, None)
    fields = [column_for(h) for h in header or []]
    if not any(fields):
        raise UserError(
            "{file} has no column that ContactSync knows; the first line must name the columns, "
            "for example name;city;phone_no.",
            file=path.name,
        )
    for name, heading in zip(fields, header or [], strict=True):
        if name is None and heading.strip():
            notes.append(UserError("Column \u201c{column}\u201d is not a contact field and is ignored.",
                                   column=heading.strip()))  # fmt: skip
    rows: list[IncomingRow] = []
    line = reader.line_num + 1
    for cells in reader:
        values = {name: unguard(cell) for name, cell in zip(fields, cells, strict=False) if name}
        if any(v.strip() for v in values.values()):
            rows.append(IncomingRow(line, values))
        line = reader.line_num + 1
    return rows, notes


__all__ = ["guard", "read_csv", "unguard", "write_csv"]
