"""Duplicate detection tables (SPEC §10): search string setup, strings per company, found duplicates."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, flag_col
from app.models.contact import Contact


class DuplSearchStringSetup(Base):
    """Which field contributes its first or last N characters to the search strings."""

    __tablename__ = "dupl_search_string_setup"

    field: Mapped[str] = mapped_column(String(50), primary_key=True)
    part: Mapped[str] = mapped_column(String(10), primary_key=True)  # 'first' | 'last'
    length: Mapped[int] = mapped_column(Integer, nullable=False, default=5, server_default="5")


class ContDuplSearchString(Base):
    __tablename__ = "cont_dupl_search_string"

    contact_no: Mapped[str] = mapped_column(
        String(20), ForeignKey("contact.no", ondelete="CASCADE"), primary_key=True
    )
    field: Mapped[str] = mapped_column(String(50), primary_key=True)
    part: Mapped[str] = mapped_column(String(10), primary_key=True)
    search_string: Mapped[str] = mapped_column(String(50), nullable=False)

    # Orders inserts: strings of a contact created in the same flush come after the contact.
    contact: Mapped[Contact] = relationship(lazy="select")

    # Covering: who carries a string is read from the index alone (duplicate search, the batch job).
    __table_args__ = (
        Index("ix_cont_dupl_search_string_lookup", "field", "part", "search_string", "contact_no"),
    )


class ContactDuplicate(Base):
    """A pair of company contacts whose search strings match at or above the hit %."""

    __tablename__ = "contact_duplicate"

    contact_no: Mapped[str] = mapped_column(
        String(20), ForeignKey("contact.no", ondelete="CASCADE"), primary_key=True
    )
    duplicate_contact_no: Mapped[str] = mapped_column(
        String(20), ForeignKey("contact.no", ondelete="CASCADE"), primary_key=True
    )
    no_of_matching_strings: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    separate_contacts: Mapped[bool] = flag_col()  # the user's "not a duplicate"

    contact: Mapped[Contact] = relationship(foreign_keys=[contact_no], lazy="select")
    duplicate: Mapped[Contact] = relationship(foreign_keys=[duplicate_contact_no], lazy="select")
