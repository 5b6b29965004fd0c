"""Column mappings of CSV imports, remembered per header set (SPEC §15): the next file with the same columns
opens with the user's choice."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, utcnow


class ImportColumnMap(Base):
    __tablename__ = "import_column_map"

    header_key: Mapped[str] = mapped_column(String(64), primary_key=True)  # sha256 of the header set
    headers: Mapped[str] = mapped_column(Text, nullable=False)  # JSON list, as the file names them
    fields: Mapped[str] = mapped_column(Text, nullable=False)  # JSON list: the target of each column
    modified_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=utcnow, onupdate=utcnow)
