"""The synchronization engine: a before-flush hook on every Session, so that no write path can bypass it.

Per flush it validates what changed, keeps derived contact fields right, propagates shared fields
(SPEC §6.1–§6.3), applies company → person inheritance (§6.4, §6.5), creates contacts for new records
(§7.3) and writes the sync journal (§6.8). Each record is written at most once per wave: a change never
travels back to the record it came from.
"""

from __future__ import annotations

from collections import deque
from typing import Any

from sqlalchemy import event, select
from sqlalchemy.orm import Session, sessionmaker

from app.domain.fieldmap import field_map
from app.domain.links import contact_of_record, links_of, persons_of
from app.domain.setup import get_setup, relation_code
from app.domain.validation import check_value, normalize
from app.duplicates.search import FIELDS as DUPLICATE_FIELDS
from app.duplicates.search import refresh_contact
from app.errors import UserError
from app.models import (
    MODEL_BY_TABLE,
    BankAccount,
    Contact,
    Customer,
    Vendor,
)
from app.sync.changes import Change, real_changes, set_if_different
from app.sync.contact_from_record import create_contact_for, create_person
from app.sync.inheritance import assign_company, inherit_from_company
from app.sync.journal_writer import write_journal
from app.unit_of_work import unit

PARTY_TYPES = (Contact, Customer, Vendor, BankAccount)
NAME_PARTS = ("first_name", "middle_name", "surname")

Key = tuple[str, str]


def key_of(obj: Any) -> Key:
    return (obj.__tablename__, obj.no)


def follow_search_name(obj: Any, changes: dict[str, Change] | None) -> None:
    """Search name follows the name while it was blank or the upper-cased old name (as in BC);
    `changes` None means a new record."""
    if changes is not None and "name" not in changes:
        return
    old_name = (changes or {}).get("name", (None, None))[0] or ""
    if not obj.search_name or obj.search_name == old_name.upper():
        set_if_different(obj, "search_name", obj.name.upper()[:100])


class SyncRun:
    """One flush's worth of synchronization."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.map = field_map(session)
        self.setup = get_setup(session)
        self.written: dict[Key, set[str]] = {}

    # --- entry ------------------------------------------------------------------------------------
    def run(self) -> None:
        session = self.session
        new = [o for o in session.new if isinstance(o, PARTY_TYPES)]
        dirty = [o for o in session.dirty if isinstance(o, PARTY_TYPES) and o not in session.deleted]
        for obj in new:
            self.validate(obj, {k: (None, getattr(obj, k)) for k in self._set_columns(obj)})
        changed: list[tuple[Any, dict[str, Change]]] = []
        for obj in dirty:
            changes = real_changes(obj)
            if changes:
                self.validate(obj, changes)
                changed.append((obj, changes))
        for obj in new:
            if isinstance(obj, Contact):
                self.contact_rules(
                    obj, {k: (None, getattr(obj, k)) for k in self._set_columns(obj)}, new=True
                )
            follow_search_name(obj, None)
        for obj, changes in changed:
            if isinstance(obj, Contact):
                self.contact_rules(obj, changes, new=False)
            else:
                self.record_rules(obj, changes)
            follow_search_name(obj, changes)
            changes.update(real_changes(obj))  # derived fields (name, search name) travel too
        self.propagate(changed)
        for obj in new:
            if isinstance(obj, Customer | Vendor | BankAccount):
                self.auto_contact(obj)
        self.validate_written()
        self.maintain_search_strings(new, changed)

    # --- validation -------------------------------------------------------------------------------
    def _set_columns(self, obj: Any) -> list[str]:
        return [p.key for p in type(obj).__mapper__.column_attrs if getattr(obj, p.key) not in (None, "")]

    def validate(self, obj: Any, changes: dict[str, Change]) -> None:
        model = type(obj)
        for field in changes:
            value = normalize(model, field, getattr(obj, field), obj)
            if value != getattr(obj, field):
                setattr(obj, field, value)
            check_value(self.session, model, field, value, obj)
        if (
            isinstance(obj, BankAccount)
            and "currency_code" in changes
            and obj.balance
            and changes["currency_code"][0] is not None
        ):
            raise UserError(
                "{field} cannot be changed on bank account {no} because the account has a balance.",
                field="currency_code",
                record=("bank_account", obj.no),
                no=obj.no,
            )

    def validate_written(self) -> None:
        for (table, no), fields in self.written.items():
            obj = self.session.get(MODEL_BY_TABLE[table], no)
            if obj is not None:
                self.validate(obj, {f: real_changes(obj).get(f, (None, None)) for f in fields})

    # --- contact rules ----------------------------------------------------------------------------
    def contact_rules(self, contact: Contact, changes: dict[str, Change], *, new: bool) -> None:
        if "type" in changes and not new:
            self._check_type_change(contact)
        if contact.type == "company" and contact.company_no:
            raise UserError(
                "{field} can only be filled in on person contacts.",
                field="company_no",
                record=("contact", contact.no),
            )
        if contact.type == "person" and any(f in changes for f in NAME_PARTS):
            parts = [getattr(contact, f) for f in NAME_PARTS if getattr(contact, f)]
            if parts:
                set_if_different(contact, "name", " ".join(parts))
        if "company_no" in changes or (new and contact.company_no):
            self._company_assigned(contact, changes.get("company_no", (None, None))[0])
        if not new and "name" in real_changes(contact):  # typed, or built from the name parts
            self._primary_contact_renamed(contact)

    def _check_type_change(self, contact: Contact) -> None:
        if contact.type == "person":
            if links_of(self.session, contact.no):
                raise UserError(
                    "Contact {no} has business relations with customers, vendors or bank accounts and "
                    "cannot become a person.",
                    field="type",
                    record=("contact", contact.no),
                    no=contact.no,
                )
            if persons_of(self.session, contact.no):
                raise UserError(
                    "Contact {no} has persons under it and cannot become a person.",
                    field="type",
                    record=("contact", contact.no),
                    no=contact.no,
                )
        else:
            contact.company_no = None
            contact.company_name = ""

    def _company_assigned(self, person: Contact, previous_no: str | None) -> None:
        session = self.session
        if not person.company_no:
            person.company_name = ""
            return
        if person.type != "person":
            raise UserError("{field} can only be filled in on person contacts.", field="company_no")
        with session.no_autoflush:
            company = person.company  # set for a company created in this same flush (still pending)
            if company is None or company.no != person.company_no:
                company = session.get(Contact, person.company_no)
            previous = session.get(Contact, previous_no) if previous_no else None
        if company is None or company.type != "company" or company.no == person.no:
            raise UserError(
                "{field} \u201c{value}\u201d is not a company contact.",
                field="company_no",
                value=person.company_no,
            )
        if links_of(session, person.no):
            raise UserError(
                "Contact {no} has its own business relations; remove them before assigning it to a company.",
                field="company_no",
                no=person.no,
            )
        assign_company(self.setup, person, company, previous)

    def _primary_contact_renamed(self, contact: Contact) -> None:
        for model in (Customer, Vendor):
            with self.session.no_autoflush:
                rows = self.session.scalars(select(model).where(model.primary_contact_no == contact.no))
                for record in rows:
                    if contact.type == "person":
                        set_if_different(record, "contact", contact.name)

    # --- record rules (SPEC §8) -------------------------------------------------------------------
    def record_rules(self, record: Any, changes: dict[str, Change]) -> None:
        if not isinstance(record, Customer | Vendor) or "contact" not in changes:
            return
        if "primary_contact_no" in changes:
            return  # the primary contact operation set the text itself
        company = contact_of_record(self.session, record.__tablename__, record.no)
        if company is None or company.type != "company":
            return
        old_text = changes["contact"][0] or ""
        primary = self.session.get(Contact, record.primary_contact_no) if record.primary_contact_no else None
        if record.contact and not old_text and (primary is None or primary.no == company.no):
            person = create_person(self.session, company, record.contact)
            record.primary_contact_no = person.no
        elif record.contact and primary is not None and primary.type == "person":
            set_if_different(primary, "name", record.contact)

    # --- propagation ------------------------------------------------------------------------------
    def propagate(self, changed: list[tuple[Any, dict[str, Change]]]) -> None:
        queue: deque[tuple[Any, dict[str, Change], Key | None]] = deque(
            (obj, changes, None) for obj, changes in changed
        )
        sources: set[Key] = {key_of(obj) for obj, _ in changed}
        while queue:
            obj, changes, origin = queue.popleft()
            if isinstance(obj, Contact):
                self._from_contact(obj, changes, origin, sources, queue)
            else:
                self._from_record(obj, changes, sources, queue)

    def _from_contact(
        self,
        contact: Contact,
        changes: dict[str, Change],
        origin: Key | None,
        sources: set[Key],
        queue: deque[Any],
    ) -> None:
        session = self.session
        for link in links_of(session, contact.no):
            target_key = (link.link_to_table or "", link.no or "")
            if target_key == origin or target_key in sources:
                continue
            target = session.get(MODEL_BY_TABLE[target_key[0]], target_key[1])
            if target is None:
                continue
            for pair in self.map.contact_to_record(target_key[0]):
                if pair.contact_field in changes:
                    self._write(
                        contact,
                        pair.contact_field,
                        target,
                        pair.record_field,
                        getattr(contact, pair.contact_field),
                    )
        if contact.type == "company":
            for person in persons_of(session, contact.no):
                if key_of(person) in sources:
                    continue
                before = {f: getattr(person, f) for f in changes}
                written = inherit_from_company(self.setup, contact, changes, person)
                if written:
                    for field in written:
                        if field != "company_name":
                            self._journal(
                                contact, field, person, field, before.get(field), getattr(person, field)
                            )
                    sources.add(key_of(person))
                    queue.append((person, {f: (before.get(f), getattr(person, f)) for f in written}, None))

    def _from_record(
        self, record: Any, changes: dict[str, Change], sources: set[Key], queue: deque[Any]
    ) -> None:
        table = record.__tablename__
        contact = contact_of_record(self.session, table, record.no)
        if contact is None or key_of(contact) in sources:
            return
        contact_changes: dict[str, Change] = {}
        for pair in self.map.record_to_contact(table):
            if pair.record_field in changes:
                old = getattr(contact, pair.contact_field)
                if self._write(
                    record, pair.record_field, contact, pair.contact_field, getattr(record, pair.record_field)
                ):
                    contact_changes[pair.contact_field] = (old, getattr(contact, pair.contact_field))
        if contact_changes:
            sources.add(key_of(contact))
            queue.append((contact, contact_changes, key_of(record)))

    def _write(self, source: Any, source_field: str, target: Any, target_field: str, value: Any) -> bool:
        old = getattr(target, target_field)
        if not set_if_different(target, target_field, value):
            return False
        self.written.setdefault(key_of(target), set()).add(target_field)
        self._journal(source, source_field, target, target_field, old, value)
        return True

    def _journal(
        self, source: Any, source_field: str, target: Any, target_field: str, old: Any, new: Any
    ) -> None:
        write_journal(self.session, source, source_field, target, target_field, old, new)

    # --- duplicate search strings (SPEC §10) ------------------------------------------------------
    def maintain_search_strings(self, new: list[Any], changed: list[tuple[Any, dict[str, Change]]]) -> None:
        if not self.setup.maintain_dupl_search_strings:
            return
        contacts = {o.no: o for o in self.session.new if isinstance(o, Contact)}  # incl. auto-created
        contacts.update(
            (o.no, o)
            for o, changes in changed
            if isinstance(o, Contact) and (DUPLICATE_FIELDS | {"type"}) & changes.keys()
        )
        contacts.update(
            (key[1], self.session.get(Contact, key[1]))
            for key, fields in self.written.items()
            if key[0] == "contact" and DUPLICATE_FIELDS & fields
        )
        found = unit(self.session).duplicates_found
        for contact in contacts.values():
            if contact is not None:
                candidates = refresh_contact(self.session, contact)
                if candidates:
                    found[contact.no] = candidates

    # --- automatic contacts (SPEC §7.3) -------------------------------------------------------------
    def auto_contact(self, record: Any) -> None:
        table = record.__tablename__
        if (table, record.no) in unit(self.session).without_contact:
            return
        if not relation_code(self.session, table) or not self.setup.contact_nos:
            return
        create_contact_for(self.session, record)


def _before_flush(session: Session, _flush_context: object, _instances: object) -> None:
    if not any(isinstance(o, PARTY_TYPES) for o in (*session.new, *session.dirty)):
        return
    with session.no_autoflush:
        SyncRun(session).run()


def install(factory: sessionmaker[Session]) -> None:
    """Run the engine at every flush of the factory's sessions: no write path through them bypasses it."""
    if not event.contains(factory, "before_flush", _before_flush):
        event.listen(factory, "before_flush", _before_flush)


def uninstall(factory: sessionmaker[Session]) -> None:
    """For measurements only (the benchmark's ORM floor): the factory's sessions no longer synchronize."""
    if event.contains(factory, "before_flush", _before_flush):
        event.remove(factory, "before_flush", _before_flush)


__all__ = ["SyncRun", "install", "uninstall"]
