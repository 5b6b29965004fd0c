"""Setup operations of SPEC §2: marketing setup, field map, business relations, number series, templates.

Each takes a Session, checks everything before writing and raises a UserError naming the field and the rule;
a refusal changes nothing."""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import errors
from app.domain import fieldmap
from app.domain.fields import caption
from app.domain.setup import SETUP_CODE_FIELD, get_setup
from app.domain.setup_checks import (
    NO_SERIES_CAPTIONS,
    RELATION_CODE_FIELDS,
    SERIES_FIELDS,
    SETUP_CAPTIONS,
    TEMPLATE_MODEL,
    clean_series_value,
    clean_setup_value,
    code_text,
    refuse,
    setup_caption,
)
from app.domain.validation import check_value, normalize
from app.errors import UserError
from app.kinds import BY_NAME, KINDS, kind
from app.models import (
    BusinessRelation,
    ContactBusinessRelation,
    NoSeries,
    SyncFieldMap,
)
from app.unit_of_work import unit

__all__ = [
    "NO_SERIES_CAPTIONS",
    "SETUP_CAPTIONS",
    "create_business_relation",
    "delete_business_relation",
    "delete_no_series",
    "delete_template",
    "field_map_rows",
    "links_using_setup_code",
    "relation_usage",
    "rename_business_relation",
    "save_no_series",
    "save_template",
    "set_field_map_enabled",
    "setup_caption",
    "update_marketing_setup",
]

log = logging.getLogger(__name__)


# --- Marketing setup ---------------------------------------------------------------------------------
def update_marketing_setup(session: Session, values: dict[str, Any]) -> None:
    """Change the given setup fields; everything is checked before anything is written."""
    unknown = set(values) - set(SETUP_CAPTIONS)
    if unknown:
        raise ValueError(f"not marketing setup fields: {sorted(unknown)}")
    setup = get_setup(session)
    clean = {column: clean_setup_value(session, column, value) for column, value in values.items()}
    merged = {column: clean.get(column, getattr(setup, column)) for column in RELATION_CODE_FIELDS}
    for i, first in enumerate(RELATION_CODE_FIELDS):
        for second in RELATION_CODE_FIELDS[i + 1 :]:
            if merged[first] and merged[first] == merged[second]:
                blamed = second if second in clean else first
                raise UserError(
                    "{first} and {second} must differ: both are {code}. A contact can be linked to records "
                    "of several kinds at once only when each kind has its own code.",
                    field=blamed,
                    first=setup_caption(first),
                    second=setup_caption(second),
                    code=merged[first],
                )
    for column, value in clean.items():
        if getattr(setup, column) != value:
            setattr(setup, column, value)
    session.flush()
    log.info("marketing setup changed: %s", sorted(clean))


# --- Synchronized fields -----------------------------------------------------------------------------
def field_map_rows(session: Session) -> list[SyncFieldMap]:
    """The map in the order of SPEC §4: by linked table, then as the registry lists the fields."""
    order = {(k.name, c): (i, j) for i, k in enumerate(KINDS) for j, (c, _r, _d) in enumerate(k.field_map)}
    rows = list(session.scalars(select(SyncFieldMap)))

    def key(row: SyncFieldMap) -> tuple[int, int, str]:
        return (*order.get((row.link_to_table, row.contact_field), (len(KINDS), 0)), row.contact_field)

    return sorted(rows, key=key)


def set_field_map_enabled(session: Session, contact_field: str, link_to_table: str, enabled: bool) -> None:
    """Switch one shared field on or off; switching off never touches the data."""
    row = session.get(SyncFieldMap, (contact_field, link_to_table))
    if row is None:
        raise UserError(
            "{name} is not synchronized with {kinds}.",
            name=errors.translate(caption(contact_field)),
            kinds=kind(link_to_table).texts.plural_lower if link_to_table in BY_NAME else link_to_table,
        )
    if not isinstance(enabled, bool):
        raise UserError("Enabled must be Yes or No.")
    row.enabled = enabled
    session.flush()
    # The sync engine reads the map once per session: this session must see the change too.
    unit(session).cache.pop(fieldmap._CACHE_KEY, None)


# --- Business relations ------------------------------------------------------------------------------
def _relation_code(value: Any) -> str:
    code = ("" if value is None else str(value)).strip().upper()
    if not code:
        raise UserError("{field} must have a value.", field="code")
    check_value(None, BusinessRelation, "code", code)
    return code


def _get_relation(session: Session, code: Any) -> BusinessRelation:
    code = ("" if code is None else str(code)).strip().upper()
    relation = session.get(BusinessRelation, code)
    if relation is None:
        raise UserError("Business relation {code} does not exist.", code=code)
    return relation


def create_business_relation(session: Session, code: Any, description: Any = "") -> BusinessRelation:
    code = _relation_code(code)
    description = normalize(BusinessRelation, "description", description or "")
    check_value(None, BusinessRelation, "description", description)
    if session.get(BusinessRelation, code) is not None:
        raise UserError("Business relation {code} already exists.", field="code", code=code)
    relation = BusinessRelation(code=code, description=description)
    session.add(relation)
    session.flush()
    return relation


def rename_business_relation(session: Session, code: Any, description: Any) -> BusinessRelation:
    relation = _get_relation(session, code)
    description = normalize(BusinessRelation, "description", description or "")
    check_value(None, BusinessRelation, "description", description)
    relation.description = description
    session.flush()
    return relation


def relation_usage(session: Session, code: str) -> int:
    """How many contact business relations use the code."""
    query = select(func.count()).where(ContactBusinessRelation.business_relation_code == code)
    return session.scalar(query) or 0


def links_using_setup_code(session: Session, column: str) -> int:
    """How many links of the kind whose relation code the setup field `column` holds carry that code now:
    what a user blanking the field is warned about (those links keep synchronizing; new ones get none)."""
    kinds = [name for name, field in SETUP_CODE_FIELD.items() if field == column]
    if not kinds:
        raise ValueError(f"not a business relation code field of the marketing setup: {column}")
    code = getattr(get_setup(session), column)
    if not code:
        return 0
    query = select(func.count()).where(
        ContactBusinessRelation.link_to_table == kinds[0],
        ContactBusinessRelation.business_relation_code == code,
    )
    return session.scalar(query) or 0


def delete_business_relation(session: Session, code: Any) -> None:
    relation = _get_relation(session, code)
    used = relation_usage(session, relation.code)
    if used:
        raise UserError(
            "Business relation {code} is used by {count} contact business relations and cannot be deleted."
            if used != 1
            else "Business relation {code} is used by 1 contact business relation and cannot be deleted.",
            code=relation.code,
            count=used,
        )
    setup = get_setup(session)
    for column in RELATION_CODE_FIELDS:
        if getattr(setup, column) == relation.code:
            raise refuse(
                "Business relation {code} is used in the Marketing Setup ({name}) and cannot be deleted.",
                column,
                code=relation.code,
            )
    session.delete(relation)
    session.flush()


# --- Number series -----------------------------------------------------------------------------------
def save_no_series(session: Session, values: dict[str, Any], *, new: bool = False) -> NoSeries:
    """Create (`new`) or change a number series; `values` holds its code and the fields to set."""
    code = code_text("code", values.get("code"), 20)
    if not code:
        raise refuse("{name} must have a value.", "code")
    clean = {column: clean_series_value(column, v) for column, v in values.items() if column != "code"}
    series = session.get(NoSeries, code)
    if new and series is not None:
        raise refuse("Number series {code} already exists.", "code", code=code)
    if not new and series is None:
        raise UserError("Number series {code} does not exist.", code=code)
    if series is None:
        series = NoSeries(code=code)
        session.add(series)
    for column, value in clean.items():
        setattr(series, column, value)
    session.flush()
    return series


def delete_no_series(session: Session, code: Any) -> None:
    code = ("" if code is None else str(code)).strip().upper()
    series = session.get(NoSeries, code)
    if series is None:
        raise UserError("Number series {code} does not exist.", code=code)
    setup = get_setup(session)
    for column in SERIES_FIELDS:
        if getattr(setup, column) == code:
            raise refuse(
                "Number series {code} is used in the Marketing Setup ({name}) and cannot be deleted.",
                column,
                code=code,
            )
    session.delete(series)
    session.flush()


# --- Customer and vendor templates -------------------------------------------------------------------
def _template_model(table: str) -> Any:
    if table not in TEMPLATE_MODEL:
        raise ValueError(f"no templates for {table}")
    return TEMPLATE_MODEL[table]


def save_template(session: Session, table: str, values: dict[str, Any], *, new: bool = False) -> Any:
    """Create (`new`) or change a customer or vendor template; codes must exist, lengths hold."""
    model = _template_model(table)
    columns = model.__mapper__.column_attrs
    code = normalize(model, "code", "" if values.get("code") is None else str(values["code"])).upper()
    if not code:
        raise UserError("{field} must have a value.", field="code")
    check_value(session, model, "code", code)
    clean: dict[str, Any] = {}
    for field, value in values.items():
        if field == "code":
            continue
        if field not in columns:
            raise UserError("{field} is not a field of {kind} templates.", field=field, kind=table)
        value = normalize(model, field, "" if value is None else value)
        check_value(session, model, field, value)
        clean[field] = value
    template = session.get(model, code)
    if new and template is not None:
        raise UserError("Template {code} already exists.", field="code", code=code)
    if not new and template is None:
        raise UserError("Template {code} does not exist.", code=code)
    if template is None:
        template = model(code=code)
        session.add(template)
    for field, value in clean.items():
        setattr(template, field, value)
    session.flush()
    return template


def delete_template(session: Session, table: str, code: Any) -> None:
    model = _template_model(table)
    code = ("" if code is None else str(code)).strip().upper()
    template = session.get(model, code)
    if template is None:
        raise UserError("Template {code} does not exist.", code=code)
    session.delete(template)
    session.flush()
