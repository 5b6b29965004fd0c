"""Fuzz tests of the CSV and vCard readers (SPEC §15): whatever the file, no crash (only UserError), and no
silent loss — every non-empty value of the input is stored in the row or listed in its `dropped`, or the row
is refused as a whole with its line."""

from __future__ import annotations

import csv
import io
import re
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from app.errors import UserError
from app.io.columns import IncomingRow, split_emails
from app.io.csv_file import unguard
from app.io.files import open_source
from app.io.profiles import LABEL, mapping_for
from app.io.vcard_reader import SILENT

FUZZ = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
HEADERS = [
    "First Name", "Last Name", "Company", "E-mail Address", "E-mail 2 Address", "Business Street",
    "Business City", "Business Country/Region", "Home Street", "Home City", "Business Phone", "Mobile Phone",
    "Business Fax", "Notes", "Given Name", "Family Name", "E-mail 1 - Value", "Phone 1 - Type",
    "Phone 1 - Value", "Address 1 - Formatted", "Address 1 - Street", "Address 2 - City", "Nachname",
    "E-Mail-Adresse", "Telefon geschäftlich", "Firma", "Primary Email", "Work ZipCode", "name", "city",
    "phone_no", "Custom 1", "Birthday",
]  # fmt: skip
TEXT = st.text(alphabet=st.sampled_from(list("abcXYZ äöß0129 @.,;:\"'=+-\n\r\t\\")), max_size=20)


def _write(data: bytes, suffix: str) -> Path:
    handle = tempfile.NamedTemporaryFile(suffix=suffix, delete=False)  # noqa: SIM115 - closed at once
    handle.write(data)
    handle.close()
    return Path(handle.name)


def _rows(path: Path) -> list[IncomingRow]:
    try:
        return list(open_source(path).rows())
    except UserError:
        return []  # refused as a whole, with a message: nothing is imported, nothing silently
    finally:
        path.unlink()


def _accounted(row: IncomingRow, source: str, text: str) -> bool:
    """The text of one input value is in a stored value or in a dropped value of that source."""
    haystack = [v.casefold() for v in row.values.values()]
    haystack += [d.value.casefold() for d in row.dropped if d.source.casefold() == source.casefold()]
    photo = any(d.source.casefold() == source.casefold() for d in row.dropped)
    lines = [line for part in text.split(":::") for line in re.split(r"\r\n|\r|\n", part)]
    pieces = [p for line in lines for p in (split_emails(line) or [line])]
    meaningful = [p.strip() for p in pieces if re.sub(r"[\W_]+", "", p)]  # separators alone carry nothing
    return photo or all(any(p.casefold() in h for h in haystack) for p in meaningful)


@FUZZ
@given(
    headers=st.lists(st.sampled_from(HEADERS), min_size=1, max_size=8, unique=True),
    cells=st.lists(st.lists(TEXT, min_size=0, max_size=9), max_size=5),
    delimiter=st.sampled_from([",", ";", "\t"]),
)
@example(headers=["First Name"], cells=[[";"]], delimiter=",")  # found in CI: a value that is a delimiter
def test_csv_reader_stores_or_reports_every_value(headers: list[str], cells: list[list[str]],
                                                  delimiter: str) -> None:  # fmt: skip
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(headers)
    for line in cells:
        writer.writerow((line + [""] * len(headers))[: len(headers)])
    rows = _rows(_write(buffer.getvalue().encode("utf-8"), ".csv"))
    targets = mapping_for(headers).targets
    by_line = {row.line: row for row in rows}
    line = 2
    for line_cells in cells:
        padded = (line_cells + [""] * len(headers))[: len(headers)]
        row = by_line.get(line)
        if any(c.strip() for c in padded):
            assert row is not None, f"line {line} vanished"
            if row.error is None:
                for header, target, cell in zip(headers, targets, padded, strict=True):
                    if cell.strip() and target.field != LABEL:
                        assert _accounted(row, header, unguard(cell).strip()), (header, cell, row)
        line += 1 + sum(c.count("\n") + c.count("\r") - c.count("\r\n") for c in padded)


@FUZZ
@given(data=st.binary(max_size=300), suffix=st.sampled_from([".csv", ".vcf", ".txt"]))
def test_readers_never_crash_on_arbitrary_bytes(data: bytes, suffix: str) -> None:
    for row in _rows(_write(data, suffix)):
        assert isinstance(row, IncomingRow)


PROPERTIES = ["FN", "N", "ORG", "TITLE", "TEL;TYPE=CELL", "TEL;TYPE=WORK", "TEL;WORK;FAX", "EMAIL", "URL",
              "ADR;TYPE=WORK", "ADR;TYPE=HOME", "NOTE", "BDAY", "X-FOO", "NICKNAME", "LABEL",
              "ROLE"]  # fmt: skip
VALUE = st.text(alphabet=st.sampled_from(list("abcXYZ äöß0129 @.,;:\\")), min_size=1, max_size=20)


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")


def _fold(line: str) -> str:
    return "\r\n ".join(line[i : i + 60] for i in range(0, len(line), 60)) if len(line) > 60 else line


@FUZZ
@given(
    cards=st.lists(st.lists(st.tuples(st.sampled_from(PROPERTIES), st.lists(VALUE, min_size=1, max_size=4)),
                            max_size=8), min_size=1, max_size=3),
    version=st.sampled_from(["2.1", "3.0", "4.0"]),
    qp=st.booleans(),
)  # fmt: skip
def test_vcard_reader_stores_or_reports_every_value(cards: list[list[tuple[str, list[str]]]], version: str,
                                                    qp: bool) -> None:  # fmt: skip
    lines: list[str] = []
    for properties in cards:
        lines += ["BEGIN:VCARD", f"VERSION:{version}"]
        for name, values in properties:
            value = ";".join(_escape(v) for v in values)
            if qp and version == "2.1":
                encoded = "".join(f"={ord(c):02X}" if ord(c) > 126 or c in "=" else c
                                  for c in value.encode("utf-8").decode("latin-1"))  # fmt: skip
                encoded = "=\r\n".join(encoded[i : i + 40] for i in range(0, len(encoded), 40))
                lines.append(f"{name};ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:{encoded}")
            else:
                lines.append(_fold(f"{name}:{value}"))
        lines.append("END:VCARD")
    rows = _rows(_write(("\r\n".join(lines) + "\r\n").encode("utf-8"), ".vcf"))
    assert len(rows) == len(cards)
    for row, properties in zip(rows, cards, strict=True):
        if row.error is not None:
            continue
        for name, values in properties:
            base = re.split("[;]", name)[0]
            if base in SILENT:
                continue
            for value in values:
                for line in value.split("\\"):  # a backslash may end up as an escape: judge the pieces
                    for piece in re.split(r"[,;:]", line):
                        assert _accounted(row, base, piece.strip()), (name, value, row)
