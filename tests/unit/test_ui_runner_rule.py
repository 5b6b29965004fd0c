"""The runner rule: in app/ui only app/ui/runner.py opens a unit of work or calls a database's run()."""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "app" / "ui"
RUNNER = UI / "runner.py"
DATABASE_NAMES = ("db", "_db", "database", "_database")  # as app/ui names one: self.ctx.db, self._db …


def _receiver_name(node: ast.expr) -> str:
    """`db` of `db.run`, `self.ctx.db.run` and `self._db.run`; "" for anything else (a call, a subscript)."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return ""


def transactions_opened(source: str) -> list[str]:
    """`line: call` of every `.unit_of_work(` (on anything), every `.run(` on a database and every
    `.commit(`: the ways to write outside the runner."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source)):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        name, receiver = node.func.attr, _receiver_name(node.func.value)
        if name in ("unit_of_work", "commit") or (name == "run" and receiver in DATABASE_NAMES):
            found.append((node.lineno, f"{receiver}.{name}()"))
    return [f"{line}: {call}" for line, call in sorted(found)]


def test_only_the_runner_opens_a_unit_of_work_in_the_ui() -> None:
    offenders = [
        f"{path.relative_to(UI.parent.parent)}:{call}"
        for path in sorted(UI.rglob("*.py"))
        if path != RUNNER
        for call in transactions_opened(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []
    assert transactions_opened(RUNNER.read_text(encoding="utf-8"))  # the runner itself does, through db.run


def test_the_rule_finds_a_planted_violation() -> None:
    planted = """
def save(self):
    with self.ctx.db.unit_of_work() as session:
        write(session)
    with self._db.unit_of_work() as session:
        write(session)
    self.db.run(write, 1)
    db.run(write)
    session.commit()
"""
    assert [call.split(": ")[1] for call in transactions_opened(planted)] == [
        "db.unit_of_work()", "_db.unit_of_work()", "db.run()", "db.run()", "session.commit()"
    ]  # fmt: skip
    allowed = """
runner.run(self, self.db, write, 1)
subprocess.run(["lrelease"], check=True)
with db.session() as session:
    read(session)
"""
    assert transactions_opened(allowed) == []
