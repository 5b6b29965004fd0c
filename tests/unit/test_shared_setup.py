"""Setup, field map and duplicate setup are read once per database and shared by its sessions (issue 15):
a committed setup change — through this Database, another Database on the same file, or another desk's
change feed — is followed by the next edit; a session that changes the setup reads its own."""

from __future__ import annotations

from sqlalchemy import select

from app.db import Database
from app.domain.fieldmap import field_map
from app.domain.setup import forget_if_setup_changed, get_setup
from app.models import MarketingSetup
from app.operations.setup import set_field_map_enabled, update_marketing_setup
from tests.helpers.factory import edit, get, linked_trio
from tests.unit.test_edit_budget import statements_of


def test_setup_and_field_map_are_not_read_again_per_edit(db: Database) -> None:
    contact, *_ = linked_trio(db)
    edit(db, "contact", contact, "phone_no", "+49 30 1")
    seen = statements_of(db, lambda: edit(db, "contact", contact, "phone_no", "+49 30 2"))
    setup_tables = ("FROM marketing_setup", "FROM sync_field_map", "FROM dupl_search_string_setup")
    assert not [s for s in seen if any(t in s for t in setup_tables)], seen


def test_a_field_map_change_is_followed_by_the_next_edit(db: Database) -> None:
    contact, customer, _vendor, _bank = linked_trio(db)
    edit(db, "contact", contact, "phone_no", "+49 30 1")  # the map is now shared
    with db.unit_of_work() as session:
        set_field_map_enabled(session, "phone_no", "customer", False)
    edit(db, "contact", contact, "phone_no", "+49 30 2")
    assert get(db, "customer", customer).phone_no == "+49 30 1"  # switched off: not propagated any more
    with db.unit_of_work() as session:
        set_field_map_enabled(session, "phone_no", "customer", True)
    edit(db, "contact", contact, "phone_no", "+49 30 3")
    assert get(db, "customer", customer).phone_no == "+49 30 3"


def test_a_setup_change_through_another_database_object_is_seen(db: Database, db_url: str) -> None:
    contact, *_ = linked_trio(db)
    edit(db, "contact", contact, "phone_no", "+49 30 1")
    other = Database(db_url, user="other")
    try:
        with other.unit_of_work() as session:
            update_marketing_setup(session, {"maintain_dupl_search_strings": False})
    finally:
        other.dispose()
    with db.session() as session:
        assert get_setup(session).maintain_dupl_search_strings is False


def test_a_session_that_changes_the_setup_reads_its_own_and_a_rollback_shares_nothing(db: Database) -> None:
    with db.session() as session:
        assert get_setup(session).search_hit_pct != 77  # shared now
    try:
        with db.unit_of_work() as session:
            get_setup(session).search_hit_pct = 77
            session.flush()
            assert session.scalar(select(MarketingSetup.search_hit_pct)) == 77
            assert field_map(session) is not None
            raise RuntimeError("rolled back")
    except RuntimeError:
        pass
    with db.session() as session:
        assert get_setup(session).search_hit_pct != 77


def test_another_desks_setup_change_from_the_feed_drops_the_shared_reads(db: Database, db_url: str) -> None:
    with db.session() as session:
        get_setup(session)
    # Another desk writes without this process's session events (as a separate process would); its feed
    # entry arrives later.
    other = Database(db_url, user="desk2")
    try:
        with other.engine.begin() as conn:
            conn.execute(MarketingSetup.__table__.update().values(search_hit_pct=55))
    finally:
        other.dispose()
    forget_if_setup_changed(db.engine, {"contact": {}})
    with db.session() as session:
        assert get_setup(session).search_hit_pct != 55  # an unrelated change set keeps the shared read
    forget_if_setup_changed(db.engine, {"marketing_setup": {"1": {"search_hit_pct"}}})
    with db.session() as session:
        assert get_setup(session).search_hit_pct == 55
