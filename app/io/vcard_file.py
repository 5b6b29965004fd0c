"""Contacts as vCard: written as 3.0 through vobject, which escapes and folds the text as RFC 2426 requires;
read by app.io.vcard_reader (2.1, 3.0 and 4.0 as other programs write them).

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

from app.io.columns import COLUMNS, split_emails

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


__all__ = ["EXTRA", "PREFIX", "write_vcards"]
