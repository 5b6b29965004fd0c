"""List windows over a lazy, SQL-paged table model."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.ui.lists.list_window import ListWindow


def list_class(kind: str) -> type[ListWindow]:
    """The list window class for a kind; document lists are imported on first use."""
    if kind in ("sales_header", "purchase_header"):
        from app.ui.documents.list_window import DocumentListWindow

        return DocumentListWindow
    from app.ui.lists.list_window import ListWindow

    return ListWindow
