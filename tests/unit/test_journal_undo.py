"""SPEC §6.8: the sync journal per record and undoing a propagated change as a whole."""

from __future__ import annotations

import pytest

from app.db import Database
from app.errors import UserError
from app.journal.history import history
from app.journal.undo import undo_change
from tests.helpers.dump import dump
from tests.helpers.factory import edit, get, linked_trio, make_company, make_person


def test_history_groups_one_change(db: Database) -> None:
    contact, customer, vendor, bank = linked_trio(db)
    edit(db, "customer", customer, "city", "Hamburg")
    with db.session() as session:
        (change, *_older) = history(session, "vendor", vendor)
    assert {(e.target_table, e.target_no) for e in change.entries} == {
        ("contact", contact),
        ("vendor", vendor),
        ("bank_account", bank),
    }
    assert "Berlin" in change.summary and "Hamburg" in change.summary


def test_undo_restores_source_and_every_target(db: Database) -> None:
    contact, customer, vendor, bank = linked_trio(db)
    company_person = make_person(db, contact, "Anna Schmidt")
    edit(db, "customer", customer, "city", "Hamburg")
    assert get(db, "contact", company_person).city == "Hamburg"
    with db.session() as session:
        change_id = history(session, "customer", customer)[0].change_id
    with db.unit_of_work() as session:
        undo_change(session, change_id)
    for table, no in (
        ("contact", contact),
        ("customer", customer),
        ("vendor", vendor),
        ("bank_account", bank),
        ("contact", company_person),
    ):
        assert get(db, table, no).city == "Berlin", (table, no)


def test_undo_is_refused_when_a_target_changed_since(db: Database) -> None:
    contact, customer, vendor, _bank = linked_trio(db)
    edit(db, "contact", contact, "phone_no", "040 1")
    with db.session() as session:
        change_id = history(session, "contact", contact)[0].change_id
    with db.unit_of_work() as session:  # a later change to the vendor's e-mail does not block
        from app.domain.records import set_field

        set_field(session, "vendor", vendor, "email", "a@b.de")
    edit(db, "customer", customer, "phone_no", "040 2")  # but this one does
    before = dump(db)
    with pytest.raises(UserError, match="has changed since"), db.unit_of_work() as session:
        undo_change(session, change_id)
    assert dump(db) == before


def test_undo_of_unknown_change_is_refused(db: Database) -> None:
    make_company(db)
    with pytest.raises(UserError, match="nothing to undo"), db.unit_of_work() as session:
        undo_change(session, "no-such-change")


def test_undo_is_journaled_and_can_itself_be_undone(db: Database) -> None:
    contact, customer, vendor, bank = linked_trio(db)
    edit(db, "customer", customer, "city", "Hamburg")
    with db.session() as session:
        change_id = history(session, "customer", customer)[0].change_id
    with db.unit_of_work() as session:
        undo_change(session, change_id)
    with db.session() as session:
        undo, original, *_ = history(session, "vendor", vendor)
    assert undo.change_id != change_id and original.change_id == change_id
    assert {(e.old_value, e.new_value) for e in undo.entries} == {("Hamburg", "Berlin")}
    assert {(e.target_table, e.target_no) for e in undo.entries} == {
        (e.target_table, e.target_no) for e in original.entries
    }
    with db.unit_of_work() as session:  # undoing the undo brings the change back
        undo_change(session, undo.change_id)
    for table, no in (
        ("contact", contact),
        ("customer", customer),
        ("vendor", vendor),
        ("bank_account", bank),
    ):
        assert get(db, table, no).city == "Hamburg", (table, no)
