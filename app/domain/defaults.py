"""The ready setup of a new database (SPEC §2.4): relation codes, number series, field map, a few codes
and the default salutations (SPEC §14.12)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.fieldmap import default_rows
from app.domain.salutation import ensure_salutations, set_default_salutations
from app.errors import domain_text, marked
from app.kinds import KINDS
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

RELATIONS = [
    *(k.default_relation for k in KINDS if k.default_relation),
    ("PROSPECT", marked("Prospect")),
    ("PRESS", marked("Press")),
    ("PARTNER", marked("Partner")),
]
SERIES = [
    *(k.default_series for k in KINDS),
    ("S-QUOTE", marked("Sales Quotes"), "SQ0001"),
    ("S-ORDER", marked("Sales Orders"), "SO0001"),
    ("P-QUOTE", marked("Purchase Quotes"), "PQ0001"),
    ("P-ORDER", marked("Purchase Orders"), "PO0001"),
]
COUNTRIES = [
    ("DE", marked("Germany")),
    ("AT", marked("Austria")),
    ("CH", marked("Switzerland")),
    ("GB", marked("United Kingdom")),
    ("US", marked("United States")),
    ("FR", marked("France")),
    ("NL", marked("Netherlands")),
    ("IT", marked("Italy")),
    ("ES", marked("Spain")),
    ("DK", marked("Denmark")),
    ("SE", marked("Sweden")),
    ("PL", marked("Poland")),
]
LANGUAGES = [
    ("DEU", marked("German")),
    ("ENU", marked("English (US)")),
    ("ENG", marked("English (UK)")),
    ("FRA", marked("French")),
    ("NLD", marked("Dutch")),
    ("ITA", marked("Italian")),
    ("ESP", marked("Spanish")),
    ("DAN", marked("Danish")),
]
CURRENCIES = [
    ("EUR", marked("Euro")),
    ("USD", marked("US Dollar")),
    ("GBP", marked("Pound Sterling")),
    ("CHF", marked("Swiss Franc")),
    ("DKK", marked("Danish Krone")),
    ("SEK", marked("Swedish Krona")),
    ("PLN", marked("Polish Zloty")),
]
TEMPLATES = [
    (CustomerTemplate, "CUST-COMP", marked("Business customer"), "company"),
    (CustomerTemplate, "CUST-PERS", marked("Private customer"), "person"),
    (VendorTemplate, "VEND-COMP", marked("Vendor (company)"), "company"),
]


def ensure_defaults(session: Session) -> bool:
    """Fill a new database with the ready setup; a database that has a setup is left alone."""
    if session.get(MarketingSetup, 1) is not None:
        return False
    # Descriptions in the user's language at the time (English from the command line), as BC sets up data.
    for code, description in RELATIONS:
        session.add(BusinessRelation(code=code, description=domain_text(description)))
    for code, description, start in SERIES:
        series = NoSeries(code=code, description=domain_text(description), starting_no=start, manual_nos=True)
        session.add(series)
    for model, rows in ((CountryRegion, COUNTRIES), (Language, LANGUAGES)):
        for code, name in rows:
            session.add(model(code=code, name=domain_text(name)))
    for code, description in CURRENCIES:
        session.add(Currency(code=code, description=domain_text(description)))
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
    for model, code, description, contact_type in TEMPLATES:
        session.add(model(code=code, description=domain_text(description), contact_type=contact_type))
    ensure_salutations(session)  # the company and person defaults with their greetings (SPEC §14.12)
    session.flush()
    setup = MarketingSetup(id=1)
    set_default_salutations(setup)
    for entry in KINDS:  # each kind's number series and relation code, as the registry names them
        setattr(setup, entry.series_field, entry.default_series[0])
        if entry.default_relation:
            setattr(setup, entry.relation_code_field, entry.default_relation[0])
    session.add(setup)
    return True
