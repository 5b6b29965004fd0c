"""Run one domain operation as one unit of work from the UI; refusals become one message box."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from app.db import Database
from app.errors import UserError
from app.ui import prompts

log = logging.getLogger(__name__)
T = TypeVar("T")


def run(
    parent: QWidget | None, db: Database, operation: Callable[..., T], *args: Any, **kwargs: Any
) -> T | None:
    """operation(session, *args, **kwargs) in one transaction. A UserError is shown and None returned;
    nothing is written then."""
    try:
        with db.unit_of_work() as session:
            return operation(session, *args, **kwargs)
    except UserError as exc:
        prompts.error(parent, QCoreApplication.translate("operations", "ContactSync"), exc.message)
        return None


def read(db: Database, query: Callable[[Session], T]) -> T:
    """A read in its own short session (windows keep plain values, never live ORM objects)."""
    with db.session() as session:
        return query(session)
