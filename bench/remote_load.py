"""`remote_load` (PostgreSQL): N desk processes share one database; each saves 2 edits a second to its own
linked records (a company with a customer, a vendor and a bank account) for S seconds, while its RemoteWatch
(the app's LISTEN socket and change feed) receives what the other desks commit.

Proof, independent of the feed: an audit trigger records every row changed in the record tables and every
change-log row, each with its transaction id. Then
- every transaction that changed a record has a change-log row naming those records (none missed at source),
- every such change-log row reached every other desk exactly once (none missed, none twice),
- every save a desk was told succeeded is in the database, the last value of each desk on all four records
  (none lost).
Figure: the refresh delay, from a save's commit on one desk until another desk's feed hands it over (every
desk × every other desk's save), beside the raw round trip measured in the same run under the same load
(psycopg: UPDATE + NOTIFY committed, LISTEN woken, row read back). Target: p95 ≤ 20× the raw median.
Full: 20 desks × 60 s; quick: 4 × 10 s; skipped, with the reason, when no server answers at BENCH_PG."""

from __future__ import annotations

import json
import os
import random
import select
import statistics
import subprocess
import sys
import time
import uuid
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from bench.child import ROOT, child_env, ms_since
from bench.remote import SERVER, _admin
from bench.report import Result, median
from bench.sizes import Sizes

TARGET = "0 missed or lost; p95 ≤ 20× raw NOTIFY round trip"
LIMIT = 20.0
LOAD = {"full": (20, 60.0), "quick": (4, 10.0), "tiny": (2, 3.0)}  # desks, seconds of saving
RATE = 2.0  # saves per second and desk
DRAIN = 5.0  # seconds a desk keeps listening after the last saves
FIELD = "phone_no"  # shared by all four linked records
TABLES = ("contact", "customer", "vendor", "bank_account")
READY, DONE = "DESK-READY", "DESK-DONE "

AUDIT_SQL = """
CREATE TABLE bench_audit (
    n bigserial PRIMARY KEY,
    xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    tbl text NOT NULL,
    key text NOT NULL,
    at double precision NOT NULL DEFAULT extract(epoch FROM clock_timestamp())
);
CREATE FUNCTION bench_audit() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_TABLE_NAME = 'change_log' THEN
        INSERT INTO bench_audit (tbl, key) VALUES ('change_log', NEW.id::text);
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO bench_audit (tbl, key) VALUES (TG_TABLE_NAME, OLD.no);
    ELSE
        INSERT INTO bench_audit (tbl, key) VALUES (TG_TABLE_NAME, NEW.no);
    END IF;
    RETURN NULL;
END $$;
""" + "".join(
    f"CREATE TRIGGER bench_audit_{t} AFTER INSERT OR UPDATE OR DELETE ON {t} "
    f"FOR EACH ROW EXECUTE FUNCTION bench_audit();\n"
    for t in TABLES
) + "CREATE TRIGGER bench_audit_log AFTER INSERT ON change_log FOR EACH ROW EXECUTE FUNCTION bench_audit();\n"


def run(workdir: Path, sizes: Sizes) -> Result:
    try:
        admin = _admin()
    except Exception as exc:  # no server: say why instead of failing the whole run
        reason = f"no PostgreSQL server answers at {SERVER.rpartition('@')[2]} ({type(exc).__name__})"
        return Result("remote_load", "ms", TARGET, [], skipped=reason)
    name = f"contactsync_bench_{uuid.uuid4().hex[:8]}"
    admin.execute(f'CREATE DATABASE "{name}"')
    try:
        desks, seconds = LOAD[sizes.name]
        return _load(f"{SERVER}/{name}", workdir, desks, seconds)
    finally:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()


def _dsn(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def _setup(url: str, desks: int) -> list[dict[str, str]]:
    """One company linked to a customer, a vendor and a bank account per desk; the audit; the raw table."""
    import psycopg

    from app.db import Database
    from app.domain.records import create_record
    from app.operations.create_as import create_as

    db = Database(url, user="setup")
    trios = []
    for k in range(desks):
        # Names and numbers that no duplicate search relates: every desk works on its own records only.
        name = f"{uuid.uuid4().hex[:6]} Handel {k}"
        values = {"type": "company", "name": name, FIELD: f"+49 228 {k:02d}000"}
        with db.unit_of_work() as session:
            contact = create_record(session, "contact", values).no
        trio = {"contact": contact}
        for table, template in (("customer", "CUST-COMP"), ("vendor", "VEND-COMP"), ("bank_account", None)):
            with db.unit_of_work() as session:
                trio[table] = create_as(session, contact, table, template).no
        trios.append(trio)
    db.dispose()
    with psycopg.connect(_dsn(url), autocommit=True) as conn:
        conn.execute(AUDIT_SQL)
        conn.execute("CREATE TABLE bench_raw (id int PRIMARY KEY, v text)")
        conn.execute("INSERT INTO bench_raw VALUES (1, '')")
    return trios


def _load(url: str, workdir: Path, desks: int, seconds: float) -> Result:
    trios = _setup(url, desks)
    go = workdir / f"remote_load_go_{uuid.uuid4().hex[:6]}"
    logs = [workdir / f"remote_load_desk{k}.log" for k in range(desks)]
    procs = []
    for k in range(desks):
        with logs[k].open("w") as err:
            procs.append(subprocess.Popen(
                [sys.executable, "-m", "bench.remote_load", "desk", url, str(k), json.dumps(trios[k]),
                 str(seconds), str(go)],
                cwd=ROOT, env=child_env(workdir), stdout=subprocess.PIPE, stderr=err, text=True,
            ))  # fmt: skip
    try:
        for k, proc in enumerate(procs):  # every desk listens before anyone saves
            assert proc.stdout is not None
            line = proc.stdout.readline()
            if not line.startswith(READY):
                raise RuntimeError(f"desk {k} did not start:\n{logs[k].read_text()[-3000:]}")
        start = time.time() + 1.0
        go.with_suffix(".tmp").write_text(str(start))
        go.with_suffix(".tmp").rename(go)  # whole, or not there
        raw = _raw_round_trips(url, until=start + seconds)
        reports = []
        for k, proc in enumerate(procs):
            out, _ = proc.communicate(timeout=seconds + DRAIN + 120)
            done = [line for line in out.splitlines() if line.startswith(DONE)]
            if not done:
                raise RuntimeError(f"desk {k} failed ({proc.returncode}):\n{logs[k].read_text()[-3000:]}")
            reports.append(json.loads(done[-1][len(DONE):]))
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.kill()
    return _verdict(url, trios, reports, raw, start, desks, seconds)


def _raw_round_trips(url: str, until: float) -> list[float]:
    """The same round trip with bare psycopg, 4 a second while the desks work."""
    import psycopg

    listener = psycopg.connect(_dsn(url), autocommit=True)
    listener.execute("LISTEN bench_raw")
    writer = psycopg.connect(_dsn(url))
    samples = []
    k = 0
    while time.time() < until:
        k += 1
        with writer.transaction():
            writer.execute("UPDATE bench_raw SET v = %s WHERE id = 1", (str(k),))
            writer.execute("SELECT pg_notify('bench_raw', %s)", (str(k),))
        started = time.perf_counter()
        while not list(listener.notifies(timeout=0, stop_after=1)):
            select.select([listener.fileno()], [], [], 1.0)
        listener.execute("SELECT v FROM bench_raw WHERE id = 1").fetchone()
        samples.append(ms_since(started))
        time.sleep(0.25)
    listener.close()
    writer.close()
    return samples


def _verdict(
    url: str, trios: list[dict[str, str]], reports: list[dict[str, Any]], raw: list[float],
    start: float, desks: int, seconds: float,
) -> Result:  # fmt: skip
    import psycopg

    with psycopg.connect(_dsn(url)) as conn:
        audit = conn.execute(
            "SELECT xid::text, tbl, key FROM bench_audit WHERE at >= %s ORDER BY n", (start,)
        ).fetchall()
        logged = [int(key) for _xid, table, key in audit if table == "change_log"]
        log_rows = {row_id: (client, payload) for row_id, client, payload in conn.execute(
            "SELECT id, client_id, payload FROM change_log WHERE id = ANY(%s)", (logged,)
        )}  # fmt: skip
        finals = {
            (table, no): value
            for table in TABLES
            for no, value in conn.execute(f"SELECT no, {FIELD} FROM {table}")
        }
    records: dict[str, set[tuple[str, str]]] = defaultdict(set)
    log_of: dict[str, int] = {}
    for xid, table, key in audit:
        if table == "change_log":
            log_of[xid] = int(key)
        else:
            records[xid].add((table, key))
    # At the source: every transaction that changed records wrote a change-log row that names them.
    unlogged = sum(1 for xid in records if xid not in log_of)
    unnamed = 0
    for xid, changed in records.items():
        if xid in log_of:
            payload = json.loads(log_rows[log_of[xid]][1])
            unnamed += sum(1 for table, key in changed if key not in payload.get(table, {}))
    # Delivery: every change-log row of the run reached every other desk exactly once.
    committed_at = {row_id: t for report in reports for row_id, t in report["saves"]}
    client_of = {report["client_id"]: k for k, report in enumerate(reports)}
    run_ids = set(log_of.values())
    missed = duplicates = late = 0
    delays: list[float] = []
    for k, report in enumerate(reports):
        counts = Counter(row_id for row_id, _t in report["received"])
        for row_id in run_ids:
            writer = client_of.get(log_rows.get(row_id, ("", ""))[0])
            if writer == k:
                continue
            missed += counts[row_id] == 0
            duplicates += max(0, counts[row_id] - 1)
        highest = 0
        for row_id, t in report["received"]:
            late += row_id < highest  # committed after a higher id was delivered: the interleaving happened
            highest = max(highest, row_id)
            if row_id in committed_at:
                delays.append((t - committed_at[row_id]) * 1000)
    # Not lost: each save reported done is a change-log row of its desk, and its last value is on all four.
    lost = 0
    for k, report in enumerate(reports):
        saved = {row_id for row_id, _t in report["saves"]}
        lost += len(saved - {i for i in run_ids if log_rows.get(i, ("",))[0] == report["client_id"]})
        if report["last_value"] is not None:
            lost += sum(finals[(t, trios[k][t])] != report["last_value"] for t in TABLES)
    saves = sum(len(r["saves"]) for r in reports)
    failed = sum(len(r["failures"]) for r in reports)
    p95 = statistics.quantiles(delays, n=20, method="inclusive")[18] if len(delays) > 1 else 0.0
    raw_median = median(raw)
    ratio95 = p95 / raw_median if raw_median else float("inf")
    clean = missed == unlogged == unnamed == duplicates == lost == 0
    return Result(
        scenario="remote_load",
        unit="ms",
        target=TARGET,
        samples=delays,
        reference_samples=raw,
        limit=LIMIT,
        by_ratio=True,
        extra={
            "desks": desks, "seconds": seconds, "saves": saves, "failed saves": failed,
            "deliveries": len(delays), "late (lower id after higher)": late,
            "missed": missed + unlogged + unnamed, "twice": duplicates, "lost": lost,
            "p95 ms": round(p95, 1), "p95 ratio": round(ratio95, 1),
            "desk save ms": round(median([x for r in reports for x in r["save_ms"]]), 1),
            "desk fetch ms": round(median([x for r in reports for x in r["fetch_ms"]]), 1),
        },
        extra_ok=clean and bool(delays) and ratio95 <= LIMIT,
    )


# --- desk side (its own process) ------------------------------------------------------------------------
def desk(url: str, index: str, trio_json: str, seconds: str, go_file: str) -> None:
    from PySide6.QtCore import QCoreApplication, QTimer

    from app.db import Database
    from app.domain.records import set_field
    from app.remote import Entry
    from app.ui.remote_watch import RemoteWatch

    k = int(index)
    trio: dict[str, str] = json.loads(trio_json)
    app = QCoreApplication(sys.argv[:1])
    db = Database(url, user=f"desk{k}")
    received: list[tuple[int, float]] = []
    saves: list[tuple[int, float]] = []
    failures: list[str] = []
    state: dict[str, Any] = {"n": 0, "last_value": None}

    def observe(entry: Entry) -> None:
        received.append((entry.id, time.time()))

    watch = RemoteWatch(db, lambda _changes: None, observe=observe)
    save_ms: list[float] = []
    fetch_ms: list[float] = []
    plain_fetch = watch._fetch

    def timed_fetch() -> None:  # what a notification costs this desk
        started = time.perf_counter()
        plain_fetch()
        fetch_ms.append(ms_since(started))

    watch._fetch = timed_fetch  # type: ignore[method-assign]
    print(READY, flush=True)
    rng = random.Random(k)
    period = 1.0 / RATE
    go = Path(go_file)

    def finish() -> None:
        watch.stop()
        report = {"client_id": db.bus.client_id, "saves": saves, "received": received,
                  "failures": failures, "last_value": state["last_value"],
                  "save_ms": save_ms, "fetch_ms": fetch_ms}  # fmt: skip
        print(DONE + json.dumps(report), flush=True)
        app.quit()

    def save() -> None:
        n = state["n"] = state["n"] + 1
        table = rng.choice(TABLES)
        value = f"+49 228 {k:02d}{n:03d}"
        started = time.perf_counter()
        try:
            with db.unit_of_work() as session:
                set_field(session, table, trio[table], FIELD, value)
            saves.append((int(db.bus.last_row_id or 0), time.time()))
            save_ms.append(ms_since(started))
            state["last_value"] = value
        except Exception as exc:  # counted: a refused or failed save is reported, not lost
            failures.append(type(exc).__name__)
        # The next save 0.5 s after this one was due, or now if this one overran: no catching up in bursts.
        due = state["due"] = max(state["due"] + period, time.time())
        if due < state["end"]:
            QTimer.singleShot(max(0, int((due - time.time()) * 1000)), save)
        else:
            QTimer.singleShot(int(DRAIN * 1000), finish)

    def wait_for_go() -> None:
        if not go.exists():
            QTimer.singleShot(20, wait_for_go)
            return
        begin = float(go.read_text()) + rng.uniform(0, period)  # desks out of step, as people are
        state["due"], state["end"] = begin, float(go.read_text()) + float(seconds)
        QTimer.singleShot(max(0, int((begin - time.time()) * 1000)), save)

    wait_for_go()
    app.exec()
    db.dispose()


if __name__ == "__main__":
    if sys.argv[1] == "desk":
        desk(*sys.argv[2:])
    os._exit(0)  # skip Qt's and the pools' teardown in a child that has reported
