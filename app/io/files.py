"""Export contacts to a file and read contacts from one; the format follows the file name (.csv or .vcf)."""

from __future__ import annotations

import logging
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import UserError
from app.io.columns import IncomingRow, contact_row
from app.io.csv_file import read_csv, write_csv
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


def read_contacts(path: Path) -> tuple[list[IncomingRow], list[UserError]]:
    """The contacts in a CSV or vCard file (by name, else by content) and notes on what was ignored."""
    try:
        if is_csv(path):
            return read_csv(path)
        from app.io.vcard_file import read_vcards  # vobject: on first use, not at start

        if path.suffix.lower() in VCARD_SUFFIXES:
            return read_vcards(path)
        with path.open("rb") as handle:
            start = handle.read(64).lstrip(b"\xef\xbb\xbf \r\n\t").upper()
        return read_vcards(path) if start.startswith(b"BEGIN:VCARD") else read_csv(path)
    except OSError as exc:
        raise UserError("{file} cannot be read: {reason}", file=str(path), reason=exc.strerror) from None


__all__ = ["export_rows", "read_contacts", "write_contacts"]
