"""Reading the marketing setup: relation codes per kind and the checks that need them filled."""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.errors import UserError
from app.models import MarketingSetup

SETUP_CODE_FIELD = {
    "customer": "bus_rel_code_customers",
    "vendor": "bus_rel_code_vendors",
    "bank_account": "bus_rel_code_bank_accounts",
}
SETUP_FIELD_CAPTIONS = {
    "bus_rel_code_customers": "Bus. Rel. Code for Customers",
    "bus_rel_code_vendors": "Bus. Rel. Code for Vendors",
    "bus_rel_code_bank_accounts": "Bus. Rel. Code for Bank Accs.",
    "contact_nos": "Contact Nos.",
    "customer_nos": "Customer Nos.",
    "vendor_nos": "Vendor Nos.",
    "bank_account_nos": "Bank Account Nos.",
}


def get_setup(session: Session) -> MarketingSetup:
    with session.no_autoflush:
        setup = session.get(MarketingSetup, 1)
    if setup is None:
        setup = MarketingSetup(id=1)
        session.add(setup)
    return setup


def relation_code(session: Session, table: str) -> str | None:
    return getattr(get_setup(session), SETUP_CODE_FIELD[table]) or None


def require_relation_code(session: Session, table: str) -> str:
    code = relation_code(session, table)
    if not code:
        field = SETUP_CODE_FIELD[table]
        raise UserError(
            "Synchronization with {kind}s is switched off: fill in \u201c{setup_field}\u201d in the "
            "Marketing Setup.",
            kind=table.replace("_", " "),
            setup_field=SETUP_FIELD_CAPTIONS[field],
        )
    return code


def require_contact_nos(session: Session) -> str:
    series = get_setup(session).contact_nos
    if not series:
        raise UserError(
            "Contacts cannot be numbered: fill in \u201c{setup_field}\u201d in the Marketing Setup.",
            setup_field=SETUP_FIELD_CAPTIONS["contact_nos"],
        )
    return series


def reserved_codes(session: Session) -> dict[str, str]:
    """{relation code: linked table} for the codes the setup reserves for links."""
    setup = get_setup(session)
    return {code: table for table, field in SETUP_CODE_FIELD.items() if (code := getattr(setup, field))}
