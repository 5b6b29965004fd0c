"""Employee (Mitarbeiter): linked to a person contact, synchronized one way, contact → employee (SPEC §13)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import ColumnElement, Date, String, func
from sqlalchemy.ext.hybrid import hybrid_property
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Versioned, text_col

EMPLOYEE_STATUS = ("active", "inactive", "terminated")


class Employee(Versioned, Base):
    __tablename__ = "employee"

    no: Mapped[str] = mapped_column(String(20), primary_key=True)
    first_name: Mapped[str] = text_col(30)
    middle_name: Mapped[str] = text_col(30)
    last_name: Mapped[str] = text_col(30)
    initials: Mapped[str] = text_col(30)
    job_title: Mapped[str] = text_col(30)
    address: Mapped[str] = text_col(100)
    address_2: Mapped[str] = text_col(50)
    post_code: Mapped[str] = text_col(20)
    city: Mapped[str] = text_col(30)
    county: Mapped[str] = text_col(30)
    country_region_code: Mapped[str] = text_col(10)
    phone_no: Mapped[str] = text_col(30)
    mobile_phone_no: Mapped[str] = text_col(30)
    pager: Mapped[str] = text_col(30, info={"rule": "phone"})
    fax_no: Mapped[str] = text_col(30)
    email: Mapped[str] = text_col(80)
    # Only here, never on the contact:
    company_email: Mapped[str] = text_col(80, info={"rule": "email"})
    birth_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    employment_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    status: Mapped[str] = mapped_column(
        String(10), nullable=False, default="active", server_default="active",
        info={"choices": EMPLOYEE_STATUS},
    )
    termination_date: Mapped[date | None] = mapped_column(Date, nullable=True)

    @hybrid_property
    def name(self) -> str:
        """The full name, as titles, lists and messages show it (an employee keeps only the parts)."""
        return " ".join(p for p in (self.first_name, self.middle_name, self.last_name) if p)

    @name.inplace.expression
    @classmethod
    def _name_expression(cls) -> ColumnElement[str]:
        spaced = cls.first_name + " " + cls.middle_name + " " + cls.last_name
        return func.trim(func.replace(spaced, "  ", " "))  # a blank middle name leaves one space
