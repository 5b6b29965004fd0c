"""The columns each list shows, their captions and how values read; the fields the search box looks in."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.ui.actions import T
from app.ui.formats import money
from app.ui.widgets import field_caption, value_label

SEARCH_FIELDS = ("no", "name", "city", "phone_no")


@dataclass(frozen=True)
class Column:
    field: str
    width: int = 120
    display: Callable[[Any], str] | None = None
    numeric: bool = False
    title: str | None = None  # untranslated; the field caption when None

    def caption(self) -> str:
        return QCoreApplication.translate("lists", self.title) if self.title else field_caption(self.field)

    def text(self, value: Any) -> str:
        if self.display is not None:
            return self.display(value)
        return "" if value is None else str(value)


NO = Column("no", 90)
NAME = Column("name", 230)
CITY = Column("city", 130)
PHONE = Column("phone_no", 130)
CONTACT = Column("contact", 170)

COLUMNS: dict[str, tuple[Column, ...]] = {
    "contact": (
        NO,
        NAME,
        Column("type", 105, value_label),
        Column("company_name", 190),
        CITY,
        PHONE,
        Column("email", 200),
        Column("business_relation", 120, value_label, title=T("lists", "Business Relation")),
    ),
    "customer": (
        NO,
        NAME,
        CITY,
        PHONE,
        CONTACT,
        Column("country_region_code", 70, title=T("lists", "Country")),
        Column("salesperson_code", 90, title=T("lists", "Salesperson")),
        Column("credit_limit", 110, money, numeric=True),
    ),
    "vendor": (
        NO,
        NAME,
        CITY,
        PHONE,
        CONTACT,
        Column("country_region_code", 70, title=T("lists", "Country")),
        Column("purchaser_code", 90, title=T("lists", "Purchaser")),
    ),
    "bank_account": (
        NO,
        NAME,
        Column("bank_account_no", 140),
        Column("iban", 200),
        CITY,
        PHONE,
        CONTACT,
        Column("currency_code", 70, title=T("lists", "Currency")),
        Column("balance", 110, money, numeric=True),
    ),
}
