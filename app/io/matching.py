"""Find the contact an incoming row means: by e-mail, then VAT registration no., then name + post code."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import UserError
from app.io.columns import split_emails
from app.models import Contact

log = logging.getLogger(__name__)


@dataclass
class Known:
    """What matching needs of one contact (plain values, read once per import)."""

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
    row of the same file meaning the same contact is caught instead of importing it twice."""

    def __init__(self, contacts: list[Known]) -> None:
        self.known: dict[str, Known] = {}
        self.claimed: dict[str, int] = {}  # contact no -> line of the file that imports it
        self._by_key: dict[tuple[str, object], set[str]] = {}
        for known in contacts:
            self.add(known)

    @classmethod
    def load(cls, session: Session) -> ContactIndex:
        columns = (Contact.no, Contact.type, Contact.name, Contact.post_code, Contact.email,
                   Contact.vat_registration_no, Contact.company_no)  # fmt: skip
        return cls([Known(*row) for row in session.execute(select(*columns))])

    @staticmethod
    def _keys(kind: str, name: str, post_code: str, email: str, vat: str) -> list[tuple[str, object]]:
        """The keys in the order they are tried; blank keys are left out."""
        keys: list[tuple[str, object]] = []
        if email_key(email):
            keys.append(("email", (kind, email_key(email))))
        if vat_key(vat) and kind == "company":
            keys.append(("vat", (kind, vat_key(vat))))
        if name.strip():
            keys.append(("name", (kind, *name_key(name, post_code))))
        return keys

    def add(self, known: Known) -> None:
        old = self.known.get(known.no)
        if old is not None:
            for key in self._keys(old.type, old.name, old.post_code, old.email, old.vat):
                self._by_key.get(key, set()).discard(old.no)
        self.known[known.no] = known
        for key in self._keys(known.type, known.name, known.post_code, known.email, known.vat):
            self._by_key.setdefault(key, set()).add(known.no)

    def match(self, kind: str, name: str, post_code: str, email: str, vat: str) -> str | None:
        """The number of the one contact the row means, None for a new one; UserError when several fit."""
        for key in self._keys(kind, name, post_code, email, vat):
            found = sorted(self._by_key.get(key, ()))
            if len(found) > 1:  # e.g. persons that inherited their company's e-mail: the name decides
                same_name = [no for no in found if name_key(self.known[no].name, "") == name_key(name, "")]
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

    def check_unclaimed(self, no: str, line: int) -> None:
        """Refuse a second row of the file for a contact that an earlier row imports already."""
        other = self.claimed.get(no)
        if other is not None and other != line:
            raise UserError("Contact {no} is already imported by line {line} of the file.", no=no, line=other)

    def claim(self, no: str, line: int) -> None:
        self.claimed[no] = line


__all__ = ["ContactIndex", "Known", "email_key", "name_key", "vat_key"]
