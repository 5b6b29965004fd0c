"""Two desks storing the same duplicate pair at once on PostgreSQL (READ COMMITTED): the second save must
not fail with a unique violation (as it did when two desks edited two similar contacts at once)."""

from __future__ import annotations

import threading

from sqlalchemy import select

from app.db import Database
from app.duplicates.search import Candidate, _store_pairs
from app.models import ContactDuplicate
from tests.helpers.factory import make_company


def test_a_pair_stored_by_another_desk_meanwhile_is_updated_not_refused(pg_url: str) -> None:
    db = Database(pg_url, user="tester")
    try:
        a = make_company(db, name="Alpha Maschinen GmbH")
        b = make_company(db, name="Zeta Handel KG")  # not similar: no pair stored yet
        first, second = db.session(), db.session()
        try:
            _store_pairs(first, a, [Candidate(b, "Zeta Handel KG", 2, 50)])  # desk 1: pair written, open
            failure: list[BaseException] = []

            def desk_two() -> None:  # read "no pair" before desk 1 commits, then insert the same pair
                try:
                    _store_pairs(second, b, [Candidate(a, "Alpha Maschinen GmbH", 3, 60)])
                    second.commit()
                except BaseException as exc:  # reported to the test thread
                    failure.append(exc)

            thread = threading.Thread(target=desk_two)
            thread.start()
            thread.join(0.5)  # desk 2 now waits on desk 1's uncommitted rows
            first.commit()
            thread.join(10)
            assert not thread.is_alive()
            assert failure == []
        finally:
            first.close()
            second.close()
        with db.session() as session:
            pairs = session.execute(select(ContactDuplicate.contact_no, ContactDuplicate.duplicate_contact_no,
                                           ContactDuplicate.no_of_matching_strings)).all()  # fmt: skip
        assert sorted(pairs) == sorted([(a, b, 3), (b, a, 3)])  # the later desk's count, each pair once
    finally:
        db.dispose()
