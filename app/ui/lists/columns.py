"""List columns: their captions and how values read; the fields the search box looks in by default."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.ui.actions import T
from app.ui.cards import kind_module
from app.ui.widgets import field_caption

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
COUNTRY = Column("country_region_code", 70, title=T("lists", "Country"))


def kind_columns(kind: str) -> tuple[tuple[Column, ...], tuple[str, ...]]:
    """The list columns and search fields of a registry kind, declared next to its card (app.ui.cards)."""
    module = kind_module(kind)
    return module.COLUMNS, getattr(module, "SEARCH_FIELDS", SEARCH_FIELDS)
