"""Captions and value checks of the setup fields (marketing setup, number series) for app.operations."""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy.orm import Session

from app import errors
from app.domain.fields import CODE_TABLES, caption, max_length
from app.domain.setup import SETUP_CODE_FIELD, SETUP_FIELD_CAPTIONS
from app.domain.validation import check_value
from app.errors import UserError
from app.kinds import KINDS
from app.models import Base, BusinessRelation, MarketingSetup, NoSeries

RELATION_CODE_FIELDS = tuple(SETUP_CODE_FIELD.values())
SERIES_FIELDS = tuple(k.series_field for k in KINDS)
INHERIT_FIELDS = (
    "inherit_salesperson_code",
    "inherit_territory_code",
    "inherit_country_region_code",
    "inherit_language_code",
    "inherit_address_details",
    "inherit_communication_details",
)
DEFAULT_FIELDS = {f"default_{f}": f for f in ("salesperson_code", "territory_code", "country_region_code")}
DEFAULT_FIELDS["default_language_code"] = "language_code"
# The salutation a contact without its own gets, by type (SPEC §14.12); not a hand-entry default.
SALUTATION_FIELDS = {f"default_{t}_salutation_code": "salutation_code" for t in ("company", "person")}
CODE_LOOKUP_FIELDS = {**DEFAULT_FIELDS, **SALUTATION_FIELDS}  # setup column → the field of its code table
DUPLICATE_FLAGS = ("maintain_dupl_search_strings", "autosearch_for_duplicates")
PHONE_FLAGS = ("format_phone_numbers",)  # beyond BC (SPEC §14.11)
SETUP_CAPTIONS: dict[str, str] = {
    **SETUP_FIELD_CAPTIONS,
    "inherit_salesperson_code": "Inherit Salesperson Code",
    "inherit_territory_code": "Inherit Territory Code",
    "inherit_country_region_code": "Inherit Country/Region Code",
    "inherit_language_code": "Inherit Language Code",
    "inherit_address_details": "Inherit Address Details",
    "inherit_communication_details": "Inherit Communication Details",
    "default_salesperson_code": "Default Salesperson Code",
    "default_territory_code": "Default Territory Code",
    "default_country_region_code": "Default Country/Region Code",
    "default_language_code": "Default Language Code",
    "maintain_dupl_search_strings": "Maintain Dupl. Search Strings",
    "autosearch_for_duplicates": "Autosearch for Duplicates",
    "search_hit_pct": "Search Hit %",
    **{column: caption(column) for column in (*SALUTATION_FIELDS, *PHONE_FLAGS)},
}
NO_SERIES_CAPTIONS: dict[str, str] = {
    "code": "Code",
    "description": "Description",
    "starting_no": "Starting No.",
    "last_no_used": "Last No. Used",
    "increment_by": "Increment-by No.",
    "manual_nos": "Manual Nos.",
}
TEMPLATE_MODEL: dict[str, type[Base]] = {k.name: k.template_model for k in KINDS if k.template_model}
_ENDS_IN_DIGITS = re.compile(r"\d$")


def setup_caption(field: str) -> str:
    """The translated caption of a setup or number series column."""
    return errors.translate(SETUP_CAPTIONS.get(field) or NO_SERIES_CAPTIONS.get(field) or caption(field))


def refuse(template: str, column: str, **params: Any) -> UserError:
    """A refusal about `column`; the template names it as {name}, the setup caption."""
    return UserError(template, field=column, name=setup_caption(column), **params)


def _flag(column: str, value: Any) -> bool:
    if not isinstance(value, bool):
        raise refuse("{name} must be Yes or No.", column)
    return value


def code_text(column: str, value: Any, limit: int | None) -> str:
    text = ("" if value is None else str(value)).strip().upper()
    if limit is not None and len(text) > limit:
        raise refuse(
            "{name} can be at most {limit} characters long (you entered {length}).",
            column,
            limit=limit,
            length=len(text),
        )
    return text


def _existing(session: Session, model: type, column: str, value: str, table: str) -> None:
    with session.no_autoflush:
        if session.get(model, value) is None:
            raise refuse(
                "{name} \u201c{value}\u201d does not exist in {table}.", column, value=value, table=table
            )


def clean_setup_value(session: Session, column: str, value: Any) -> Any:
    if column in INHERIT_FIELDS or column in DUPLICATE_FLAGS or column in PHONE_FLAGS:
        return _flag(column, value)
    if column == "search_hit_pct":
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 100:
            raise refuse("{name} must be a whole number between 1 and 100.", column)
        return value
    text = code_text(column, value, max_length(MarketingSetup, column))
    if column in RELATION_CODE_FIELDS:
        if text:
            _existing(session, BusinessRelation, column, text, "business relations")
        return text or None
    if column in SERIES_FIELDS:
        if text:
            _existing(session, NoSeries, column, text, "number series")
        return text or None
    code_table = CODE_TABLES[CODE_LOOKUP_FIELDS[column]]
    if text:
        _existing(session, code_table, column, text, code_table.__tablename__.replace("_", " "))
    return text


def _series_no(column: str, value: Any) -> str:
    number = code_text(column, value, 20)
    if number and not _ENDS_IN_DIGITS.search(number):
        raise refuse("{name} {value} must end in digits, e.g. CT000001.", column, value=number)
    return number


def clean_series_value(column: str, value: Any) -> Any:
    if column == "description":
        text = ("" if value is None else str(value)).strip()
        check_value(None, NoSeries, "description", text)
        return text
    if column in ("starting_no", "last_no_used"):
        return _series_no(column, value)
    if column == "increment_by":
        try:
            number = int(str(value).strip()) if not isinstance(value, bool) else 0
        except ValueError:
            number = 0
        if number < 1:
            raise refuse("{name} must be a whole number of at least 1.", column)
        return number
    if column == "manual_nos":
        return _flag(column, value)
    raise ValueError(f"not a number series field: {column}")
