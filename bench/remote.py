"""`remote_refresh` (PostgreSQL): one user commits a change, until another user's open card shows it; beside
raw psycopg doing the same round trip (UPDATE + NOTIFY committed, LISTEN woken, row read back).
Skipped, with the reason, when no server answers at BENCH_PG (default 127.0.0.1:5432, user postgres)."""

from __future__ import annotations

import json
import os
import select
import time
import uuid
from pathlib import Path
from typing import Any

from bench.child import child_main, ms_since, spawn
from bench.report import Result
from bench.sizes import Sizes

SERVER = os.environ.get("BENCH_PG", "postgresql+psycopg://postgres@127.0.0.1:5432")
TARGET = "median ≤ 100 ms"


def _admin() -> Any:
    import psycopg
    from sqlalchemy.engine import make_url

    url = make_url(f"{SERVER}/postgres")
    return psycopg.connect(
        host=url.host, port=url.port, user=url.username, password=url.password, dbname="postgres",
        autocommit=True, connect_timeout=3,
    )  # fmt: skip


def run(workdir: Path, sizes: Sizes) -> Result:
    try:
        admin = _admin()
    except Exception as exc:  # no server: say why instead of failing the whole run
        reason = f"no PostgreSQL server answers at {SERVER.rpartition('@')[2]} ({type(exc).__name__})"
        return Result("remote_refresh", "ms", TARGET, [], skipped=reason)
    name = f"contactsync_bench_{uuid.uuid4().hex[:8]}"
    admin.execute(f'CREATE DATABASE "{name}"')
    try:
        url = f"{SERVER}/{name}"
        trio = _trio(url)
        return spawn(
            "bench.remote", workdir, "remote_refresh", url, json.dumps(trio), str(sizes.remote_repeats)
        )
    finally:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()


def _trio(url: str) -> dict[str, str]:
    from app.db import Database
    from app.domain.records import create_record
    from app.operations.create_as import create_as

    db = Database(url, user="writer")
    with db.unit_of_work() as session:
        contact = create_record(
            session, "contact", {"type": "company", "name": "Fern GmbH", "city": "Bonn"}
        ).no
    trio = {"contact": contact}
    for table, template in (("customer", "CUST-COMP"), ("vendor", "VEND-COMP"), ("bank_account", None)):
        with db.unit_of_work() as session:
            trio[table] = create_as(session, contact, table, template).no
    db.dispose()
    return trio


# --- child side ---------------------------------------------------------------------------------------
def _raw_round_trip(url: str, trio: dict[str, str], repeats: int) -> list[float]:
    import psycopg
    from sqlalchemy.engine import make_url

    dsn = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    listener = psycopg.connect(dsn, autocommit=True)
    listener.execute("LISTEN bench_raw")
    writer = psycopg.connect(dsn)
    samples = []
    for k in range(repeats):
        value = f"+49 228 {7000000 + k}"
        with writer.transaction():
            writer.execute("UPDATE customer SET phone_no = %s WHERE no = %s", (value, trio["customer"]))
            writer.execute("SELECT pg_notify('bench_raw', %s)", (trio["customer"],))
        started = time.perf_counter()
        while not list(listener.notifies(timeout=0, stop_after=1)):
            select.select([listener.fileno()], [], [], 1.0)
        listener.execute("SELECT * FROM customer WHERE no = %s", (trio["customer"],)).fetchone()
        samples.append(ms_since(started))
    listener.close()
    writer.close()
    return samples


def remote_refresh(url: str, trio_json: str, repeats: str) -> Result:
    from app.db import Database
    from app.domain.records import set_field
    from app.ui.main_window import create_main_window
    from bench.qt import application, settle, wait_until

    application()
    trio: dict[str, str] = json.loads(trio_json)
    window = create_main_window(url)  # this user's desk: listens on PostgreSQL
    window.show()
    card = window.open_card("customer", trio["customer"])
    settle()
    writer = Database(url, user="writer")  # the other user's desk: its own connections and client id
    line = card.editors["phone_no"].input
    samples = []
    for k in range(int(repeats) + 2):
        value = f"+49 228 {5000000 + k}"
        with writer.unit_of_work() as session:
            set_field(session, "contact", trio["contact"], "phone_no", value)
        started = time.perf_counter()  # committed
        wait_until(lambda: str(5000000 + k) in line.text().replace(" ", ""))  # noqa: B023
        if k >= 2:
            samples.append(ms_since(started))
    writer.dispose()
    return Result(
        scenario="remote_refresh",
        unit="ms",
        target=TARGET,
        samples=samples,
        reference_samples=_raw_round_trip(url, trio, int(repeats)),
        limit=100.0,
    )


if __name__ == "__main__":
    child_main({"remote_refresh": remote_refresh})
