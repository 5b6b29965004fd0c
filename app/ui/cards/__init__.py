"""Card windows, one module per record kind, on a shared base (per-field saving, live refresh)."""

from __future__ import annotations

from app.ui.cards.base import BaseCard


def card_class(kind: str) -> type[BaseCard]:
    """The card window class for contact, customer, vendor or bank_account (imported on first use)."""
    if kind == "contact":
        from app.ui.cards.contact import ContactCard

        return ContactCard
    if kind == "customer":
        from app.ui.cards.customer import CustomerCard

        return CustomerCard
    if kind == "vendor":
        from app.ui.cards.vendor import VendorCard

        return VendorCard
    if kind == "bank_account":
        from app.ui.cards.bank_account import BankAccountCard

        return BankAccountCard
    if kind in ("sales_header", "purchase_header"):
        from app.ui.documents.card import document_card_class

        return document_card_class(kind)
    raise ValueError(f"unknown kind {kind!r}")
