"""Many unlinked customers, fast (scale tests, the batch job's benchmark): a Core executemany insert."""

from __future__ import annotations

import logging
import random
from datetime import datetime
from typing import Any

from sqlalchemy import insert
from sqlalchemy.exc import IntegrityError

from app.changes import NEW, add_change
from app.db import Database
from app.demo import data
from app.demo.codes import ensure_codes, localized
from app.domain.defaults import database_language
from app.domain.numbering import increment
from app.domain.setup import SETUP_FIELD_CAPTIONS, get_setup
from app.errors import UserError
from app.models import Customer, NoSeries
from app.models.base import utcnow

log = logging.getLogger(__name__)


def add_unlinked_customers(db: Database, n: int, *, chunk_size: int = 5000, seed: int = 4711) -> int:
    """Add `n` customers without contacts, numbered from the customer series, in one transaction.

    A Core executemany insert on purpose: the rows bypass the automatic contact creation (they are unlinked
    by definition) and 100,000 of them take seconds. Names and places come from the demo lists."""
    if n <= 0:
        return 0
    with db.unit_of_work() as session:
        ensure_codes(session)
        code = get_setup(session).customer_nos
        series = session.get(NoSeries, code) if code else None
        if series is None:
            raise UserError(
                "Customers cannot be numbered: fill in \u201c{setup_field}\u201d in the Marketing Setup.",
                setup_field=SETUP_FIELD_CAPTIONS["customer_nos"],
            )
        step = series.increment_by or 1
        first = increment(series.last_no_used, step) if series.last_no_used else series.starting_no
        if not first:
            raise UserError("Number series {code} has no starting number.", code=series.code)
        last = increment(first, (n - 1) * step)
        if len(last) > 20:
            raise UserError("Number series {code} has run out of numbers.", code=series.code)
        series.last_no_used = last
        session.flush()
        rng = random.Random(f"{seed}-{first}")
        places = [f for f in data.COMPANIES if f["country_region_code"] == "DE"]
        language = database_language(session)
        now = utcnow()
        conn = session.connection()
        for start in range(0, n, chunk_size):
            rows = [
                localized(_generated_customer(rng, increment(first, i * step), places, now), language)
                for i in range(start, min(n, start + chunk_size))
            ]
            try:
                conn.execute(insert(Customer), rows)
            except IntegrityError:
                raise UserError(
                    "Customer numbers {first} to {last} are partly in use already; nothing was added.",
                    first=first,
                    last=last,
                ) from None
            for row in rows:
                add_change(session, "customer", row["no"], {NEW})
    log.info("added %d unlinked customers %s..%s", n, first, last)
    return n


def _generated_customer(
    rng: random.Random, no: str, places: list[dict[str, Any]], now: datetime
) -> dict[str, Any]:
    place = rng.choice(places)
    name = f"{rng.choice(data.SURNAMES)} {rng.choice(data.TRADES)} {rng.choice(data.LEGAL_FORMS)}"
    return {
        "no": no,
        "name": name,
        "search_name": name.upper(),
        "address": f"{rng.choice(data.STREETS)} {rng.randint(1, 180)}",
        "post_code": place["post_code"],
        "city": place["city"],
        "country_region_code": "DE",
        "phone_no": f"+49 {rng.randint(30, 989)} {rng.randint(100000, 9999999)}",
        "language_code": "DEU",
        "territory_code": place["territory_code"],
        "salesperson_code": rng.choice(data.SALESPEOPLE[:5])[0],
        "customer_posting_group": "DOMESTIC",
        "gen_bus_posting_group": "DOMESTIC",
        "vat_bus_posting_group": "DOMESTIC",
        "payment_terms_code": rng.choice(("14 DAYS", "30 DAYS", "1M(8D)")),
        "payment_method_code": "BANK",
        "contact_type": "company",
        "version": 1,
        "last_modified": now,
    }
