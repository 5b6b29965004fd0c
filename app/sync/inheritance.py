"""Company → person inheritance (SPEC §6.4, §14.2) and what a person takes on under a company (§6.5)."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from app.models import Contact, MarketingSetup
from app.sync.changes import Change, set_if_different

ADDRESS_BLOCK = ("address", "address_2", "post_code", "city", "county")
# "Same address as the company" (BC's IdenticalAddress, SPEC §14.2): the county is not compared.
IDENTICAL_ADDRESS = ("address", "address_2", "post_code", "city")
COMMUNICATION_FIELDS = ("phone_no", "mobile_phone_no", "fax_no", "pager", "email", "home_page")
SINGLE_FIELDS = {
    "salesperson_code": "inherit_salesperson_code",
    "territory_code": "inherit_territory_code",
    "country_region_code": "inherit_country_region_code",
    "language_code": "inherit_language_code",
}


def _old(company: Contact, changes: dict[str, Change], field: str) -> Any:
    return changes[field][0] if field in changes else getattr(company, field)


def same_address(person: Contact, address: tuple[Any, ...]) -> bool:
    """The person's address, address 2, post code and city are `address` (in IDENTICAL_ADDRESS order)."""
    return tuple(getattr(person, f) for f in IDENTICAL_ADDRESS) == address


def inherit_from_company(
    setup: MarketingSetup, company: Contact, changes: dict[str, Change], person: Contact
) -> set[str]:
    """Copy the company's changed inherited fields to a person that still held the old value."""
    written: set[str] = set()
    if "name" in changes and set_if_different(person, "company_name", company.name):
        written.add("company_name")
    for field, switch in SINGLE_FIELDS.items():
        if (
            field in changes
            and getattr(setup, switch)
            and getattr(person, field) == changes[field][0]
            and set_if_different(person, field, getattr(company, field))
        ):
            written.add(field)
    changed_address = [f for f in ADDRESS_BLOCK if f in changes]
    old_address = tuple(_old(company, changes, f) for f in IDENTICAL_ADDRESS)
    if setup.inherit_address_details and changed_address and same_address(person, old_address):
        for field in changed_address:  # the parts that changed travel, the county too
            if set_if_different(person, field, getattr(company, field)):
                written.add(field)
    if setup.inherit_communication_details:
        for field in COMMUNICATION_FIELDS:
            if (
                field in changes
                and getattr(person, field) == changes[field][0]
                and set_if_different(person, field, getattr(company, field))
            ):
                written.add(field)
    return written


def assign_company(
    setup: MarketingSetup,
    person: Contact,
    company: Contact,
    previous: Contact | None,
    given: Collection[str] = (),
) -> None:
    """A person placed under `company` (new or moved from `previous`) takes on its values. The codes are
    copied as the company has them, blanks included (SPEC §14.2), so that a moved person keeps none of its
    old company's; only a code `given` with a new person (an imported card's country) outlives a blank."""
    person.company_name = company.name
    person.business_relation = company.business_relation
    for field, switch in SINGLE_FIELDS.items():
        if getattr(setup, switch) and (getattr(company, field) or field not in given):
            set_if_different(person, field, getattr(company, field))
    if setup.inherit_address_details:
        blank = not any(getattr(person, f) for f in ADDRESS_BLOCK)
        at_previous = previous is not None and same_address(
            person, tuple(getattr(previous, f) for f in IDENTICAL_ADDRESS)
        )
        if blank or at_previous:
            for field in ADDRESS_BLOCK:
                set_if_different(person, field, getattr(company, field))
    if setup.inherit_communication_details:
        for field in COMMUNICATION_FIELDS:
            value = getattr(person, field)
            if not value or (previous is not None and value == getattr(previous, field)):
                set_if_different(person, field, getattr(company, field))
