"""Number series (SPEC §2.3): the next number keeps prefix and width; manual numbers where allowed."""

from __future__ import annotations

import re

from sqlalchemy.orm import Session

from app.errors import UserError
from app.models import NoSeries

_TRAILING_DIGITS = re.compile(r"^(.*?)(\d+)$")


def increment(number: str, by: int = 1) -> str:
    """`CT000009` -> `CT000010`: the trailing digits grow, prefix and width stay."""
    match = _TRAILING_DIGITS.match(number)
    if not match:
        raise UserError(
            "The number {number} does not end in digits and cannot be incremented.", number=number
        )
    prefix, digits = match.groups()
    following = f"{int(digits) + by:0{len(digits)}d}"
    if len(following) > len(digits):  # C99999 -> C100000 would sort before C10001: refuse, as BC does
        raise UserError(
            "The number series has run out of numbers after {number}: its digits cannot grow. "
            "Start a new series (e.g. with one more digit).",
            number=number,
        )
    return f"{prefix}{following}"


def _series(session: Session, code: str) -> NoSeries:
    with session.no_autoflush:
        series = session.get(NoSeries, code)
    if series is None:
        raise UserError("Number series {code} does not exist.", code=code)
    return series


def next_no(session: Session, code: str) -> str:
    series = _series(session, code)
    if series.last_no_used:
        number = increment(series.last_no_used, series.increment_by)
    elif series.starting_no:
        number = series.starting_no
    else:
        raise UserError("Number series {code} has no starting number.", code=code)
    if len(number) > 20:
        raise UserError("Number series {code} has run out of numbers.", code=code)
    series.last_no_used = number
    return number


def next_nos(session: Session, code: str, count: int) -> list[str]:
    """`count` numbers at once, exactly as `count` calls of next_no would give them (batch jobs)."""
    if count <= 0:
        return []
    first = next_no(session, code)
    series = _series(session, code)
    numbers = [first] + [increment(first, i * series.increment_by) for i in range(1, count)]
    if len(numbers[-1]) > 20:
        raise UserError("Number series {code} has run out of numbers.", code=code)
    series.last_no_used = numbers[-1]
    return numbers


def check_manual(session: Session, code: str | None) -> None:
    if code is None:
        return
    if not _series(session, code).manual_nos:
        raise UserError(
            "You may not enter numbers manually: number series {code} does not allow manual numbers.",
            field="no",
            code=code,
        )
