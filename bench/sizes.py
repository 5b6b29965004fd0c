"""How big each scenario's database is and how often it is measured: full, quick and tiny (tests)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Sizes:
    name: str
    edit_contacts: int  # other contacts in the database of the edit scenarios
    edit_repeats: int
    other_cards: int  # cards open besides the four affected ones (edit_to_screen)
    screen_repeats: int
    batch_customers: int
    batch_repeats: int
    list_contacts: int
    list_repeats: int
    startup_contacts: int
    startup_repeats: int
    remote_repeats: int


FULL = Sizes(
    name="full",
    edit_contacts=10_000,
    edit_repeats=200,
    other_cards=50,
    screen_repeats=40,
    batch_customers=100_000,
    batch_repeats=3,
    list_contacts=1_000_000,
    list_repeats=7,
    startup_contacts=100_000,
    startup_repeats=5,
    remote_repeats=30,
)
QUICK = Sizes(
    name="quick",
    edit_contacts=2_000,
    edit_repeats=60,
    other_cards=50,
    screen_repeats=15,
    batch_customers=10_000,
    batch_repeats=1,
    list_contacts=100_000,
    list_repeats=3,
    startup_contacts=100_000,
    startup_repeats=3,
    remote_repeats=10,
)
TINY = Sizes(  # proves the command works (tests); the figures mean nothing at this size
    name="tiny",
    edit_contacts=50,
    edit_repeats=5,
    other_cards=3,
    screen_repeats=3,
    batch_customers=60,
    batch_repeats=1,
    list_contacts=500,
    list_repeats=1,
    startup_contacts=200,
    startup_repeats=1,
    remote_repeats=2,
)
PROFILES = {s.name: s for s in (FULL, QUICK, TINY)}
