"""`import_contacts`: preview, then apply, a Google Contacts CSV (current export format) into a database of
contacts, through the app's import (profile detection, mapping, matching, domain rules per row, journal),
beside raw Python doing the same rows: csv parse + one executemany INSERT into `contact`, one transaction.

The memory half of the target: a large file of the same kind is read row by row in a child process (the reader
the importer streams from), and its peak RSS is reported (`stream_rows`, `stream_peak_rss_mb`); then a file of
REAL_ROWS rows is previewed and imported in a child process through app.operations.import_export as the GUI's
worker runs it (bench/import_memory.py): rows/s of each pass, peak RSS and how much RSS grew over the second
half of each pass (`real_*`; 0 when memory does not grow with the rows)."""

from __future__ import annotations

import csv
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from app.db import Database
from app.operations.import_export import prepare, run_import
from bench import build, import_memory
from bench.report import Result
from bench.sizes import Sizes

# (contacts in the database, rows in the file, rows of the streamed file) per profile.
SIZES = {"full": (100_000, 10_000, 1_000_000), "quick": (10_000, 500, 100_000), "tiny": (200, 20, 2_000)}
# Rows of the file imported end to end in a child process (the 1,000,000-row figure is taken by hand:
# `python -m bench.import_memory DB CSV 1000000`, hours).
REAL_ROWS = {"full": 20_000, "quick": 2_000, "tiny": 50}
HEADERS = ["First Name", "Middle Name", "Last Name", "Nickname", "Organization Name", "Organization Title",
           "Birthday", "Notes", "Labels", "E-mail 1 - Label", "E-mail 1 - Value", "Phone 1 - Label",
           "Phone 1 - Value", "Phone 2 - Label", "Phone 2 - Value", "Address 1 - Label",
           "Address 1 - Formatted", "Address 1 - Street", "Address 1 - City", "Address 1 - Postal Code",
           "Address 1 - Country"]  # fmt: skip
FIRST = ["Anna", "Ben", "Clara", "David", "Eva", "Felix", "Greta", "Hugo", "Ida", "Jonas", "Karla", "Lukas"]
LAST = ["Becker", "Schmidt", "Wagner", "Hoffmann", "Koch", "Richter", "Klein", "Wolf", "Neumann", "Braun"]
CITIES = [("10115", "Berlin"), ("20095", "Hamburg"), ("80331", "München"), ("50667", "Köln"),
          ("60311", "Frankfurt")]  # fmt: skip
# Peak RSS from VmHWM: getrusage's ru_maxrss survives execve, so it would report the parent's peak.
STREAM_CHILD = """
import sys, time
from pathlib import Path
from app.io.files import open_source
started = time.perf_counter()
count = sum(1 for _ in open_source(Path(sys.argv[1])).rows())
seconds = time.perf_counter() - started
hwm = next(line for line in open("/proc/self/status") if line.startswith("VmHWM:"))
print(count, int(hwm.split()[1]) / 1024, seconds)
"""


def google_row(i: int) -> list[str]:
    first, last = FIRST[i % len(FIRST)], LAST[(i // len(FIRST)) % len(LAST)]
    post_code, city = CITIES[i % len(CITIES)]
    street = f"Hauptstraße {i % 200 + 1}"
    return [first, "", f"{last}-{i}", "", f"Firma {i % 997} GmbH", "Einkauf", "", "", "* myContacts", "Work",
            f"{first.lower()}.{i}@firma{i % 997}.example", "Mobile", f"+49 171 {i:07d}", "Work",
            f"+49 30 {i:07d}", "Work", f"{street}\n{post_code} {city}\nDeutschland", street, city, post_code,
            "Deutschland"]  # fmt: skip


def write_file(path: Path, rows: int) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow(HEADERS)
        for i in range(rows):
            writer.writerow(google_row(i))
    return path


def raw_import(db_path: Path, csv_path: Path) -> float:
    """The reference: parse the same file and insert the same rows with one executemany."""
    conn = build.connect(db_path)
    started = time.perf_counter()
    with csv_path.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        next(reader)
        values = [
            (f"IM{i:08d}", f"{r[0]} {r[2]}", f"{r[0]} {r[2]}".upper(), r[0], r[2], r[4], r[5], r[10], r[14],
             r[12], r[17], r[18], r[19], "DE", build.NOW)
            for i, r in enumerate(reader)
        ]  # fmt: skip
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO contact (no, type, name, search_name, first_name, surname, company_name, job_title, "
        "email, phone_no, mobile_phone_no, address, city, post_code, country_region_code, last_modified) "
        "VALUES (?, 'person', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        values,
    )
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - started
    conn.close()
    return elapsed


def ours(db_path: Path, csv_path: Path) -> tuple[float, float, dict[str, int]]:
    db = Database(f"sqlite:///{db_path}", user="bench")
    try:
        started = time.perf_counter()
        source, mapping = prepare(db, csv_path)
        plan = run_import(db, source, mapping)
        previewed = time.perf_counter() - started
        result = run_import(db, source, mapping, apply=True)
        total = time.perf_counter() - started
    finally:
        db.dispose()
    counts = {"rows": result.total, "created": result.count("create"), "refused": result.count("error"),
              "companies_created": result.companies_created, "preview_rows": plan.total}  # fmt: skip
    return total, previewed, counts


def stream(csv_path: Path) -> tuple[int, float, float]:
    done = subprocess.run([sys.executable, "-c", STREAM_CHILD, str(csv_path)], capture_output=True, text=True,
                          check=True, timeout=3600)  # fmt: skip
    count, rss, seconds = done.stdout.split()
    return int(count), float(rss), float(seconds)


def run(workdir: Path, sizes: Sizes) -> list[Result]:
    contacts, rows, streamed = SIZES.get(sizes.name, SIZES["quick"])
    source = build.fresh(workdir, "import_source")
    build.add_contacts(source, contacts)
    csv_path = write_file(workdir / "google_contacts.csv", rows)
    mine = build.copy(source, "import_ours")
    total, previewed, counts = ours(mine, csv_path)
    theirs = build.copy(source, "import_raw")
    reference = raw_import(theirs, csv_path)
    for path in (mine, theirs):
        path.unlink()
    big = write_file(workdir / "google_contacts_big.csv", streamed)
    count, rss, seconds = stream(big)
    big.unlink()
    real_rows = REAL_ROWS.get(sizes.name, REAL_ROWS["quick"])
    real_csv = write_file(workdir / "google_contacts_real.csv", real_rows)
    real_db = build.copy(source, "import_real")
    real = import_memory.run(workdir, real_db, real_csv, real_rows)
    for path in (real_db, real_csv):
        path.unlink()
    extra: dict[str, object] = {
        "contacts": contacts, "file_rows": rows, "preview_s": round(previewed, 2), **counts,
        "stream_rows": count, "stream_peak_rss_mb": round(rss, 1), "stream_s": round(seconds, 1),
        "stream_rows_per_s": round(count / seconds) if seconds else None,
        "real_rows": real_rows, "real_peak_rss_mb": real["peak_rss_mb"],
        "real_preview_rows_per_s": real["preview"]["rows_per_s"],
        "real_apply_rows_per_s": real["apply"]["rows_per_s"],
        "real_rss_growth_mb": max(_growth(real["preview"]), _growth(real["apply"])),
    }  # fmt: skip
    return [
        Result(
            scenario="import_contacts",
            unit="s",
            target="≤ 20× raw (csv parse + executemany of the same rows); a large file streams with peak RSS "
            "≤ 400 MB",
            samples=[total],
            reference_samples=[reference],
            limit=20.0,
            by_ratio=True,
            extra=extra,
            extra_ok=rss <= 400 and real["peak_rss_mb"] <= 400,
        )
    ]


def _growth(figures: dict[str, Any]) -> float:
    """How much RSS grew over the second half of a pass (the first half includes warming up)."""
    curve = figures["rss_curve_mb"]
    return round(curve[-1] - curve[len(curve) // 2], 1) if len(curve) > 1 else 0.0


__all__ = ["run"]
