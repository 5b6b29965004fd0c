"""The sync engine is installed explicitly on each session factory, once, and never silently missing."""

from __future__ import annotations

import gc

from sqlalchemy.orm import Session, sessionmaker

from app.sync import engine, install, uninstall


def listeners(factory: sessionmaker[Session]) -> list[object]:
    """The before-flush listeners a session of this factory really runs."""
    with factory() as session:
        return list(session.dispatch.before_flush)


def test_every_new_factory_gets_the_engine_even_at_a_reused_address() -> None:
    """SQLAlchemy's event.contains keys on id(): a factory at a collected one's address looked installed
    and got no listener. Many short-lived factories make address reuse likely; each must run the engine."""
    for _ in range(100):
        factory = sessionmaker()
        install(factory)
        assert listeners(factory) == [engine._before_flush]
        del factory
        gc.collect()


def test_install_is_idempotent_and_uninstall_removes_it() -> None:
    factory = sessionmaker()
    install(factory)
    install(factory)  # a second call adds nothing: the engine must not run twice per flush
    assert listeners(factory) == [engine._before_flush]
    uninstall(factory)
    assert listeners(factory) == []
    install(factory)
    assert listeners(factory) == [engine._before_flush]


def test_a_save_overtaken_every_time_is_a_refusal_not_a_crash(tmp_path: object) -> None:
    """Database.run retries a stale version twice; the third time the user gets a message, nothing written."""
    import pytest
    from sqlalchemy.orm.exc import StaleDataError

    from app.db import Database
    from app.errors import UserError

    db = Database(f"sqlite:///{tmp_path}/stale.db", user="t")
    attempts: list[int] = []

    def always_overtaken(session: Session) -> None:
        attempts.append(1)
        raise StaleDataError("overtaken")

    try:
        with pytest.raises(UserError, match="nothing was saved"):
            db.run(always_overtaken)
    finally:
        db.dispose()
    assert len(attempts) == 3
