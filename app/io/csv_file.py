"""Contacts as CSV. Written as UTF-8 with BOM (Excel opens it with umlauts intact), header = SPEC names,
';' as delimiter (what Excel expects in German and most European locales). Every cell a spreadsheet would run
as a formula (leading = + - @ tab CR) is written with a leading apostrophe, which reading removes again.

Read lazily, row by row (a file of a million rows never sits in memory): the header decides the profile
(app.io.profiles) and so what each column means. Malformed input is refused naming the line: a row with
more or fewer cells than the header, a quote that is never closed on its line (it would swallow the rows
that follow into one contact), a cell over the size limit, a file that is not text.
"""

from __future__ import annotations

import codecs
import csv
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from app.errors import UserError
from app.io.columns import COLUMNS, NOT_A_FIELD, ONE_VALUE, Dropped, IncomingRow, covered, split_emails
from app.io.profiles import ADDRESS_FIELDS, FORMATTED, IGNORE, LABEL, PHONE, Mapping, mapping_for

log = logging.getLogger(__name__)
DELIMITER = ";"
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
MAX_CELL = 32_768  # Excel's own cell limit: longer is not a contact field but a broken quote or another file
EMAIL_LENGTH = 80
_SCAN = 1 << 20
_STORABLE = frozenset((*COLUMNS, PHONE, FORMATTED))
_ADDRESS = frozenset((*ADDRESS_FIELDS, FORMATTED))


def _needs_guard(value: str) -> bool:
    if value.startswith(FORMULA_START):
        return True
    return value.startswith("'") and _needs_guard(value[1:])  # keeps a typed "'=x" through a round trip


def guard(value: str) -> str:
    """The cell as written: a leading apostrophe makes a spreadsheet show a formula-like text as text."""
    return "'" + value if _needs_guard(value) else value


def unguard(value: str) -> str:
    return value[1:] if value.startswith("'") and _needs_guard(value[1:]) else value


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


# --- reading ----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class CsvHeader:
    """What the first line of a CSV file says: its encoding, delimiter, column headers and their mapping."""

    path: Path
    encoding: str
    delimiter: str
    headers: tuple[str, ...]
    mapping: Mapping
    notes: tuple[UserError, ...] = ()


def detect_encoding(path: Path) -> tuple[str, list[UserError]]:
    """UTF-8 (with or without BOM) or UTF-16 by its BOM; else Windows-1252, with a note. Scanned in chunks."""
    with path.open("rb") as handle:
        start = handle.read(4)
        if start.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return "utf-16", []
        if len(start) == 4 and start[1:2] == b"\x00" and start[0:1] != b"\x00":  # UTF-16 without a BOM
            return "utf-16-le", []
        if len(start) == 4 and start[0:1] == b"\x00" and start[1:2] != b"\x00":
            return "utf-16-be", []
        handle.seek(0)
        decoder = codecs.getincrementaldecoder("utf-8")()
        try:
            while chunk := handle.read(_SCAN):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            note = UserError("{file} is not UTF-8; it was read as Windows-1252.", file=path.name)
            return "cp1252", [note]
    return "utf-8-sig", []


def _delimiter(header_line: str) -> str:
    counts = {d: header_line.count(d) for d in (";", ",", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else DELIMITER


def _open(header: CsvHeader) -> Iterator[str]:
    with header.path.open(encoding=header.encoding, errors="replace", newline="") as handle:
        yield from handle


def read_header(path: Path) -> CsvHeader:
    """The header line of a CSV file and the profile's mapping; UserError when it has no header."""
    encoding, notes = detect_encoding(path)
    with path.open(encoding=encoding, errors="replace", newline="") as handle:
        first = handle.readline()
    delimiter = _delimiter(first)
    headers = next(csv.reader([first], delimiter=delimiter), [])
    headers = [h.strip().lstrip("\ufeff") for h in headers]
    if not any(headers):
        raise UserError("{file} has no header line; the first line must name the columns, for example "
                        "name;city;phone_no.", file=path.name)  # fmt: skip
    return CsvHeader(path, encoding, delimiter, tuple(headers), mapping_for(headers), tuple(notes))


def iter_csv(header: CsvHeader, mapping: Mapping | None = None) -> Iterator[IncomingRow]:
    """The file's rows one by one (after the header), each built by `mapping` (default: the profile's).
    A malformed row comes with `error` set; a file the csv module cannot read raises UserError."""
    mapping = mapping or header.mapping
    width = len(header.headers)
    lines = _open(header)
    reader = csv.reader(lines, delimiter=header.delimiter)
    csv.field_size_limit(MAX_CELL)
    line = 1
    try:
        next(reader, None)
        line = reader.line_num + 1
        for cells in reader:
            end = reader.line_num
            # A row of empty values is no contact; one with more delimiters than the header is reported
            # (a single-column file whose value is a delimiter, say), never skipped in silence.
            if any(c.strip() for c in cells) or len(cells) > max(width, 1):
                yield _checked(header, mapping, cells, line, end, width)
            line = end + 1
    except csv.Error as exc:
        raise UserError("{file}, line {line}: the file cannot be read as CSV ({detail}); nothing after this "
                        "line was read.", file=header.path.name, line=line,
                        detail=str(exc)) from None  # fmt: skip


def sample_values(header: CsvHeader, rows: int = 50) -> dict[str, str]:
    """The first non-empty value of each column among the first `rows` rows (the mapping step's examples)."""
    samples: dict[str, str] = {}
    reader = csv.reader(_open(header), delimiter=header.delimiter)
    try:
        next(reader, None)
        for index, cells in enumerate(reader):
            for name, cell in zip(header.headers, cells, strict=False):
                if cell.strip() and name not in samples:
                    samples[name] = " ".join(unguard(cell).split())[:80]
            if index >= rows or len(samples) == len(header.headers):
                break
    except csv.Error:
        pass  # the preview names the line
    return samples


def _swallowed(cells: list[str], delimiter: str, width: int) -> bool:
    """A quoted cell holding whole lines of delimited values: a quote that was not closed where it should."""
    for cell in cells:
        if "\n" in cell or "\r" in cell:
            for part in cell.splitlines()[1:]:
                if width >= 3 and part.count(delimiter) >= max(2, width - 2):
                    return True
    return False


def _checked(header: CsvHeader, mapping: Mapping, cells: list[str], line: int, end: int,
             width: int) -> IncomingRow:  # fmt: skip
    spans = end > line
    if spans and _swallowed(cells, header.delimiter, width):
        error = UserError("Lines {line}\u2013{end}: a quote opened here is not closed where the line ends, "
                          "which would merge these lines into one contact; correct the quote.",
                          line=line, end=end)  # fmt: skip
        return IncomingRow(line, error=error)
    only_delimiters = len(cells) > width and not any(c.strip() for c in cells)
    extra = len(cells) != width and any(c.strip() for c in cells[width:])
    if extra or only_delimiters or (len(cells) < width and spans):
        error = UserError("Line {line} has {count} values where the header names {width} columns; check the "
                          "quotes and delimiters of this line.", line=line, count=len(cells),
                          width=width)  # fmt: skip
        return IncomingRow(line, error=error)
    return build_row(line, mapping, cells)


def _rank(group: str) -> int:
    if group.isdigit():
        return 10 + int(group)
    return {"": 0, "work": 1, "home": 100, "other": 200}.get(group, 300)


def _phone_field(label: str) -> str:
    label = label.casefold()
    if "fax" in label:
        return "fax_no"
    if any(word in label for word in ("mobile", "cell", "handy", "mobil")):
        return "mobile_phone_no"
    return "phone_no"


class _Builder:
    def __init__(self, line: int) -> None:
        self.row = IncomingRow(line)
        self.emails: list[str] = []

    def put(self, source: str, field: str, text: str) -> None:
        parts = [p.strip() for p in text.split(":::")] if ":::" in text else [text]  # Google: several values
        for part in [p for p in parts if p]:
            if field == "email":
                for address in split_emails(part):
                    self._email(source, address)
            elif field not in self.row.values:
                self.row.values[field] = part
            elif self.row.values[field] != part:
                self.row.dropped.append(Dropped(source, part, ONE_VALUE))

    def _email(self, source: str, address: str) -> None:
        if address.lower() in (e.lower() for e in self.emails):
            return
        if self.emails and len("; ".join([*self.emails, address])) > EMAIL_LENGTH:
            self.row.dropped.append(Dropped(source, address, ONE_VALUE))
            return
        self.emails.append(address)

    def done(self) -> IncomingRow:
        if self.emails:
            self.row.values["email"] = "; ".join(self.emails)
        return self.row


def build_row(line: int, mapping: Mapping, cells: list[str]) -> IncomingRow:
    """One row's values by the mapping; every non-empty cell is stored or listed in `dropped`."""
    builder = _Builder(line)
    labels: dict[str, str] = {}
    phones: list[tuple[str, str, str]] = []
    groups: dict[str, list[tuple[str, str, str]]] = {}
    for header, target, raw in zip(mapping.headers, mapping.targets, cells, strict=False):
        cell = unguard(raw).strip()
        if not cell:
            continue
        field = target.field
        if field == LABEL:
            labels[target.number] = cell
        elif field == IGNORE or field not in _STORABLE:
            builder.row.dropped.append(Dropped(header, cell, NOT_A_FIELD))
        elif field == PHONE:
            phones.append((header, cell, target.number))
        elif field in _ADDRESS:
            groups.setdefault(target.group, []).append((header, field, cell))
        else:
            builder.put(header, field, cell)
    for header, cell, number in phones:
        builder.put(header, _phone_field(labels.get(number, "")), cell)
    chosen = min((g for g, parts in groups.items() if any(f != "formatted" for _, f, _ in parts)),
                 key=_rank, default=None)  # fmt: skip
    if chosen is None:  # only a formatted address: its first line is the street, the rest the second line
        chosen = min(groups, key=_rank, default=None)
        for header, _field, cell in groups.get(chosen, []) if chosen is not None else []:
            first, *rest = [part.strip() for part in cell.splitlines() if part.strip()]
            builder.put(header, "address", first)
            if rest:
                builder.put(header, "address_2", ", ".join(rest))
    else:
        parts = [cell for _h, field, cell in groups[chosen] if field != FORMATTED]
        for header, field, cell in groups[chosen]:
            if field != FORMATTED:
                builder.put(header, field, cell)
            elif not covered(cell, parts):  # the formatted text says more than the parts
                builder.row.dropped.append(Dropped(header, cell, NOT_A_FIELD))
    for group, parts in groups.items():
        if group != chosen:
            builder.row.dropped += [Dropped(header, cell, ONE_VALUE) for header, _f, cell in parts]
    return builder.done()


def read_csv(path: Path) -> tuple[list[IncomingRow], list[UserError]]:
    """All rows of a small CSV file at once (tests and the API's callers that want a list)."""
    header = read_header(path)
    return list(iter_csv(header)), list(header.notes)


__all__ = [
    "CsvHeader",
    "build_row",
    "detect_encoding",
    "guard",
    "iter_csv",
    "read_csv",
    "read_header",
    "sample_values",
    "unguard",
    "write_csv",
]
