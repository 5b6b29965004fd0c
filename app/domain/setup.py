"""Reading the marketing setup: relation codes per kind and the checks that need them filled."""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.errors import UserError
from app.kinds import KINDS, kind
from app.models import MarketingSetup
from app.unit_of_work import unit

# Derived from the registry: {kind: setup field of its relation code}, and the captions of those fields.
SETUP_CODE_FIELD = {k.name: k.relation_code_field for k in KINDS if k.linked}
SETUP_FIELD_CAPTIONS = {
    **{k.relation_code_field: k.relation_code_caption for k in KINDS if k.linked},
    **{k.series_field: k.series_caption for k in KINDS},
}


def get_setup(session: Session) -> MarketingSetup:
    """The setup record, read once per session: the unit of work holds it (the session's identity map only
    keeps it weakly, so every rule that asked would read it again)."""
    cache = unit(session).cache
    setup: MarketingSetup | None = cache.get("setup")
    if setup is not None and setup in session:
        return setup
    with session.no_autoflush:
        setup = session.get(MarketingSetup, 1)
    if setup is None:
        setup = MarketingSetup(id=1)
        session.add(setup)
    cache["setup"] = setup
    return setup


def relation_code(session: Session, table: str) -> str | None:
    return getattr(get_setup(session), kind(table).relation_code_field) or None


def require_relation_code(session: Session, table: str) -> str:
    code = relation_code(session, table)
    if not code:
        entry = kind(table)
        raise UserError(entry.texts.sync_off, setup_field=entry.relation_code_caption)
    return code


def require_contact_nos(session: Session) -> str:
    series = get_setup(session).contact_nos
    if not series:
        raise UserError(
            "Contacts cannot be numbered: fill in \u201c{setup_field}\u201d in the Marketing Setup.",
            setup_field=SETUP_FIELD_CAPTIONS["contact_nos"],
        )
    return series


def reserved_codes(session: Session) -> dict[str, str]:
    """{relation code: linked table} for the codes the setup reserves for links."""
    setup = get_setup(session)
    return {code: table for table, field in SETUP_CODE_FIELD.items() if (code := getattr(setup, field))}
