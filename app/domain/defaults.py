"""The ready setup of a new database (SPEC §2.4): relation codes, number series, field map, a few codes
and the default salutations (SPEC §14.12).

A database set up in German (the user's language when it is created) gets German descriptions and, where
Business Central's German version has its own, BC's German codes (GERMAN_CODES; see docs/german-codes.md).
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import errors
from app.domain.countries import country_name
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
COUNTRIES = ["DE", "AT", "CH", "GB", "US", "FR", "NL", "IT", "ES", "DK", "SE", "PL"]  # named by the locale
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


# Business Central's German codes for the ready setup's and the demo's English ones (W1). Codes that are
# the same in both (BANK, PARTNER, EU, ISO countries and currencies, Windows language codes) are not listed.
# The document series (S-QUOTE …) keep their codes: documents find them by code (app.documents.common).
GERMAN_CODES: dict[str, str] = {
    # business relations
    "CUST": "DEB", "VEND": "KRED", "EMPL": "MITARB", "PROSPECT": "INTERESS", "PRESS": "PRESSE",
    # number series of the record kinds (the bank account's stays BANK)
    "CONT": "KONTAKT",
    # templates
    "CUST-COMP": "DEB-GESCH", "CUST-PERS": "DEB-PRIVAT", "VEND-COMP": "KRED-GESCH",
    "CUST-EU": "DEB-EU", "CUST-EXP": "DEB-AUSL", "VEND-EU": "KRED-EU", "VEND-EXP": "KRED-AUSL",
    # posting groups, payment terms and methods (demo)
    "DOMESTIC": "INLAND", "EXPORT": "AUSLAND", "CHECKING": "GIROKONTO", "SAVINGS": "SPARKONTO",
    "14 DAYS": "14 TAGE", "30 DAYS": "30 TAGE", "1M(8D)": "1M(8T)", "CM": "LM", "COD": "NN",
    "SEPA-DD": "LASTSCHR", "CARD": "KARTE", "CASH": "BAR",
}  # fmt: skip
# The German codes whose rows tell that a database was set up in German.
_GERMAN_MARK = GERMAN_CODES["CONT"]


def setup_language() -> str:
    """The language new data is set up in: the user's (set with the translator), English from scripts."""
    return "de" if errors.language == "de" else "en"


def database_language(session: Session) -> str:
    """'de' when the database's ready setup was made in German (its contact series is KONTAKT), else 'en'."""
    with session.no_autoflush:
        return "de" if session.get(NoSeries, _GERMAN_MARK) is not None else "en"


def local_code(code: str, language: str) -> str:
    """The code as the database of that language has it ('CUST' → 'DEB' in German)."""
    return GERMAN_CODES.get(code, code) if language == "de" else code


def ensure_defaults(session: Session) -> bool:
    """Fill a new database with the ready setup; a database that has a setup is left alone."""
    setup = MarketingSetup.__table__
    # A Core query: an ORM one would configure every mapper here, on the desktop start's path (issue 15).
    if session.execute(select(setup.c.id).where(setup.c.id == 1)).first() is not None:
        return False
    # Descriptions (and codes) in the user's language at the time (English from the command line), as BC
    # sets up data.
    language = setup_language()
    for code, description in RELATIONS:
        session.add(BusinessRelation(code=local_code(code, language), description=domain_text(description)))
    for code, description, start in SERIES:
        series = NoSeries(code=local_code(code, language), description=domain_text(description),
                          starting_no=start, manual_nos=True)  # fmt: skip
        session.add(series)
    for code in COUNTRIES:
        session.add(CountryRegion(code=code, name=country_name(code, language)))
    for code, name in LANGUAGES:
        session.add(Language(code=code, name=domain_text(name)))
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
        session.add(model(code=local_code(code, language), description=domain_text(description),
                          contact_type=contact_type))  # fmt: skip
    ensure_salutations(session)  # the company and person defaults with their greetings (SPEC §14.12)
    session.flush()
    setup = MarketingSetup(id=1)
    set_default_salutations(setup)
    for entry in KINDS:  # each kind's number series and relation code, as the registry names them
        setattr(setup, entry.series_field, local_code(entry.default_series[0], language))
        if entry.default_relation:
            setattr(setup, entry.relation_code_field, local_code(entry.default_relation[0], language))
    session.add(setup)
    return True
