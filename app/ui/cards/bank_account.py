"""Bank account card (our own account; the bank is the contact): General, Address & Contact, Posting."""

from __future__ import annotations

from app.ui.actions import T
from app.ui.cards.common import ADDRESS_SECTION
from app.ui.cards.form import section
from app.ui.cards.record import RecordCard
from app.ui.formats import money
from app.ui.lists.columns import CITY, CONTACT, NAME, NO, PHONE, Column


class BankAccountCard(RecordCard):
    kind = "bank_account"
    SECTIONS = (
        section(
            "general",
            T("cards", "General"),
            "no name name_2 search_name bank_account_no bank_branch_no contact our_contact_code balance",
        ),
        ADDRESS_SECTION,
        section(
            "posting",
            T("cards", "Posting"),
            "currency_code bank_acc_posting_group iban swift_code language_code territory_code",
        ),
    )
    READ_ONLY = frozenset({"balance"})


CARD = BankAccountCard
COLUMNS = (
    NO,
    NAME,
    Column("bank_account_no", 140),
    Column("iban", 200),
    CITY,
    PHONE,
    CONTACT,
    Column("currency_code", 70, title=T("lists", "Currency")),
    Column("balance", 110, money, numeric=True),
)
