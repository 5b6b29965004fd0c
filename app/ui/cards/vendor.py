"""Vendor card: General, Address & Contact, Invoicing and Payments FastTabs (purchaser code of its own)."""

from __future__ import annotations

from app.ui.actions import T
from app.ui.cards.common import ADDRESS_SECTION
from app.ui.cards.form import section
from app.ui.cards.record import RecordCard
from app.ui.lists.columns import CITY, CONTACT, COUNTRY, NAME, NO, PHONE, Column


class VendorCard(RecordCard):
    kind = "vendor"
    SECTIONS = (
        section(
            "general",
            T("cards", "General"),
            "no name name_2 search_name contact primary_contact_no purchaser_code blocked privacy_blocked",
        ),
        ADDRESS_SECTION,
        section(
            "invoicing",
            T("cards", "Invoicing"),
            "vendor_posting_group gen_bus_posting_group vat_bus_posting_group vat_registration_no "
            "registration_number currency_code language_code territory_code",
        ),
        section("payments", T("cards", "Payments"), "payment_terms_code payment_method_code"),
    )


CARD = VendorCard
COLUMNS = (
    NO,
    NAME,
    CITY,
    PHONE,
    CONTACT,
    COUNTRY,
    Column("purchaser_code", 90, title=T("lists", "Purchaser")),
)
