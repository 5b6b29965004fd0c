"""Fresh benchmark databases, built fast: a migrated template copied per scenario, rows by INSERT … SELECT.

The rows are generated inside SQLite from a recursive counter and small word tables (the demo data's
surnames, trades, streets and places plus made-up syllables), so a million contacts take seconds and
names, addresses and phone numbers are varied like real ones (mostly unique, cities repeating).
"""

from __future__ import annotations

import logging
import shutil
import sqlite3
import time
from datetime import datetime
from pathlib import Path

from app import search_index
from app.db import make_engine
from app.demo import data

log = logging.getLogger("bench")

SYLLABLES = ["Al", "Ber", "Cor", "Dal", "El", "Fen", "Gor", "Hel", "Ing", "Jor", "Kal", "Lin",
             "Mar", "Nor", "Ol", "Per", "Quin", "Ros", "Sel", "Tor", "Ul", "Ver", "Wil", "Zan"]  # fmt: skip
FIRST_NAMES = ["Anna", "Ben", "Clara", "David", "Eva", "Felix", "Greta", "Hannes", "Ida", "Jonas",
               "Lena", "Max", "Nora", "Otto", "Paula", "Rudi", "Sophie", "Tim", "Ute", "Willi"]  # fmt: skip
NOW = datetime(2024, 1, 2, 3, 4, 5).isoformat(sep=" ")

# One generated firm per counter value i: word picks from the digits of two multiplicative hashes of i, so
# that about 66 million name combinations are drawn evenly rather than repeating with a short period.
FIRM = """
SELECT i,
  s.w || ' ' || y1.w || lower(y2.w) || lower(y3.w) || ' ' || t.w || ' ' || l.w AS name,
  st.w || ' ' || (1 + h2 % 180) AS address,
  substr(p.post_code, 1, 2) || printf('%03d', (h2 / 7) % 1000) AS post_code,
  p.city AS city,
  '+49 ' || (30 + h % 900) || ' ' || printf('%07d', (i * 7919 + 17) % 10000000) AS phone_no,
  'info@' || lower(y1.w || y2.w || y3.w) || i || '.de' AS email,
  f.w AS first_name, s2.w AS surname
FROM (SELECT i, (i * 2654435761) % 4294967296 AS h, ((i + 7) * 2246822519) % 4294967296 AS h2 FROM seq)
JOIN w_surname s ON s.k = h % 40
JOIN w_syllable y1 ON y1.k = (h / 40) % 24
JOIN w_syllable y2 ON y2.k = (h / 960) % 24
JOIN w_syllable y3 ON y3.k = (h / 23040) % 24
JOIN w_trade t ON t.k = (h / 552960) % 20
JOIN w_legal l ON l.k = (h / 11059200) % 6
JOIN w_surname s2 ON s2.k = h2 % 40
JOIN w_street st ON st.k = (h2 / 40) % 12
JOIN w_place p ON p.k = (h2 / 480) % 21
JOIN w_first f ON f.k = (h2 / 10080) % 20
"""
SEQ = "WITH RECURSIVE seq(i) AS (SELECT :first UNION ALL SELECT i + 1 FROM seq WHERE i < :last) "


def template(workdir: Path) -> Path:
    """A migrated database with the ready setup (built once per run, copied for every scenario)."""
    path = workdir / "template.db"
    if not path.exists():
        from app.db import Database

        db = Database(f"sqlite:///{path}", user="bench")
        db.dispose()
    return path


def fresh(workdir: Path, name: str) -> Path:
    path = workdir / f"{name}.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    shutil.copy(template(workdir), path)
    return path


def copy(source: Path, name: str) -> Path:
    """A copy of a filled database (each repeat of a writing scenario starts from the same rows)."""
    path = source.with_name(f"{name}.db")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    shutil.copy(source, path)
    return path


def connect(path: Path) -> sqlite3.Connection:
    """A raw sqlite3 connection with the app's pragmas (the raw reference figures use these too)."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    return conn


def _words(conn: sqlite3.Connection) -> None:
    places = sorted({(f["post_code"], f["city"]) for f in data.COMPANIES if f["country_region_code"] == "DE"})
    lists = {
        "surname": data.SURNAMES,
        "trade": data.TRADES,
        "legal": data.LEGAL_FORMS,
        "street": data.STREETS,
        "syllable": SYLLABLES,
        "first": FIRST_NAMES,
    }
    sizes = {"surname": 40, "trade": 20, "legal": 6, "street": 12, "syllable": 24, "first": 20}
    assert all(len(lists[name]) >= size for name, size in sizes.items()) and len(places) >= 21
    for name, words in lists.items():
        conn.execute(f"CREATE TEMP TABLE IF NOT EXISTS w_{name} (k INTEGER PRIMARY KEY, w TEXT)")
        conn.execute(f"DELETE FROM w_{name}")
        conn.executemany(f"INSERT INTO w_{name} VALUES (?, ?)", enumerate(words))
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS w_place (k INTEGER PRIMARY KEY, post_code TEXT, city TEXT)")
    conn.execute("DELETE FROM w_place")
    conn.executemany("INSERT INTO w_place VALUES (?, ?, ?)", [(k, *p) for k, p in enumerate(places)])
    conn.create_function("pyupper", 1, str.upper, deterministic=True)  # the app's search name rule


def add_contacts(path: Path, n: int, *, prefix: str = "BC", first: int = 1) -> None:
    """`n` contacts BC0000001…: four in five companies, every fifth a person (no company)."""
    started = time.perf_counter()
    conn = connect(path)
    _words(conn)
    # Indexes built once afterwards instead of row by row (sorting beats a million random inserts).
    indexes = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'contact' AND sql <> ''"
    ).fetchall()
    for statement in [*search_index.DROP, *(f"DROP INDEX {name}" for name, _sql in indexes)]:
        conn.execute(statement)
    conn.execute("BEGIN")
    conn.execute(
        SEQ + "INSERT INTO contact (no, type, name, search_name, first_name, surname, address, post_code, "
        "city, country_region_code, phone_no, email, language_code, last_modified) "
        "SELECT :prefix || printf('%07d', i), CASE WHEN i % 5 = 0 THEN 'person' ELSE 'company' END, "
        "CASE WHEN i % 5 = 0 THEN first_name || ' ' || surname ELSE name END AS shown, "
        "pyupper(CASE WHEN i % 5 = 0 THEN first_name || ' ' || surname ELSE name END), "
        "CASE WHEN i % 5 = 0 THEN first_name ELSE '' END, CASE WHEN i % 5 = 0 THEN surname ELSE '' END, "
        "address, post_code, city, 'DE', phone_no, email, 'DEU', :now FROM (" + FIRM + ")",
        {"first": first, "last": first + n - 1, "prefix": prefix, "now": NOW},
    )
    for _name, sql in indexes:
        conn.execute(sql)
    conn.execute("COMMIT")
    conn.close()
    engine = make_engine(f"sqlite:///{path}")
    search_index.ensure(engine)
    engine.dispose()
    log.info("  built %s contacts in %.1f s", f"{n:,}", time.perf_counter() - started)


def add_customers(path: Path, n: int) -> None:
    """`n` customers without contacts (the batch job's input); every third names a contact person."""
    started = time.perf_counter()
    conn = connect(path)
    _words(conn)
    conn.execute("BEGIN")
    conn.execute(
        SEQ + "INSERT INTO customer (no, name, search_name, contact, address, post_code, city, "
        "country_region_code, phone_no, email, language_code, "
        "customer_posting_group, gen_bus_posting_group, vat_bus_posting_group, last_modified) "
        "SELECT 'K' || printf('%07d', i), name, pyupper(name), "
        "CASE WHEN i % 3 = 0 THEN first_name || ' ' || surname ELSE '' END, address, post_code, city, 'DE', "
        "phone_no, email, 'DEU', 'DOMESTIC', 'DOMESTIC', 'DOMESTIC', :now "
        "FROM (" + FIRM + ")",
        {"first": 1, "last": n, "now": NOW},
    )
    conn.execute("COMMIT")
    conn.close()
    log.info("  built %s customers in %.1f s", f"{n:,}", time.perf_counter() - started)


def add_realistic_customers(path: Path, n: int) -> None:
    """`n` customers without contacts named and placed as the demo's (app.demo's generator: surnames, trades,
    legal forms, streets and the demo's cities), so many resemble each other and duplicate detection does
    real work; every third names a contact person, as add_customers does."""
    from app.db import Database
    from app.demo.bulk import add_unlinked_customers

    started = time.perf_counter()
    db = Database(f"sqlite:///{path}", user="bench")
    try:
        add_unlinked_customers(db, n)
    finally:
        db.dispose()
    conn = connect(path)
    _words(conn)
    conn.execute("BEGIN")
    conn.execute(
        "UPDATE customer SET contact = (SELECT f.w FROM w_first f WHERE f.k = customer.rowid % 20) || ' ' || "
        "(SELECT s.w FROM w_surname s WHERE s.k = (customer.rowid / 20) % 40) WHERE customer.rowid % 3 = 0"
    )
    conn.execute("COMMIT")
    conn.close()
    log.info("  built %s demo-like customers in %.1f s", f"{n:,}", time.perf_counter() - started)
