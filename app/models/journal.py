"""Sync journal: one row per propagated value (SPEC §6.8)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, text_col, utcnow


class SyncJournalEntry(Base):
    __tablename__ = "sync_journal_entry"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    change_id: Mapped[str] = mapped_column(String(36), nullable=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=utcnow)
    user_name: Mapped[str] = text_col(50)
    source_table: Mapped[str] = mapped_column(String(20), nullable=False)
    source_no: Mapped[str] = mapped_column(String(20), nullable=False)
    source_field: Mapped[str] = mapped_column(String(50), nullable=False)
    target_table: Mapped[str] = mapped_column(String(20), nullable=False)
    target_no: Mapped[str] = mapped_column(String(20), nullable=False)
    target_field: Mapped[str] = mapped_column(String(50), nullable=False)
    old_value: Mapped[str | None] = mapped_column(Text, nullable=True)
    new_value: Mapped[str | None] = mapped_column(Text, nullable=True)

    __table_args__ = (
        Index("ix_sync_journal_entry_target", "target_table", "target_no"),
        Index("ix_sync_journal_entry_source", "source_table", "source_no"),
        Index("ix_sync_journal_entry_change_id", "change_id"),
    )
