"""A batch job process killed at random moments leaves a consistent database, and a rerun completes it
without duplicates (DESIGN "Reliability targets")."""

from __future__ import annotations

import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from app.db import Database
from app.demo.bulk import add_unlinked_customers

ROOT = Path(__file__).resolve().parents[2]
JOB = (
    "import sys; from app.db import Database; from app.operations.batch import create_contacts_from; "
    "db = Database(sys.argv[1]); r = create_contacts_from(db, 'customer', chunk_size=25); print(r.created)"
)
# The set-based job makes a contact in well under a millisecond: enough customers (and small chunks) that
# the job is still running, commit after commit, when the kill comes.
CUSTOMERS = 10_000
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
        # Each linked customer got its primary contact (the person, else the company) in the same commit.
        assert primaries == linked
        assert persons <= linked
    db.dispose()


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("crash") / "template.db"
    db = Database(f"sqlite:///{path}")
    add_unlinked_customers(db, CUSTOMERS)
    with db.engine.begin() as conn:  # every third names a person: the job creates it too
        conn.execute(text("UPDATE customer SET contact = 'Max Muster' WHERE rowid % 3 = 0"))
    db.dispose()
    return path


def links_committed(path: Path) -> int:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
    try:
        return int(conn.execute("SELECT count(*) FROM contact_business_relation").fetchone()[0])
    finally:
        conn.close()


@pytest.mark.parametrize("seed", range(5))
def test_killed_batch_job_leaves_consistent_database(template: Path, tmp_path: Path, seed: int) -> None:
    path = tmp_path / "crash.db"
    shutil.copy(template, path)
    url = f"sqlite:///{path}"
    rng = random.Random(seed)
    # A kill at a random moment is the point of this test. Wall-clock delays miss on a fast (or busy)
    # machine, so the moment is tied to the job's progress: once a random number of chunks is committed,
    # after a random part of the next one.
    after_links = rng.randint(1, CUSTOMERS // 50 - 3) * 50
    extra = rng.uniform(0.0, 0.08)
    process = subprocess.Popen(
        [sys.executable, "-c", JOB, url], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    deadline = time.monotonic() + 120
    while process.poll() is None and time.monotonic() < deadline:
        if path.exists() and links_committed(path) >= after_links:
            break
        time.sleep(0.005)
    time.sleep(extra)
    assert process.poll() is None, "the job finished before the kill: nothing was tested"
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    assert after_links <= links_committed(path) < CUSTOMERS  # killed in the middle of the job
    KILLS.append(after_links + extra)
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


def test_report_kills() -> None:
    """Prints the number of kills tried (read by the closing note)."""
    print(f"\nkills tried: {len(KILLS)}")
