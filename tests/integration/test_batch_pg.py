"""The set-based batch job and the list search on PostgreSQL (temporary tables, Core inserts, ILIKE)."""

from __future__ import annotations

from sqlalchemy import func, select

from app import search_index
from app.db import Database
from app.models import Contact, ContactDuplicate, Customer
from app.operations.batch import create_contacts_from
from tests.helpers.factory import make, make_company


def test_batch_job_on_postgresql(pg_url: str) -> None:
    db = Database(pg_url, user="tester")
    try:
        make_company(db, name="Müller Maschinenbau GmbH", address="Hauptstraße 5", city="Köln",
                     post_code="50667", phone_no="+49 221 123456")  # fmt: skip
        make(db, "customer", auto_contact=False, name="Müller Maschinenbau GmbH", address="Hauptstraße 5",
             city="Köln", post_code="50667", phone_no="+49 221 123456", contact="Hans Meier")  # fmt: skip
        for i in range(6):
            make(db, "customer", auto_contact=False, name=f"Kunde {i}", contact="Eva Muster" if i % 2 else "")
        first = create_contacts_from(db, "customer", chunk_size=4)
        again = create_contacts_from(db, "customer", chunk_size=4)
        assert (first.created, first.skipped, again.created, again.skipped) == (7, 0, 0, 7)
        assert len(first.duplicates) == 1
        with db.session() as session:
            persons = session.scalar(select(func.count()).where(Contact.type == "person"))
            primaries = session.scalars(select(Customer.primary_contact_no)).all()
            pairs = session.scalar(select(func.count()).select_from(ContactDuplicate))
        # The person from the contact text, else the company, is the primary contact (SPEC §7.3).
        assert persons == 4 and all(primaries) and pairs == 2
    finally:
        db.dispose()


def test_list_search_uses_ilike_on_postgresql(pg_url: str) -> None:
    db = Database(pg_url, user="tester")
    try:
        alpha = make_company(db, name="Alpha GmbH", city="KÖLN")
        make_company(db, name="Beta AG")
        with db.session() as session:
            table = Contact.__table__
            plan = search_index.plan(session, table, search_index.FIELDS, "alpha")  # type: ignore[arg-type]
            assert plan.count is None  # no trigram index here: the list counts with COUNT
            assert session.scalars(select(table.c.no).where(plan.condition)).all() == [alpha]
            plan = search_index.plan(session, table, search_index.FIELDS, "köln")  # type: ignore[arg-type]
            assert session.scalars(select(table.c.no).where(plan.condition)).all() == [alpha]
    finally:
        db.dispose()
