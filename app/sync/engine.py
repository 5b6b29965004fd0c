"""The synchronization engine: a before-flush hook installed on the session factory (app.db), so that no write
path through a Database can bypass it.

Per flush it validates what changed, keeps derived contact fields right, propagates shared fields
(SPEC §6.1–§6.3), applies company → person inheritance (§6.4, §6.5), creates contacts for new records
(§7.3) and writes the sync journal (§6.8). Each record is written at most once per wave: a change never
travels back to the record it came from.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Collection
from typing import Any

from sqlalchemy import event, inspect, select
from sqlalchemy.orm import Session, sessionmaker

from app.domain.fieldmap import field_map
from app.domain.links import compute_status, contact_of_record, links_of, persons_of
from app.domain.names import NAME_PARTS, join_name, split_name
from app.domain.setup import SETUP_FIELD_CAPTIONS, get_setup, relation_code, track_setup_writes
from app.domain.validation import check_value, normalize
from app.duplicates.search import FIELDS as DUPLICATE_FIELDS
from app.duplicates.search import discard_new_rows, refresh_contact, write_new_rows
from app.errors import UserError, marked
from app.kinds import KINDS, PARTY_MODELS, kind, of_record
from app.models import (
    BankAccount,
    Contact,
    ContactBusinessRelation,
    InteractionLogEntry,
)
from app.sync.changes import Change, real_changes, set_if_different
from app.sync.contact_from_record import create_contact_for, create_person
from app.sync.inheritance import assign_company, inherit_from_company
from app.sync.journal_writer import journal_row, write_journal_rows
from app.unit_of_work import unit

Key = tuple[str, str]
New = dict[str, Change]  # the set columns of a new record, as (None, value)


def key_of(obj: Any) -> Key:
    return (obj.__tablename__, obj.no)


def follow_search_name(obj: Any, changes: dict[str, Change] | None) -> None:
    """Search name follows the name while it was blank or the upper-cased old name (as in BC, SPEC §14.1);
    `changes` None means a new record. A name the rules built (a person's parts) counts as a change too.
    Kinds without a name (employees) have none."""
    if not hasattr(obj, "search_name"):
        return
    old_name = ""
    if changes is not None:
        name_change = real_changes(obj).get("name") or changes.get("name")
        if name_change is None:
            return
        old_name = name_change[0] or ""
    if not obj.search_name or obj.search_name == old_name.upper():
        set_if_different(obj, "search_name", (obj.name or "").upper()[:100])


class SyncRun:
    """One flush's worth of synchronization, run as the named steps of STEPS, in that order."""

    STEPS = (
        "collect",  # new records, and the fields of dirty ones that really changed
        "validate",  # field rules (SPEC §3) on every set or changed field, once
        "apply_rules",  # contact rules (type, company, name parts) and record rules (SPEC §8, one-way kinds)
        "derive_fields",  # search names follow names; derived fields join the changes that travel
        "propagate",  # contact ↔ records, company → persons (SPEC §6)
        "auto_contacts",  # contacts for new records (SPEC §7.3)
        "validate_written",  # what propagation wrote, checked on its target
        "maintain_search_strings",  # duplicate search strings (SPEC §10)
        "write_journal_rows",  # the sync journal (SPEC §6.8), one batched statement
    )

    def __init__(self, session: Session) -> None:
        self.session = session
        self.map = field_map(session)
        self.setup = get_setup(session)
        self.written: dict[Key, set[str]] = {}
        self.new: list[tuple[Any, New]] = []
        self.changed: list[tuple[Any, dict[str, Change]]] = []
        self.journal: list[dict[str, Any]] = []

    def run(self) -> None:
        for step in self.STEPS:
            getattr(self, step)()

    # --- steps --------------------------------------------------------------------------------------
    def collect(self) -> None:
        session = self.session
        for obj in session.new:
            if isinstance(obj, PARTY_MODELS):
                self.new.append((obj, {k: (None, getattr(obj, k)) for k in self._set_columns(obj)}))
        for obj in session.dirty:
            if isinstance(obj, PARTY_MODELS) and obj not in session.deleted:
                changes = real_changes(obj)
                if changes:
                    self.changed.append((obj, changes))

    def validate(self) -> None:
        for obj, changes in (*self.new, *self.changed):
            self.check(obj, changes)

    def apply_rules(self) -> None:
        for obj, values in self.new:
            if isinstance(obj, Contact):
                self.contact_rules(obj, values, new=True)
        for obj, changes in self.changed:
            if isinstance(obj, Contact):
                self.contact_rules(obj, changes, new=False)
            else:
                self.record_rules(obj, changes)

    def derive_fields(self) -> None:
        for obj, _values in self.new:
            follow_search_name(obj, None)
        for obj, changes in self.changed:
            follow_search_name(obj, changes)
            changes.update(real_changes(obj))  # derived fields (name, search name) travel too

    def auto_contacts(self) -> None:
        without = unit(self.session).without_contact
        for obj, _values in self.new:
            entry = of_record(obj)
            if entry is None or not entry.auto_contact or (entry.name, obj.no) in without:
                continue
            if not relation_code(self.session, entry.name):
                continue  # synchronization with this kind is switched off (SPEC §2.2)
            if not self.setup.contact_nos:  # refused, not left without its contact (SPEC §14.8)
                raise UserError(
                    "{Kind} {no} cannot be created: it gets its contact automatically, but contacts cannot "
                    "be numbered (Marketing Setup \u203a {setup_field} is blank).",
                    field="no",
                    record=(entry.name, obj.no),
                    Kind=entry.texts.caption,
                    no=obj.no,
                    setup_field=SETUP_FIELD_CAPTIONS["contact_nos"],
                )
            create_contact_for(self.session, obj)

    def validate_written(self) -> None:
        for (table, no), fields in self.written.items():
            obj = self.session.get(kind(table).model, no)
            if obj is not None:
                self.check(obj, {f: real_changes(obj).get(f, (None, None)) for f in fields})

    # --- validation -------------------------------------------------------------------------------
    def _set_columns(self, obj: Any) -> list[str]:
        return [p.key for p in type(obj).__mapper__.column_attrs if getattr(obj, p.key) not in (None, "")]

    def check(self, obj: Any, changes: dict[str, Change]) -> None:
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
        if new and contact.type == "person":  # SPEC §3: as set_field refuses them on a person's card
            for field in ("currency_code", "vat_registration_no"):
                if getattr(contact, field):
                    raise UserError("{field} can only be filled in on company contacts.", field=field)
        if contact.type == "person" and any(f in changes for f in NAME_PARTS):
            name = join_name(*(getattr(contact, f) or "" for f in NAME_PARTS))  # editing a part rebuilds
            if name:
                set_if_different(contact, "name", name)
        elif contact.type == "person" and ("name" in changes or "type" in changes):
            # A typed name (or a company's name on becoming a person) is split into its parts (SPEC §14.1)
            for field, part in zip(NAME_PARTS, split_name(contact.name or ""), strict=True):
                set_if_different(contact, field, part)
        if "company_no" in changes or (new and contact.company_no):
            self._company_assigned(
                contact, changes.get("company_no", (None, None))[0], changes.keys() if new else ()
            )
        if not new and "name" in real_changes(contact):  # typed, or built from the name parts
            self._primary_contact_renamed(contact)

    def _check_type_change(self, contact: Contact) -> None:
        """The guards and side effects of a type change (SPEC §5.5, §14.3); the name is split by the name
        rule of contact_rules."""
        session = self.session
        logged = select(InteractionLogEntry.entry_no).where(InteractionLogEntry.contact_no == contact.no)
        if session.scalar(logged.limit(1)) is not None:
            raise UserError(
                "The type of contact {no} cannot be changed because it has interaction log entries.",
                field="type",
                record=("contact", contact.no),
                no=contact.no,
            )
        if contact.type == "person":
            blockers = (  # what a company must not have to become a person, checked in this order
                (lambda: links_of(session, contact.no), marked(
                    "Contact {no} has business relations with customers, vendors or bank accounts and "
                    "cannot become a person.")),
                (lambda: persons_of(session, contact.no),
                 marked("Contact {no} has persons under it and cannot become a person.")),
                (lambda: contact.currency_code,
                 marked("Contact {no} has a currency code and cannot become a person.")),
                (lambda: contact.vat_registration_no,
                 marked("Contact {no} has a VAT registration no. and cannot become a person.")),
            )  # fmt: skip
            for present, template in blockers:
                if present():
                    raise UserError(template, field="type", record=("contact", contact.no), no=contact.no)
            set_if_different(contact, "salutation_code", self.setup.default_person_salutation_code or "")
        else:
            person_links = [
                link for link in links_of(self.session, contact.no)
                if kind(link.link_to_table or "").links_to == "person"
            ]
            if person_links:
                raise UserError(
                    "Contact {no} is linked to {kind} {linked_no} and cannot become a company.",
                    field="type",
                    record=("contact", contact.no),
                    no=contact.no,
                    kind=kind(person_links[0].link_to_table or "").texts.lower,
                    linked_no=person_links[0].no,
                )
            contact.company_no = None
            contact.company_name = ""
            for field in (*NAME_PARTS, "job_title"):  # a company has no person fields (SPEC §14.3)
                set_if_different(contact, field, "")
            set_if_different(contact, "salutation_code", self.setup.default_company_salutation_code or "")
            contact.business_relation = compute_status(self.session, contact.no, flush=False)  # its own
            self._drop_unrelated_primary(contact)

    def _links_of(self, contact: Contact) -> list[Any]:
        """links_of, without asking the database about a contact it does not hold yet when this flush
        adds no link either (an import's new persons)."""
        new = self.session.new
        if inspect(contact).pending and not any(isinstance(o, ContactBusinessRelation) for o in new):
            return []
        return links_of(self.session, contact.no)

    def _drop_unrelated_primary(self, contact: Contact) -> None:
        """A contact that left its company (or stopped being a person) is no longer a possible primary
        contact of that company's customers and vendors (SPEC §8): their primary contact is cleared."""
        for entry in (k for k in KINDS if k.primary_contact):
            model: Any = entry.model
            with self.session.no_autoflush:
                query = select(model).where(model.primary_contact_no == contact.no)
                records = list(self.session.scalars(query))
            for record in records:
                holder = contact_of_record(self.session, entry.name, record.no)
                related = holder is not None and (
                    holder.no == contact.no or (contact.type == "person" and contact.company_no == holder.no)
                )
                if not related:
                    record.primary_contact_no = ""
                    record.contact = ""

    def _company_assigned(self, person: Contact, previous_no: str | None, given: Collection[str]) -> None:
        session = self.session
        own_links = self._links_of(person)
        if not person.company_no:
            person.company_name = ""
            if previous_no:  # left its company: it shows its own relations now
                person.business_relation = compute_status(session, person.no, flush=False)
                self._drop_unrelated_primary(person)
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
        if any(kind(link.link_to_table or "").links_to == "company" for link in own_links):
            raise UserError(
                "Contact {no} has its own business relations; remove them before assigning it to a company.",
                field="company_no",
                no=person.no,
            )
        assign_company(self.setup, person, company, previous, given)
        if own_links:  # the company's relations and its own (SPEC §5.6)
            person.business_relation = compute_status(session, person.no, flush=False)
        if previous_no:  # moved from another company: not the primary contact of its records any more
            self._drop_unrelated_primary(person)

    def _primary_contact_renamed(self, contact: Contact) -> None:
        for model in (k.model for k in KINDS if k.primary_contact):
            with self.session.no_autoflush:
                rows = self.session.scalars(select(model).where(model.primary_contact_no == contact.no))  # type: ignore[attr-defined]
                for record in rows:
                    if contact.type == "person":
                        set_if_different(record, "contact", contact.name)

    # --- record rules (SPEC §8, §13.2) -------------------------------------------------------------
    def record_rules(self, record: Any, changes: dict[str, Change]) -> None:
        entry = kind(record.__tablename__)
        if entry.one_way:
            self._refuse_kept_on_contact(record, changes)
        if not entry.primary_contact or "contact" not in changes:
            return
        if "primary_contact_no" in changes:
            return  # the primary contact operation set the text itself
        # SPEC §14.6: a person only from a first text (old text and old primary contact both blank) with the
        # setup code set; a later edit of the text is the record's own and renames no one.
        if not record.contact or changes["contact"][0] or record.primary_contact_no:
            return
        if not relation_code(self.session, entry.name):
            return
        company = contact_of_record(self.session, record.__tablename__, record.no)
        if company is not None and company.type == "company":
            record.primary_contact_no = create_person(self.session, company, record.contact).no

    def _refuse_kept_on_contact(self, record: Any, changes: dict[str, Change]) -> None:
        """A linked record of a one-way kind (employee) takes its shared fields from the contact only."""
        table = record.__tablename__
        synced = {p.record_field for p in self.map.contact_to_record(table)} & changes.keys()
        if not synced or (table, record.no) in unit(self.session).synchronizing:
            return
        contact = contact_of_record(self.session, table, record.no)
        if contact is not None:
            raise UserError(
                "{field} is kept on contact {contact}; change it there.",
                field=sorted(synced)[0],
                record=(table, record.no),
                contact=contact.no,
            )

    # --- propagation ------------------------------------------------------------------------------
    def propagate(self) -> None:
        changed = self.changed
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
        if origin is not None and contact.type == "person" and "name" in changes:
            # A name brought from a linked record is split like a typed one (SPEC §14.1).
            for field, part in zip(NAME_PARTS, split_name(contact.name or ""), strict=True):
                old = getattr(contact, field)
                if set_if_different(contact, field, part):
                    changes[field] = (old, part)
        for link in links_of(session, contact.no):
            target_key = (link.link_to_table or "", link.no or "")
            if target_key == origin or target_key in sources:
                continue
            target = session.get(kind(target_key[0]).model, target_key[1])
            if target is None:
                continue
            pairs = self.map.contact_to_record(target_key[0])
            pushed = any(pair.contact_field in changes for pair in pairs)
            for pair in pairs:
                # Every push also carries the contact's type (SPEC §14.10).
                if pair.contact_field in changes or (pushed and pair.contact_field == "type"):
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
        self.journal.append(journal_row(self.session, source, source_field, target, target_field, old, new))

    # --- duplicate search strings (SPEC §10) ------------------------------------------------------
    def maintain_search_strings(self) -> None:
        changed = self.changed
        if not self.setup.maintain_dupl_search_strings:
            return
        contacts: dict[str, tuple[Contact | None, bool]] = {
            o.no: (o, True) for o in self.session.new if isinstance(o, Contact)
        }  # incl. auto-created
        contacts.update(
            (o.no, (o, "type" in changes))
            for o, changes in changed
            if isinstance(o, Contact) and (DUPLICATE_FIELDS | {"type"}) & changes.keys()
        )
        for key, fields in self.written.items():
            if key[0] == "contact" and DUPLICATE_FIELDS & fields and key[1] not in contacts:
                contacts[key[1]] = (self.session.get(Contact, key[1]), False)
        found = unit(self.session).duplicates_found
        for contact, type_changed in contacts.values():
            if contact is not None:
                candidates = refresh_contact(self.session, contact, type_changed=type_changed)
                if candidates:
                    found[contact.no] = candidates

    # --- the journal, written at the end of the run as one statement -------------------------------
    def write_journal_rows(self) -> None:
        if self.journal:
            write_journal_rows(self.session, self.journal)
            self.journal.clear()


def _before_flush(session: Session, _flush_context: object, _instances: object) -> None:
    discard_new_rows(session)
    if not any(isinstance(o, PARTY_MODELS) for o in (*session.new, *session.dirty)):
        return
    with session.no_autoflush:
        SyncRun(session).run()


def _after_flush(session: Session, _flush_context: object) -> None:
    write_new_rows(session)  # the duplicate rows of contacts this flush stored (they refer to them)


_INSTALLED = "_contactsync_sync_installed"


def install(factory: sessionmaker[Session]) -> None:
    """Run the engine at every flush of the factory's sessions: no write path through them bypasses it.

    Installed-ness is marked on the factory itself: SQLAlchemy's `event.contains` keys on id(), which a new
    factory can share with a collected one (it then answered "installed" and the engine was missing)."""
    track_setup_writes(factory)  # the setup the engine reads is shared per database until it changes
    if not getattr(factory, _INSTALLED, False):
        event.listen(factory, "before_flush", _before_flush)
        event.listen(factory, "after_flush", _after_flush)
        setattr(factory, _INSTALLED, True)


def uninstall(factory: sessionmaker[Session]) -> None:
    """For measurements only (the benchmark's ORM floor): the factory's sessions no longer synchronize."""
    if getattr(factory, _INSTALLED, False):
        event.remove(factory, "before_flush", _before_flush)
        event.remove(factory, "after_flush", _after_flush)
        setattr(factory, _INSTALLED, False)


__all__ = ["SyncRun", "install", "uninstall"]
