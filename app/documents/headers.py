"""Editing a document header field by field (as cards do) and deleting a document."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from app.documents.common import HEADER_MODEL, get_document, lines_of
from app.domain.validation import check_value, normalize
from app.errors import UserError
from app.models import Contact

# The copied values may be corrected on the document itself, as in BC; the partner and contact numbers
# may not (a different customer means a new document).
EDITABLE = (
    "document_date",
    "contact_name",
    "contact_phone_no",
    "contact_email",
    "name",
    "name_2",
    "address",
    "address_2",
    "post_code",
    "city",
    "county",
    "country_region_code",
)
# Header fields that obey a contact field's rule (no letters in phone numbers, valid e-mail addresses).
_RULE_OF = {"contact_phone_no": "phone_no", "contact_email": "email"}


def set_document_field(session: Session, table: str, no: str, field: str, value: Any) -> Any:
    header = get_document(session, table, no)
    if field not in EDITABLE:
        raise UserError("{field} cannot be changed here.", field=field)
    value = _parse_date(value) if field == "document_date" else _checked_text(session, table, field, value)
    if getattr(header, field) != value:
        setattr(header, field, value)
        session.flush()
    return header


def delete_document(session: Session, table: str, no: str) -> None:
    """Delete the document and its lines; its interaction log entries stay (history)."""
    header = get_document(session, table, no)
    for line in lines_of(session, table, no):
        session.delete(line)  # through the session, so that open windows hear of each line
    session.flush()
    session.delete(header)
    session.flush()


def _parse_date(value: Any) -> date:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise UserError(
            "{field} must be a date (YYYY-MM-DD); \u201c{value}\u201d is not.",
            field="document_date",
            value=value,
        ) from None


def _checked_text(session: Session, table: str, field: str, value: Any) -> str:
    model = HEADER_MODEL[table]
    text = normalize(model, field, "" if value is None else str(value))
    check_value(session, model, field, text)
    if field in _RULE_OF:
        try:
            check_value(session, Contact, _RULE_OF[field], text)
        except UserError as error:  # same rule, but name the document's field
            raise UserError(error.template, field=field, **error.params) from None
    return str(text)
