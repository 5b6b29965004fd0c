"""What Link with existing will do before it does it: the default winner per field (the side that has a
value; the master where both have one), the values each record loses, and whether the names look like
two different parties."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Any, Protocol

from app.duplicates.search import normalize

TYPO_RATIO = 0.8  # two normalized names at least this similar differ by a typo, not by who they are


class Difference(Protocol):
    @property
    def contact_field(self) -> str: ...
    @property
    def contact_value(self) -> Any: ...
    @property
    def record_value(self) -> Any: ...


def is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def default_winner(difference: Difference, master: str) -> str:
    """'contact' or 'record': a blank never overwrites a value; where both sides have one, the master wins."""
    contact_blank, record_blank = is_blank(difference.contact_value), is_blank(difference.record_value)
    if contact_blank and not record_blank:
        return "record"
    if record_blank and not contact_blank:
        return "contact"
    return master


def default_winners(differences: Iterable[Difference], master: str) -> dict[str, str]:
    return {d.contact_field: default_winner(d, master) for d in differences}


@dataclass(frozen=True)
class Losses:
    """The fields whose values are overwritten, per side (blanks that get filled are no loss)."""

    contact: list[str]
    record: list[str]


def losses(differences: Iterable[Difference], winners: Mapping[str, str]) -> Losses:
    contact: list[str] = []
    record: list[str] = []
    for d in differences:
        if winners.get(d.contact_field) == "record" and not is_blank(d.contact_value):
            contact.append(d.contact_field)
        elif winners.get(d.contact_field) == "contact" and not is_blank(d.record_value):
            record.append(d.contact_field)
    return Losses(contact, record)


def names_differ(first: str | None, second: str | None) -> bool:
    """True when two names differ beyond a typo, case, accents or punctuation ('Müller GmbH' and 'Mueller
    GmbH.' agree; a name contained in the other, 'Müller' in 'Müller Bau GmbH', agrees too). Uses the
    duplicate search's normalization so that both features call the same names equal."""
    a, b = normalize(first or ""), normalize(second or "")
    if not a or not b or a == b or a in b or b in a:
        return False
    return SequenceMatcher(None, a, b).ratio() < TYPO_RATIO


__all__ = ["Losses", "default_winner", "default_winners", "is_blank", "losses", "names_differ"]
