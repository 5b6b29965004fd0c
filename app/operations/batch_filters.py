"""The request page's filters of a batch job, in Business Central's filter syntax, as SQL conditions.

Syntax per field (as BC's filter pane): `10000..20000`, `..K0100`, `K0100..` ranges; `A*`, `*GMBH*`, `M?LLER`
wildcards; `C1|C2|C3` alternatives; `<>X`, `>X`, `>=X`, `<X`, `<=X` comparisons; `&` for "and"; `''` a
blank value; `@` (case-insensitive) is accepted, since every comparison here ignores case.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import ColumnElement, String, and_, cast, func, literal, or_

from app.errors import UserError
from app.kinds import kind

OPERATORS = ("<>", ">=", "<=", ">", "<", "=")
Filters = Mapping[str, str]  # field → filter text; blank texts are no filter


def filter_fields(table: str) -> tuple[str, ...]:
    """The fields a batch job over `table` can be filtered by: No., Search Name, Country/Region, the posting
    group(s) the kind has, Currency (the kind's columns decide, so a new kind needs no edit here)."""
    columns = kind(table).model.__table__.columns  # type: ignore[attr-defined]
    wanted = ["no", "search_name", "country_region_code"]
    wanted += [c.name for c in columns if c.name.endswith("posting_group")]
    wanted += ["currency_code"]
    return tuple(f for f in wanted if f in columns)


def conditions(table: str, filters: Filters | None) -> list[ColumnElement[bool]]:
    """One condition per non-blank filter; a filter on a field the kind cannot filter by, or text that is
    not a filter, is a refusal naming the field (nothing runs)."""
    if not filters:
        return []
    allowed = filter_fields(table)
    columns = kind(table).model.__table__.columns  # type: ignore[attr-defined]
    found: list[ColumnElement[bool]] = []
    for field, text in filters.items():
        if not (text or "").strip():
            continue
        if field not in allowed:
            raise UserError("{field} cannot filter this batch job.", field=field)
        found.append(parse(text, columns[field], field))
    return found


def parse(text: str, column: Any, field: str) -> ColumnElement[bool]:
    """`text` in BC's filter syntax as a condition on `column`; a UserError naming `field` if it is none."""
    alternatives = [_all_of(part, column, field) for part in _split(text.strip(), "|", field)]
    return alternatives[0] if len(alternatives) == 1 else or_(*alternatives)


def _split(text: str, separator: str, field: str) -> list[str]:
    parts = [p.strip() for p in text.split(separator)]
    if any(not p for p in parts):  # "A||B", "|A", "A&": an empty term is a typo, not "anything"
        raise UserError(
            "The filter for {field} has an empty part. Use e.g. 10000..20000, A*, C1|C2 or <>X.", field=field
        )
    return parts


def _all_of(text: str, column: Any, field: str) -> ColumnElement[bool]:
    terms = [_term(part, column, field) for part in _split(text, "&", field)]
    return terms[0] if len(terms) == 1 else and_(*terms)


def _term(text: str, column: Any, field: str) -> ColumnElement[bool]:
    text = text.removeprefix("@")
    value = func.upper(cast(column, String))
    if ".." in text:
        low, _, high = text.partition("..")
        if ".." in high or not (low or high) or _has_wildcard(low + high) or _has_operator(low + high):
            raise UserError(
                "The range in the filter for {field} is not valid. Use e.g. 10000..20000, ..K0100 or K0100..",
                field=field,
            )
        bounds = [value >= _literal(low)] if low else []
        bounds += [value <= _literal(high)] if high else []
        return and_(*bounds) if len(bounds) > 1 else bounds[0]
    for operator in OPERATORS:
        if text.startswith(operator):
            operand = _literal(text[len(operator) :].strip())
            if _has_wildcard(text) and operator in ("=", "<>"):
                like = value.like(_pattern(text[len(operator) :].strip()), escape="\\")
                return like if operator == "=" else ~like
            if _has_wildcard(text) or _has_operator(text[len(operator) :]):
                raise UserError(
                    "The filter for {field} is not valid. Use e.g. 10000..20000, A*, C1|C2 or <>X.",
                    field=field,
                )
            return {
                "<>": value != operand,
                ">=": value >= operand,
                "<=": value <= operand,
                ">": value > operand,
                "<": value < operand,
                "=": value == operand,
            }[operator]
    if _has_wildcard(text):
        return value.like(_pattern(text), escape="\\")
    return value == _literal(text)


def _literal(text: str) -> ColumnElement[Any]:
    return literal("" if text == "''" else text.strip("'").upper())


def _has_wildcard(text: str) -> bool:
    return "*" in text or "?" in text


def _has_operator(text: str) -> bool:
    return any(op in text for op in ("<", ">", "="))


def _pattern(text: str) -> str:
    """BC's * and ? as LIKE's % and _, LIKE's own wildcards escaped."""
    escaped = text.upper().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return escaped.replace("*", "%").replace("?", "_")


__all__ = ["Filters", "conditions", "filter_fields", "parse"]
