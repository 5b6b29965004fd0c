"""How document values read on screen and on paper: captions, money and quantities in the user's locale."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from app.ui.actions import T
from app.ui.formats import date_text as short_date_text
from app.ui.formats import money, plain_number, price, quantity

__all__ = ["date_text", "document_caption", "log_type_caption", "money", "plain_number", "price", "quantity"]

DOCUMENT_CAPTIONS = {
    ("sales_header", "quote"): T("documents", "Sales Quote"),
    ("sales_header", "order"): T("documents", "Sales Order"),
    ("purchase_header", "quote"): T("documents", "Purchase Quote"),
    ("purchase_header", "order"): T("documents", "Purchase Order"),
}
# The interaction log stores 'sales_quote' …; shown with the same captions.
LOG_TYPE_CAPTIONS = {
    f"{table.split('_')[0]}_{kind}": text for (table, kind), text in DOCUMENT_CAPTIONS.items()
}


def date_text(value: date | None) -> str:
    """A document date in the locale's short format with a four-digit year (24.05.2024, 5/24/2024):
    a document outlives its century's guess. ISO in the C locale."""
    if value is None:
        return ""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return short_date_text(value)
    pattern = re.sub(r"(?<!y)y{1,2}(?!y)", "yyyy", locale.dateFormat(QLocale.FormatType.ShortFormat))
    return locale.toString(QDate(value.year, value.month, value.day), pattern)


def tr(text: str) -> str:
    return QCoreApplication.translate("documents", text)


def document_caption(table: str, document_type: str) -> str:
    """'Sales Quote', 'Purchase Order' …, translated."""
    return tr(DOCUMENT_CAPTIONS.get((table, document_type), document_type))


def log_type_caption(log_type: str) -> str:
    return tr(LOG_TYPE_CAPTIONS[log_type]) if log_type in LOG_TYPE_CAPTIONS else log_type
