"""Field rules of SPEC §3: length limits, phone and e-mail syntax, upper-case fields, known codes."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy.orm import Session

from app.domain.fields import CODE_TABLES, PHONE_FIELDS, UPPER_FIELDS, max_length
from app.errors import UserError
from app.models import Base

_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)
_EMAIL = re.compile(
    r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$"
)
CHOICES: dict[str, tuple[str, ...]] = {
    "type": ("company", "person"),
    "contact_type": ("company", "person"),
    "blocked": ("", "ship", "invoice", "all"),
}
DECIMAL_FIELDS = frozenset({"credit_limit", "balance"})
NULLABLE_REFERENCES = frozenset({"company_no"})
VENDOR_BLOCKED = ("", "payment", "all")


def choices_for(model: type[Base], field: str) -> tuple[str, ...] | None:
    """The allowed values of a choice field on this table (vendors block payments, not shipments)."""
    if (field, model.__tablename__) == ("blocked", "vendor"):
        return VENDOR_BLOCKED
    return CHOICES.get(field)


def normalize(model: type[Base], field: str, value: Any) -> Any:
    """Trim text and apply upper-case rules; leave other types alone."""
    if isinstance(value, str):
        value = value.strip()
        if field in UPPER_FIELDS:
            value = value.upper()
        if field in NULLABLE_REFERENCES and not value:
            value = None  # a blank reference is "none", not a number that does not exist
    if field in DECIMAL_FIELDS and not isinstance(value, Decimal):
        try:
            value = Decimal(str(value).replace(",", ".") or "0")
        except InvalidOperation:
            raise UserError("{field} must be a number.", field=field) from None
    return value


def check_value(session: Session | None, model: type[Base], field: str, value: Any) -> None:
    """Raise a UserError naming the field and the rule when `value` breaks a rule."""
    if isinstance(value, str):
        limit = max_length(model, field)
        if limit is not None and len(value) > limit:
            raise UserError(
                "{field} can be at most {limit} characters long (you entered {length}).",
                field=field,
                limit=limit,
                length=len(value),
            )
        if field in PHONE_FIELDS and _LETTER.search(value):
            raise UserError("{field} must not contain letters.", field=field)
        if field == "email" and value:
            for part in re.split(r"[;,]", value):
                if not _EMAIL.match(part.strip()):
                    raise UserError(
                        "{field} \u201c{value}\u201d is not a valid e-mail address.",
                        field=field,
                        value=part.strip(),
                    )
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
