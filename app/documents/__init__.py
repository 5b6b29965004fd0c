"""Sales and purchase documents from a contact and the interaction log (SPEC §11); no Qt."""

# Documents are addressed by header table (`sales_header` | `purchase_header`) and number.

from app.documents.common import DOC_TABLES, DOCUMENT_SERIES, get_document, lines_of
from app.documents.company import company_information, update_company_information
from app.documents.create import new_purchase_document, new_sales_document
from app.documents.headers import delete_document, set_document_field
from app.documents.interactions import (
    MANUAL_KINDS,
    entries_for,
    log_emailed,
    log_interaction,
    log_printed,
    move_entries_to_company,
)
from app.documents.lines import add_line, delete_line, document_total, set_line
from app.documents.quotes import make_order, repoint_quotes
from app.documents.view import document_view

__all__ = [
    "DOCUMENT_SERIES",
    "DOC_TABLES",
    "MANUAL_KINDS",
    "add_line",
    "company_information",
    "delete_document",
    "delete_line",
    "document_total",
    "document_view",
    "entries_for",
    "get_document",
    "lines_of",
    "log_emailed",
    "log_interaction",
    "log_printed",
    "make_order",
    "move_entries_to_company",
    "new_purchase_document",
    "new_sales_document",
    "repoint_quotes",
    "set_document_field",
    "set_line",
    "update_company_information",
]
