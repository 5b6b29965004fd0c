"""The column mapping a user chose for a CSV header set, kept in the database for the next such file."""

from __future__ import annotations

import json
import logging

from sqlalchemy.orm import Session

from app.io.profiles import FORMATTED, IGNORE, TARGETS, Mapping, header_key
from app.models import ImportColumnMap

log = logging.getLogger(__name__)


def remembered(session: Session, mapping: Mapping) -> Mapping:
    """The mapping with the fields the user chose last time for the same header set (else unchanged)."""
    row = session.get(ImportColumnMap, header_key(mapping.headers))
    if row is None:
        return mapping
    try:
        fields = json.loads(row.fields)
    except ValueError:
        return mapping
    if not isinstance(fields, list) or len(fields) != len(mapping.headers):
        return mapping
    return mapping.with_fields([f if f in TARGETS or f in (IGNORE, FORMATTED) else IGNORE for f in fields])


def remember(session: Session, mapping: Mapping) -> None:
    """Keep the mapping for its header set (in the caller's transaction)."""
    key = header_key(mapping.headers)
    row = session.get(ImportColumnMap, key)
    if row is None:
        row = ImportColumnMap(header_key=key)
        session.add(row)
    row.headers = json.dumps(list(mapping.headers), ensure_ascii=False)
    row.fields = json.dumps(mapping.fields)
    log.info("import column mapping kept for a header set of %d columns", len(mapping.headers))


__all__ = ["remember", "remembered"]
