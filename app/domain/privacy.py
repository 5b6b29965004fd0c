"""Contacts blocked due to privacy cannot be used (SPEC §13.3, §14.4): one refusal for every use."""

from __future__ import annotations

from app.errors import UserError
from app.models import Contact


def refuse_privacy_blocked(*contacts: Contact) -> None:
    """Create as, Link with existing, new documents and logged interactions refuse a privacy-blocked contact
    with Business Central's message; pass the contact the user acted on and the one carrying its links."""
    for contact in contacts:
        if contact.privacy_blocked:
            raise UserError(
                "You cannot use contact {no} ({name}) because they are blocked due to privacy.",
                field="privacy_blocked",
                record=("contact", contact.no),
                no=contact.no,
                name=contact.name,
            )
