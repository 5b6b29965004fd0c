"""Employee card (SPEC §13): General, Address & Contact, Personal; the list's columns and search fields."""

from __future__ import annotations

from app.ui.actions import T
from app.ui.cards.form import section
from app.ui.cards.record import RecordCard
from app.ui.lists.columns import CITY, NO, PHONE, Column
from app.ui.widgets import value_label


class EmployeeCard(RecordCard):
    kind = "employee"
    SECTIONS = (
        section("general", T("cards", "General"),
                "no first_name middle_name last_name initials job_title status"),
        section("address", T("cards", "Address & Contact"),
                "address address_2 post_code city county country_region_code phone_no mobile_phone_no pager "
                "fax_no email company_email"),
        section("personal", T("cards", "Personal"), "birth_date employment_date termination_date"),
    )  # fmt: skip

    def after_load(self) -> None:
        parts = (self.values.get(f) for f in ("first_name", "middle_name", "last_name"))
        self.values["name"] = " ".join(p for p in parts if p)  # the title names the employee
        super().after_load()


CARD = EmployeeCard
COLUMNS = (
    NO,
    Column("first_name", 140),
    Column("last_name", 160),
    Column("job_title", 160),
    CITY,
    PHONE,
    Column("email", 200),
    Column("status", 90, value_label),
)
SEARCH_FIELDS = ("no", "first_name", "last_name", "city", "phone_no")
