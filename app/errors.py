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
