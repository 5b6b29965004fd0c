"""Number series (Nummernserien) that generate record numbers such as CT000001."""

from __future__ import annotations

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, flag_col, text_col


class NoSeries(Base):
    __tablename__ = "no_series"

    code: Mapped[str] = mapped_column(String(20), primary_key=True)
    description: Mapped[str] = text_col(100)
    starting_no: Mapped[str] = text_col(20)
    last_no_used: Mapped[str] = text_col(20)
    increment_by: Mapped[int] = mapped_column(Integer, nullable=False, default=1, server_default="1")
    manual_nos: Mapped[bool] = flag_col(True)
