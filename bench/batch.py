"""`batch_contacts`: "Create Contacts from Customers" over unlinked customers named and placed as the demo's
(so that many resemble each other and duplicate detection does real work), beside raw sqlite3 writing the
same rows with INSERT … SELECT in one transaction: company contacts, their links, the persons named in
`contact`, the customers' primary contact no., the number series and the duplicate search strings (with the
app's normalize() registered as an SQL function: plain SQL cannot fold "ß" or "é"). Finding the duplicate
pairs among those strings is the job's own work, not a copy; the figure without the search strings is
reported too."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from app.db import Database
from app.duplicates.search import DEFAULT_SETUP, normalize
from app.operations.batch import create_contacts_from
from bench import build
from bench.report import Result, median
from bench.sizes import Sizes

# Numbers continue the contact series (CT000001, six digits); a person follows its company.
RAW_JOB = [
    """CREATE TEMP TABLE todo AS
       SELECT no AS record_no, contact, contact <> '' AND contact_type = 'company' AS has_person,
              row_number() OVER (ORDER BY no) - 1 AS k FROM customer
       WHERE NOT EXISTS (SELECT 1 FROM contact_business_relation r
                         WHERE r.link_to_table = 'customer' AND r.no = customer.no)""",
    """CREATE TEMP TABLE numbered (record_no TEXT PRIMARY KEY, contact TEXT, has_person INTEGER,
                                  contact_no TEXT, person_no TEXT)""",
    """INSERT INTO numbered
       SELECT record_no, contact, has_person,
              'CT' || printf('%06d', 1 + k + coalesce(sum(has_person) OVER (ORDER BY record_no
                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0)) AS contact_no,
              CASE WHEN has_person THEN 'CT' || printf('%06d', 2 + k + coalesce(sum(has_person)
                  OVER (ORDER BY record_no ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0)) END
                  AS person_no
       FROM todo""",
    """INSERT INTO contact (no, type, business_relation, name, name_2, search_name, address, address_2,
           post_code, city, county, country_region_code, phone_no, mobile_phone_no, fax_no, email,
           home_page, language_code, territory_code, currency_code, vat_registration_no,
           registration_number, privacy_blocked, salesperson_code, last_modified)
       SELECT n.contact_no, c.contact_type, 'customer', c.name, c.name_2, c.search_name, c.address,
           c.address_2, c.post_code, c.city, c.county, c.country_region_code, c.phone_no,
           c.mobile_phone_no, c.fax_no, c.email, c.home_page, c.language_code, c.territory_code,
           c.currency_code, c.vat_registration_no, c.registration_number, c.privacy_blocked,
           c.salesperson_code, :now
       FROM numbered n JOIN customer c ON c.no = n.record_no""",
    """INSERT INTO contact_business_relation (contact_no, business_relation_code, link_to_table, no)
       SELECT contact_no, 'CUST', 'customer', record_no FROM numbered""",
    """INSERT INTO contact (no, type, business_relation, name, search_name, first_name, surname,
           company_no, company_name, address, address_2, post_code, city, county, country_region_code,
           phone_no, fax_no, email, home_page, language_code, territory_code, salesperson_code,
           last_modified)
       SELECT n.person_no, 'person', 'customer', n.contact, pyupper(n.contact),
           substr(n.contact, 1, instr(n.contact, ' ') - 1), substr(n.contact, instr(n.contact, ' ') + 1),
           k.no, k.name, k.address, k.address_2, k.post_code, k.city, k.county, k.country_region_code,
           k.phone_no, k.fax_no, k.email, k.home_page, k.language_code, k.territory_code,
           k.salesperson_code, :now
       FROM numbered n JOIN contact k ON k.no = n.contact_no WHERE n.has_person""",
    """UPDATE customer SET primary_contact_no = (SELECT coalesce(n.person_no, n.contact_no) FROM numbered n
           WHERE n.record_no = customer.no), version = version + 1, last_modified = :now
       WHERE no IN (SELECT record_no FROM numbered)""",
    """UPDATE no_series SET last_no_used = (SELECT max(coalesce(person_no, contact_no)) FROM numbered)
       WHERE code = 'CONT'""",
]


NORMALIZED = """CREATE TEMP TABLE normalized AS SELECT c.no, {columns} FROM contact c
    JOIN numbered n ON c.no = n.contact_no WHERE c.type = 'company'"""
SEARCH_STRINGS = """INSERT INTO cont_dupl_search_string (contact_no, field, part, search_string)
    SELECT no, :field, :part, substr({field}, {start}, {length}) FROM normalized WHERE {field} <> ''"""


def raw_job(path: Path, *, search_strings: bool = True) -> tuple[float, int]:
    conn = build.connect(path)
    conn.create_function("pyupper", 1, str.upper, deterministic=True)
    conn.create_function("pynormalize", 1, normalize, deterministic=True)
    started = time.perf_counter()
    conn.execute("BEGIN")
    for statement in RAW_JOB:
        conn.execute(statement, {"now": build.NOW})
    if search_strings:  # each field normalized once, as the job does
        fields = sorted({field for field, _part, _length in DEFAULT_SETUP})
        conn.execute(NORMALIZED.format(columns=", ".join(f"pynormalize(c.{f}) AS {f}" for f in fields)))
    for field, part, length in DEFAULT_SETUP if search_strings else ():
        start = 1 if part == "first" else -length
        sql = SEARCH_STRINGS.format(field=field, start=start, length=length)
        conn.execute(sql, {"field": field, "part": part})
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - started
    created = conn.execute("SELECT count(*) FROM contact").fetchone()[0]
    conn.close()
    return elapsed, created


def _count(path: Path, sql: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute(sql).fetchone()[0])
    finally:
        conn.close()


def run(workdir: Path, sizes: Sizes) -> Result:
    source = build.fresh(workdir, "batch_source")
    build.add_realistic_customers(source, sizes.batch_customers)
    ours: list[float] = []
    reference: list[float] = []
    narrower: list[float] = []
    extra: dict[str, object] = {"customers": sizes.batch_customers}
    for k in range(sizes.batch_repeats):
        mine = build.copy(source, f"batch_ours_{k}")
        db = Database(f"sqlite:///{mine}", user="bench")
        started = time.perf_counter()
        result = create_contacts_from(db, "customer")
        ours.append(time.perf_counter() - started)
        db.dispose()
        theirs = build.copy(source, f"batch_raw_{k}")
        elapsed, created = raw_job(theirs)
        reference.append(elapsed)
        narrow = build.copy(source, f"batch_narrow_{k}")
        narrower.append(raw_job(narrow, search_strings=False)[0])
        narrow.unlink()
        contacts = _count(mine, "SELECT count(*) FROM contact")
        assert result.created == sizes.batch_customers and contacts == created, (result, contacts, created)
        extra.update(contacts=contacts, duplicates=len(result.duplicates))
        for path in (mine, theirs):
            path.unlink()
    extra["raw_without_search_strings_s"] = round(median(narrower), 2)
    extra["ratio_to_that"] = round(median(ours) / median(narrower), 1)
    return Result(
        scenario="batch_contacts",
        unit="s",
        target="≤ 3× raw INSERT … SELECT of the same rows (demo-like names and addresses)",
        samples=ours,
        reference_samples=reference,
        limit=3.0,
        by_ratio=True,
        extra=extra,
    )
