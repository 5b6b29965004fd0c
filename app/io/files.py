"""Export contacts to a file and read contacts from one; the format follows the file name (.csv or .vcf),
else the content. Reading is lazy: `open_source` reads the header, `Source.rows()` yields row by row."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import UserError
from app.io.columns import IncomingRow, contact_row
from app.io.csv_file import CsvHeader, iter_csv, read_header, write_csv
from app.io.profiles import IGNORE, LABEL, Mapping
from app.io.vcard_reader import iter_vcards
from app.models import Contact

log = logging.getLogger(__name__)
CSV_SUFFIXES = (".csv", ".txt")
VCARD_SUFFIXES = (".vcf", ".vcard")
_CHUNK = 500


def export_rows(session: Session, nos: list[str] | None = None) -> list[dict[str, str]]:
    """All contacts (nos None) or the given ones, ordered by number, as text per column."""
    if nos is None:
        contacts = list(session.scalars(select(Contact).order_by(Contact.no)))
    else:
        contacts = []
        for start in range(0, len(nos), _CHUNK):
            chunk = nos[start : start + _CHUNK]
            contacts += session.scalars(select(Contact).where(Contact.no.in_(chunk)))
        contacts.sort(key=lambda c: c.no)
    return [contact_row(c) for c in contacts]


def is_csv(path: Path) -> bool:
    return path.suffix.lower() in CSV_SUFFIXES


def write_contacts(path: Path, rows: list[dict[str, str]]) -> int:
    """Write the rows as CSV or vCard (by the file name); returns how many contacts were written."""
    try:
        if is_csv(path):
            return write_csv(path, rows)
        from app.io.vcard_file import write_vcards  # vobject (dateutil, pytz): on first use, not at start

        return write_vcards(path, rows)
    except OSError as exc:
        raise UserError("{file} cannot be written: {reason}", file=str(path), reason=exc.strerror) from None


@dataclass
class Source:
    """A contact file opened for reading: CSV (with its header and mapping) or vCard."""

    path: Path
    csv: CsvHeader | None = None
    notes: list[UserError] = field(default_factory=list)

    @property
    def mapping(self) -> Mapping | None:
        return self.csv.mapping if self.csv is not None else None

    def estimate(self) -> int:
        """About how many rows the file has (for a progress bar): lines, or BEGIN:VCARD lines; one quick
        pass over the bytes, nothing kept."""
        count = 0
        with self.path.open("rb") as handle:
            if self.csv is None:
                begins = (line.replace(b"\x00", b"").lstrip()[:11].upper() for line in handle)  # NUL: UTF-16
                count = sum(1 for start in begins if start == b"BEGIN:VCARD")
            else:
                count = max(0, sum(1 for line in handle if line.strip()) - 1)
        if self.csv is not None and self.csv.encoding.startswith("utf-16"):
            count = max(0, count // 2)  # every other "line" is the NUL half of a line end
        return count

    def rows(self, mapping: Mapping | None = None) -> Iterator[IncomingRow]:
        """The rows, read lazily (CSV by `mapping`, default the profile's)."""
        try:
            if self.csv is not None:
                yield from iter_csv(self.csv, mapping)
            else:
                yield from iter_vcards(self.path)
        except OSError as exc:
            raise UserError("{file} cannot be read: {reason}", file=str(self.path),
                            reason=exc.strerror) from None  # fmt: skip


def _is_vcard(path: Path) -> bool:
    if path.suffix.lower() in VCARD_SUFFIXES:
        return True
    if is_csv(path):
        return False
    with path.open("rb") as handle:
        start = handle.read(256).lstrip(b"\xef\xbb\xbf \r\n\t").upper()
    return start.startswith(b"BEGIN:VCARD")


def open_source(path: Path) -> Source:
    """Open a CSV or vCard file (by name, else by content); UserError when it cannot be read."""
    try:
        if not path.is_file():
            raise UserError("{file} cannot be read: {reason}", file=str(path), reason="not a file")
        if _is_vcard(path):
            return Source(path)
        header = read_header(path)
        return Source(path, header, list(header.notes))
    except OSError as exc:
        raise UserError("{file} cannot be read: {reason}", file=str(path), reason=exc.strerror) from None


def read_contacts(path: Path) -> tuple[list[IncomingRow], list[UserError]]:
    """All contacts of a (small) file as a list, and notes on how it was read."""
    source = open_source(path)
    check_mapping(source.path, source.mapping)
    return list(source.rows()), source.notes


def check_mapping(path: Path, mapping: Mapping | None) -> None:
    """Refuse a CSV file none of whose columns is a contact field (as mapped)."""
    if mapping is not None and not any(f not in (IGNORE, LABEL) for f in mapping.fields):
        raise UserError("{file} has no column that ContactSync knows; map its columns in the preview or name "
                        "them in the first line, for example name;city;phone_no.",
                        file=path.name)  # fmt: skip


__all__ = ["Source", "check_mapping", "export_rows", "open_source", "read_contacts", "write_contacts"]
