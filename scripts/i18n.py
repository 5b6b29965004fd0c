"""Translations: `update` extracts every user-visible text into the .ts sources, `build` compiles .qm files.

    .venv/bin/python scripts/i18n.py update   # after changing texts; then translate in the .ts (Linguist)
    .venv/bin/python scripts/i18n.py build    # .qm next to the .ts (not committed; also built at start)

Qt's lupdate finds tr()/translate() calls in app/ui. Domain texts (app/ without ui) are plain UserError
templates, field captions and stored-value labels that Qt's tools cannot see: they are collected here
from the source (AST) and handed to lupdate as a generated file of translate() calls.
"""

from __future__ import annotations

import ast
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
APP = ROOT / "app"
TS_DIR = APP / "resources" / "translations"
LANGUAGES = ("de",)
ERROR_CLASSES = {"UserError", "ConflictError", "TemplateChoiceRequired"}
DOMAIN_TEXT_CALLS = {"domain_text", "marked"}  # domain texts that are not errors (app.errors)


def tool(name: str) -> str:
    import PySide6

    return str(Path(PySide6.__file__).parent / name)


def _constant(node: ast.expr) -> str | None:
    is_text = isinstance(node, ast.Constant) and isinstance(node.value, str)
    return node.value if is_text and node.value else None  # type: ignore[union-attr]


def _module_name(path: Path) -> str:
    return ".".join(path.relative_to(ROOT).with_suffix("").parts)


def _helpers(tree: ast.Module) -> dict[str, tuple[str, bool]]:
    """Module-level `def tr(text[, n])` helpers that call translate("<context>", text, …): {name: (context,
    plural)}. lupdate files calls of such helpers under an empty context, so they are collected here."""
    constants = {
        target.id: node.value.value
        for node in tree.body
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant)
        for target in node.targets
        if isinstance(target, ast.Name) and isinstance(node.value.value, str)
    }
    found: dict[str, tuple[str, bool]] = {}
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef):
            continue
        params = [arg.arg for arg in node.args.args]
        for call in ast.walk(node):
            if (
                isinstance(call, ast.Call)
                and getattr(call.func, "attr", "") == "translate"
                and len(call.args) >= 2
                and isinstance(call.args[1], ast.Name)
                and params[:1] == [call.args[1].id]  # translates its own argument, as given
            ):
                first = call.args[0]
                named = constants.get(first.id) if isinstance(first, ast.Name) else None
                context = _constant(first) or named
                if context:
                    found[node.name] = (context, len(call.args) >= 4)
    return found


def helper_strings() -> list[tuple[str, str, bool]]:
    """(context, text, plural) of every literal passed to a translation helper in app/ui."""
    paths = sorted((APP / "ui").rglob("*.py"))
    trees = {_module_name(path): ast.parse(path.read_text(encoding="utf-8")) for path in paths}
    helpers = {module: _helpers(tree) for module, tree in trees.items()}
    found: list[tuple[str, str, bool]] = []
    for module, tree in trees.items():
        local = dict(helpers[module])
        for node in tree.body:
            if isinstance(node, ast.ImportFrom) and node.module in helpers:
                for alias in node.names:
                    if alias.name in helpers[node.module]:
                        local[alias.asname or alias.name] = helpers[node.module][alias.name]
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in local:
                text = _constant(node.args[0]) if node.args else None
                if text:
                    context, plural = local[node.func.id]
                    found.append((context, text, plural and len(node.args) > 1))
    return found


def domain_strings() -> dict[str, set[str]]:
    """{context: texts}: UserError(...) templates outside app/ui, and T("context", "text") marks anywhere
    (QT_TRANSLATE_NOOP behind a typed helper, which lupdate does not recognise)."""
    found: dict[str, set[str]] = {"errors": set()}
    for path in sorted(APP.rglob("*.py")):
        in_ui = path.relative_to(APP).parts[0] == "ui"
        if "migrations" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = getattr(func, "id", None) or getattr(func, "attr", "")
            if name == "T" and len(node.args) == 2:
                context, text = _constant(node.args[0]), _constant(node.args[1])
                if context and text:
                    found.setdefault(context, set()).add(text)
            elif not in_ui and name in ERROR_CLASSES | DOMAIN_TEXT_CALLS:
                text = _constant(node.args[0])
                if text:
                    found["errors"].add(text)
    sys.path.insert(0, str(ROOT))
    from app.domain.fields import CAPTIONS
    from app.domain.setup import SETUP_FIELD_CAPTIONS
    from app.domain.setup_checks import NO_SERIES_CAPTIONS, SETUP_CAPTIONS

    captions = set(CAPTIONS.values()) | set(SETUP_FIELD_CAPTIONS.values())
    found["errors"] |= captions | set(SETUP_CAPTIONS.values()) | set(NO_SERIES_CAPTIONS.values())
    found["errors"] |= param_words()  # {kind}, {table}, {type} in a message are translated words of ours
    found["fields"] = captions
    try:
        from app.ui.widgets import VALUE_LABELS

        found["values"] = {label for label in VALUE_LABELS.values() if label}
    except ImportError:
        pass
    return found


def param_words() -> set[str]:
    """What the domain passes as the translated params (app.errors.TRANSLATED_PARAMS): record kinds
    ("Customer", "customer"), table names as words ("country region", "Bank account") and contact types."""
    from app.documents.common import DOC_TABLES, DOCUMENT_TYPES, SIDE, caption
    from app.domain.fields import CODE_TABLES, TABLE_CAPTIONS
    from app.kinds import KINDS

    words = {"company", "person", *TABLE_CAPTIONS.values()}
    for entry in KINDS:
        words |= {entry.texts.caption, entry.texts.lower, entry.texts.plural, entry.texts.plural_lower}
    words |= {model.__tablename__.replace("_", " ") for model in CODE_TABLES.values()}
    words |= {entry.name.replace("_", " ").capitalize() for entry in KINDS}
    for table in DOC_TABLES:  # {doc}: "Sales Quote", "sales quote"; {side}: "Sales"
        words |= {SIDE[table], SIDE[table].capitalize()}
        for kind in DOCUMENT_TYPES:
            words |= {caption(table, kind), caption(table, kind).lower()}
    for path in sorted(APP.rglob("*.py")):
        if "migrations" in path.parts or path.relative_to(APP).parts[0] == "ui":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            for keyword in node.keywords:  # UserError(..., kind="number series")
                if keyword.arg in ("kind", "table", "type", "setup_field") and _constant(keyword.value):
                    words.add(keyword.value.value)  # type: ignore[attr-defined]
            if getattr(node.func, "id", "") == "_existing" and _constant(node.args[-1]):  # setup_checks
                words.add(node.args[-1].value)  # type: ignore[attr-defined]
    return words


def generated_source(strings: dict[str, set[str]], helpers: list[tuple[str, str, bool]] = ()) -> str:
    lines = ["from PySide6.QtCore import QCoreApplication", ""]
    for context, texts in sorted(strings.items()):
        for text in sorted(texts):
            lines.append(f"QCoreApplication.translate({context!r}, {text!r})")
    for context, text, plural in sorted(set(helpers)):
        n = ", '', 1" if plural else ""  # a count argument makes lupdate write a plural (numerus) message
        lines.append(f"QCoreApplication.translate({context!r}, {text!r}{n})")
    return "\n".join(lines) + "\n"


def drop_empty_context(ts: Path) -> None:
    """lupdate also files bare tr() helper calls under an empty context nothing looks up: remove it."""
    text = ts.read_text(encoding="utf-8")
    start = text.find("<context>\n    <name></name>")
    if start >= 0:
        end = text.index("</context>\n", start) + len("</context>\n")
        ts.write_text(text[:start] + text[end:], encoding="utf-8")


def extract(ts: Path, language: str) -> None:
    """Bring `ts` up to date with the source: new texts added (untranslated), vanished ones removed."""
    with tempfile.TemporaryDirectory() as tmp:
        extra = Path(tmp) / "domain_texts.py"
        extra.write_text(generated_source(domain_strings(), helper_strings()), encoding="utf-8")
        subprocess.run(
            [tool("lupdate"), "-extensions", "py", "-no-obsolete", "-locations", "none", "-silent",
             str(APP / "ui"), str(extra), "-target-language", language, "-ts", str(ts)],
            check=True,
        )
    drop_empty_context(ts)


def update() -> None:
    TS_DIR.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        ts = TS_DIR / f"contactsync_{language}.ts"
        extract(ts, language)
        print(f"updated {ts.relative_to(ROOT)}")


def build() -> None:
    for ts in sorted(TS_DIR.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        print(f"built {qm.relative_to(ROOT)}")


if __name__ == "__main__":
    {"update": update, "build": build}[sys.argv[1] if len(sys.argv) > 1 else "update"]()
