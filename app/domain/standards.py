"""Checks of standardised numbers and addresses by maintained libraries: IBAN, BIC, VAT no., e-mail, phone.

The libraries (phonenumbers, python-stdnum, email-validator: ~100 ms to import) are imported where they are
first used, not when the application starts."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from sqlalchemy.orm import Session

from app import errors
from app.domain.countries import country_name as local_country_name
from app.errors import UserError, marked

log = logging.getLogger(__name__)
_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)
_IBAN_SHAPE = re.compile(r"^[A-Z]{2}[0-9]{2}[A-Z0-9]+$")
_BBAN_PART = re.compile(r"(\d+)!?[nac]")
_EMAIL_SEPARATORS = re.compile(r"[;,]")
_MAX_DIGITS = 20  # a trunk or international prefix, 15 digits (E.164) and an extension

# The libraries' own texts are English; each of their error classes gets a full sentence of ours, so that each
# can be translated as a whole (keyed by stdnum's error class; the fallback covers any other class).
_VAT_REASONS: dict[str, str] = {
    "InvalidLength": marked("{field} \u201c{value}\u201d is not a valid VAT registration no. for {country}: "
                            "wrong length."),
    "InvalidChecksum": marked("{field} \u201c{value}\u201d is not a valid VAT registration no. for "
                              "{country}: the check digit does not match (a typing error?)."),
    "InvalidComponent": marked("{field} \u201c{value}\u201d is not a valid VAT registration no. for "
                               "{country}: a part of it does not exist."),
    "InvalidFormat": marked("{field} \u201c{value}\u201d is not a valid VAT registration no. for {country}: "
                            "wrong format."),
}
_VAT_FORMAT = _VAT_REASONS["InvalidFormat"]
_VAT_PREFIX_COUNTRY = {"EL": "GR", "XI": "GB"}  # VAT prefixes that are no ISO codes: Greece, N. Ireland


class Country:
    """A country code inside a message, named when the message is shown, in the user's language at that
    moment ('Deutschland (DE)', 'Germany (DE)'), from the locale data rather than from stored rows."""

    def __init__(self, code: str, *, with_code: bool = True) -> None:
        self.code = code.upper()
        self.with_code = with_code

    def __str__(self) -> str:
        name = local_country_name(_VAT_PREFIX_COUNTRY.get(self.code, self.code), errors.language)
        return f"{name} ({self.code})" if self.with_code and name != self.code else name

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Country) and other.code == self.code

    def __hash__(self) -> int:
        return hash(self.code)


def country_name(session: Session | None, code: str) -> Country:
    """Kept for callers: the country of `code`, named in the user's language when shown."""
    del session  # the name comes from the locale data, whatever the country table holds
    return Country(code)


# --- IBAN and BIC (bank accounts) ---------------------------------------------------------------------
def normalize_iban(value: str) -> str:
    """A valid IBAN is stored in its printed form, in groups of four ('DE89 3704 0044 0532 0130 00')."""
    from stdnum import iban

    return iban.format(value) if value and iban.is_valid(value) else value


def check_iban(field: str, value: str) -> None:
    from stdnum import iban, numdb
    from stdnum.exceptions import InvalidChecksum, ValidationError

    number = iban.compact(value)
    if not _IBAN_SHAPE.match(number):
        raise UserError(
            "{field} \u201c{value}\u201d is not a valid IBAN: it must start with a two-letter country code "
            "and two check digits, followed by letters and digits only.",
            field=field, value=value,
        )  # fmt: skip
    country = number[:2]
    info = numdb.get("iban").info(number)[0][1]
    if not info:
        raise UserError(
            "{field} \u201c{value}\u201d is not a valid IBAN: country code {country} does not use IBANs.",
            field=field, value=value, country=country,
        )  # fmt: skip
    expected = 4 + sum(int(n) for n in _BBAN_PART.findall(info.get("bban", "")))
    if len(number) != expected:
        raise UserError(
            "{field} \u201c{value}\u201d is not a valid IBAN: an IBAN from {country} has {expected} "
            "characters, this one has {length}.",
            field=field, value=value, country=Country(country, with_code=False), expected=expected,
            length=len(number),
        )  # fmt: skip
    try:
        iban.validate(number)
    except InvalidChecksum:
        raise UserError(
            "{field} \u201c{value}\u201d is not a valid IBAN: the check digits do not match "
            "(a typing error?).",
            field=field, value=value,
        ) from None  # fmt: skip
    except ValidationError:
        raise UserError(
            "{field} \u201c{value}\u201d is not a valid IBAN: the account part does not have the form used "
            "in {country}.",
            field=field, value=value, country=Country(country, with_code=False),
        ) from None  # fmt: skip


def normalize_bic(value: str) -> str:
    """A valid BIC is stored compact and upper-case ('DEUTDEFF500')."""
    from stdnum import bic

    return bic.compact(value) if value and bic.is_valid(value) else value.upper()


def check_bic(field: str, value: str) -> None:
    from stdnum import bic
    from stdnum.exceptions import InvalidComponent, InvalidLength, ValidationError

    try:
        bic.validate(value)
    except InvalidLength:
        raise UserError(
            "{field} \u201c{value}\u201d is not a valid BIC: it must have 8 or 11 characters.",
            field=field, value=value,
        ) from None  # fmt: skip
    except InvalidComponent:
        raise UserError(
            "{field} \u201c{value}\u201d is not a valid BIC: characters 5 and 6 must be a country code.",
            field=field, value=value,
        ) from None  # fmt: skip
    except ValidationError:
        raise UserError(
            "{field} \u201c{value}\u201d is not a valid BIC: it must be 4 letters (bank), 2 letters "
            "(country), 2 letters or digits (location) and optionally 3 more (branch).",
            field=field, value=value,
        ) from None  # fmt: skip


# --- VAT registration numbers -------------------------------------------------------------------------
def _vat_module(code: str) -> Any:
    from stdnum.eu import vat as eu_vat
    from stdnum.util import get_cc_module

    code = code.lower()
    if code in eu_vat.MEMBER_STATES or code == "el":  # Greece uses EL, Northern Ireland XI
        return eu_vat
    return get_cc_module(code, "vat") if code.isalpha() and len(code) == 2 else None


def check_vat(session: Session | None, field: str, value: str, country: str | None) -> None:
    """Check by the number's own country prefix (DE…, ATU…, CHE…), else by the record's country.
    Numbers of countries without a checker are accepted as typed."""
    prefix = value[:2].upper()
    module = _vat_module(prefix) if prefix.isalpha() else None
    code, number = prefix, value
    if module is None and country:
        from stdnum.eu import vat as eu_vat

        module, code = _vat_module(country), country.upper()
        if module is eu_vat:  # the EU checker reads the country from the number's prefix
            number = code + value
    if module is None:
        return
    from stdnum.exceptions import ValidationError

    try:
        module.validate(number)
    except ValidationError as exc:
        template = _VAT_REASONS.get(type(exc).__name__, _VAT_FORMAT)
        raise UserError(template, field=field, value=value, country=country_name(session, code)) from None


# --- e-mail -------------------------------------------------------------------------------------------
# email-validator has one error class for every syntax fault (EmailSyntaxError) and explains the fault in
# English prose; the reason is found here instead, by rules of ours, first match wins.
_EMAIL_REASONS: tuple[tuple[Callable[[str, str], bool], str], ...] = (
    (lambda local, domain: not local,
     marked("{field} \u201c{value}\u201d is not a valid e-mail address: nothing comes before the @ sign.")),
    (lambda local, domain: not domain,
     marked("{field} \u201c{value}\u201d is not a valid e-mail address: nothing comes after the @ sign.")),
    (lambda local, domain: "@" in local or "@" in domain,
     marked("{field} \u201c{value}\u201d is not a valid e-mail address: it has more than one @ sign.")),
    (lambda local, domain: any(ch.isspace() for ch in local + domain),
     marked("{field} \u201c{value}\u201d is not a valid e-mail address: it contains a space.")),
    (lambda local, domain: ".." in local or ".." in domain,
     marked("{field} \u201c{value}\u201d is not a valid e-mail address: it has two periods in a row.")),
    (lambda local, domain: local.startswith(".") or local.endswith("."),
     marked("{field} \u201c{value}\u201d is not a valid e-mail address: the part before the @ sign "
            "starts or ends with a period.")),
    (lambda local, domain: "." not in domain.strip(".") or domain.startswith(".") or domain.endswith("."),
     marked("{field} \u201c{value}\u201d is not a valid e-mail address: the part after the @ sign "
            "needs a domain such as firma.de.")),
    (lambda local, domain: domain.startswith("[") or domain.rsplit(".", 1)[-1].isdigit(),
     marked("{field} \u201c{value}\u201d is not a valid e-mail address: the part after the @ sign "
            "needs a domain such as firma.de.")),
)  # fmt: skip
_EMAIL_BY_CLASS = {
    "EmailSyntaxError": marked(
        "{field} \u201c{value}\u201d is not a valid e-mail address: it contains characters that e-mail "
        "addresses do not allow."),
    "EmailUndeliverableError": marked(
        "{field} \u201c{value}\u201d is not a valid e-mail address: its domain receives no e-mail."),
}  # fmt: skip
_EMAIL_OTHER = marked("{field} \u201c{value}\u201d is not a valid e-mail address.")


def email_refusal(address: str, error: Exception) -> str:
    """Our message template for an address the library refused with `error`."""
    local, _at, domain = address.partition("@")
    for applies, template in _EMAIL_REASONS:
        if applies(local, domain):
            return template
    return _EMAIL_BY_CLASS.get(type(error).__name__, _EMAIL_OTHER)


def check_emails(field: str, value: str) -> None:
    """Several addresses may be separated by ';' (or ','); each must be a valid address. Syntax only:
    nothing is looked up on the network."""
    from email_validator import EmailNotValidError, validate_email

    for part in (p.strip() for p in _EMAIL_SEPARATORS.split(value)):
        if not part:
            continue
        if "@" not in part:
            raise UserError(
                "{field} \u201c{value}\u201d is not a valid e-mail address: the @ sign is missing.",
                field=field, value=part,
            )  # fmt: skip
        try:
            validate_email(part, check_deliverability=False)
        except EmailNotValidError as exc:
            log.debug("e-mail refused by the library: %s", type(exc).__name__)  # its text names the address
            raise UserError(email_refusal(part, exc), field=field, value=part) from None


# --- phone numbers ------------------------------------------------------------------------------------
def phone_region(country: str | None) -> str | None:
    import phonenumbers

    code = (country or "").upper()
    return code if code in phonenumbers.SUPPORTED_REGIONS else None


@lru_cache(maxsize=4096)
def normalize_phone(value: str, region: str | None) -> str:
    """International format ('+49 30 3180552') when the number is valid for its country (from a leading
    '+' or the record's country); anything else stays as typed, so unknown numbers never fail."""
    if not value or _LETTER.search(value):
        return value
    import phonenumbers

    try:
        number = phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException:
        return value
    if not phonenumbers.is_valid_number(number):
        return value
    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL))


def check_phone(field: str, value: str) -> None:
    """Refuse only what cannot be a phone number: letters, no digit at all, an unknown '+' country code,
    more digits than any phone number has."""
    if _LETTER.search(value):
        raise UserError("{field} must not contain letters.", field=field)
    if not any(ch.isdigit() for ch in value):
        raise UserError("{field} \u201c{value}\u201d is not a phone number: it has no digits.", field=field,
                        value=value)
    if not value.startswith("+"):
        if sum(ch.isdigit() for ch in value) > _MAX_DIGITS:
            raise UserError("{field} \u201c{value}\u201d is not a phone number: it has too many digits.",
                            field=field, value=value)
        return
    import phonenumbers

    error = _parse_error(value)
    if error == phonenumbers.NumberParseException.INVALID_COUNTRY_CODE:
        raise UserError(
            "{field} \u201c{value}\u201d is not a phone number: the country calling code after + does not "
            "exist.",
            field=field, value=value,
        )  # fmt: skip
    if error == phonenumbers.NumberParseException.TOO_LONG:
        raise UserError("{field} \u201c{value}\u201d is not a phone number: it has too many digits.",
                        field=field, value=value)


@lru_cache(maxsize=4096)
def _parse_error(value: str) -> int | None:
    import phonenumbers

    try:
        phonenumbers.parse(value, None)
    except phonenumbers.NumberParseException as exc:
        return int(exc.error_type)
    return None
