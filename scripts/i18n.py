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
DOMAIN_TEXT_CALLS = {"domain_text"}  # marks domain texts that are not errors (app.errors.domain_text)


def tool(name: str) -> str:
    import PySide6

    return str(Path(PySide6.__file__).parent / name)


def _constant(node: ast.expr) -> str | None:
    is_text = isinstance(node, ast.Constant) and isinstance(node.value, str)
    return node.value if is_text and node.value else None  # type: ignore[union-attr]


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
    from app.sync.setup import SETUP_FIELD_CAPTIONS

    captions = set(CAPTIONS.values()) | set(SETUP_FIELD_CAPTIONS.values())
    found["errors"] |= captions  # {field} in a message is the translated caption
    found["fields"] = captions
    try:
        from app.ui.widgets import VALUE_LABELS

        found["values"] = {label for label in VALUE_LABELS.values() if label}
    except ImportError:
        pass
    return found


def generated_source(strings: dict[str, set[str]]) -> str:
    lines = ["from PySide6.QtCore import QCoreApplication", ""]
    for context, texts in sorted(strings.items()):
        for text in sorted(texts):
            lines.append(f"QCoreApplication.translate({context!r}, {text!r})")
    return "\n".join(lines) + "\n"


def update() -> None:
    TS_DIR.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        extra = Path(tmp) / "domain_texts.py"
        extra.write_text(generated_source(domain_strings()), encoding="utf-8")
        for language in LANGUAGES:
            ts = TS_DIR / f"contactsync_{language}.ts"
            subprocess.run(
                [tool("lupdate"), "-extensions", "py", "-no-obsolete", "-locations", "none", "-silent",
                 str(APP / "ui"), str(extra), "-target-language", language, "-ts", str(ts)],
                check=True,
            )
            print(f"updated {ts.relative_to(ROOT)}")


def build() -> None:
    for ts in sorted(TS_DIR.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        print(f"built {qm.relative_to(ROOT)}")


if __name__ == "__main__":
    {"update": update, "build": build}[sys.argv[1] if len(sys.argv) > 1 else "update"]()
