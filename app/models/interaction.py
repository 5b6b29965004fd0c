"""Interaction log (SPEC §11.2): what was done with a contact — documents, e-mails, calls, notes."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, text_col, utcnow

INTERACTION_KINDS = (
    "document_created",
    "document_printed",
    "email_sent",
    "phone_call",
    "meeting",
    "note",
    "service_order",
)
LOG_DOCUMENT_TYPES = ("", "sales_quote", "sales_order", "purchase_quote", "purchase_order")


class InteractionLogEntry(Base):
    """One entry; `contact_company_no` is the company at logging time (a company's own no. for a company),
    so that a person's entries are also listed under its company. No foreign keys: the log is history."""

    __tablename__ = "interaction_log_entry"

    entry_no: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=utcnow)  # UTC
    user_name: Mapped[str] = text_col(50)
    contact_no: Mapped[str] = mapped_column(String(20), nullable=False)
    contact_company_no: Mapped[str] = text_col(20)
    kind: Mapped[str] = mapped_column(String(30), nullable=False)
    description: Mapped[str] = text_col(250)
    document_type: Mapped[str] = text_col(20)
    document_no: Mapped[str] = text_col(20)

    __table_args__ = (
        Index("ix_interaction_log_entry_contact_no", "contact_no"),
        Index("ix_interaction_log_entry_contact_company_no", "contact_company_no"),
        Index("ix_interaction_log_entry_document", "document_type", "document_no"),
    )
