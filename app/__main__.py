"""`python -m app`: the command line; without a subcommand it starts the desktop app (then, only, Qt loads).

python -m app [--database URL] [--open KIND/NO] [--language de|en|system]
python -m app init            [--database URL] [--language de|en]
python -m app demo            [--database URL] [--customers N] [--language de|en]
python -m app create-contacts --from customers|vendors|bank-accounts [--database URL]
python -m app import FILE     [--apply] [--database URL]
python -m app export FILE     [--database URL]

The subcommands work through the public API (app.api); record kinds come from the registry (app.kinds).
"""

from __future__ import annotations

import argparse
import logging
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import create_engine
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from app.config import default_database_url
from app.errors import DatabaseTooNewError, UserError
from app.kinds import KINDS
from app.logsetup import configure_logging

if TYPE_CHECKING:
    from app.db import Database

# app.api (every operation, import and export) is imported by the subcommands that use it, not by the
# desktop start: the window needs only what its first list imports (start-up time, issue 15).

log = logging.getLogger("app.cli")

# Windows `--open` can show: every kind of the registry, and the documents made from a contact.
CARD_KINDS = (*(k.name for k in KINDS), "sales_header", "purchase_header")
# `--from` of create-contacts: the kinds with a batch job, spelled as on the command line.
SOURCES = {k.batch_name.replace("_", "-"): k.name for k in KINDS if k.has_batch}


# --- database URL -------------------------------------------------------------------------------------
def _sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)  # type: ignore[arg-type]


def resolve_database(arg: str | None) -> tuple[str, bool]:
    """The URL to use and whether this is the first start (the default SQLite file did not exist yet)."""
    if arg:
        return arg, False
    url = default_database_url()
    path = _sqlite_path(url)
    first_start = path is not None and not path.exists()
    if path is not None:
        try:
            path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        except OSError:  # opening then fails with a message (a dialog in the GUI), not a traceback
            log.warning("cannot create the data folder")
    return url, first_start


def shown(url: str) -> str:
    return make_url(url).render_as_string(hide_password=True)


@contextmanager
def opened(url: str) -> Iterator[Database]:
    """The database, created or migrated to the current schema with the ready setup; disposed afterwards."""
    from app import api

    db = api.open_database(url)
    try:
        yield db
    finally:
        db.dispose()


# A new database's ready setup in German has Business Central's German codes and descriptions (DEB, KRED …);
# a database that already has its setup keeps it.
_SETUP_LANGUAGE = (
    ("--language",),
    {"choices": ("de", "en"), "default": "en", "help": "language of a new database's setup (default: en)"},
)


def _setup_language(args: argparse.Namespace) -> None:
    """German: the descriptions go through the same Qt translator as in the app (QtCore only, no window)."""
    if getattr(args, "language", "en") != "de":
        return
    from PySide6.QtCore import QCoreApplication, QLocale

    from app import errors
    from app.ui.translations import load_translator

    app = QCoreApplication.instance() or QCoreApplication([])
    _setup_language.app = app  # type: ignore[attr-defined]  # kept alive while the command runs
    load_translator(app, QLocale(QLocale.Language.German, QLocale.Country.Germany))
    errors.translate = lambda text: QCoreApplication.translate("errors", text)


# --- subcommands --------------------------------------------------------------------------------------
def cmd_init(args: argparse.Namespace) -> int:
    from app.migrate import current_revision, head_revision

    url, _first = resolve_database(args.database)
    _setup_language(args)
    engine = create_engine(url)  # only to read the schema revision before open_database migrates
    try:
        before = current_revision(engine)
    finally:
        engine.dispose()
    with opened(url):
        head = head_revision()
    if before is None:
        what = "created with the ready setup"
    elif before == head:
        what = "already up to date"
    else:
        what = f"upgraded from schema {before}"
    print(f"Database ready: {shown(url)} (schema {head}; {what})")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from app.demo.loader import add_unlinked_customers, load_demo
    from app.models import MarketingSetup, NoSeries

    url, _first = resolve_database(args.database)
    _setup_language(args)
    with opened(url) as db:
        summary = load_demo(db)
        if not (summary.already_loaded and args.customers):
            print(summary.text())
        if args.customers:
            started = time.perf_counter()
            added = add_unlinked_customers(db, args.customers)
            elapsed = time.perf_counter() - started
            with db.session() as session:
                setup = session.get(MarketingSetup, 1)
                series = session.get(NoSeries, setup.customer_nos) if setup and setup.customer_nos else None
                last = series.last_no_used if series else "?"
            print(f"Added {added} unlinked customers (up to {last}) in {elapsed:.2f} s.")
    return 0


class _Progress:
    """Progress on stderr, sparsely: at each further tenth of the work, at most every `interval` seconds."""

    def __init__(self, label: str, interval: float = 2.0) -> None:
        self.label = label
        self.interval = interval
        self.last_time = time.monotonic()
        self.last_tenth = 0

    def __call__(self, done: int, total: int) -> None:
        if not total:
            return
        now, tenth = time.monotonic(), done * 10 // total
        if done >= total or (tenth > self.last_tenth and now - self.last_time >= self.interval):
            print(f"{self.label}: {done}/{total} ({done * 100 // total}%)", file=sys.stderr, flush=True)
            self.last_time, self.last_tenth = now, tenth


@contextmanager
def _cancel_on_interrupt() -> Iterator[Callable[[], bool]]:
    """The first Ctrl+C asks the batch job to stop after the current chunk (what is done stays done)."""
    cancelled = threading.Event()
    if threading.current_thread() is not threading.main_thread():
        yield cancelled.is_set
        return

    def _handler(_signum: int, _frame: object) -> None:
        print("Cancelling after the current chunk …", file=sys.stderr, flush=True)
        cancelled.set()
        signal.signal(signal.SIGINT, previous)  # a second Ctrl+C interrupts at once

    previous = signal.signal(signal.SIGINT, _handler)
    try:
        yield cancelled.is_set
    finally:
        signal.signal(signal.SIGINT, previous)


def cmd_create_contacts(args: argparse.Namespace) -> int:
    from app import api

    entry = api.kind(SOURCES[args.source])
    plural = entry.texts.plural_lower  # "customers", "bank accounts"
    url, _first = resolve_database(args.database)
    with opened(url) as db, _cancel_on_interrupt() as should_cancel:
        started = time.perf_counter()
        result = api.create_contacts_from(
            db, entry.name, progress=_Progress(f"create-contacts from {plural}"), should_cancel=should_cancel
        )
        log.info("create-contacts from %s took %.2f s", plural, time.perf_counter() - started)
    print(result.summary(entry.name))
    return 130 if result.cancelled else 0


def cmd_import(args: argparse.Namespace) -> int:
    from app import api

    url, _first = resolve_database(args.database)
    with opened(url) as db:
        report = api.import_contacts(db, args.file, apply=args.apply)
    print(report.summary())
    for error in report.errors:
        print(f"  line {error.line} ({error.name}): {error.message}")
    for line, dropped in report.not_stored.items():  # SPEC §15: nothing dropped silently
        print(f"  line {line} not stored: " + "; ".join(f"{d.source} ({d.reason})" for d in dropped))
    for note in report.notes:
        print(f"  note: {note}")
    if not report.applied:
        print("Preview only, nothing was written: add --apply to import.")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from app import api

    url, _first = resolve_database(args.database)
    with opened(url) as db:
        count = api.export_contacts(db, args.file)
    print(f"{count} contacts exported to {args.file}")
    return 0


def cmd_gui(args: argparse.Namespace) -> int:
    if args.open:
        kind = args.open.strip().partition("/")[0]
        if kind not in CARD_KINDS:
            raise UserError(
                "--open expects KIND, KIND/NO or KIND/new with KIND one of {kinds}, e.g. contact/CT000001.",
                kinds=", ".join(CARD_KINDS),
            )
    url, first_start = resolve_database(args.database)
    try:
        from app.ui.launch import run_gui  # Qt is imported here and only here
    except ImportError as exc:
        log.debug("cannot import the user interface", exc_info=True)
        print(f"error: the desktop interface cannot start: {exc}", file=sys.stderr)
        return 1
    language = "" if args.language == "system" else args.language  # None: the choice made in the app
    return run_gui(url, args.open, first_start, language)


# --- parser and entry point ---------------------------------------------------------------------------
def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError("must not be negative")
    return value


def build_parser() -> argparse.ArgumentParser:
    # Subcommands take --database too; SUPPRESS keeps a value given before the subcommand.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--database", metavar="URL", default=argparse.SUPPRESS, help="database URL")
    common.add_argument("-v", "--verbose", action="count", default=argparse.SUPPRESS, help="more log output")

    parser = argparse.ArgumentParser(
        prog="contactsync",
        description="ContactSync: contacts synchronized with customers, vendors and bank accounts.",
    )
    parser.add_argument(
        "--database",
        metavar="URL",
        default=None,
        help="database URL (default: a SQLite file in the user data folder)",
    )
    parser.add_argument("-v", "--verbose", action="count", default=0, help="more log output")
    parser.add_argument("--open", metavar="KIND/NO", help="open a card or list at start: contact/CT000001")
    parser.add_argument(
        "--language",
        choices=("de", "en", "system"),
        help="language of this session (default: the one chosen in Help \u203a Language)",
    )
    parser.set_defaults(func=cmd_gui)
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")

    init = sub.add_parser(
        "init", parents=[common], help="create or migrate the database with the ready setup"
    )
    init.add_argument(*_SETUP_LANGUAGE[0], **_SETUP_LANGUAGE[1])
    init.set_defaults(func=cmd_init)

    demo = sub.add_parser("demo", parents=[common], help="load the demo data")
    demo.add_argument(
        "--customers",
        metavar="N",
        type=_count,
        default=0,
        help="add N further customers without contacts (loads the demo data first if it is not there yet)",
    )
    demo.add_argument(*_SETUP_LANGUAGE[0], **_SETUP_LANGUAGE[1])
    demo.set_defaults(func=cmd_demo)

    batch = sub.add_parser(
        "create-contacts", parents=[common], help="create contacts for customers, vendors or bank accounts"
    )
    batch.add_argument("--from", dest="source", required=True, choices=sorted(SOURCES), help="record kind")
    batch.set_defaults(func=cmd_create_contacts)

    importing = sub.add_parser(
        "import", parents=[common], help="import contacts from a vCard or CSV file (a preview unless --apply)"
    )
    importing.add_argument("file", metavar="FILE", type=Path, help="a .vcf or .csv file")
    importing.add_argument("--apply", action="store_true", help="import; without it nothing is written")
    importing.set_defaults(func=cmd_import)

    export = sub.add_parser("export", parents=[common], help="export all contacts to a vCard or CSV file")
    export.add_argument("file", metavar="FILE", type=Path, help="a .vcf file, or .csv for a spreadsheet")
    export.set_defaults(func=cmd_export)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    configure_logging(args.verbose, to_file=getattr(args, "func", None) is cmd_gui)
    try:
        return int(args.func(args))
    except (UserError, DatabaseTooNewError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except OperationalError as exc:
        log.debug("database error", exc_info=True)
        print(f"error: cannot use the database: {exc.orig}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
