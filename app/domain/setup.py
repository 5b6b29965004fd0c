"""Reading the marketing setup: relation codes per kind and the checks that need them filled.

The setup, the field map and the duplicate search setup are read on every edit but change rarely, so they
are kept per database (`shared_read`) and read again only after a commit that changed one of their tables:
our own commits (`track_setup_writes`, installed with the sync engine; every Database of the process on the
same file), other desks' commits as the change feed brings them (`forget_if_setup_changed`), and, as a safety
net for processes without a feed, after MAX_AGE_S."""

from __future__ import annotations

import threading
import time
import weakref
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from sqlalchemy import Engine, event
from sqlalchemy.orm import Session, make_transient_to_detached, sessionmaker

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
# The tables whose rows the shared reads hold; a commit that writes one of them drops what is held.
SETUP_TABLES = frozenset({"marketing_setup", "sync_field_map", "dupl_search_string_setup"})
MAX_AGE_S = 30.0
_TOUCHED = "setup.touched"
T = TypeVar("T")


class _Held:
    """What is held for one engine, and since when."""

    def __init__(self) -> None:
        self.values: dict[str, Any] = {}
        self.born = time.monotonic()
        self.generation = 0  # bumped by every drop: a read that overlapped a drop is not kept


_LOCK = threading.Lock()
_HELD: weakref.WeakKeyDictionary[Engine, _Held] = weakref.WeakKeyDictionary()


def _engine(session: Session) -> Engine:
    bind = session.get_bind()
    return bind if isinstance(bind, Engine) else bind.engine


def _writes_setup(session: Session) -> bool:
    """Whether this session's transaction changed a setup table (its reads are its own, not to share)."""
    if unit(session).cache.get(_TOUCHED):
        return True
    touched = (*session.new, *session.dirty, *session.deleted)
    return any(getattr(o, "__tablename__", "") in SETUP_TABLES for o in touched)


def shared_read(session: Session, key: str, load: Callable[[], T]) -> T:
    """`load()` once per session, and its answer shared by the sessions of the same engine until a setup
    table changes. A session that wrote a setup table reads for itself."""
    cache = unit(session).cache
    if key in cache:
        return cache[key]  # type: ignore[no-any-return]
    if _writes_setup(session):
        value = cache[key] = load()
        return value
    engine = _engine(session)
    with _LOCK:
        held = _HELD.get(engine)
        if held is None or time.monotonic() - held.born > MAX_AGE_S:
            held = _HELD[engine] = _Held()
        if key in held.values:
            value = cache[key] = held.values[key]
            return value  # type: ignore[no-any-return]
        generation = held.generation
    value = cache[key] = load()
    with _LOCK:  # kept only if no setup change was committed while it was read
        if _HELD.get(engine) is held and held.generation == generation:
            held.values[key] = value
    return value


def forget_shared(engine: Engine) -> None:
    """Drop what is held for `engine` and for every other engine of the process on the same database file
    (in-memory databases are each their own)."""
    url = engine.url
    same_file = url.database not in (None, "", ":memory:")
    with _LOCK:
        for other, held in list(_HELD.items()):
            if other is engine or (same_file and other.url == url):
                held.values.clear()
                held.generation += 1


def forget_if_setup_changed(engine: Engine, tables: Iterable[str]) -> None:
    """For a change feed: drop what is held when a committed change set touched a setup table."""
    if SETUP_TABLES.intersection(tables):
        forget_shared(engine)


def _after_flush(session: Session, _context: object) -> None:
    if not unit(session).cache.get(_TOUCHED) and _writes_setup(session):
        unit(session).cache[_TOUCHED] = True


def _after_commit(session: Session) -> None:
    if unit(session).cache.pop(_TOUCHED, False):
        forget_shared(_engine(session))


def _after_rollback(session: Session) -> None:
    unit(session).cache.pop(_TOUCHED, None)  # nothing reached the database; nothing was shared either


_TRACKING = "_contactsync_setup_tracking"


def track_setup_writes(factory: sessionmaker[Session]) -> None:
    """Drop the shared reads when a session of `factory` commits a change to a setup table."""
    if not getattr(factory, _TRACKING, False):
        event.listen(factory, "after_flush", _after_flush)
        event.listen(factory, "after_commit", _after_commit)
        event.listen(factory, "after_soft_rollback", lambda s, _t: _after_rollback(s))
        setattr(factory, _TRACKING, True)


def _detached_setup(session: Session) -> MarketingSetup | None:
    """A copy of the stored setup row that belongs to no session (None: no row yet)."""
    with session.no_autoflush:
        stored = session.get(MarketingSetup, 1)
    if stored is None:
        return None
    copy = MarketingSetup(**{p.key: getattr(stored, p.key) for p in MarketingSetup.__mapper__.column_attrs})
    make_transient_to_detached(copy)
    return copy


def get_setup(session: Session) -> MarketingSetup:
    """The setup record of the session: the unit of work holds it (the session's identity map only keeps it
    weakly, so every rule that asked would read it again). It is made from the copy shared per database
    without a statement (merge without load); a write to it is an ordinary ORM update."""
    cache = unit(session).cache
    setup: MarketingSetup | None = cache.get("setup")
    if setup is not None and setup in session:
        return setup
    template = shared_read(session, "setup.row", lambda: _detached_setup(session))
    with session.no_autoflush:
        if template is not None:
            setup = session.merge(template, load=False)
        else:
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
