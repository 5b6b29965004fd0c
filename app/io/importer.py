"""Import contacts: a preview that changes nothing, then the same run applied in one transaction.

Both run every row through app.domain.records (create_record / set_field), so all field rules, the sync
engine and the journal apply. Each row runs in a savepoint: a row that is refused is reported with the
message and rolled back alone, and the other rows are imported (the preview shows such rows as errors
before anything is written). The preview rolls the whole transaction back.

Rules: a row updates the contact it matches (app.io.matching) and creates one otherwise; companies are
imported before persons (two lazy passes over the file) so that persons find a company of the same file;
a person's company that is neither in the file nor in the database is created by name with the person
(SPEC §15); countries are mapped from names and codes in any common form; a blank cell never clears a
value (files from other programs leave out what they do not know); where both sides have a value and they
differ, ImportOptions decides (the file's by default; the database's is kept and shown as a conflict); a
value that the file carries as it was before the import does not undo what an earlier row propagated (a
company's new phone number that its persons inherited stays, although their rows still show the old one);
the number in the file is not used, since another database numbers its contacts differently: new contacts
are numbered by the series. The result keeps the first KEPT_ROWS rows to show and counts the rest.

Memory does not grow with the file: the match index lives in a temporary SQLite database
(app.io.matching); every CHUNK rows the session lets go of its ORM objects (all flushed; the transaction
stays open, so Cancel still rolls everything back); the change set names at most MANY records per table
(app.changes.merge), beyond that it announces the table.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from typing import Any

from sqlalchemy import event, select
from sqlalchemy.orm import Session

from app.changes import ANY, ChangeSet, add_change, merge, take_pending
from app.domain.countries import country_code
from app.domain.fieldmap import field_map
from app.domain.links import links_of
from app.domain.records import create_record, set_field
from app.domain.validation import normalize
from app.errors import UserError
from app.io.columns import (
    COLUMNS,
    NAME_FROM_PARTS,
    NOT_IMPORTED,
    Dropped,
    IncomingRow,
    parse_bool,
    split_emails,
)
from app.io.matching import ContactIndex, Known
from app.io.results import (
    CREATE,
    ERROR,
    UNCHANGED,
    UPDATE,
    FieldChange,
    ImportCancelled,
    ImportOptions,
    ImportResult,
    Propagation,
    RowResult,
)
from app.models import Contact, CountryRegion, SyncJournalEntry
from app.sync.journal_writer import change_id_of
from app.unit_of_work import unit

log = logging.getLogger(__name__)
FIRST = ("type", "company_no", "first_name", "middle_name", "surname", "name", "country_region_code")
ORDER = FIRST + tuple(c for c in COLUMNS if c not in FIRST)
SHOWN = tuple(c for c in COLUMNS if c != "no")
# Rows between two releases of the session's ORM objects: within a chunk they are held (rules that ask for
# the same series, company or country again get it without a statement), after it they are let go.
CHUNK = 2_000
# The rows to import, read afresh on each call: the importer reads them twice (companies, then persons) and
# a retried unit of work reads them again; a list's `lambda: iter(rows)` will do for small inputs.
RowSource = Callable[[], Iterator[IncomingRow]] | list[IncomingRow]


def preview_import(
    session: Session,
    rows: RowSource,
    notes: list[UserError] | None = None,
    options: ImportOptions | None = None,
    progress: Callable[[int], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> ImportResult:
    """What importing `rows` would do, row by row; nothing is written (the transaction is rolled back)."""
    try:
        return _Run(session, options, progress, should_cancel).run(rows, list(notes or []))
    finally:
        session.rollback()


def apply_import(
    session: Session,
    rows: RowSource,
    notes: list[UserError] | None = None,
    options: ImportOptions | None = None,
    progress: Callable[[int], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> ImportResult:
    """Import `rows` in the caller's transaction (one unit of work); refused rows are left out, reported.
    Cancelled, it raises ImportCancelled: the caller's unit of work rolls everything back."""
    result = _Run(session, options, progress, should_cancel).run(rows, list(notes or []))
    result.applied = True
    return result


def _begin(session: Session) -> None:
    """Open the database transaction now: pysqlite starts it only at the first write, and a SAVEPOINT
    outside a transaction would make its RELEASE a COMMIT."""
    connection = session.connection()
    if connection.dialect.name == "sqlite":
        raw = connection.connection.dbapi_connection
        if raw is not None and not raw.in_transaction:
            connection.exec_driver_sql("BEGIN")


class _Run:
    def __init__(
        self,
        session: Session,
        options: ImportOptions | None,
        progress: Callable[[int], None] | None,
        should_cancel: Callable[[], bool] | None,
    ) -> None:
        self.session = session
        self.options = options or ImportOptions()
        self.progress, self.should_cancel = progress, should_cancel
        self.done = 0
        _begin(session)
        self.map = field_map(session)
        self.codes = set(session.scalars(select(CountryRegion.code)))
        self._created_company: tuple[str, str] | None = None  # (name, no) made for the current row
        # What the change feed collected, row by row: a refused row's share is dropped with its savepoint,
        # the others are handed back at the end and announced on commit.
        self.pending: ChangeSet = take_pending(session)
        self._held: list[object] = []  # the ORM objects of the current chunk (the identity map is weak)
        self.index = ContactIndex.load(session)

    def run(self, rows: RowSource, notes: list[UserError]) -> ImportResult:
        """Two passes over the rows (read lazily each time): companies first, so that persons find the
        companies of the same file wherever they stand in it; then persons."""
        result = ImportResult([], notes)
        event.listen(self.session, "loaded_as_persistent", self._hold)
        event.listen(self.session, "pending_to_persistent", self._hold)
        try:
            for persons in (False, True):
                for row in rows() if callable(rows) else iter(rows):
                    if (row.error is None and _kind(row) == "person") != persons:
                        continue
                    self.tick()
                    result.add(self.row(row))
                    if self.done % CHUNK == 0:
                        self.release()
        finally:
            event.remove(self.session, "loaded_as_persistent", self._hold)
            event.remove(self.session, "pending_to_persistent", self._hold)
            self._held.clear()
            self.index.close()
        for table, records in self.pending.items():  # announced on commit (open windows, other users)
            for key, fields in records.items():
                add_change(self.session, table, key, fields)
        result.finish()
        return result

    def _hold(self, _session: Session, instance: object) -> None:
        self._held.append(instance)

    def release(self) -> None:
        """End of a chunk: every row is flushed, so the session lets go of its objects (they are in the
        transaction, which stays open) and of what the rules noted per record for the action's end."""
        self.session.flush()
        unit(self.session).duplicates_found.clear()  # candidates per new company; the import shows none
        self.session.expunge_all()
        self._held.clear()

    def tick(self) -> None:
        if self.should_cancel is not None and self.should_cancel():
            raise ImportCancelled("The import was cancelled; nothing was written.")
        self.done += 1
        if self.progress is not None:
            self.progress(self.done)

    def row(self, row: IncomingRow) -> RowResult:
        label = row.text("name") or " ".join(row.text(f) for f in ("first_name", "surname") if row.text(f))
        if row.error is not None:
            return RowResult(row.line, label, ERROR, message=row.error.message, dropped=row.dropped)
        self._created_company = None
        if not any(row.text(f) for f in ("name", "first_name", "middle_name", "surname", "company_name")):
            message = UserError("A new contact needs a name; this row has no name, first name, surname or "
                                "company.").message
            return RowResult(row.line, label, ERROR, message=message, field="name", dropped=row.dropped)
        if not any(v.strip() for k, v in row.values.items() if k not in ("type", "no")):
            message = UserError(
                "Nothing in this row is a contact field; map its columns or leave it out."
            ).message
            return RowResult(row.line, label, ERROR, message=message, dropped=row.dropped)
        try:
            values = self.values(row)
            no = self.index.match(values["type"], values.get("name", label), values.get("post_code", ""),
                                  values.get("email", ""), values.get("vat_registration_no", ""))  # fmt: skip
            if no is not None:
                self.index.check_unclaimed(no, row.line)
            with self.session.begin_nested():
                if values["type"] == "person":
                    company = self.company_for(row)
                    if company:
                        values["company_no"] = company
                if no is None:
                    result = self.create(row, label, values)
                else:
                    result = self.update(row, label, no, values)
        except UserError as exc:
            take_pending(self.session)  # what the refused row collected is void
            return RowResult(
                row.line, label, ERROR, message=exc.message, field=exc.field, dropped=row.dropped
            )
        result.dropped = list(row.dropped)
        stored = self.session.get(Contact, result.contact_no) if result.contact_no else None
        given = row.text("name")
        if stored is not None and given and stored.type == "person" and stored.name != given:
            result.dropped.append(Dropped("name", given, NAME_FROM_PARTS))  # the person's name is its parts
        if self._created_company is not None:
            name, company_no = self._created_company
            result.company_created = name
            self.remember(company_no, 0)
        changed = take_pending(self.session)
        merge(self.pending, changed)
        if result.action == UPDATE:  # persons that inherit the company's change (SPEC §6.4)
            for key, fields in sorted(changed.get("contact", {}).items()):
                inherited = tuple(f for f in SHOWN if f in fields and f != "company_name")
                if key != result.contact_no and inherited:
                    result.propagation.append(Propagation("contact", key, inherited))
        self.remember(result.contact_no or "", row.line)
        return result

    # --- values of a row ----------------------------------------------------------------------------
    def values(self, row: IncomingRow) -> dict[str, Any]:
        values: dict[str, Any] = {c: row.text(c) for c in COLUMNS if c not in NOT_IMPORTED and row.text(c)}
        values["type"] = _kind(row)
        if values["type"] not in ("company", "person"):
            raise UserError("{field} must be one of: company, person.", field="type")
        if values["type"] == "company" and not values.get("name") and row.text("company_name"):
            values["name"] = row.text("company_name")  # a row of a company: its name in the Company column
        if "privacy_blocked" in values:
            flag = parse_bool(values["privacy_blocked"])
            if flag is None:
                raise UserError("{field} \u201c{value}\u201d must be Yes or No.", field="privacy_blocked",
                                value=values["privacy_blocked"])  # fmt: skip
            values["privacy_blocked"] = flag
        country = values.get("country_region_code", "")
        if country:  # "Germany", "USA", "deu", "CANADA" in files from other programs
            code = country_code(country)
            if code is None or code not in self.codes:
                raise UserError("{field} \u201c{value}\u201d is not a country or region of the Countries/"
                                "Regions table.", field="country_region_code", value=country)  # fmt: skip
            values["country_region_code"] = code
        values.pop("company_no", None)
        if values["type"] == "person":
            parts = [row.text(f) for f in ("first_name", "middle_name", "surname") if row.text(f)]
            if "name" not in values and parts:
                values["name"] = " ".join(parts)
        return values

    def company_for(self, row: IncomingRow) -> str | None:
        """The person's company: one of this file by name, else the same number with the same name, else
        the only company of that name."""
        no, name = row.text("company_no").upper(), row.text("company_name")
        if not name:
            known = self.index.get(no) if no else None
            if no and (known is None or known[0] != "company"):
                raise UserError("{field} \u201c{value}\u201d is not a company contact.", field="company_no",
                                value=no)  # fmt: skip
            return no or None
        key = name.lower()
        known = self.index.get(no) if no else None
        found: list[str | None]
        in_file, of_file = self.index.file_company(name)
        if in_file:  # a company of this file ([None]: the file has two of that name)
            found = [of_file]
        elif known is not None and known[0] == "company" and known[1].lower() == key:
            return no
        else:
            found = list(self.index.companies_named(name))
        if len(found) > 1 or found == [None]:
            raise UserError("Company \u201c{name}\u201d exists more than once.", field="company_no",
                            name=name)  # fmt: skip
        if not found:  # a company of the file that is not in the database yet: made with the person
            record = create_record(self.session, "contact", {"type": "company", "name": name})
            self._created_company = (name, record.no)
            return record.no
        return found[0]

    # --- writing ------------------------------------------------------------------------------------
    def create(self, row: IncomingRow, label: str, values: dict[str, Any]) -> RowResult:
        record = create_record(self.session, "contact", values)
        given = {f: v for f, v in _snapshot(record).items() if v not in (None, "", False)}
        changes = [FieldChange(f, None, v) for f, v in given.items()]
        return RowResult(row.line, record.name or label, CREATE, record.no, changes)

    def update(self, row: IncomingRow, label: str, no: str, values: dict[str, Any]) -> RowResult:
        contact = self.session.get(Contact, no)
        assert contact is not None
        before = _snapshot(contact)
        base = self.base_values(no)
        conflicts: list[FieldChange] = []
        overwrites: list[FieldChange] = []
        keep = self.options.keeps(row.line)
        for name in ORDER:
            current = getattr(contact, name)
            if name not in values or _same(name, current, values[name]):
                continue
            incoming = normalize(Contact, name, values[name], contact)
            if _same(name, current, incoming):
                continue
            if name in base and _same(name, base[name], incoming):
                continue  # the file has the value from before the import; an earlier row changed it since
            both = current not in (None, "", False)  # both have a value: the user's choice decides
            if keep and both:
                conflicts.append(FieldChange(name, current, values[name]))
                continue
            set_field(self.session, "contact", no, name, values[name])
            if both:
                overwrites.append(FieldChange(name, current, values[name]))
        after = _snapshot(contact)
        changes = [FieldChange(f, before[f], after[f]) for f in SHOWN if before[f] != after[f]]
        if not changes:
            return RowResult(row.line, contact.name or label, UNCHANGED, no, conflicts=conflicts)
        return RowResult(row.line, contact.name or label, UPDATE, no, changes, self.propagation(no, changes),
                         conflicts=conflicts, overwrites=overwrites)  # fmt: skip

    def base_values(self, no: str) -> dict[str, str]:
        """Fields of contact `no` that earlier rows of this import changed by propagation or inheritance,
        with the value they had before the import (from this transaction's sync journal)."""
        touched = self.pending.get("contact", {})
        if no not in touched and ANY not in touched:
            return {}
        entries = self.session.execute(
            select(SyncJournalEntry.target_field, SyncJournalEntry.old_value)
            .where(SyncJournalEntry.change_id == change_id_of(self.session),
                   SyncJournalEntry.target_table == "contact", SyncJournalEntry.target_no == no)
            .order_by(SyncJournalEntry.id.desc())
        )  # fmt: skip
        return {name: old or "" for name, old in entries}  # the earliest entry per field wins

    def propagation(self, no: str, changes: list[FieldChange]) -> list[Propagation]:
        changed = {c.field for c in changes}
        result = []
        for link in links_of(self.session, no):
            table = link.link_to_table or ""
            pairs = self.map.contact_to_record(table)
            fields = tuple(p.record_field for p in pairs if p.contact_field in changed)
            if fields:
                result.append(Propagation(table, link.no or "", fields))
        return result

    def remember(self, no: str, line: int) -> None:
        contact = self.session.get(Contact, no)
        if contact is None:
            return
        self.index.add(Known(no, contact.type, contact.name, contact.post_code, contact.email,
                             contact.vat_registration_no, contact.company_no))  # fmt: skip
        if line:
            self.index.claim(no, line)
        if contact.type == "company":
            self.index.add_file_company(contact.name, no)  # twice in the file: its name is ambiguous


def _kind(row: IncomingRow) -> str:
    """The row's type, or: a person when it names one (first name, surname), else a company (Outlook and
    Google write a company as a row with only the company's name)."""
    kind = row.text("type").lower()
    if kind:
        return kind
    if any(row.text(f) for f in ("first_name", "middle_name", "surname")):
        return "person"
    if row.text("company_name") and row.text("name") and row.text("name") != row.text("company_name"):
        return "person"  # "Display Name" and "Company": a person at a company
    return "company"


def _snapshot(contact: Contact) -> dict[str, Any]:
    return {name: getattr(contact, name) for name in SHOWN}


def _same(name: str, current: Any, incoming: Any) -> bool:
    """Equal for an import: e-mail lists that differ only in separators and spacing count as equal."""
    if name == "email":
        return [e.lower() for e in split_emails(current or "")] == [e.lower() for e in split_emails(incoming)]
    return bool(current == incoming)


__all__ = [
    "CREATE", "ERROR", "UNCHANGED", "UPDATE", "ImportCancelled", "ImportOptions", "ImportResult", "RowResult",
    "RowSource", "apply_import", "preview_import",
]  # fmt: skip
