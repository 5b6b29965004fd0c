"""The change feed's reading of PostgreSQL snapshots (app/remote.py): which missing change-log ids may still
fill, and when a missing id is known to be rolled back. Pure logic; the real server is exercised in
tests/integration/test_change_feed_order.py."""

from __future__ import annotations

from app.remote import Holders, Snapshot


def test_snapshot_text_is_parsed() -> None:
    snap = Snapshot.parse("100:105:100,102")
    assert (snap.xmin, snap.xmax, snap.xip) == (100, 105, frozenset({100, 102}))
    assert Snapshot.parse("7:7:").xip == frozenset()


def test_listed_and_unlisted_transactions_count_as_running() -> None:
    snap = Snapshot.parse("100:105:100,102")
    assert snap.running(100) and snap.running(102)
    assert not snap.running(101) and not snap.running(99)
    assert snap.running(105) and snap.running(230)  # at or above xmax: not completed, not listed


def test_a_gap_waits_for_every_transaction_that_may_hold_it() -> None:
    # Found in snapshot 100:105:100,102 with the reader's own id 108 taken afterwards: the holder is 100,
    # 102, or one of 105..107 (running but too new to be listed).
    holders = Holders(frozenset({100, 102}), low=105, bound=108)
    assert holders.any_running(Snapshot.parse("100:110:100"))  # 100 still runs
    assert holders.any_running(Snapshot.parse("103:110:106"))  # 106 still runs
    assert holders.any_running(Snapshot.parse("103:107:"))  # 107 not completed yet
    assert not holders.any_running(Snapshot.parse("103:109:"))  # all over: the id was rolled back
    assert not holders.any_running(Snapshot.parse("103:120:111,115"))  # later transactions do not matter
