"""Customer card: General, Address & Contact, Invoicing and Payments FastTabs."""

from __future__ import annotations

from app.ui.actions import T
from app.ui.cards.common import ADDRESS_SECTION
from app.ui.cards.form import section
from app.ui.cards.record import RecordCard
from app.ui.formats import money
from app.ui.lists.columns import CITY, CONTACT, COUNTRY, NAME, NO, PHONE, Column


class CustomerCard(RecordCard):
    kind = "customer"
    SECTIONS = (
        section(
            "general",
            T("cards", "General"),
            "no name name_2 search_name contact_type contact primary_contact_no salesperson_code blocked "
            "privacy_blocked",
        ),
        ADDRESS_SECTION,
        section(
            "invoicing",
            T("cards", "Invoicing"),
            "customer_posting_group gen_bus_posting_group vat_bus_posting_group prices_including_vat "
            "vat_registration_no registration_number currency_code language_code territory_code credit_limit",
        ),
        section("payments", T("cards", "Payments"), "payment_terms_code payment_method_code"),
    )


CARD = CustomerCard
COLUMNS = (
    NO,
    NAME,
    CITY,
    PHONE,
    CONTACT,
    COUNTRY,
    Column("salesperson_code", 90, title=T("lists", "Salesperson")),
    Column("credit_limit", 110, money, numeric=True),
)
