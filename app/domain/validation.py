"""Field rules of SPEC §3: length limits, phone, e-mail, IBAN, BIC and VAT no. (by libraries), codes."""

from __future__ import annotations

import unicodedata
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import Boolean, String
from sqlalchemy.orm import Session, object_session

from app.domain import standards
from app.domain.fields import CODE_TABLES, PHONE_FIELDS, UPPER_FIELDS, max_length
from app.domain.setup import get_setup
from app.errors import UserError
from app.models import Base

CHOICES: dict[str, tuple[str, ...]] = {
    "type": ("company", "person"),
    "contact_type": ("company", "person"),
    "blocked": ("", "ship", "invoice", "all"),
}
DECIMAL_FIELDS = frozenset({"credit_limit", "balance"})
# Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): they make a name display
# as something else ("Trojan Source"). The marks LRM/RLM/ALM stay allowed: they only nudge punctuation.
BIDI_CONTROLS = frozenset(chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A)))
LINE_BREAKS = frozenset("\n\r\u2028\u2029")
MULTILINE_BREAKS = frozenset("\n\r\t")  # what a multi-line field (`info={"multiline": True}`) may hold
NULLABLE_REFERENCES = frozenset({"company_no"})


def choices_for(model: type[Base], field: str) -> tuple[str, ...] | None:
    """The allowed values of a choice field: the column's own (`info={"choices": …}`, e.g. vendors block
    payments, not shipments), else the field's."""
    declared = _column_info(model, field).get("choices")  # a model may declare its own (employee status)
    return tuple(declared) if declared else CHOICES.get(field)


def _column_info(model: type[Base], field: str) -> dict[str, Any]:
    column = model.__table__.columns.get(field)  # type: ignore[attr-defined]
    return column.info if column is not None else {}


def _country(record: Any) -> str | None:
    return getattr(record, "country_region_code", None) or None


def formats_phone_numbers(record: Any) -> bool:
    """The Marketing Setup switch "Format phone numbers" (SPEC §14.11), read in the record's own session:
    off (the default, as in BC), or no session to ask, means numbers are stored as typed."""
    session = object_session(record) if record is not None else None
    if session is None:
        return False
    return bool(get_setup(session).format_phone_numbers)


def is_phone_field(model: type[Base], field: str) -> bool:
    return field in PHONE_FIELDS or _column_info(model, field).get("rule") == "phone"


def normalize(
    model: type[Base], field: str, value: Any, record: Any = None, *, format_phone: bool | None = None
) -> Any:
    """Trim text and apply upper-case rules; IBAN in groups of four, BIC compact. Phone numbers stay as
    typed unless phones are formatted (`format_phone`; None: the setup switch, asked through `record`'s
    session): then in international format where the record's country (or a leading +) makes them valid.
    Other types stay."""
    if isinstance(value, str):
        value = value.strip()
        if field in UPPER_FIELDS:
            value = value.upper()
        if is_phone_field(model, field):
            if format_phone is None:
                format_phone = formats_phone_numbers(record)
            if format_phone:
                value = standards.normalize_phone(value, standards.phone_region(_country(record)))
        elif field == "iban":
            value = standards.normalize_iban(value)
        elif field == "swift_code":
            value = standards.normalize_bic(value)
        if field in NULLABLE_REFERENCES and not value:
            value = None  # a blank reference is "none", not a number that does not exist
    if field in DECIMAL_FIELDS and not isinstance(value, Decimal):
        try:
            value = Decimal(str(value).replace(",", ".") or "0")
        except InvalidOperation:
            raise UserError("{field} must be a number.", field=field) from None
    return value


def _check_type(model: type[Base], field: str, value: Any) -> None:
    """A script may pass anything: a number where text belongs is a refusal, not a crash further on."""
    column = model.__table__.columns.get(field)  # type: ignore[attr-defined]
    if column is None or value is None:
        return
    if isinstance(column.type, String) and not isinstance(value, str):
        raise UserError("{field} must be text.", field=field)
    if isinstance(column.type, Boolean) and not isinstance(value, bool):
        raise UserError("{field} must be Yes or No.", field=field)


def forbidden_character(text: str, *, multiline: bool = False) -> str | None:
    """The first character that no text field may hold (SPEC §16): C0/C1 controls (NUL, BEL, ESC, TAB,
    DEL, …), bidirectional overrides, and line breaks outside multi-line fields. None: clean."""
    for char in text:
        if multiline and char in MULTILINE_BREAKS:
            continue
        if char in BIDI_CONTROLS or char in LINE_BREAKS or unicodedata.category(char) == "Cc":
            return char
    return None


def check_characters(model: type[Base] | None, field: str, value: str) -> None:
    """Refuse control characters, naming the field and the character's code point (never the value)."""
    multiline = model is not None and bool(_column_info(model, field).get("multiline"))
    char = forbidden_character(value, multiline=multiline)
    if char is None:
        return
    if char in LINE_BREAKS:
        raise UserError("{field} must be a single line: line breaks are not allowed.", field=field)
    raise UserError(
        "{field} contains a control character ({code}), which is not allowed in text fields.",
        field=field,
        code=f"U+{ord(char):04X}",
    )


def check_value(
    session: Session | None, model: type[Base], field: str, value: Any, record: Any = None
) -> None:
    """Raise a UserError naming the field and the rule when `value` breaks a rule. `record` (when known)
    gives the country that VAT registration numbers are checked against."""
    _check_type(model, field, value)
    if isinstance(value, str):
        check_characters(model, field, value)
        limit = max_length(model, field)
        if limit is not None and len(value) > limit:
            raise UserError(
                "{field} can be at most {limit} characters long (you entered {length}).",
                field=field,
                limit=limit,
                length=len(value),
            )
        if value:
            _check_standard(session, _column_info(model, field).get("rule", field), value, record, field)
        choices = choices_for(model, field)
        if choices is not None and value not in choices:
            raise UserError(
                "{field} must be one of: {choices}.",
                field=field,
                choices=", ".join(c or "(blank)" for c in choices),
            )
        if field in CODE_TABLES and value and session is not None:
            table = CODE_TABLES[field]
            with session.no_autoflush:
                if session.get(table, value) is None:
                    raise UserError(
                        "{field} \u201c{value}\u201d does not exist in {table}.",
                        field=field,
                        value=value,
                        table=str(table.__table__.name).replace("_", " "),
                    )
    if field == "search_hit_pct" and not 1 <= int(value) <= 100:
        raise UserError("{field} must be between 1 and 100.", field=field)
    if field == "credit_limit" and isinstance(value, Decimal) and value < 0:
        raise UserError("{field} must not be negative.", field=field)


def _check_standard(session: Session | None, rule: str, value: str, record: Any, field: str) -> None:
    """The checks that maintained libraries do (app.domain.standards). `rule` is the field's name, or the
    rule a column declares in its info (`info={"rule": "email"}`: a company e-mail is checked as e-mail)."""
    if rule in PHONE_FIELDS or rule == "phone":
        standards.check_phone(field, value)
    elif rule == "email":
        standards.check_emails(field, value)
    elif rule == "iban":
        standards.check_iban(field, value)
    elif rule == "swift_code":
        standards.check_bic(field, value)
    elif rule == "vat_registration_no":
        standards.check_vat(session, field, value, _country(record))
