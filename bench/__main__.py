"""`python -m bench [--quick] [--json FILE] [--compare FILE] [--only NAME,…] [--keep DIR]`: every
scenario of DESIGN.md "Targets" on fresh temporary databases; prints a table (our figure, the raw reference,
ratio, target, met) and, with --compare, each scenario against an earlier JSON run."""

from __future__ import annotations

import argparse
import logging
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench import batch, edit, imports, remote, remote_load, startup, ui_card, ui_edit, ui_lists
from bench.compare import comparison, load
from bench.report import Result, table, write_json
from bench.sizes import PROFILES, Sizes

log = logging.getLogger("bench")
Runner = Callable[[Path, Sizes], "Result | list[Result]"]
SCENARIOS: dict[str, tuple[str, ...]] = {  # runner name -> the scenarios it measures, in table order
    "edit": ("edit_propagate",),
    "screen": ("edit_to_screen",),
    "card": ("card_open",),
    "batch": ("batch_contacts",),
    "imports": ("import_contacts",),
    "lists": ("list_open", "list_search"),
    "startup": ("startup",),
    "remote": ("remote_refresh",),
    "remote_load": ("remote_load",),
}
RUNNERS: dict[str, Runner] = {
    "edit": edit.run,
    "screen": ui_edit.run,
    "card": ui_card.run,
    "batch": batch.run,
    "imports": imports.run,
    "lists": ui_lists.run,
    "startup": startup.run,
    "remote": remote.run,
    "remote_load": remote_load.run,
}
ALL = [name for names in SCENARIOS.values() for name in names]


def parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--quick", action="store_true", help="reduced sizes: everything in under a minute")
    group.add_argument("--tiny", action="store_true", help="tiny sizes: proves the command works (tests)")
    parser.add_argument("--json", metavar="FILE", type=Path, help="write the results as JSON")
    parser.add_argument("--compare", metavar="FILE", type=Path,
                        help="print each scenario against an earlier --json run (value and ratio)")
    parser.add_argument("--only", metavar="NAMES", help=f"comma-separated scenarios of: {', '.join(ALL)}")
    parser.add_argument("--keep", metavar="DIR", type=Path, help="build the databases in DIR and keep them")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s", stream=sys.stderr)
    for noisy in ("app", "alembic"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    sizes = PROFILES["quick" if args.quick else "tiny" if args.tiny else "full"]
    wanted = set(args.only.split(",")) if args.only else set(ALL)
    unknown = wanted - set(ALL)
    if unknown:
        print(f"unknown scenario(s): {', '.join(sorted(unknown))}; known: {', '.join(ALL)}", file=sys.stderr)
        return 2
    workdir = args.keep or Path(tempfile.mkdtemp(prefix="contactsync-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    results: list[Result] = []
    started = time.perf_counter()
    try:
        for runner, names in SCENARIOS.items():
            if not wanted & set(names):
                continue
            log.info("%s: running %s …", sizes.name, ", ".join(names))
            begun = time.perf_counter()
            outcome = RUNNERS[runner](workdir, sizes)
            results += [
                r for r in (outcome if isinstance(outcome, list) else [outcome]) if r.scenario in wanted
            ]
            log.info("  done in %.1f s", time.perf_counter() - begun)
    finally:
        if args.keep is None:
            shutil.rmtree(workdir, ignore_errors=True)
    print(table(results))
    print(f"\n{sizes.name} run, {time.perf_counter() - started:.0f} s in all; ratio = ours / raw reference.")
    if args.compare:
        print("\n" + comparison(results, load(args.compare), str(args.compare)))
    if args.json:
        write_json(args.json, results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
