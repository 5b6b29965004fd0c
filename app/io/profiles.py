"""Format profiles of contact CSV files: which column of Google, Outlook (English and German), Thunderbird or
our own CSV means which contact field, and how a file's header set is recognised.

A column maps to a target: a contact field (SPEC name), PHONE (a phone whose kind the type column of the same
number decides, as Google writes them), LABEL (the type or label of another column: used, never stored on
its own) or IGNORE (reported per row as not stored). Address columns carry a group (work, home, 1, 2 …): the
first group in GROUP_ORDER with a value is the contact's address, the others are reported as not stored.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from app.io.columns import column_for

IGNORE, LABEL, PHONE, FORMATTED = "ignore", "label", "phone", "formatted"
ADDRESS_FIELDS = ("address", "address_2", "post_code", "city", "county", "country_region_code")
# What a user can map a column to in the preview (besides IGNORE).
TARGETS: tuple[str, ...] = (
    "name", "first_name", "middle_name", "surname", "company_name", "job_title", *ADDRESS_FIELDS,
    "phone_no", "mobile_phone_no", "fax_no", PHONE, "email", "home_page", "vat_registration_no",
    "registration_number", "name_2", "search_name", "salutation_code", "language_code", "currency_code",
    "territory_code", "salesperson_code", "type", "privacy_blocked", "company_no", LABEL,
)  # fmt: skip
GENERIC, OWN = "generic", "contactsync"
PROFILE_NAMES = {  # shown in the preview, translated there
    GENERIC: "CSV", OWN: "ContactSync CSV", "google": "Google Contacts CSV", "outlook_en": "Outlook CSV",
    "outlook_de": "Outlook CSV (Deutsch)", "thunderbird": "Thunderbird CSV",
}  # fmt: skip


@dataclass(frozen=True)
class Target:
    field: str
    group: str = ""  # the address a column belongs to (work, home, other, 1, 2 …)
    number: str = ""  # Google's "Phone 2 - Value" and "Phone 2 - Type" share it


def _key(header: str) -> str:
    return " ".join(header.strip().lstrip("\ufeff").strip('"').casefold().split())


def _alias(table: dict[str, str | tuple[str, str]]) -> dict[str, Target]:
    return {_key(k): Target(*v) if isinstance(v, tuple) else Target(v) for k, v in table.items()}


def _address(prefix: str, suffix: str, group: str, parts: dict[str, str]) -> dict[str, tuple[str, str]]:
    return {f"{prefix}{word}{suffix}": (field, group) for word, field in parts.items()}


_OUTLOOK_EN_ADDRESS = {"Street": "address", "Street 2": "address_2", "City": "city", "State": "county",
                       "Postal Code": "post_code", "Country/Region": "country_region_code",
                       "Country": "country_region_code"}  # fmt: skip
OUTLOOK_EN = _alias({
    "First Name": "first_name", "Middle Name": "middle_name", "Last Name": "surname",
    "Company": "company_name",
    "Job Title": "job_title", "Business Phone": "phone_no", "Business Phone 2": "phone_no",
    "Company Main Phone": "phone_no", "Primary Phone": "phone_no", "Home Phone": "phone_no",
    "Home Phone 2": "phone_no", "Other Phone": "phone_no", "Mobile Phone": "mobile_phone_no",
    "Business Fax": "fax_no", "Home Fax": "fax_no", "Other Fax": "fax_no", "E-mail Address": "email",
    "E-mail 2 Address": "email", "E-mail 3 Address": "email", "E-mail Type": LABEL,
    "E-mail Display Name": LABEL, "E-mail 2 Type": LABEL, "E-mail 2 Display Name": LABEL,
    "E-mail 3 Type": LABEL, "E-mail 3 Display Name": LABEL, "Web Page": "home_page",
    **{f"Business {k}": (v, "work") for k, v in _OUTLOOK_EN_ADDRESS.items()},
    **{f"Home {k}": (v, "home") for k, v in _OUTLOOK_EN_ADDRESS.items()},
    **{f"Other {k}": (v, "other") for k, v in _OUTLOOK_EN_ADDRESS.items()},
})  # fmt: skip
_OUTLOOK_DE_ADDRESS = {"Straße": "address", "Straße {g} 2": "address_2", "Ort": "city", "Region": "county",
                       "Bundesland/Kanton": "county", "Postleitzahl": "post_code",
                       "Land/Region": "country_region_code", "Land": "country_region_code"}  # fmt: skip


def _outlook_de_address(word: str, group: str) -> dict[str, str | tuple[str, str]]:
    table: dict[str, str | tuple[str, str]] = {}
    for part, field in _OUTLOOK_DE_ADDRESS.items():
        header = part.format(g=word) if "{g}" in part else f"{part} {word}"
        table[header] = (field, group)
    return table


OUTLOOK_DE = _alias({
    "Vorname": "first_name", "Weitere Vornamen": "middle_name", "Nachname": "surname",
    "Firma": "company_name",
    "Position": "job_title", "Telefon geschäftlich": "phone_no", "Telefon geschäftlich 2": "phone_no",
    "Telefon Firma": "phone_no", "Haupttelefon": "phone_no", "Telefon privat": "phone_no",
    "Telefon privat 2": "phone_no", "Weiteres Telefon": "phone_no", "Mobiltelefon": "mobile_phone_no",
    "Fax geschäftlich": "fax_no", "Fax privat": "fax_no", "Weiteres Fax": "fax_no",
    "E-Mail-Adresse": "email", "E-Mail 2: Adresse": "email", "E-Mail 3: Adresse": "email",
    "E-Mail-Typ": LABEL, "E-Mail: Angezeigter Name": LABEL, "E-Mail 2: Typ": LABEL,
    "E-Mail 2: Angezeigter Name": LABEL, "E-Mail 3: Typ": LABEL, "E-Mail 3: Angezeigter Name": LABEL,
    "Webseite": "home_page", "Webseite geschäftlich": "home_page",
    **_outlook_de_address("geschäftlich", "work"), **_outlook_de_address("privat", "home"),
})  # fmt: skip
_TB_ADDRESS = {"Address": "address", "Address 2": "address_2", "City": "city", "State": "county",
               "ZipCode": "post_code", "Country": "country_region_code"}  # fmt: skip
THUNDERBIRD = _alias({
    "First Name": "first_name", "Last Name": "surname", "Display Name": "name", "Primary Email": "email",
    "Secondary Email": "email", "Work Phone": "phone_no", "Home Phone": "phone_no", "Fax Number": "fax_no",
    "Mobile Number": "mobile_phone_no", "Job Title": "job_title", "Organization": "company_name",
    "Web Page 1": "home_page", "Web Page 2": "home_page",
    **{f"Work {k}": (v, "work") for k, v in _TB_ADDRESS.items()},
    **{f"Home {k}": (v, "home") for k, v in _TB_ADDRESS.items()},
})  # fmt: skip
# Google writes numbered groups: "E-mail 1 - Value", "Phone 2 - Type", "Address 1 - City" …
GOOGLE_NAMES = _alias({
    "Name": "name", "Given Name": "first_name", "Additional Name": "middle_name", "Family Name": "surname",
    "First Name": "first_name", "Middle Name": "middle_name", "Last Name": "surname",
    "Organization Name": "company_name", "Organization Title": "job_title",
    "Organization 1 - Name": "company_name", "Organization 1 - Title": "job_title",
    "Organization 1 - Type": LABEL, "Organization Type": LABEL,
})  # fmt: skip
_GOOGLE = re.compile(r"^(e-mail|phone|address|website) (\d+) - (.+)$")
_GOOGLE_ADDRESS = {"street": "address", "extended address": "address_2", "city": "city", "region": "county",
                   "postal code": "post_code", "country": "country_region_code",
                   "formatted": FORMATTED}  # fmt: skip
SIGNATURES = {  # a header that only that program writes
    "google": (
        "given name",
        "e-mail 1 - value",
        "phone 1 - value",
        "organization 1 - name",
        "e-mail 1 - label",
    ),
    "outlook_de": ("e-mail-adresse", "straße geschäftlich", "telefon geschäftlich", "nachname"),
    "outlook_en": ("e-mail address", "business street", "business phone", "e-mail display name"),
    "thunderbird": ("primary email", "secondary email", "work zipcode", "mobile number"),
}


def _google(header: str) -> Target | None:
    key = _key(header)
    if key in GOOGLE_NAMES:
        return GOOGLE_NAMES[key]
    match = _GOOGLE.match(key)
    if not match:
        return None
    kind, number, part = match.groups()
    if part in ("type", "label"):
        return Target(LABEL, number=f"{kind} {number}")
    if kind == "e-mail":
        return Target("email") if part == "value" else None
    if kind == "phone":
        return Target(PHONE, number=f"{kind} {number}") if part == "value" else None
    if kind == "website":
        return Target("home_page") if part == "value" else None
    field = _GOOGLE_ADDRESS.get(part)
    return Target(field, group=number) if field else None


def _own(header: str) -> Target | None:
    name = column_for(header)
    return Target(name) if name else None


def _lookup(profile: str, header: str) -> Target | None:
    if profile == "google":
        return _google(header)
    table = {"outlook_en": OUTLOOK_EN, "outlook_de": OUTLOOK_DE, "thunderbird": THUNDERBIRD}.get(profile)
    if table is not None:
        return table.get(_key(header)) or _own(header)
    found = _own(header)
    if found is not None:
        return found
    for other in (
        "outlook_en",
        "outlook_de",
        "thunderbird",
        "google",
    ):  # a hand-made file with familiar names
        found = _lookup(other, header)
        if found is not None:
            return found
    return None


def detect(headers: list[str]) -> str:
    """The program that wrote a CSV file with these headers (GENERIC when none is recognised)."""
    keys = {_key(h) for h in headers}
    scores = {name: sum(1 for s in signature if s in keys) for name, signature in SIGNATURES.items()}
    best = max(scores, key=lambda n: scores[n])
    if scores[best]:
        return best
    if {"no", "type", "name"} <= keys:
        return OWN
    return GENERIC


@dataclass(frozen=True)
class Mapping:
    """Column by column what a CSV file's columns mean; `targets` can be changed in the preview."""

    profile: str
    headers: tuple[str, ...]
    targets: tuple[Target, ...]

    def with_fields(self, fields: list[str]) -> Mapping:
        """The same mapping with the user's choice of field per column (groups and numbers kept)."""
        targets = tuple(
            t if t.field == f else Target(f, t.group if f in ADDRESS_FIELDS else "", t.number)
            for t, f in zip(self.targets, fields, strict=True)
        )
        return Mapping(self.profile, self.headers, targets)

    @property
    def fields(self) -> list[str]:
        return [t.field for t in self.targets]


def mapping_for(headers: list[str]) -> Mapping:
    """The profile's mapping of these headers; unknown columns are IGNORE."""
    profile = detect(headers)
    targets = tuple(_lookup(profile, h) or Target(IGNORE) for h in headers)
    return Mapping(profile, tuple(headers), targets)


def header_key(headers: list[str] | tuple[str, ...]) -> str:
    """The key a mapping is remembered under: the header set, case and spacing ignored."""
    text = "\x1f".join(_key(h) for h in headers)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


__all__ = [
    "ADDRESS_FIELDS", "FORMATTED", "IGNORE", "LABEL", "PHONE", "PROFILE_NAMES", "TARGETS", "Mapping",
    "Target",
    "detect", "header_key", "mapping_for",
]  # fmt: skip
