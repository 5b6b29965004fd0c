"""The typed context of one unit of work: what operations and the sync engine share while one user action
runs — one object on the session instead of loose string keys in `session.info`."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

_KEY = "contactsync.unit_of_work"
Key = tuple[str, str]  # (table, no)


@dataclass
class UnitOfWork:
    user: str = ""
    change_id: str = field(default_factory=lambda: str(uuid.uuid4()))  # groups the journal rows of one action
    # Records created from a contact, or on request without one: the engine makes no automatic contact.
    without_contact: set[Key] = field(default_factory=set)
    # Records an operation writes as synchronization (Link with existing, undo), not as a user's edit:
    # their read-only shared fields (one-way kinds) may change.
    synchronizing: set[Key] = field(default_factory=set)
    # (table, record no, contact no) for every contact the engine made automatically (SPEC §7.3).
    created_contacts: list[tuple[str, str, str]] = field(default_factory=list)
    # {contact no: duplicate candidates} found while search strings were refreshed (SPEC §10).
    duplicates_found: dict[str, list[Any]] = field(default_factory=dict)
    # Reads that stay valid for the session (field map, duplicate setup); a setup change clears them.
    cache: dict[str, Any] = field(default_factory=dict)


def unit(session: Session) -> UnitOfWork:
    """The session's context, made on first use (plain sessions of scripts and tests get one too)."""
    context = session.info.get(_KEY)
    if context is None:
        context = session.info[_KEY] = UnitOfWork()
    return context  # type: ignore[no-any-return]


def begin(session: Session, user: str) -> UnitOfWork:
    """A fresh context for a new user action on `session`."""
    context = session.info[_KEY] = UnitOfWork(user=user)
    return context
