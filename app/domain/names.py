"""A person's name and its parts (SPEC §14.1): one splitting rule for every place a person's name is typed."""

from __future__ import annotations

PART_LENGTH = 30  # first name, middle name and surname are each at most this long (as in BC)
NAME_PARTS = ("first_name", "middle_name", "surname")


def split_name(name: str) -> tuple[str, str, str]:
    """(first, middle, surname) of a typed name, split on spaces as BC's NameBreakdown does: with two or
    more words the last is the surname, with three or more the second-to-last is the middle name, the
    words before form the first name (so a single word is a first name)."""
    words = (name or "").split()
    surname = words.pop() if len(words) >= 2 else ""
    middle = words.pop() if len(words) >= 2 else ""
    first = " ".join(words)
    return first[:PART_LENGTH].rstrip(), middle[:PART_LENGTH], surname[:PART_LENGTH]


def join_name(first: str, middle: str, surname: str) -> str:
    """The name the parts make: "first middle surname", blanks skipped."""
    return " ".join(part for part in (first, middle, surname) if part)


__all__ = ["NAME_PARTS", "PART_LENGTH", "join_name", "split_name"]
