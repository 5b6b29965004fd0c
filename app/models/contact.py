"""The contact: a company or a person, the hub of synchronization."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, Versioned, text_col
from app.models.party import AddressCommMixin, TaxMixin

CONTACT_TYPES = ("company", "person")
CORRESPONDENCE_TYPES = ("", "hard_copy", "email", "fax")  # how documents go to the contact (blank: hard copy)


class Contact(Versioned, AddressCommMixin, TaxMixin, Base):
    __tablename__ = "contact"

    no: Mapped[str] = mapped_column(String(20), primary_key=True)
    type: Mapped[str] = mapped_column(String(10), nullable=False, default="company", server_default="company")
    salesperson_code: Mapped[str] = text_col(20)
    company_no: Mapped[str | None] = mapped_column(
        String(20), ForeignKey("contact.no", ondelete="CASCADE"), nullable=True
    )
    company_name: Mapped[str] = text_col(100)
    first_name: Mapped[str] = text_col(30)
    middle_name: Mapped[str] = text_col(30)
    surname: Mapped[str] = text_col(30)
    job_title: Mapped[str] = text_col(30)
    salutation_code: Mapped[str] = text_col(10)
    # SPEC §14.12: fields BC keeps on the contact
    extension_no: Mapped[str] = text_col(30)
    pager: Mapped[str] = text_col(30, info={"rule": "phone"})
    correspondence_type: Mapped[str] = text_col(10, info={"choices": CORRESPONDENCE_TYPES})
    format_region: Mapped[str] = text_col(80)
    # Derived (SPEC §5.6): stored so that lists and SQL users can read it without a join.
    business_relation: Mapped[str] = mapped_column(
        String(20), nullable=False, default="none", server_default="none"
    )

    # Lets the unit of work insert a new company before the persons created under it in one flush.
    company: Mapped[Contact | None] = relationship(remote_side=[no], lazy="select")

    __table_args__ = (
        Index("ix_contact_company_no", "company_no"),
        Index("ix_contact_search_name", "search_name"),
        Index("ix_contact_name", "name", "no"),  # the contact list sorted by name (keyset pages)
    )

    @property
    def is_person(self) -> bool:
        return self.type == "person"
