"""Runs user actions for the UI: one transaction each, retried on a stale version, refusals shown.

The only module in app/ui that opens a unit of work (tests/unit/test_ui_runner_rule.py checks it).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from app.db import Database
from app.errors import ConflictError, TemplateChoiceRequired, UserError
from app.ui import prompts
from app.ui.dialogs.template_list import (
    TemplateListDialog,
    choice_text,
    preselected,
    read_contact_key,
    read_templates,
)

log = logging.getLogger(__name__)
T = TypeVar("T")
OnRefusal = Callable[[UserError], bool]  # shows a refusal at its field; False: the prompt is needed too
OnConflict = Callable[[ConflictError], bool]  # settles a conflict (SPEC §12); True when it was resolved


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """How a run ended: done (with the operation's value), refused (shown; nothing written) or cancelled."""

    value: T | None = None
    error: UserError | None = None  # the refusal; the transaction was rolled back
    cancelled: bool = False  # the user cancelled a question the operation needed (the template)
    resolved: bool = False  # a ConflictError that the on_conflict hook settled

    @property
    def done(self) -> bool:
        return self.error is None and not self.cancelled


def default_title() -> str:
    return QCoreApplication.translate("operations", "ContactSync")


def run(
    parent: QWidget | None,
    db: Database,
    operation: Callable[..., T],
    /,
    *args: Any,
    title: str | None = None,
    on_refusal: OnRefusal | None = None,
    on_conflict: OnConflict | None = None,
    template_arg: str | None = None,
    template_contact: str | None = None,
    **kwargs: Any,
) -> Outcome[T]:
    """operation(session, *args, **kwargs) as one unit of work through `Database.run` (retried when another
    user's commit overtook it). The keyword-only options are the runner's own, never passed on:

    - a refusal (UserError) goes to `on_refusal` when given (a card's field editor, a grid cell, a dialog's
      error label), and to a prompt titled `title` unless that hook returned True (shown completely);
    - a ConflictError goes to `on_conflict` when given (it runs after the rollback, so it may save again);
    - `template_arg` names the operation's keyword for a template code: on TemplateChoiceRequired the user
      picks one template (once) and the operation runs again with the chosen code; `template_contact`
      (the contact's no.) preselects the template that matches its country and type.
    """
    asked = False
    while True:
        try:
            return Outcome(value=db.run(operation, *args, **kwargs))
        except TemplateChoiceRequired as exc:
            if template_arg is None or asked:
                return refused(parent, exc, title, on_refusal)
            asked = True
            code = choose_template(
                parent, db, title or default_title(), exc.kind, exc.codes, template_contact
            )
            if code is None:
                return Outcome(cancelled=True)
            kwargs[template_arg] = code
        except ConflictError as exc:
            if on_conflict is None:
                return refused(parent, exc, title, on_refusal)
            log.info("%s: conflict on %s", _name(operation), exc.field)
            return Outcome(error=exc, resolved=on_conflict(exc))
        except UserError as exc:
            log.info("%s refused: %s", _name(operation), exc.template)  # the template: no field values (§16)
            return refused(parent, exc, title, on_refusal)


def attempt(
    parent: QWidget | None, title: str, call: Callable[..., T], /, *args: Any, **kwargs: Any
) -> Outcome[T]:
    """call(*args, **kwargs) for work that manages its own transactions (the batch job commits per chunk,
    files are read or written): only its refusal is the runner's, shown in a prompt titled `title`."""
    try:
        return Outcome(value=call(*args, **kwargs))
    except UserError as exc:
        log.info("%s refused: %s", _name(call), exc.template)
        return refused(parent, exc, title)


def refused(
    parent: QWidget | None, exc: UserError, title: str | None = None, on_refusal: OnRefusal | None = None
) -> Outcome[Any]:
    """Show a refusal at its field (when the caller has one) or else in a prompt; the refused outcome."""
    if on_refusal is None or not on_refusal(exc):
        prompts.error(parent, title or default_title(), exc.message)
    return Outcome(error=exc)


def by_caller(_exc: UserError) -> bool:
    """on_refusal of a caller that shows the refusal itself, from the outcome (a grid cell): no prompt."""
    return True


def choose_template(
    parent: QWidget | None,
    db: Database,
    title: str,
    table: str,
    codes: list[str],
    contact_no: str | None = None,
) -> str | None:
    """Ask once which of several fitting templates of kind `table` to use, in a list page (`dialog_template`)
    preselected by the contact's country and type; the chosen code, None when cancelled. The one
    implementation for Create as and new documents (a test's answerer sees "CODE — description" options)."""
    rows, contact = read(db, lambda s: (read_templates(s, table, codes), read_contact_key(s, contact_no)))
    labels = {f"{r.code} \u2014 {r.description}" if r.description else r.code: r.code for r in rows}
    current = preselected(rows, contact)

    def show() -> str | None:
        code = TemplateListDialog(table, rows, current, title, choice_text(), parent).choose()
        return next((label for label, c in labels.items() if c == code), None)

    answer = prompts.pick(parent, title, choice_text(), list(labels), show)
    return labels.get(answer, answer) if answer is not None else None


def read(db: Database, query: Callable[[Session], T]) -> T:
    """A read in its own short session (windows keep plain values, never live ORM objects)."""
    with db.session() as session:
        return query(session)


def _name(operation: Callable[..., Any]) -> str:
    return str(getattr(operation, "__qualname__", operation))


__all__ = ["Outcome", "attempt", "by_caller", "choose_template", "read", "refused", "run"]
