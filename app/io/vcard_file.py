"""Contacts as vCard 3.0 (.vcf) through vobject, which escapes and folds the text as RFC 2426 requires.

Standard properties carry what other programs understand (FN, N, ORG, TITLE, ADR, TEL, EMAIL, URL); every
other SPEC field travels as X-CONTACTSYNC-<FIELD> so that our own files round-trip without loss.
A company card is marked X-ABShowAs:COMPANY (as Apple and others do) besides X-CONTACTSYNC-TYPE.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import vobject
from vobject.base import ParseError

from app.errors import UserError
from app.io.columns import COLUMNS, IncomingRow, split_emails

log = logging.getLogger(__name__)
PREFIX = "x-contactsync-"
STANDARD = frozenset({
    "type", "name", "first_name", "middle_name", "surname", "company_name", "job_title", "address",
    "address_2", "post_code", "city", "county", "country_region_code", "phone_no", "mobile_phone_no",
    "fax_no", "email", "home_page",
})  # fmt: skip
EXTRA = tuple(name for name in COLUMNS if name not in STANDARD)
TEL_TYPES = {"phone_no": ["WORK", "VOICE"], "mobile_phone_no": ["CELL", "VOICE"], "fax_no": ["WORK", "FAX"]}


def _x_name(field: str) -> str:
    return PREFIX + field.replace("_", "-")


def _card(row: dict[str, str]) -> Any:
    card = vobject.vCard()
    card.add("fn").value = row["name"]
    person = row["type"] == "person"
    card.add("n").value = vobject.vcard.Name(
        family=row["surname"] if person else "",
        given=row["first_name"] if person else "",
        additional=row["middle_name"] if person else "",
    )
    organisation = row["company_name"] if person else row["name"]
    if organisation:
        card.add("org").value = [organisation]
    if not person:
        card.add("x-abshowas").value = "COMPANY"
    card.add(_x_name("type")).value = row["type"]
    if row["job_title"]:
        card.add("title").value = row["job_title"]
    if any(row[f] for f in ("address", "address_2", "post_code", "city", "county", "country_region_code")):
        adr = card.add("adr")
        adr.value = vobject.vcard.Address(
            street=row["address"], extended=row["address_2"], city=row["city"], region=row["county"],
            code=row["post_code"], country=row["country_region_code"],
        )  # fmt: skip
        adr.params["TYPE"] = ["WORK"]
    for field, types in TEL_TYPES.items():
        if row[field]:
            tel = card.add("tel")
            tel.value = row[field]
            tel.params["TYPE"] = list(types)
    for address in split_emails(row["email"]):
        mail = card.add("email")
        mail.value = address
        mail.params["TYPE"] = ["INTERNET"]
    if row["home_page"]:
        card.add("url").value = row["home_page"]
    for field in EXTRA:
        if row[field] or field == "privacy_blocked":
            card.add(_x_name(field)).value = row[field]
    return card


def write_vcards(path: Path, rows: Iterable[dict[str, str]]) -> int:
    count = 0
    with path.open("w", encoding="utf-8", newline="") as handle:
        for row in rows:
            handle.write(_card(row).serialize())
            count += 1
    return count


def _first(card: Any, name: str) -> Any:
    lines = card.contents.get(name) or []
    return lines[0] if lines else None


def _text(card: Any, name: str) -> str:
    line = _first(card, name)
    if line is None:
        return ""
    value = line.value
    if isinstance(value, list):  # ORG: organisation name; units
        value = value[0] if value else ""
    return str(value).strip()


def _part(value: Any) -> str:
    """One component of N or ADR; a component may be a list (comma-separated in the file)."""
    return ", ".join(str(v) for v in value).strip() if isinstance(value, list) else str(value).strip()


def _types(line: Any) -> set[str]:
    return {t.upper() for value in line.params.get("TYPE", []) for t in value.split(",")}


def _row(card: Any, number: int) -> IncomingRow:
    values: dict[str, str] = {}
    for field in (*EXTRA, "type"):
        values[field] = _text(card, _x_name(field))
    name = _first(card, "n")
    if name is not None:
        n = name.value
        values.update(surname=_part(n.family), first_name=_part(n.given), middle_name=_part(n.additional))
    organisation = _text(card, "org")
    if not values["type"]:
        company = _text(card, "x-abshowas").upper() == "COMPANY" or _text(card, "kind").lower() == "org"
        has_person_name = bool(values.get("surname") or values.get("first_name"))
        values["type"] = "company" if company or not has_person_name else "person"
    values["name"] = _text(card, "fn") or (organisation if values["type"] == "company" else "")
    if values["type"] == "person":
        values["company_name"] = organisation
    values["job_title"] = _text(card, "title")
    adr = _first(card, "adr")
    if adr is not None:
        a = adr.value
        values.update(
            address=_part(a.street), address_2=_part(a.extended), city=_part(a.city), county=_part(a.region),
            post_code=_part(a.code), country_region_code=_part(a.country),
        )  # fmt: skip
    for tel in card.contents.get("tel", []):
        types = _types(tel)
        field = "fax_no" if "FAX" in types else "mobile_phone_no" if "CELL" in types else "phone_no"
        if not values.get(field):
            values[field] = str(tel.value).strip()
    values["email"] = "; ".join(str(m.value).strip() for m in card.contents.get("email", []))
    values["home_page"] = _text(card, "url")
    return IncomingRow(number, {k: v for k, v in values.items() if v})


def read_vcards(path: Path) -> tuple[list[IncomingRow], list[UserError]]:
    """The contacts in a .vcf file; each card's `line` is its position in the file (1, 2, …)."""
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    rows: list[IncomingRow] = []
    try:
        for number, card in enumerate(vobject.readComponents(text, ignoreUnreadable=True), start=1):
            if card.name.upper() == "VCARD":
                rows.append(_row(card, number))
    except (ParseError, ValueError) as exc:
        raise UserError("{file} is not a readable vCard file ({detail}).", file=path.name,
                        detail=str(exc)) from None  # fmt: skip
    if not rows and text.strip():
        raise UserError("{file} contains no vCard (BEGIN:VCARD … END:VCARD).", file=path.name)
    return rows, []


__all__ = ["read_vcards", "write_vcards"]
