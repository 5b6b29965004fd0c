"""Record operations every write path uses: create a record, set one field, look one up."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from app.domain.fields import caption
from app.domain.numbering import check_manual, next_no
from app.domain.setup import get_setup
from app.domain.validation import check_value, normalize
from app.errors import ConflictError, UserError
from app.kinds import kind
from app.models import Contact
from app.unit_of_work import unit

READ_ONLY = frozenset(
    {"no", "business_relation", "company_name", "balance", "version", "last_modified", "id"}
)


def get_record(session: Session, table: str, no: str) -> Any:
    entry = kind(table)
    record = session.get(entry.model, no)
    if record is None:
        raise UserError("{kind} {no} does not exist.", kind=entry.texts.caption, no=no)
    return record


def create_record(
    session: Session,
    table: str,
    values: dict[str, Any] | None = None,
    *,
    from_contact: bool = False,
    auto_contact: bool = True,
) -> Any:
    """Insert a record of any kind; numbered by its series unless `no` is given.

    A new record of a kind with `auto_contact` gets its contact automatically (SPEC §7.3) unless it is
    created from a contact (`from_contact`) or the caller asks for an unlinked record (`auto_contact=False`,
    as imports of legacy data and the demo do)."""
    entry = kind(table)
    model = entry.model
    values = dict(values or {})
    setup = get_setup(session)
    series = getattr(setup, entry.series_field)
    no = normalize(model, "no", values.pop("no", "") or "")
    if no:
        check_manual(session, series)
        check_value(session, model, "no", no)
        if session.get(model, no) is not None:
            raise UserError("{kind} {no} already exists.", field="no", kind=entry.texts.caption, no=no)
    elif series:
        no = next_no(session, series)
    else:
        raise UserError(
            "Enter a number: no number series is set up for {kinds}.",
            field="no",
            kinds=entry.texts.plural_lower,
        )
    record = model(no=no)
    if table == "contact":
        _apply_hand_entry_defaults(session, record, values)
    for field, value in values.items():
        _check_field(model, field)
        setattr(record, field, normalize(model, field, value))  # checked once, by the engine at flush
    if from_contact or not auto_contact:
        unit(session).without_contact.add((table, no))
    session.add(record)
    session.flush()
    return record


def _apply_hand_entry_defaults(session: Session, contact: Contact, values: dict[str, Any]) -> None:
    """Setup defaults for contacts entered by hand (SPEC §2.2), where the caller gave no value."""
    setup = get_setup(session)
    for field in ("salesperson_code", "territory_code", "country_region_code", "language_code"):
        default = getattr(setup, f"default_{field}")
        if default and not values.get(field) and not values.get("company_no"):
            setattr(contact, field, default)


def _check_field(model: type, field: str) -> None:
    if field in READ_ONLY or field not in model.__mapper__.column_attrs:  # type: ignore[attr-defined]
        raise UserError("{field} cannot be changed here.", field=field)


_UNSET: Any = object()


def set_field(session: Session, table: str, no: str, field: str, value: Any, *, base: Any = _UNSET) -> Any:
    """Set one field of one record: write it and flush; the engine validates and synchronizes it (SPEC §3,
    §6), so a refusal comes from the flush and the unit of work rolls back. Returns the record.

    `base` is the value the caller's window showed before the user typed. When the stored value has moved
    away from it meanwhile (another user, or a propagated change) to something other than `value`, this is
    a real conflict and ConflictError is raised; changes to other fields never conflict (they merge)."""
    model = kind(table).model
    record = get_record(session, table, no)
    _check_field(model, field)
    value = normalize(model, field, value, record)
    if (
        table == "contact"
        and field in ("currency_code", "vat_registration_no")
        and value
        and (record.type == "person")
    ):
        raise UserError("{field} can only be filled in on company contacts.", field=field)
    current = getattr(record, field)
    if base is not _UNSET and current != base and current != value:
        raise ConflictError(table, no, field, base, value, current)
    if current != value:
        setattr(record, field, value)
        session.flush()
    return record


__all__ = ["caption", "create_record", "get_record", "set_field"]
