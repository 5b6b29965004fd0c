"""Find the contact an incoming row means: by e-mail, then VAT registration no., then name + post code.

The index holds every contact of the database and every contact the import made or changed, so it grows with
both. It lives in a private temporary SQLite database (the standard library's sqlite3, not the app's
database): SQLite keeps its pages in a fixed cache and spills the rest to a temporary file that is unlinked
as it is created (no path that another user could open), so memory stays bounded for a million-row file."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import UserError
from app.io.columns import split_emails
from app.models import Contact

log = logging.getLogger(__name__)
CACHE_KB = 32_000  # the index's page cache; beyond it pages go to the temporary file
LOAD_CHUNK = 10_000
_SEP = "\x1f"  # between the parts of a key (a control character: never in a stored text, SPEC §16)
_SCHEMA = (
    "CREATE TABLE known (no TEXT NOT NULL, type TEXT NOT NULL, name TEXT NOT NULL, line INTEGER)",
    "CREATE TABLE keys (key TEXT NOT NULL, no TEXT NOT NULL)",
    "CREATE TABLE company (name TEXT NOT NULL, no TEXT NOT NULL)",  # companies by name (lower case)
    # Companies of the file by name (lower case); no NULL: the file has two of that name
    "CREATE TABLE file_company (name TEXT PRIMARY KEY, no TEXT) WITHOUT ROWID",
)
# Built once the database's contacts are in (one sort each, instead of a million random B-tree inserts)
_INDEXES = (
    "CREATE UNIQUE INDEX known_no ON known (no)",
    "CREATE UNIQUE INDEX keys_key ON keys (key, no)",
    "CREATE INDEX keys_no ON keys (no)",
    "CREATE UNIQUE INDEX company_name ON company (name, no)",
    "CREATE INDEX company_no ON company (no)",
)


@dataclass
class Known:
    """What matching needs of one contact (plain values)."""

    no: str
    type: str
    name: str
    post_code: str
    email: str
    vat: str
    company_no: str | None


def email_key(text: str) -> str:
    emails = split_emails(text or "")
    return emails[0].lower() if emails else ""


def vat_key(text: str) -> str:
    from stdnum.util import clean  # python-stdnum: on first use, not at start

    return clean(text or "", " -./").upper()


def name_key(name: str, post_code: str) -> tuple[str, str]:
    return (" ".join((name or "").lower().split()), (post_code or "").strip().lower())


class ContactIndex:
    """Every contact by its match keys; rows that create or update a contact add it again, so that a later
    row of the same file meaning the same contact is caught instead of importing it twice. Also which line
    of the file imports a contact, and the companies by name. close() when done (or leave it to the
    garbage collector: the connection is the only resource)."""

    def __init__(self, chunks: Iterable[list[Known]] = ()) -> None:
        """The index of the contacts given in chunks (the database's, each contact once)."""
        self._db = sqlite3.connect("", isolation_level=None, check_same_thread=False)
        self._db.execute(f"PRAGMA cache_size=-{CACHE_KB}")
        self._db.execute("PRAGMA journal_mode=OFF")  # nothing to roll back: the index lives for one run
        self._db.execute("PRAGMA synchronous=OFF")
        for statement in _SCHEMA:
            self._db.execute(statement)
        self._db.execute("BEGIN")  # one open transaction: no commit (no sync) per write
        for chunk in chunks:
            self._add_many(chunk)
        for statement in _INDEXES:
            self._db.execute(statement)

    @classmethod
    def load(cls, session: Session) -> ContactIndex:
        """Every contact of the database, read in chunks (a million contacts never sit in memory at once)."""
        columns = (Contact.no, Contact.type, Contact.name, Contact.post_code, Contact.email,
                   Contact.vat_registration_no, Contact.company_no)  # fmt: skip
        rows = session.execute(select(*columns).execution_options(yield_per=LOAD_CHUNK))
        return cls([Known(*row) for row in chunk] for chunk in rows.partitions())

    def close(self) -> None:
        self._db.close()

    @staticmethod
    def _keys(kind: str, name: str, post_code: str, email: str, vat: str) -> list[str]:
        """The keys in the order they are tried; blank keys are left out."""
        keys: list[str] = []
        email = email_key(email)
        if email:
            keys.append(_SEP.join(("email", kind, email)))
        vat = vat_key(vat) if vat and kind == "company" else ""
        if vat:
            keys.append(_SEP.join(("vat", kind, vat)))
        if name.strip():
            keys.append(_SEP.join(("name", kind, *name_key(name, post_code))))
        return keys

    def _add_many(self, contacts: list[Known]) -> None:
        """Contacts of the database (new to the index; before the indexes are built)."""
        self._db.executemany("INSERT INTO known (no, type, name) VALUES (?, ?, ?)",
                             [(k.no, k.type, k.name or "") for k in contacts])  # fmt: skip
        self._db.executemany(
            "INSERT INTO keys (key, no) VALUES (?, ?)",
            [(key, k.no) for k in contacts
             for key in self._keys(k.type, k.name or "", k.post_code or "", k.email or "", k.vat or "")],
        )  # fmt: skip
        self._db.executemany(
            "INSERT INTO company (name, no) VALUES (?, ?)",
            [((k.name or "").lower(), k.no) for k in contacts if k.type == "company"],
        )

    def add(self, known: Known) -> None:
        """A contact the import made or changed: its keys are replaced by its present ones."""
        db = self._db
        db.execute("DELETE FROM keys WHERE no = ?", (known.no,))
        db.execute("DELETE FROM company WHERE no = ?", (known.no,))
        if known.type == "company":
            db.execute("INSERT INTO company (name, no) VALUES (?, ?)", ((known.name or "").lower(), known.no))
        db.execute(
            "INSERT INTO known (no, type, name) VALUES (?, ?, ?) "
            "ON CONFLICT (no) DO UPDATE SET type = excluded.type, name = excluded.name",
            (known.no, known.type, known.name or ""),
        )
        keys = self._keys(known.type, known.name or "", known.post_code or "", known.email or "",
                          known.vat or "")  # fmt: skip
        db.executemany("INSERT OR IGNORE INTO keys (key, no) VALUES (?, ?)", [(k, known.no) for k in keys])

    def get(self, no: str) -> tuple[str, str] | None:
        """(type, name) of contact `no` as the index knows it, None when it does not."""
        row = self._db.execute("SELECT type, name FROM known WHERE no = ?", (no,)).fetchone()
        return None if row is None else (row[0], row[1])

    def match(self, kind: str, name: str, post_code: str, email: str, vat: str) -> str | None:
        """The number of the one contact the row means, None for a new one; UserError when several fit."""
        keys = self._keys(kind, name, post_code, email, vat)
        if not keys:
            return None
        hits: dict[str, list[str]] = {}
        marks = ", ".join("?" * len(keys))
        for key, no in self._db.execute(f"SELECT key, no FROM keys WHERE key IN ({marks})", keys):
            hits.setdefault(key, []).append(no)
        for key in keys:
            found = sorted(hits.get(key, ()))
            if len(found) > 1:  # e.g. persons that inherited their company's e-mail: the name decides
                same_name = [no for no in found if name_key(self._name(no), "") == name_key(name, "")]
                found = same_name or found
            if len(found) == 1:
                return found[0]
            if found:
                raise UserError(
                    "The row fits several contacts ({nos}); make its e-mail, VAT registration no. or name "
                    "unique.",
                    nos=", ".join(found[:5]),
                )
        return None

    def _name(self, no: str) -> str:
        known = self.get(no)
        return known[1] if known is not None else ""

    def check_unclaimed(self, no: str, line: int) -> None:
        """Refuse a second row of the file for a contact that an earlier row imports already."""
        row = self._db.execute("SELECT line FROM known WHERE no = ?", (no,)).fetchone()
        other = row[0] if row is not None else None
        if other is not None and other != line:
            raise UserError("Contact {no} is already imported by line {line} of the file.", no=no, line=other)

    def claim(self, no: str, line: int) -> None:
        """Line `line` of the file imports contact `no` (added before)."""
        self._db.execute("UPDATE known SET line = ? WHERE no = ?", (line, no))

    def companies_named(self, name: str) -> list[str]:
        """The companies called `name` (any case)."""
        rows = self._db.execute("SELECT no FROM company WHERE name = ? ORDER BY no", (name.lower(),))
        return [no for (no,) in rows]

    def file_company(self, name: str) -> tuple[bool, str | None]:
        """(True, no) for a company of this file called `name` (any case), (True, None) when the file has
        two of that name, (False, None) when it has none."""
        row = self._db.execute("SELECT no FROM file_company WHERE name = ?", (name.lower(),)).fetchone()
        return (False, None) if row is None else (True, row[0])

    def add_file_company(self, name: str, no: str) -> None:
        """A company of this file; a second one of the same name makes the name ambiguous."""
        self._db.execute(
            "INSERT INTO file_company (name, no) VALUES (?, ?) "
            "ON CONFLICT (name) DO UPDATE SET no = CASE WHEN no = excluded.no THEN no END",
            (name.lower(), no),
        )


__all__ = ["ContactIndex", "Known", "email_key", "name_key", "vat_key"]
