"""User-facing errors: a translatable message template, the field it concerns and the record."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.captions import caption


def _identity(text: str) -> str:
    return text


# Replaced by the UI with a Qt translator so that domain messages appear in the user's language.
translate: Callable[[str], str] = _identity
# The language ("en", "de") of names put into messages when shown (countries); the UI sets it with its
# translator.
language: str = "en"
# Parameters that carry words of ours ("customer", "Sales Quote", a setup field's caption), not user data.
TRANSLATED_PARAMS = frozenset({"kind", "Kind", "kinds", "table", "type", "setup_field", "doc", "side"})


def domain_text(text: str) -> str:
    """Marks a domain text for translation (scripts/i18n.py collects it) and translates it when shown."""
    return translate(text)


def marked(text: str) -> str:
    """Marks a domain text for translation without translating it (a constant, translated where shown)."""
    return text


class UserError(Exception):
    """A refusal the user can act on. `template` is the untranslated text with {placeholders}."""

    def __init__(
        self,
        template: str,
        *,
        field: str | None = None,
        record: tuple[str, str | None] | None = None,
        **params: Any,
    ) -> None:
        self.template = template
        self.field = field
        self.record = record
        self.params = params
        super().__init__(self.message)

    @property
    def message(self) -> str:
        """The translated text; {field} is the field's caption, since captions are what users see."""
        values = {
            key: translate(value) if key in TRANSLATED_PARAMS and isinstance(value, str) else value
            for key, value in self.params.items()
        }
        if self.field is not None:
            values.setdefault("field", translate(caption(self.field)))
        return translate(self.template).format(**values)

    def __str__(self) -> str:
        return self.message


class TemplateChoiceRequired(UserError):
    """Several templates match: the caller must let the user pick one (SPEC §7.2)."""

    def __init__(self, kind: str, codes: list[str]) -> None:
        super().__init__("Choose a {kind} template: {codes}.", kind=kind, codes=", ".join(codes))
        self.kind = kind
        self.codes = codes


class ConflictError(UserError):
    """Another user changed the same field since this window loaded it (SPEC §12): base / mine / theirs."""

    def __init__(self, table: str, no: str, field: str, base: Any, mine: Any, theirs: Any) -> None:
        super().__init__(
            "Someone else changed {field} of {table} {no} from \u201c{base}\u201d to \u201c{theirs}\u201d "
            "while you were editing it.",
            field=field, record=(table, no), table=table.replace("_", " "), no=no,
            base=base, theirs=theirs,
        )
        self.base, self.mine, self.theirs = base, mine, theirs


class DatabaseTooNewError(Exception):
    """The database was written by a newer ContactSync; it is left untouched."""


# --- database faults (SPEC §16): a raw driver error becomes a message that says what happened and what to do
LOCKED, READ_ONLY, FOLDER = "locked", "read_only", "folder"
CORRUPT, FULL, CANNOT_OPEN = "corrupt", "full", "open"
FAULT_MESSAGES = {
    LOCKED: marked(
        "The database is being changed by another program or user, so this could not be saved now. Nothing "
        "was saved and your entry is kept: try again in a moment."
    ),
    READ_ONLY: marked(
        "The database file is read-only, so nothing can be changed: ContactSync opened it for reading only. "
        "Nothing was saved. Ask for write access to the file to edit it."
    ),
    FOLDER: marked(
        "The folder of the database is not writable, so ContactSync cannot keep its working files there and "
        "opened the database for reading only. Nothing was saved. Move the database to a folder you may "
        "write to, or ask for write access."
    ),
    CORRUPT: marked(
        "The database file is damaged and cannot be used. Nothing was saved. Close ContactSync and start it "
        "again: it offers to restore the latest backup."
    ),
    FULL: marked(
        "The disk is full, so this could not be saved. Nothing was saved and your entry is kept: free some "
        "disk space and try again."
    ),
    CANNOT_OPEN: marked(
        "The database file cannot be opened or created. Check that its folder exists and that you may "
        "write to it."
    ),
}
# Markers in SQLite's (and PostgreSQL's) messages; the messages themselves carry SQL and are never shown.
_FAULT_MARKERS = (
    ("database is locked", LOCKED),
    ("database table is locked", LOCKED),
    ("attempt to write a readonly database", READ_ONLY),
    ("read-only transaction", READ_ONLY),
    ("database or disk is full", FULL),
    ("no space left on device", FULL),
    ("file is not a database", CORRUPT),
    ("database disk image is malformed", CORRUPT),
    ("unable to open database file", CANNOT_OPEN),
)


class DatabaseFault(UserError):
    """The database could not do what was asked (locked, read-only, damaged, disk full, …): a refusal with
    SPEC §16's message; nothing was saved. `fault` is one of LOCKED, READ_ONLY, FOLDER, CORRUPT, FULL,
    CANNOT_OPEN."""

    def __init__(self, fault: str) -> None:
        super().__init__(FAULT_MESSAGES[fault])
        self.fault = fault


def fault_of(exc: BaseException) -> str | None:
    """The fault a raw database error (SQLAlchemy's or the driver's) stands for; None for other errors."""
    if isinstance(exc, DatabaseFault):
        return exc.fault
    orig = getattr(exc, "orig", None) or exc
    text = str(orig).lower()
    for marker, fault in _FAULT_MARKERS:
        if marker in text:
            return fault
    return None
