"""vCard files as other programs write them (2.1, 3.0, 4.0), read lazily card by card.

Read here rather than by vobject, which drops a quoted-printable value continued on the next line (Outlook's
addresses) and stops at the first malformed line: folded lines, quoted-printable with soft line breaks,
CHARSET=… parameters, 2.1's bare parameters (TEL;WORK;FAX), 4.0's tel: URIs, Apple's item groups with
X-ABLabel. Every property with a value is stored or listed in the row's `dropped` (photos with a note);
a malformed card is refused naming its line, the other cards are read.
"""

from __future__ import annotations

import logging
import quopri
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from app.errors import UserError
from app.io.columns import NOT_A_FIELD, ONE_VALUE, PHOTO, Dropped, IncomingRow, covered, split_emails
from app.io.csv_file import EMAIL_LENGTH, detect_encoding
from app.io.vcard_file import EXTRA, PREFIX

log = logging.getLogger(__name__)
# Properties that describe the card, not the contact: nothing of the contact is lost without them.
SILENT = frozenset({"VERSION", "PRODID", "UID", "REV", "X-ABUID", "X-ABSHOWAS", "KIND", "X-ABLABEL",
                    "CLIENTPIDMAP", "X-ABADR", "NAME", "SOURCE", "PROFILE", "SORT-STRING"})  # fmt: skip
PICTURES = frozenset({"PHOTO", "LOGO"})
_SPLIT = re.compile(r"(?<!\\);")
_PROPERTY = re.compile(r"^[A-Za-z0-9.-]+[;:]")
_UNESCAPE = re.compile(r"\\(.)", re.DOTALL)


@dataclass
class Property:
    name: str
    params: dict[str, list[str]]
    value: str
    group: str = ""
    binary: bool = False

    def types(self) -> set[str]:
        return {t.upper() for t in self.params.get("TYPE", [])}

    def parts(self) -> list[str]:
        return [_unescape(p) for p in _SPLIT.split(self.value)]

    @property
    def text(self) -> str:
        return _unescape(self.value).strip()


@dataclass
class Card:
    line: int
    version: str = ""
    properties: list[Property] = field(default_factory=list)
    error: UserError | None = None

    def all(self, name: str) -> list[Property]:
        return [p for p in self.properties if p.name == name and (p.value.strip() or p.binary)]

    def first(self, name: str) -> str:
        found = self.all(name)
        return found[0].text if found else ""


def _unescape(text: str) -> str:
    return _UNESCAPE.sub(lambda m: "\n" if m.group(1) in "nN" else m.group(1), text)


def _split_outside_quotes(text: str, separator: str) -> list[str]:
    parts, current, quoted = [], [], False
    for ch in text:
        if ch == '"':
            quoted = not quoted
        if ch == separator and not quoted:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return parts


def _params(items: list[str]) -> dict[str, list[str]]:
    params: dict[str, list[str]] = {}
    for item in items:
        if "=" in item:
            key, _, value = item.partition("=")
            values = [v.strip().strip('"') for v in value.split(",")]
        else:  # vCard 2.1: TEL;WORK;VOICE and ADR;QUOTED-PRINTABLE
            key, values = "TYPE", [item.strip()]
            if item.strip().upper() in ("QUOTED-PRINTABLE", "BASE64"):
                key = "ENCODING"
        params.setdefault(key.strip().upper(), []).extend(v for v in values if v)
    return params


def _is_qp(head: str) -> bool:
    return "QUOTED-PRINTABLE" in head.upper()


def _decode_qp(value: str, charset: str) -> str:
    data = quopri.decodestring(value.encode("latin-1", errors="replace"))
    for encoding in (charset or "utf-8", "utf-8", "cp1252"):
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    return data.decode("cp1252", errors="replace")


def parse_property(text: str, raw: bool = False) -> Property | None:
    """One logical line; None when it is not `name[;params]:value`. `raw`: the file was read as Latin-1
    (not UTF-8), so each value is decoded here by its CHARSET parameter (Windows-1252 without one)."""
    head, colon, value = text.partition(":")
    if '"' in head:  # a quoted parameter value may hold ':'
        pieces = _split_outside_quotes(text, ":")
        head, colon, value = pieces[0], ":", ":".join(pieces[1:]) if len(pieces) > 1 else ""
        colon = colon if len(pieces) > 1 else ""
    if not colon:
        return None
    name, *items = _split_outside_quotes(head, ";")
    group, _, name = name.strip().rpartition(".")
    if not name or not re.fullmatch(r"[A-Za-z0-9-]+", name):
        return None
    params = _params(items)
    encoding = {e.upper() for e in params.get("ENCODING", [])}
    binary = bool(encoding & {"BASE64", "B"}) or value.startswith("data:")
    if encoding & {"QUOTED-PRINTABLE"}:
        charset = (params.get("CHARSET") or [""])[0]
        value = _decode_qp(value, charset).replace("\r\n", "\n")
    elif raw and not binary:
        charset = (params.get("CHARSET") or ["cp1252"])[0]
        data = value.encode("latin-1", errors="replace")
        try:
            value = data.decode(charset, errors="replace")
        except LookupError:
            value = data.decode("cp1252", errors="replace")
    return Property(name.upper(), params, value, group.upper(), binary)


def _logical_lines(lines: Iterator[str]) -> Iterator[tuple[int, str]]:
    """Unfolded lines with the number of their first physical line."""
    pending: str | None = None
    start = 0
    number = 0
    for number, raw in enumerate(lines, start=1):
        line = raw.rstrip("\r\n")
        if pending is not None and pending.endswith("=") and _is_qp(pending.partition(":")[0]):
            pending = pending[:-1] + line  # a quoted-printable soft line break, even before a blank line
            continue
        if not line.strip():  # iOS 6 wrote CR CR LF: a blank line inside a folded value is no line
            continue
        if pending is not None:
            if line[:1] in (" ", "\t"):
                pending += line[1:]
                continue
            if pending.endswith("\\") and not _PROPERTY.match(line):  # Android: "\" continues a line
                pending += "\n" + line
                continue
            yield start, pending
        pending, start = line, number
    if pending is not None:
        yield start, pending


def iter_cards(lines: Iterator[str], raw: bool = False) -> Iterator[Card]:
    """The cards of a vCard text; a card with a malformed line comes with `error` set."""
    card: Card | None = None
    nested = 0
    for number, line in _logical_lines(lines):
        if not line.strip():
            continue
        upper = line.strip().upper()
        if upper == "BEGIN:VCARD":
            if card is not None:
                if nested or (card.error is None and card.properties and _agent(card)):
                    nested += 1
                    continue
                card.error = card.error or UserError(
                    "The card that begins on line {line} has no END:VCARD.", line=card.line
                )
                yield card
            card = Card(number)
            continue
        if upper == "END:VCARD":
            if nested:
                nested -= 1
                continue
            if card is not None:
                yield card
            card = None
            continue
        if card is None or nested:
            continue  # text between cards is not part of a contact
        prop = parse_property(line, raw)
        if prop is None:
            if card.error is None:
                card.error = UserError("Line {line} is not a vCard property (NAME:value); the card that "
                                       "begins on line {start} is not imported.", line=number,
                                       start=card.line)  # fmt: skip
            continue
        if prop.name == "VERSION":
            card.version = prop.text
        card.properties.append(prop)
    if card is not None:
        card.error = card.error or UserError("The card that begins on line {line} has no END:VCARD.",
                                             line=card.line)  # fmt: skip
        yield card


def _agent(card: Card) -> bool:
    return bool(card.properties) and card.properties[-1].name == "AGENT"


# --- a card as the row of a contact -----------------------------------------------------------------
def _phone_field(types: set[str], label: str) -> str:
    if "FAX" in types or "fax" in label:
        return "fax_no"
    if types & {"CELL", "MOBILE"} or "mobile" in label or "cell" in label:
        return "mobile_phone_no"
    return "phone_no"


def _preferred(props: list[Property]) -> list[Property]:
    """Work and preferred ones first (the contact keeps one address, one phone of each kind)."""

    def rank(prop: Property) -> int:
        types = prop.types()
        return (0 if "WORK" in types else 1) + (0 if "PREF" in types or "PREF" in prop.params else 2)

    return sorted(props, key=rank)


class _Row:
    def __init__(self, card: Card) -> None:
        self.card = card
        self.row = IncomingRow(card.line)
        self.used: set[int] = set()

    def put(self, field: str, value: str, prop: Property) -> None:
        value = value.strip()
        if not value:
            return
        if field not in self.row.values:
            self.row.values[field] = value
        elif self.row.values[field] != value:
            self.drop(prop, value, ONE_VALUE)

    def drop(self, prop: Property, value: str, reason: str) -> None:
        self.row.dropped.append(Dropped(prop.name, value, reason))

    def take(self, prop: Property) -> Property:
        self.used.add(id(prop))
        return prop

    def build(self) -> IncomingRow:
        card = self.card
        if card.error is not None:
            self.row.error = card.error
            return self.row
        for extra in (*EXTRA, "type"):
            for prop in card.all(PREFIX.upper() + extra.replace("_", "-").upper()):
                self.put(extra, self.take(prop).text, prop)
        names = [self.take(p) for p in card.all("N")]
        n = names[0].parts() + [""] * 5 if names else [""] * 5
        surname, given, additional, prefix, suffix = (_joined(x) for x in n[:5])
        org_props = [self.take(p) for p in card.all("ORG")]
        org_parts = [p for p in org_props[0].parts()] if org_props else []
        organisation = org_parts[0].strip() if org_parts else ""
        for unit in org_parts[1:]:
            if unit.strip():
                self.drop(org_props[0], unit.strip(), NOT_A_FIELD)
        fn_props = [self.take(p) for p in card.all("FN")]
        full_name = fn_props[0].text if fn_props else ""
        kind = self.row.values.get("type", "")
        if not kind:
            shows = {p.text.upper() for p in card.all("X-ABSHOWAS")} | {
                p.text.upper() for p in card.all("KIND")
            }
            company = bool(shows & {"COMPANY", "ORG", "ORGANIZATION"})
            no_person_name = not (surname or given)
            if no_person_name and organisation and (not full_name or full_name == organisation):
                company = True
            kind = "company" if company else "person"
            self.row.values["type"] = kind
        if kind == "person":
            self.put("surname", surname, names[0] if names else Property("N", {}, ""))
            self.put("first_name", given, names[0] if names else Property("N", {}, ""))
            self.put("middle_name", additional, names[0] if names else Property("N", {}, ""))
            for part in (prefix, suffix):
                if part:
                    self.drop(names[0], part, NOT_A_FIELD)
            if full_name:
                self.put("name", full_name, fn_props[0])
            if organisation:
                self.put("company_name", organisation, org_props[0])
        else:
            main = organisation or full_name
            if main:
                self.put("name", main, (org_props or fn_props)[0])
            if full_name and full_name != main:
                self.drop(fn_props[0], full_name, ONE_VALUE)
            for part in (surname, given, additional, prefix, suffix):
                if part:
                    self.drop(names[0], part, NOT_A_FIELD)
        for prop in fn_props[1:] + names[1:] + org_props[1:]:
            self.drop(prop, prop.text, ONE_VALUE)
        self.title()
        self.address()
        self.phones()
        self.emails()
        for index, prop in enumerate(self.take(p) for p in card.all("URL")):
            if index == 0:
                self.put("home_page", prop.text, prop)
            else:
                self.drop(prop, prop.text, ONE_VALUE)
        self.rest()
        return self.row

    def title(self) -> None:
        for index, prop in enumerate(self.take(p) for p in self.card.all("TITLE")):
            if index == 0:
                self.put("job_title", prop.text, prop)
            else:
                self.drop(prop, prop.text, ONE_VALUE)

    def address(self) -> None:
        addresses = _preferred(self.card.all("ADR"))
        for index, prop in enumerate(self.take(p) for p in addresses):
            parts = prop.parts() + [""] * 7
            pobox, extended, street, city, region, code, country = (_joined(x) for x in parts[:7])
            if index > 0:
                text = ", ".join(p for p in (pobox, street, extended, code, city, region, country) if p)
                if text:
                    self.drop(prop, text, ONE_VALUE)
                continue
            lines = [s.strip() for s in street.splitlines() if s.strip()]
            if lines:
                self.put("address", lines[0], prop)
                extra = [*lines[1:], *(extended.splitlines() if extended else [])]
                if extra:
                    self.put("address_2", ", ".join(x.strip() for x in extra if x.strip()), prop)
            elif extended:
                self.put("address", extended.replace("\n", ", "), prop)
            if pobox:
                self.drop(prop, pobox, NOT_A_FIELD)
            self.put("city", city.replace("\n", " "), prop)
            self.put("county", region.replace("\n", " "), prop)
            self.put("post_code", code.replace("\n", " "), prop)
            self.put("country_region_code", country.replace("\n", " "), prop)
        parts = [self.row.values.get(f, "") for f in ("address", "address_2", "post_code", "city", "county",
                                                      "country_region_code")]  # fmt: skip
        for prop in self.card.all("LABEL"):  # the formatted address: dropped unless the ADR carries it
            self.take(prop)
            if not addresses or not covered(prop.text, parts):
                self.drop(prop, prop.text, NOT_A_FIELD)

    def phones(self) -> None:
        labels = {p.group: p.text.casefold() for p in self.card.all("X-ABLABEL") if p.group}
        for prop in _preferred(self.card.all("TEL")):
            self.take(prop)
            value = prop.text
            if value.lower().startswith("tel:"):  # vCard 4.0: tel:+1-418-656-9254;ext=102
                value, _, extra = value[4:].partition(";")
                if extra:
                    self.drop(prop, extra, NOT_A_FIELD)
            self.put(_phone_field(prop.types(), labels.get(prop.group, "")), value, prop)

    def emails(self) -> None:
        kept: list[str] = []
        for prop in _preferred(self.card.all("EMAIL")):
            self.take(prop)
            for address in split_emails(prop.text):
                if address.lower() in (k.lower() for k in kept):
                    continue
                if kept and len("; ".join([*kept, address])) > EMAIL_LENGTH:
                    self.drop(prop, address, ONE_VALUE)
                else:
                    kept.append(address)
        if kept:
            self.row.values["email"] = "; ".join(kept)

    def rest(self) -> None:
        for prop in self.card.properties:
            if id(prop) in self.used or prop.name in SILENT or prop.name in ("BEGIN", "END"):
                continue
            if prop.name in PICTURES:
                if prop.value.strip():
                    self.row.dropped.append(Dropped(prop.name, "", PHOTO))
            elif prop.binary:
                self.drop(prop, "", NOT_A_FIELD)
            elif prop.text:
                self.drop(prop, prop.text, NOT_A_FIELD)


def _joined(value: str) -> str:
    """A component of N or ADR (a 3.0 list keeps its commas)."""
    return value.strip()


def card_row(card: Card) -> IncomingRow:
    return _Row(card).build()


def iter_vcards(path: Path) -> Iterator[IncomingRow]:
    """The contacts of a .vcf file one by one; `line` is where the card begins."""
    encoding, _notes = detect_encoding(path)
    raw = encoding == "cp1252"  # not UTF-8: values are decoded one by one by their CHARSET
    found = False
    with path.open(encoding="latin-1" if raw else encoding, errors="replace", newline="") as handle:
        for card in iter_cards(_lines(handle), raw):
            found = True
            yield card_row(card)
    if not found:
        raise UserError("{file} contains no vCard (BEGIN:VCARD \u2026 END:VCARD).", file=path.name)


def _lines(handle: Iterator[str]) -> Iterator[str]:
    """Lines ended by CRLF, LF or a lone CR (old Mac files)."""
    for line in handle:
        if "\r" in line.rstrip("\r\n"):
            yield from (part + "\n" for part in re.split(r"\r\n|\r|\n", line.rstrip("\r\n")))
        else:
            yield line


def read_vcards(path: Path) -> tuple[list[IncomingRow], list[UserError]]:
    _encoding, notes = detect_encoding(path)
    return list(iter_vcards(path)), notes


__all__ = ["Card", "Property", "card_row", "iter_cards", "iter_vcards", "parse_property", "read_vcards"]
