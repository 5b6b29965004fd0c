"""Declarative base, naming convention and the column helpers every model uses."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Boolean, DateTime, Integer, MetaData, String, false, true
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)

    def __init__(self, **kwargs: Any) -> None:
        # Fill scalar column defaults at construction, so that rules running before INSERT
        # (the sync engine's before-flush hook) see '' and False rather than None.
        for column in self.__table__.columns:  # type: ignore[attr-defined]
            default = column.default
            if column.key not in kwargs and default is not None and default.is_scalar:
                kwargs[column.key] = default.arg
        for key, value in kwargs.items():
            if not hasattr(type(self), key):
                raise TypeError(f"{key!r} is an invalid keyword argument for {type(self).__name__}")
            setattr(self, key, value)


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def text_col(length: int, **kw: object) -> Mapped[str]:
    """A non-null text column that is blank ('') rather than NULL when empty, as in BC."""
    return mapped_column(String(length), nullable=False, default="", server_default="", **kw)  # type: ignore[arg-type]


def flag_col(default: bool = False) -> Mapped[bool]:
    return mapped_column(
        Boolean, nullable=False, default=default, server_default=true() if default else false()
    )


class Versioned:
    """Optimistic concurrency: every UPDATE checks and bumps `version`; `last_modified` tracks the time."""

    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1, server_default="1")
    last_modified: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=utcnow, onupdate=utcnow)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.version}  # type: ignore[attr-defined]
