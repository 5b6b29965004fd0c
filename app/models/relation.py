"""Business relation codes and the links between contacts and the records of the kinds (app.kinds)."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, text_col
from app.models.contact import Contact


class BusinessRelation(Base):
    __tablename__ = "business_relation"

    code: Mapped[str] = mapped_column(String(10), primary_key=True)
    description: Mapped[str] = text_col(100)


class ContactBusinessRelation(Base):
    """One row ties a contact to a linked record, or is a plain marketing relation (link_to_table NULL)."""

    __tablename__ = "contact_business_relation"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    contact_no: Mapped[str] = mapped_column(
        String(20), ForeignKey("contact.no", ondelete="CASCADE"), nullable=False
    )
    business_relation_code: Mapped[str] = mapped_column(
        String(10), ForeignKey("business_relation.code"), nullable=False
    )
    link_to_table: Mapped[str | None] = mapped_column(String(20), nullable=True)
    no: Mapped[str | None] = mapped_column(String(20), nullable=True)

    # Orders inserts: a contact created in the same flush is written before its link.
    contact: Mapped[Contact] = relationship(lazy="select")

    __table_args__ = (
        Index("uq_cbr_contact_code", "contact_no", "business_relation_code", unique=True),
        # A linked record has at most one contact; a contact at most one link of each kind.
        Index("uq_cbr_link", "link_to_table", "no", unique=True),
        Index("uq_cbr_contact_kind", "contact_no", "link_to_table", unique=True),
    )
