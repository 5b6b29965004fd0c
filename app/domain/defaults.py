"""The ready setup of a new database (SPEC §2.4): relation codes, number series, field map, a few codes."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import (
    BusinessRelation,
    CountryRegion,
    Currency,
    CustomerTemplate,
    Language,
    MarketingSetup,
    NoSeries,
    SyncFieldMap,
    VendorTemplate,
)
from app.sync.fieldmap import default_rows

RELATIONS = [
    ("CUST", "Customer"),
    ("VEND", "Vendor"),
    ("BANK", "Bank Account"),
    ("PROSPECT", "Prospect"),
    ("PRESS", "Press"),
    ("PARTNER", "Partner"),
]
SERIES = [
    ("CONT", "Contacts", "CT000001"),
    ("CUST", "Customers", "C000010"),
    ("VEND", "Vendors", "V000010"),
    ("BANK", "Bank Accounts", "B010"),
    ("S-QUOTE", "Sales Quotes", "SQ0001"),
    ("S-ORDER", "Sales Orders", "SO0001"),
    ("P-QUOTE", "Purchase Quotes", "PQ0001"),
    ("P-ORDER", "Purchase Orders", "PO0001"),
]
COUNTRIES = [
    ("DE", "Germany"),
    ("AT", "Austria"),
    ("CH", "Switzerland"),
    ("GB", "United Kingdom"),
    ("US", "United States"),
    ("FR", "France"),
    ("NL", "Netherlands"),
    ("IT", "Italy"),
    ("ES", "Spain"),
    ("DK", "Denmark"),
    ("SE", "Sweden"),
    ("PL", "Poland"),
]
LANGUAGES = [
    ("DEU", "German"),
    ("ENU", "English (US)"),
    ("ENG", "English (UK)"),
    ("FRA", "French"),
    ("NLD", "Dutch"),
    ("ITA", "Italian"),
    ("ESP", "Spanish"),
    ("DAN", "Danish"),
]
CURRENCIES = [
    ("EUR", "Euro"),
    ("USD", "US Dollar"),
    ("GBP", "Pound Sterling"),
    ("CHF", "Swiss Franc"),
    ("DKK", "Danish Krone"),
    ("SEK", "Swedish Krona"),
    ("PLN", "Polish Zloty"),
]


def ensure_defaults(session: Session) -> bool:
    """Fill a new database with the ready setup; a database that has a setup is left alone."""
    if session.get(MarketingSetup, 1) is not None:
        return False
    for code, description in RELATIONS:
        session.add(BusinessRelation(code=code, description=description))
    for code, description, start in SERIES:
        session.add(NoSeries(code=code, description=description, starting_no=start, manual_nos=True))
    for model, rows in ((CountryRegion, COUNTRIES), (Language, LANGUAGES)):
        for code, name in rows:
            session.add(model(code=code, name=name))
    for code, description in CURRENCIES:
        session.add(Currency(code=code, description=description))
    if session.scalar(select(SyncFieldMap).limit(1)) is None:
        for contact_field, table, record_field, direction in default_rows():
            session.add(
                SyncFieldMap(
                    contact_field=contact_field,
                    link_to_table=table,
                    record_field=record_field,
                    direction=direction,
                    enabled=True,
                )
            )
    session.add(CustomerTemplate(code="CUST-COMP", description="Business customer", contact_type="company"))
    session.add(CustomerTemplate(code="CUST-PERS", description="Private customer", contact_type="person"))
    session.add(VendorTemplate(code="VEND-COMP", description="Vendor (company)", contact_type="company"))
    session.flush()
    session.add(
        MarketingSetup(
            id=1,
            bus_rel_code_customers="CUST",
            bus_rel_code_vendors="VEND",
            bus_rel_code_bank_accounts="BANK",
            contact_nos="CONT",
            customer_nos="CUST",
            vendor_nos="VEND",
            bank_account_nos="BANK",
        )
    )
    return True
