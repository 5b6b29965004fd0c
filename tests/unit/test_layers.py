"""The layer rules: imports run one way (DESIGN.md Layout); Qt lives in app/ui only; the UI writes no SQL."""

from __future__ import annotations

import ast
from pathlib import Path

APP = Path(__file__).resolve().parents[2] / "app"
QT_FREE = [p.name for p in APP.iterdir() if p.name not in ("ui", "__main__.py", "resources", "__pycache__")]


# models ← domain ← sync ← operations ← api ← ui, the other domain packages between, each where its own
# imports allow. A module may import its own floor or a lower one, never a higher one.
FLOORS: tuple[tuple[str, ...], ...] = (
    ("__init__", "config", "captions", "errors", "logsetup", "migrate", "search_index", "unit_of_work"),
    ("models", "migrations"),
    ("changes", "kinds"),
    ("domain",),
    ("duplicates",),
    ("sync",),
    ("db", "documents", "io", "journal"),
    ("remote",),
    ("operations",),
    ("demo",),
    ("api",),
    ("ui",),
    ("__main__",),
)  # fmt: skip
FLOOR = {part: floor for floor, parts in enumerate(FLOORS) for part in parts}


def imported_modules(path: Path) -> set[str]:
    """Modules imported anywhere in the file, except under `if TYPE_CHECKING:` (no run-time import)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    skipped = {  # the body of `if TYPE_CHECKING:` only; its `else:` runs
        id(inner)
        for node in ast.walk(tree)
        if isinstance(node, ast.If)
        and getattr(node.test, "id", getattr(node.test, "attr", "")) == "TYPE_CHECKING"
        for statement in node.body
        for inner in ast.walk(statement)
    }
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level:  # relative: resolved against the file
            parts = path.with_suffix("").parts
            base = parts[len(parts) - 1 - parts[::-1].index("app") : -node.level]
            names.add(".".join((*base, *([node.module] if node.module else []))))
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            if node.module == "app":  # `from app import sync`
                names.update(f"app.{alias.name}" for alias in node.names)
    return names


def part_of(module: str) -> str | None:
    """"app.sync.engine" → "sync"; None outside the app package."""
    parts = module.split(".")
    return (parts[1] if len(parts) > 1 else "__init__") if parts[0] == "app" else None


def upward_imports(app_dir: Path) -> list[str]:
    offenders = []
    for file in sorted(app_dir.rglob("*.py")):
        relative = file.relative_to(app_dir.parent).with_suffix("")
        own = part_of(".".join(relative.parts))
        assert own in FLOOR, f"{relative}: give its package a floor in FLOORS"
        for module in imported_modules(file):
            target = part_of(module)
            if target is not None and target in FLOOR and FLOOR[target] > FLOOR[own]:
                offenders.append(f"{relative} imports {module}")
    return offenders


def test_imports_run_one_way() -> None:
    assert upward_imports(APP) == []


def test_an_upward_import_is_found(tmp_path: Path) -> None:
    """The check itself works: a planted import from the domain up into the UI is reported."""
    planted = tmp_path / "app"
    (planted / "domain").mkdir(parents=True)
    (planted / "domain" / "rules.py").write_text("from app.ui.widgets import FieldEditor\n")
    (planted / "journal").mkdir()
    (planted / "journal" / "undo.py").write_text("from ..operations import relations\n")  # relative, upward
    (planted / "sync").mkdir()
    (planted / "sync" / "engine.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from app.operations import x\n"
    )
    assert upward_imports(planted) == [
        "app/domain/rules imports app.ui.widgets",
        "app/journal/undo imports app.operations",
    ]


def test_domain_code_never_imports_qt() -> None:
    offenders = []
    for entry in QT_FREE:
        target = APP / entry
        files = [target] if target.is_file() else sorted(target.rglob("*.py"))
        for file in files:
            if any(
                name.split(".")[0] in ("PySide6", "shiboken6") or name.startswith("app.ui")
                for name in imported_modules(file)
            ):
                offenders.append(str(file.relative_to(APP.parent)))
    assert offenders == []


def test_ui_code_writes_no_sql() -> None:
    """Windows call domain operations; they build no SQL writes and add or delete no rows themselves."""
    offenders = []
    for file in sorted((APP / "ui").rglob("*.py")):
        tree = ast.parse(file.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("sqlalchemy"):
                bad = {a.name for a in node.names} & {"insert", "update", "delete", "text"}
                if bad:
                    offenders.append(f"{file.name} imports {sorted(bad)}")
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in ("add", "add_all", "delete", "merge")
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id == "session"
            ):
                offenders.append(f"{file.name}:{node.lineno} session.{node.func.attr}")
    assert offenders == []
