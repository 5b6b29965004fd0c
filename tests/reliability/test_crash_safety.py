"""A batch job process killed at random moments leaves a consistent database, and a rerun completes it
without duplicates (DESIGN "Reliability targets")."""

from __future__ import annotations

import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from app.db import Database
from app.domain.records import create_record

ROOT = Path(__file__).resolve().parents[2]
JOB = (
    "import sys; from app.db import Database; from app.sync.batch import create_contacts_from; "
    "db = Database(sys.argv[1]); r = create_contacts_from(db, 'customer', chunk_size=50); print(r.created)"
)
CUSTOMERS = 600
KILLS: list[float] = []


def check_consistent(url: str) -> None:
    db = Database(url)
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        assert conn.execute(text("PRAGMA foreign_key_check")).all() == []
        # Every company contact the job made has its link: no half-run leftovers.
        orphans = conn.execute(
            text(
                "SELECT count(*) FROM contact c WHERE c.type = 'company' AND NOT EXISTS "
                "(SELECT 1 FROM contact_business_relation r WHERE r.contact_no = c.no)"
            )
        ).scalar()
        assert orphans == 0
        dangling = conn.execute(
            text(
                "SELECT count(*) FROM contact_business_relation r "
                "WHERE r.link_to_table = 'customer' AND NOT EXISTS "
                "(SELECT 1 FROM customer k WHERE k.no = r.no)"
            )
        ).scalar()
        assert dangling == 0
        persons = conn.execute(text("SELECT count(*) FROM contact WHERE type = 'person'")).scalar()
        linked = conn.execute(text("SELECT count(*) FROM contact_business_relation")).scalar()
        primaries = conn.execute(
            text("SELECT count(*) FROM customer WHERE primary_contact_no <> ''")
        ).scalar()
        assert primaries == linked  # each linked customer got its primary contact in the same commit
        assert persons <= linked
    db.dispose()


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("crash") / "template.db"
    db = Database(f"sqlite:///{path}")
    with db.unit_of_work() as session:
        for i in range(CUSTOMERS):
            create_record(
                session,
                "customer",
                {"name": f"Kunde {i:05d}", "city": "Ulm", "contact": "Max Muster" if i % 3 == 0 else ""},
                auto_contact=False,
            )
    db.dispose()
    return path


@pytest.mark.parametrize("seed", range(5))
def test_killed_batch_job_leaves_consistent_database(template: Path, tmp_path: Path, seed: int) -> None:
    path = tmp_path / "crash.db"
    shutil.copy(template, path)
    url = f"sqlite:///{path}"
    delay = random.Random(seed).uniform(0.6, 2.5)
    process = subprocess.Popen(
        [sys.executable, "-c", JOB, url], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    time.sleep(delay)  # a kill at a random moment is the point of this test
    assert process.poll() is None, "the job finished before the kill: nothing was tested"
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    KILLS.append(delay)
    check_consistent(url)
    rerun = subprocess.run(
        [sys.executable, "-c", JOB, url], cwd=ROOT, capture_output=True, text=True, timeout=300, check=True
    )
    check_consistent(url)
    db = Database(url)
    with db.engine.connect() as conn:
        linked = conn.execute(text("SELECT count(DISTINCT no) FROM contact_business_relation")).scalar()
        links = conn.execute(text("SELECT count(*) FROM contact_business_relation")).scalar()
        companies = conn.execute(text("SELECT count(*) FROM contact WHERE type = 'company'")).scalar()
    db.dispose()
    assert linked == links == companies == CUSTOMERS, rerun.stdout
