"""The layer rule: Qt lives in app/ui only; models, domain and sync never import it."""

from __future__ import annotations

import ast
from pathlib import Path

APP = Path(__file__).resolve().parents[2] / "app"
QT_FREE = [
    "models",
    "domain",
    "sync",
    "demo",
    "documents",
    "journal",
    "duplicates",
    "io",
    "db.py",
    "changes.py",
    "config.py",
    "errors.py",
    "migrate.py",
    "remote.py",
]


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


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
