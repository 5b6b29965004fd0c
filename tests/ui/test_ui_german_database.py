"""A database set up in German (the user's language when it is created) gets German descriptions and Business
Central's German codes, in the ready setup and in the demo data; one set up in English keeps the W1 codes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.db import Database
from app.demo.loader import add_unlinked_customers, load_demo
from app.domain.defaults import GERMAN_CODES, database_language
from app.models import (
    BusinessRelation,
    ContactBusinessRelation,
    CountryRegion,
    Customer,
    CustomerTemplate,
    MarketingSetup,
    NoSeries,
    PaymentTerms,
    Territory,
    Vendor,
    VendorTemplate,
)


@pytest.fixture
def german_db(german: None, tmp_path: Path) -> Iterator[Database]:
    db = Database(f"sqlite:///{tmp_path / 'deutsch.db'}")
    yield db
    db.dispose()


def test_german_ready_setup_has_bc_german_codes(german_db: Database) -> None:
    with german_db.session() as session:
        setup = session.get(MarketingSetup, 1)
        assert setup is not None
        codes = (setup.bus_rel_code_customers, setup.bus_rel_code_vendors, setup.bus_rel_code_bank_accounts,
                 setup.bus_rel_code_employees)  # fmt: skip
        assert codes == ("DEB", "KRED", "BANK", "MITARB")
        assert (setup.contact_nos, setup.customer_nos, setup.vendor_nos) == ("KONTAKT", "DEB", "KRED")
        relations = dict(session.execute(select(BusinessRelation.code, BusinessRelation.description)).all())
        assert relations == {
            "DEB": "Debitor", "KRED": "Kreditor", "BANK": "Bankkonto", "MITARB": "Mitarbeiter",
            "INTERESS": "Interessent", "PRESSE": "Presse", "PARTNER": "Partner",
        }  # fmt: skip
        assert session.get(NoSeries, "KONTAKT").description == "Kontakte"  # type: ignore[union-attr]
        assert session.get(NoSeries, "S-QUOTE") is not None  # documents find their series by this code
        assert session.get(CustomerTemplate, "DEB-GESCH").description == "Geschäftskunde"  # type: ignore[union-attr]
        assert session.get(CustomerTemplate, "DEB-PRIVAT").contact_type == "person"  # type: ignore[union-attr]
        assert session.get(VendorTemplate, "KRED-GESCH") is not None
        assert session.get(CountryRegion, "GB").name == "Vereinigtes Königreich"  # type: ignore[union-attr]
        assert session.get(CountryRegion, "US").name == "Vereinigte Staaten"  # type: ignore[union-attr]
        assert database_language(session) == "de"
        english = set(GERMAN_CODES) - set(GERMAN_CODES.values())
        assert not english & set(relations), "no W1 code in a German database"


def test_german_demo_uses_the_german_codes(german_db: Database) -> None:
    summary = load_demo(german_db)
    assert summary.customers > 0 and summary.links > 0
    add_unlinked_customers(german_db, 20)
    with german_db.session() as session:
        groups = set(session.scalars(select(Customer.customer_posting_group)))
        assert groups == {"INLAND", "EU", "AUSLAND"}
        terms = set(session.scalars(select(Customer.payment_terms_code)))
        assert terms <= {"14 TAGE", "30 TAGE", "1M(8T)", "LM"}
        assert set(session.scalars(select(Vendor.vendor_posting_group))) == {"INLAND", "EU", "AUSLAND"}
        used = set(session.scalars(select(ContactBusinessRelation.business_relation_code)))
        assert used == {"DEB", "KRED", "BANK", "MITARB", "INTERESS", "PRESSE"}
        assert session.get(PaymentTerms, "LM").description == "Laufender Monat"  # type: ignore[union-attr]
        assert session.get(Territory, "UK").name == "Vereinigtes Königreich"  # type: ignore[union-attr]
        assert session.get(CustomerTemplate, "DEB-AUSL") is not None
        english = session.scalar(select(func.count()).select_from(Customer).where(
            Customer.customer_posting_group.in_(("DOMESTIC", "EXPORT"))))  # fmt: skip
        assert english == 0


def test_english_database_keeps_the_w1_codes(db: Database) -> None:
    load_demo(db)
    with db.session() as session:
        setup = session.get(MarketingSetup, 1)
        assert setup is not None and setup.bus_rel_code_customers == "CUST" and setup.contact_nos == "CONT"
        assert session.get(CountryRegion, "DE").name == "Germany"  # type: ignore[union-attr]
        assert "DOMESTIC" in set(session.scalars(select(Customer.customer_posting_group)))
        assert database_language(session) == "en"
