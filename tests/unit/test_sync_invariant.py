"""Property test: after any sequence of edits, links, unlinks, creates and deletes, every record linked to a
contact carries the contact's value in every enabled two-way shared field (SPEC §4, §6)."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, event, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule
from sqlalchemy import select

from app.db import Database
from app.domain.records import create_record, set_field
from app.errors import UserError
from app.models import MODEL_BY_TABLE, Contact, ContactBusinessRelation
from app.sync.deletion import delete
from app.sync.fieldmap import field_map
from app.sync.linking import create_as, link_existing, remove_relation

TEMPLATE = Path(tempfile.mkdtemp(prefix="cs-prop-")) / "template.db"
Database(f"sqlite:///{TEMPLATE}", user="prop").dispose()

TABLES = ("customer", "vendor", "bank_account")
TEXT_FIELDS = ("name", "address", "city", "phone_no", "email", "country_region_code", "currency_code")
VALUES = {
    "name": st.sampled_from(["Alpha", "Beta", "Müller", ""]),
    "address": st.sampled_from(["Weg 1", "Straße 2", ""]),
    "city": st.sampled_from(["Berlin", "Köln", ""]),
    "phone_no": st.sampled_from(["030 1", "+49 2", ""]),
    "email": st.sampled_from(["a@b.de", "x@y.com", ""]),
    "country_region_code": st.sampled_from(["DE", "AT", ""]),
    "currency_code": st.sampled_from(["EUR", "USD", ""]),
}
RELATION_CODE = {"customer": "CUST", "vendor": "VEND", "bank_account": "BANK"}


class SyncMachine(RuleBasedStateMachine):
    @initialize()
    def open_database(self) -> None:
        self.dir = Path(tempfile.mkdtemp(prefix="cs-prop-"))
        shutil.copy(TEMPLATE, self.dir / "p.db")
        self.db = Database(f"sqlite:///{self.dir / 'p.db'}", user="prop")

    def teardown(self) -> None:
        if hasattr(self, "db"):
            self.db.dispose()
            shutil.rmtree(self.dir, ignore_errors=True)

    def _try(self, operation: Any, *args: Any) -> None:
        try:
            with self.db.unit_of_work() as session:
                operation(session, *args)
        except UserError:
            pass  # a refusal is a legal outcome; the invariant must still hold

    def _pick(self, data: st.DataObject, table: str) -> str | None:
        with self.db.session() as session:
            nos = list(session.scalars(select(MODEL_BY_TABLE[table].no)))  # type: ignore[attr-defined]
        return data.draw(st.sampled_from(nos)) if nos else None

    @rule(name=VALUES["name"], person=st.booleans(), data=st.data())
    def create_contact(self, name: str, person: bool, data: st.DataObject) -> None:
        values: dict[str, Any] = {"name": name or "Neu"}
        if person:
            company = self._pick(data, "contact")
            values.update(type="person", company_no=company)
        self._try(create_record, "contact", values)

    @rule(table=st.sampled_from(TABLES), auto=st.booleans(), name=VALUES["name"])
    def create_record_directly(self, table: str, auto: bool, name: str) -> None:
        self._try(lambda s: create_record(s, table, {"name": name, "city": "Bonn"}, auto_contact=auto))

    @rule(table=st.sampled_from(TABLES), data=st.data())
    def create_as_record(self, table: str, data: st.DataObject) -> None:
        contact = self._pick(data, "contact")
        if contact:
            template = {"customer": "CUST-COMP", "vendor": "VEND-COMP"}.get(table)
            self._try(create_as, contact, table, template)

    @rule(table=st.sampled_from(TABLES), master=st.sampled_from(["contact", "record"]), data=st.data())
    def link(self, table: str, master: str, data: st.DataObject) -> None:
        contact, record = self._pick(data, "contact"), self._pick(data, table)
        if contact and record:
            self._try(link_existing, contact, table, record, master)

    @rule(table=st.sampled_from(TABLES), data=st.data())
    def unlink(self, table: str, data: st.DataObject) -> None:
        contact = self._pick(data, "contact")
        if contact:
            self._try(remove_relation, contact, RELATION_CODE[table])

    @rule(table=st.sampled_from(("contact", *TABLES)), field=st.sampled_from(TEXT_FIELDS), data=st.data())
    def edit(self, table: str, field: str, data: st.DataObject) -> None:
        no = self._pick(data, table)
        if no:
            self._try(set_field, table, no, field, data.draw(VALUES[field]))

    @rule(table=st.sampled_from(("contact", *TABLES)), data=st.data())
    def remove(self, table: str, data: st.DataObject) -> None:
        no = self._pick(data, table)
        if no:
            self._try(delete, table, no)

    @invariant()
    def linked_records_agree_with_their_contact(self) -> None:
        if not hasattr(self, "db"):
            return
        with self.db.session() as session:
            fmap = field_map(session)
            links = session.scalars(
                select(ContactBusinessRelation).where(ContactBusinessRelation.link_to_table.is_not(None))
            ).all()
            event(f"links: {min(len(links), 5)}")
            for link in links:
                contact = session.get(Contact, link.contact_no)
                record = session.get(MODEL_BY_TABLE[link.link_to_table or ""], link.no)
                assert contact is not None and record is not None, "a link points at nothing"
                for pair in fmap.record_to_contact(link.link_to_table or ""):
                    assert getattr(contact, pair.contact_field) == getattr(record, pair.record_field), (
                        f"{link.link_to_table} {link.no}.{pair.record_field} differs from {contact.no}"
                    )


SyncMachine.TestCase.settings = settings(
    max_examples=40,
    stateful_step_count=20,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
TestSyncInvariant = SyncMachine.TestCase
