"""Card windows, one module per record kind, on a shared base (per-field saving, live refresh).

A kind's module `app.ui.cards.<kind>` defines its card class as `CARD` and its list columns as `COLUMNS`
(optionally `SEARCH_FIELDS`): a kind added to the registry needs that one module here, nothing else.
"""

from __future__ import annotations

from importlib import import_module
from types import ModuleType
from typing import TYPE_CHECKING

from app.kinds import kind
from app.ui.documents import DOCUMENT_KINDS

if TYPE_CHECKING:
    from app.ui.cards.base import BaseCard


def kind_module(name: str) -> ModuleType:
    """The card module of a registry kind (imported on first use)."""
    return import_module(f"{__name__}.{kind(name).name}")


def card_class(name: str) -> type[BaseCard]:
    """The card window class of a registry kind or a document kind (imported on first use)."""
    if name in DOCUMENT_KINDS:
        from app.ui.documents.card import document_card_class

        return document_card_class(name)
    card: type[BaseCard] = kind_module(name).CARD
    return card
