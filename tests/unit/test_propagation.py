"""SPEC §4 and §6.1–§6.3, §6.7: shared fields travel between a contact and its linked records."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from app.db import Database
from app.domain.records import set_field
from app.errors import UserError
from app.models import SyncFieldMap, SyncJournalEntry
from tests.helpers.dump import dump
from tests.helpers.factory import edit, get, linked_trio, make, make_company


def journal_count(db: Database) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(SyncJournalEntry)) or 0


def test_contact_change_reaches_customer_vendor_and_bank(db: Database) -> None:
    contact, customer, vendor, bank = linked_trio(db)
    edit(db, "contact", contact, "phone_no", "+49 30 999")
    for table, no in (("customer", customer), ("vendor", vendor), ("bank_account", bank)):
        assert get(db, table, no).phone_no == "+49 30 999"


def test_customer_edit_reaches_vendor_of_same_contact(db: Database) -> None:
    contact, customer, vendor, bank = linked_trio(db)
    edit(db, "customer", customer, "address", "Hauptstraße 5")
    assert get(db, "contact", contact).address == "Hauptstraße 5"
    assert get(db, "vendor", vendor).address == "Hauptstraße 5"
    assert get(db, "bank_account", bank).address == "Hauptstraße 5"


def test_sync_journal_records_each_propagated_value(db: Database) -> None:
    contact, customer, vendor, bank = linked_trio(db)
    before = journal_count(db)
    edit(db, "vendor", vendor, "city", "Hamburg")
    with db.session() as session:
        rows = session.scalars(select(SyncJournalEntry).where(SyncJournalEntry.id > before)).all()
    targets = {(r.target_table, r.target_no, r.target_field, r.old_value, r.new_value) for r in rows}
    assert targets == {
        ("contact", contact, "city", "Berlin", "Hamburg"),
        ("customer", customer, "city", "Berlin", "Hamburg"),
        ("bank_account", bank, "city", "Berlin", "Hamburg"),
    }
    assert {r.user_name for r in rows} == {"tester"}
    assert len({r.change_id for r in rows}) == 1


def test_only_real_changes_travel(db: Database) -> None:
    contact, *_ = linked_trio(db)
    before = journal_count(db)
    edit(db, "contact", contact, "phone_no", "+49 30 111")  # same value
    edit(db, "contact", contact, "job_title", "")  # not a shared field
    assert journal_count(db) == before


def test_unlinked_records_are_not_touched(db: Database) -> None:
    contact = make_company(db, phone_no="1")
    other = make(db, "customer", name="Other", phone_no="1", auto_contact=False)
    edit(db, "contact", contact, "phone_no", "2")
    assert get(db, "customer", other).phone_no == "1"


def test_purchaser_and_our_contact_code_only_at_creation(db: Database) -> None:
    with db.unit_of_work() as session:
        from app.models import SalespersonPurchaser

        session.add_all(
            [SalespersonPurchaser(code="JR", name="John"), SalespersonPurchaser(code="KM", name="K")]
        )
    contact = make_company(db, salesperson_code="JR")
    from tests.helpers.factory import create_as_

    customer = create_as_(db, contact, "customer", "CUST-COMP")
    vendor = create_as_(db, contact, "vendor")
    bank = create_as_(db, contact, "bank_account")
    # Create as keeps the vendor's and the bank's own code, blank without a template's (SPEC §14.9) ...
    assert get(db, "vendor", vendor).purchaser_code == ""
    assert get(db, "bank_account", bank).our_contact_code == ""
    edit(db, "vendor", vendor, "purchaser_code", "JR")
    edit(db, "bank_account", bank, "our_contact_code", "JR")
    edit(db, "contact", contact, "salesperson_code", "KM")
    assert get(db, "customer", customer).salesperson_code == "KM"
    assert get(db, "vendor", vendor).purchaser_code == "JR"  # ... and a later change does not travel
    assert get(db, "bank_account", bank).our_contact_code == "JR"
    edit(db, "vendor", vendor, "purchaser_code", "KM")
    edit(db, "contact", contact, "salesperson_code", "JR")
    assert get(db, "vendor", vendor).purchaser_code == "KM"


def test_contact_type_travels_to_customer_only(db: Database) -> None:
    from tests.helpers.factory import create_as_

    contact = make(db, "contact", type="person", name="Eva Frei")
    customer = create_as_(db, contact, "customer", "CUST-PERS")
    assert get(db, "customer", customer).contact_type == "person"
    edit(db, "customer", customer, "contact_type", "company")
    assert get(db, "contact", contact).type == "person"


def test_disabled_field_stops_travelling_and_keeps_data(db: Database) -> None:
    contact, customer, vendor, _ = linked_trio(db)
    with db.unit_of_work() as session:
        row = session.get(SyncFieldMap, ("phone_no", "customer"))
        assert row is not None
        row.enabled = False
    edit(db, "contact", contact, "phone_no", "+49 40 222")
    assert get(db, "customer", customer).phone_no == "+49 30 111"
    assert get(db, "vendor", vendor).phone_no == "+49 40 222"
    edit(db, "customer", customer, "phone_no", "+49 40 333")
    assert get(db, "contact", contact).phone_no == "+49 40 222"


def test_bank_currency_change_with_balance_rolls_back_everything(db: Database) -> None:
    from app.models import BankAccount

    contact, _customer, _vendor, bank = linked_trio(db)
    with db.unit_of_work() as session:
        account = session.get(BankAccount, bank)
        assert account is not None
        account.balance = 100
    before = dump(db)
    with pytest.raises(UserError) as err, db.unit_of_work() as session:
        set_field(session, "contact", contact, "currency_code", "USD")
    assert "Currency Code" in err.value.message and bank in err.value.message
    assert dump(db) == before


def test_search_name_follows_name_unless_set_by_hand(db: Database) -> None:
    contact = make_company(db, name="Alpha AG")
    assert get(db, "contact", contact).search_name == "ALPHA AG"
    edit(db, "contact", contact, "name", "Beta AG")
    assert get(db, "contact", contact).search_name == "BETA AG"
    edit(db, "contact", contact, "search_name", "mein beta")
    edit(db, "contact", contact, "name", "Gamma AG")
    assert get(db, "contact", contact).search_name == "MEIN BETA"
