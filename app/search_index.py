"""Substring search over the contact list: on SQLite an FTS5 trigram index kept by triggers, so that a
fragment is found among a million contacts without reading them all; elsewhere a plain LIKE.

The index holds no., name, city and phone no. ASCII-lower-cased and matches case-sensitively, so its
answers are exactly SQLite's LIKE (which ignores the case of ASCII letters only): the list may use either.
It is keyed by the contact's rowid and kept outside the migrations: a virtual table cannot be described by
the models (the schema comparison would flag it), and a later migration that rebuilds the contact table
(batch mode copies it and drops its triggers) needs the index rebuilt anyway. So every open checks for the
triggers (one query) and installs the index when they are missing (`ensure`, called by app.db).
"""

from __future__ import annotations

import logging
import string
import time
import weakref
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    Column,
    ColumnElement,
    Connection,
    Engine,
    Integer,
    MetaData,
    String,
    Table,
    func,
    literal_column,
    or_,
    select,
)
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

log = logging.getLogger(__name__)

INDEX = "contact_search"
TABLE = "contact"
FIELDS = ("no", "name", "city", "phone_no")
MIN_LENGTH = 3  # trigrams: shorter fragments are searched with LIKE
# Up to this many matches the list reads them through the index; with more, matches are dense and reading
# the table in list order stops after the first page anyway (cheaper than collecting every match).
SPARSE_LIMIT = 20_000
_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)
_FTS = Table(INDEX, MetaData(), Column("rowid", Integer), Column(INDEX, String))
_INSTALLED: weakref.WeakKeyDictionary[Any, bool] = weakref.WeakKeyDictionary()


def _values(prefix: str) -> str:
    return ", ".join(f"lower({prefix}.{f})" for f in FIELDS)


_COLUMNS = ", ".join(FIELDS)
_ADD = f"INSERT INTO {INDEX} (rowid, {_COLUMNS}) VALUES (new.rowid, {_values('new')});"
_REMOVE = f"INSERT INTO {INDEX} ({INDEX}, rowid, {_COLUMNS}) VALUES ('delete', old.rowid, {_values('old')});"
DDL = [
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {INDEX} USING fts5({_COLUMNS}, content='', "
    "tokenize='trigram case_sensitive 1')",
    f"CREATE TRIGGER IF NOT EXISTS {INDEX}_insert AFTER INSERT ON {TABLE} BEGIN {_ADD} END",
    f"CREATE TRIGGER IF NOT EXISTS {INDEX}_delete AFTER DELETE ON {TABLE} BEGIN {_REMOVE} END",
    f"CREATE TRIGGER IF NOT EXISTS {INDEX}_update AFTER UPDATE OF {_COLUMNS} ON {TABLE} "
    f"BEGIN {_REMOVE} {_ADD} END",
]
DROP = [f"DROP TRIGGER IF EXISTS {INDEX}_{t}" for t in ("insert", "delete", "update")]
DROP.append(f"DROP TABLE IF EXISTS {INDEX}")


def supported(conn: Connection) -> bool:
    """SQLite built with FTS5 and new enough for its trigram tokenizer (3.34); elsewhere lists use LIKE."""
    if conn.dialect.name != "sqlite":
        return False
    try:
        conn.exec_driver_sql("CREATE VIRTUAL TABLE temp.fts5_probe USING fts5(x, tokenize='trigram')")
        conn.exec_driver_sql("DROP TABLE temp.fts5_probe")
    except DBAPIError:
        return False
    return True


def install(conn: Connection) -> None:
    """Create (or recreate) the index and its triggers and fill it from the contacts."""
    for statement in DROP + DDL:
        conn.exec_driver_sql(statement)
    fill = f"INSERT INTO {INDEX} (rowid, {_COLUMNS}) SELECT rowid, {_values(TABLE)} FROM {TABLE}"
    conn.exec_driver_sql(fill)


def _has_triggers(conn: Connection) -> bool:
    query = "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE ?"
    return conn.exec_driver_sql(query, (f"{INDEX}_%",)).scalar() == len(DDL) - 1


def ensure(engine: Engine) -> None:
    """On SQLite with FTS5 trigrams: install the index unless its triggers are all there."""
    if engine.dialect.name != "sqlite":
        return
    with engine.connect() as conn:
        if _has_triggers(conn):
            return
    with engine.begin() as conn:
        if _has_triggers(conn) or not supported(conn):
            return
        started = time.perf_counter()
        install(conn)
    log.info("built the contact search index in %.1f s", time.perf_counter() - started)


def is_installed(session: Session) -> bool:
    """Whether this database has the index (asked once per engine)."""
    engine = session.get_bind()
    if engine not in _INSTALLED:
        _INSTALLED[engine] = engine.dialect.name == "sqlite" and _has_triggers(session.connection())
    return _INSTALLED[engine]


@dataclass(frozen=True)
class Search:
    """The condition a list adds for a search text, and the number of matches when already known."""

    condition: ColumnElement[bool]
    count: int | None = None


def like_condition(table: Table, fields: tuple[str, ...], text: str, dialect: str) -> ColumnElement[bool]:
    """Case-insensitive substring match in any of `fields`; SQLite's LIKE already ignores ASCII case (and
    lower() would only slow it down), PostgreSQL needs ILIKE."""
    pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    if dialect == "sqlite":
        return or_(*(table.c[f].like(pattern, escape="\\") for f in fields))
    return or_(*(table.c[f].ilike(pattern, escape="\\") for f in fields))


def plan(session: Session, table: Table, fields: tuple[str, ...], text: str) -> Search:
    """How the list finds `text`: through the index when it can answer (and the matches are few)."""
    dialect = session.get_bind().dialect.name
    like = like_condition(table, fields, text, dialect)
    if table.name != TABLE or tuple(fields) != FIELDS or len(text) < MIN_LENGTH or not is_installed(session):
        return Search(like)
    phrase = '"' + text.translate(_ASCII_LOWER).replace('"', '""') + '"'
    matching = select(_FTS.c.rowid).where(_FTS.c[INDEX].match(phrase))
    count = int(session.scalar(select(func.count()).select_from(matching.subquery())) or 0)
    if count > SPARSE_LIMIT:
        return Search(like, count)
    return Search(literal_column(f"{table.name}.rowid").in_(matching), count)
