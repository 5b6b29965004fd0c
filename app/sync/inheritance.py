"""Company → person inheritance (SPEC §6.4) and what a person takes on when assigned a company (§6.5)."""

from __future__ import annotations

from typing import Any

from app.models import Contact, MarketingSetup
from app.sync.changes import Change, set_if_different

ADDRESS_BLOCK = ("address", "address_2", "post_code", "city", "county")
COMMUNICATION_FIELDS = ("phone_no", "fax_no", "email", "home_page")
SINGLE_FIELDS = {
    "salesperson_code": "inherit_salesperson_code",
    "territory_code": "inherit_territory_code",
    "country_region_code": "inherit_country_region_code",
    "language_code": "inherit_language_code",
}


def _old(company: Contact, changes: dict[str, Change], field: str) -> Any:
    return changes[field][0] if field in changes else getattr(company, field)


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
    if setup.inherit_address_details and any(f in changes for f in ADDRESS_BLOCK):
        old_block = tuple(_old(company, changes, f) for f in ADDRESS_BLOCK)
        if tuple(getattr(person, f) for f in ADDRESS_BLOCK) == old_block:
            for field in ADDRESS_BLOCK:
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
    setup: MarketingSetup, person: Contact, company: Contact, previous: Contact | None
) -> None:
    """A person placed under `company` (new or moved from `previous`) takes on its values."""
    person.company_name = company.name
    person.business_relation = company.business_relation
    for field, switch in SINGLE_FIELDS.items():
        if getattr(setup, switch) and getattr(company, field):
            set_if_different(person, field, getattr(company, field))
    if setup.inherit_address_details:
        mine = tuple(getattr(person, f) for f in ADDRESS_BLOCK)
        blank = not any(mine)
        was_previous = previous is not None and mine == tuple(getattr(previous, f) for f in ADDRESS_BLOCK)
        if blank or was_previous:
            for field in ADDRESS_BLOCK:
                set_if_different(person, field, getattr(company, field))
    if setup.inherit_communication_details:
        for field in COMMUNICATION_FIELDS:
            value = getattr(person, field)
            if not value or (previous is not None and value == getattr(previous, field)):
                set_if_different(person, field, getattr(company, field))
