"""The public Python API (DESIGN.md "Automation contract"): what scripts, the command line and tests call.

Names and signatures are a contract: keep them when refactoring. `kind` is a registry name (the `name`
of an entry of `KINDS`: "contact", "customer", "vendor", "bank_account", "employee"); numbers go in and
come out as text, values are read back as plain dicts. Functions taking `s` run inside the caller's unit
of work::

    db = open_database("sqlite:///contacts.db")
    with db.unit_of_work() as s:  # one transaction: commits on success, rolls back on any error
        contact = create_record(s, "contact", {"type": "company", "name": "Kaufhaus Nord"})
        customer = create_as(s, contact, "customer")

Refusals raise `UserError` (`.message`, `.field`), and the unit of work then writes nothing. The functions
taking `db` open their own units of work and commit in steps.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from app import kinds as registry
from app.db import Database
from app.domain import records
from app.domain.links import contact_of_record
from app.errors import ConflictError, TemplateChoiceRequired, UserError
from app.kinds import KINDS, Kind
from app.operations import (
    batch,
    contact_from_record,
    deletion,
    import_export,
    primary_contact,
    relations,
    setup,
)
from app.operations import create_as as creating
from app.operations import link_existing as linking
from app.operations.batch import BatchResult
from app.operations.import_export import ImportReport, RowError
from app.operations.link_rules import relation_rows

__all__ = [
    "KINDS",
    "BatchResult",
    "ConflictError",
    "Database",
    "ImportReport",
    "Kind",
    "RowError",
    "TemplateChoiceRequired",
    "UserError",
    "add_relation",
    "contact_of",
    "create_as",
    "create_contact_from_record",
    "create_contacts_from",
    "create_record",
    "delete",
    "export_contacts",
    "import_contacts",
    "kind",
    "link_existing",
    "open_database",
    "read_record",
    "read_relations",
    "remove_relation",
    "set_field",
    "set_primary_contact",
    "update_marketing_setup",
]

Progress = Callable[[int, int], None]  # (done, total)
kind = registry.kind  # the registry entry of a name; an unknown name is a UserError


def _linked(name: str) -> Kind:
    """A kind that contacts link to; the contact itself and unknown names are refused."""
    entry = registry.kind(name)
    if not entry.linked:
        raise UserError("Contacts are not linked to {kinds}.", kinds=entry.texts.plural_lower)
    return entry


# --- the database ----------------------------------------------------------------------------------
def open_database(url: str, user: str | None = None) -> Database:
    """Open the database at the SQLAlchemy `url`, creating or migrating it to the current schema with the
    ready setup. `user` names who makes the changes (journal, change log); default: the login name.
    `db.unit_of_work()` yields a session that commits on success, `db.session()` a plain one for reads,
    `db.dispose()` closes the connections."""
    return Database(url, user=user)


# --- reading ---------------------------------------------------------------------------------------
def read_record(s: Session, kind: str, no: str) -> dict[str, Any]:
    """The record's columns (SPEC names) with their plain values; UserError if it does not exist."""
    record = records.get_record(s, registry.kind(kind).name, no)
    return {attr.key: getattr(record, attr.key) for attr in record.__mapper__.column_attrs}


def read_relations(s: Session, contact_no: str) -> list[dict[str, Any]]:
    """The contact's business relations: `code`, and for a link `kind` and `no` of the record (else None)."""
    records.get_record(s, "contact", contact_no)
    return [
        {"code": row.business_relation_code, "kind": row.link_to_table, "no": row.no}
        for row in relation_rows(s, contact_no)
    ]


def contact_of(s: Session, kind: str, no: str) -> str | None:
    """The number of the contact linked to the record, or None when it has no contact."""
    entry = _linked(kind)
    records.get_record(s, entry.name, no)
    contact = contact_of_record(s, entry.name, no)
    return None if contact is None else str(contact.no)


# --- one record ------------------------------------------------------------------------------------
def create_record(s: Session, kind: str, values: dict[str, Any], auto_contact: bool = True) -> str:
    """Create a record from `values` (SPEC field names; numbered by its series unless `no` is given) and
    return its number. A new customer, vendor or bank account gets its contact automatically (SPEC §7.3),
    and is refused while the contact number series is blank (§14.8); `auto_contact=False` leaves it
    unlinked, as for records imported from an older system."""
    entry = registry.kind(kind)
    return str(records.create_record(s, entry.name, values, auto_contact=auto_contact).no)


def set_field(s: Session, kind: str, no: str, field: str, value: Any) -> None:
    """Set one field of one record, validated; the change reaches linked records and persons in the same
    transaction (SPEC §4, §6). A primary contact goes through its own rules (SPEC §8, §14.5), as on a card."""
    entry = registry.kind(kind)
    if field == "primary_contact_no" and entry.primary_contact:
        primary_contact.set_primary_contact(s, entry.name, no, value)
        return
    records.set_field(s, entry.name, no, field, value)


def delete(s: Session, kind: str, no: str) -> None:
    """Delete a record (SPEC §9): a contact goes with its links and persons, linked records stay; a deleted
    customer, vendor … takes its link along, its contact stays."""
    entry = registry.kind(kind)
    records.get_record(s, entry.name, no)  # refuse an unknown number rather than do nothing
    deletion.delete(s, entry.name, no)


# --- linking ---------------------------------------------------------------------------------------
def create_as(s: Session, contact_no: str, kind: str, template_code: str | None = None) -> str:
    """Create as Customer / Vendor / … (SPEC §7.2): a record made from the contact, linked to it; returns
    its number. Several matching templates and no `template_code` raise TemplateChoiceRequired (`.codes`)."""
    return str(creating.create_as(s, contact_no, _linked(kind).name, template_code).no)


def link_existing(
    s: Session,
    contact_no: str,
    kind: str,
    record_no: str,
    master: str = "contact",
    choices: dict[str, str] | None = None,
) -> str:
    """Link with existing (SPEC §7.1): the `master` side ("contact" or "record") wins every differing shared
    field, or per field as `choices` says ({contact field: "contact" | "record"}). Returns the number of the
    contact that carries the link (a person's company, SPEC §5.2)."""
    holder = linking.link_existing(s, contact_no, _linked(kind).name, record_no, master, choices)
    return str(holder.no)


def create_contact_from_record(s: Session, kind: str, no: str) -> str:
    """The "Contact" action on a record's card: create its contact and link it (SPEC §7.3); returns the
    contact's number."""
    return str(contact_from_record.create_contact_from_record(s, _linked(kind).name, no).no)


def set_primary_contact(s: Session, kind: str, no: str, contact_no: str) -> None:
    """Make `contact_no` (the linked company or one of its persons) the record's primary contact (SPEC §8);
    blank clears it. A person chosen for an unlinked record links its company first, or is put under a
    company contact made from the record (SPEC §14.5)."""
    primary_contact.set_primary_contact(s, _linked(kind).name, no, contact_no)


def add_relation(s: Session, contact_no: str, code: str) -> None:
    """Give the contact a plain business relation (SPEC §5.3); codes reserved for links are refused."""
    relations.add_relation(s, contact_no, code)


def remove_relation(s: Session, contact_no: str, code: str) -> None:
    """Remove a business relation or link from the contact (SPEC §5.4); both records stay."""
    relations.remove_relation(s, contact_no, code)


# --- setup -----------------------------------------------------------------------------------------
def update_marketing_setup(s: Session, values: dict[str, Any]) -> None:
    """Change Marketing Setup fields (SPEC §2; `{"bus_rel_code_customers": "CUST"}`); all are checked
    before any is written."""
    for name in values:
        if name not in setup.SETUP_CAPTIONS:
            raise UserError("{field} is not a field of the Marketing Setup.", field=name)
    setup.update_marketing_setup(s, values)


# --- on the database, committing in steps ----------------------------------------------------------
def create_contacts_from(
    db: Database,
    kind: str,
    nos: list[str] | None = None,
    progress: Progress | None = None,
    should_cancel: Callable[[], bool] | None = None,
    filters: Mapping[str, str] | None = None,
) -> BatchResult:
    """The batch job Create Contacts from Customers / Vendors / … (SPEC §7.3) for every unlinked record of
    the kind (or those numbered `nos`, and selected by `filters`: field → Business Central filter text such
    as {"no": "C10..C20", "search_name": "M*"}, app.operations.batch_filters), one commit per chunk;
    `progress(done, total)` follows it, `should_cancel()` stops it (a chunk cancelled midway is rolled back;
    what is done stays done). Running it twice is harmless: linked records are skipped."""
    entry = _linked(kind)
    if not entry.has_batch:
        raise UserError("Contacts cannot be created in a batch from {kinds}.", kinds=entry.texts.plural_lower)
    return batch.create_contacts_from(
        db, entry.name, nos=nos, filters=filters, progress=progress, should_cancel=should_cancel
    )


def import_contacts(db: Database, path: str | Path, apply: bool = False) -> ImportReport:
    """Import contacts from a CSV or vCard file (SPEC §15): without `apply` a preview that writes nothing;
    with it, one transaction. Rows the rules refuse are reported in `.errors` and left out."""
    return import_export.import_contacts(db, path, apply)


def export_contacts(db: Database, path: str | Path) -> int:
    """Export every contact to a vCard file, or CSV when the name ends in .csv; returns how many."""
    return import_export.export_contacts(db, path)
