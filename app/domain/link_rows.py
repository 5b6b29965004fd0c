"""Writing the row that links a contact to a record (SPEC §14.7): a plain relation with the setup code
becomes the link instead of a second row with the same code."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import UserError
from app.kinds import kind
from app.models import Contact, ContactBusinessRelation


def insert_link(
    session: Session, contact: Contact, table: str, record_no: str, code: str
) -> ContactBusinessRelation:
    """The link row of `contact` to `table` `record_no` under relation `code`. A plain relation row the
    contact already has with `code` (added before the setup reserved the code for links) becomes the link;
    a row with `code` that links another record is refused, never left to the database's unique index."""
    row = None
    if contact not in session.new:  # a contact made in this flush has no rows yet
        with session.no_autoflush:
            row = session.scalar(
                select(ContactBusinessRelation).where(
                    ContactBusinessRelation.contact_no == contact.no,
                    ContactBusinessRelation.business_relation_code == code,
                )
            )
    if row is None:
        row = ContactBusinessRelation(
            contact=contact,
            contact_no=contact.no,
            business_relation_code=code,
            link_to_table=table,
            no=record_no,
        )
        session.add(row)
        return row
    if row.link_to_table is not None and (row.link_to_table, row.no) != (table, record_no):
        raise UserError(
            "Contact {contact} already uses business relation {code} for {kind} {no}.",
            contact=contact.no,
            code=code,
            kind=kind(row.link_to_table).texts.lower,
            no=row.no,
        )
    row.link_to_table, row.no = table, record_no
    return row
