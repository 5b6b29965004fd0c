"""Numbers, amounts, dates and times in the user's locale (QLocale's default), and decimal input read back."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

_CANONICAL = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)")


def _is_c(locale: QLocale) -> bool:
    """Qt's C locale (LANG=C, tests) formats dates as "1 05 2024": ISO reads better there."""
    return locale.language() == QLocale.Language.C


def localized(text: str) -> str:
    """Python's "1,234.50" with the locale's group separator and decimal point ("1.234,50" in German)."""
    locale = QLocale()
    swap = {ord(","): locale.groupSeparator(), ord("."): locale.decimalPoint()}
    return text.translate(swap)


def money(value: Any) -> str:
    """An amount with two decimals and thousands separators."""
    return localized(f"{Decimal(value or 0):,.2f}")


def quantity(value: Any) -> str:
    """A quantity without trailing zeros (3, 2.5)."""
    return localized(f"{Decimal(value or 0).normalize():,f}")


def price(value: Any) -> str:
    """A unit price: at least two decimals, more when it has them."""
    number = Decimal(value or 0)
    places = max(2, -min(0, number.normalize().as_tuple().exponent))  # type: ignore[operator]
    return localized(f"{number:,.{places}f}")


def plain_number(value: Any) -> str:
    """A number as the user edits it: no group separators, trailing zeros dropped ("2,5" in German)."""
    return localized(f"{Decimal(value or 0).normalize():f}")


def edit_number(value: Decimal) -> str:
    """A stored decimal in an input field: all its places, no group separators ("10000,50" in German)."""
    return localized(f"{value:f}")


def parse_decimal(text: str) -> str:
    """What the user typed ("1.234,56" in German, "1,234.56" in English) as the domain reads numbers
    ("1234.56"). With both "." and "," the last one is the decimal point; a lone separator is the locale's
    decimal point, or thousands when every group after it has three digits. Text that is not a number comes
    back stripped, for the domain to refuse with its message."""
    compact = re.sub(r"[\s\u00a0\u202f'\u2019]", "", text)
    if "." in compact and "," in compact:
        point = "." if compact.rfind(".") > compact.rfind(",") else ","
        candidate = compact.replace("," if point == "." else ".", "").replace(point, ".")
    elif "." in compact or "," in compact:
        separator = "." if "." in compact else ","
        head, *groups = compact.split(separator)
        thousands = head.lstrip("+-") != "" and all(len(group) == 3 for group in groups)
        if separator == QLocale().decimalPoint() and len(groups) == 1:
            candidate = f"{head}.{groups[0]}"
        elif thousands and (len(groups) > 1 or separator == QLocale().groupSeparator()):
            candidate = head + "".join(groups)
        else:
            candidate = f"{head}.{groups[0]}" if len(groups) == 1 else compact
    else:
        candidate = compact
    return candidate if _CANONICAL.fullmatch(candidate) else compact


def parse_date(text: str) -> str:
    """A date typed in the locale's notation ("25.11.26", "1.2.2026" in German) as ISO ("2026-11-25"), the
    form the domain reads; ISO input is read too. Other text comes back stripped, for the domain to refuse."""
    text = text.strip()
    locale = QLocale()
    short = locale.dateFormat(QLocale.FormatType.ShortFormat).replace("dd", "d").replace("MM", "M")
    four_digits = short if "yyyy" in short else short.replace("yy", "yyyy")
    for pattern in (four_digits, short, "yyyy-MM-dd"):
        parsed = locale.toDate(text, pattern, 2000)  # two-digit years are 20xx
        if parsed.isValid():
            return str(parsed.toString("yyyy-MM-dd"))
    return text


def date_text(value: date | None) -> str:
    """A date in the locale's short format (24.05.24 in German); ISO in the C locale."""
    if value is None:
        return ""
    locale = QLocale()
    if _is_c(locale):
        return value.isoformat()
    return locale.toString(QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat)


def time_text(value: time | None) -> str:
    """A time of day in the locale's short format (14:05); ISO in the C locale."""
    if value is None:
        return ""
    locale = QLocale()
    if _is_c(locale):
        return value.isoformat(timespec="seconds")
    return locale.toString(QTime(value.hour, value.minute, value.second), QLocale.FormatType.ShortFormat)


def timestamp_text(value: datetime | None) -> str:
    """A stored UTC timestamp in local time, with seconds (journal entries follow each other quickly)."""
    if value is None:
        return ""
    local = (value if value.tzinfo else value.replace(tzinfo=UTC)).astimezone()
    locale = QLocale()
    if _is_c(locale):
        return local.strftime("%Y-%m-%d %H:%M:%S")
    clock = locale.timeFormat(QLocale.FormatType.ShortFormat)
    clock = clock if "ss" in clock else clock.replace("mm", "mm:ss")
    moment = QDateTime(
        QDate(local.year, local.month, local.day), QTime(local.hour, local.minute, local.second)
    )
    return locale.toString(moment, f"{locale.dateFormat(QLocale.FormatType.ShortFormat)} {clock}")
