"""The German .ts: complete, in step with the source, and every translation keeps what the code relies on
({placeholders} for str.format, %n for counts, & accelerators)."""

from __future__ import annotations

import importlib.util
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "app" / "resources" / "translations" / "contactsync_de.ts"
PLACEHOLDER = re.compile(r"\{[A-Za-z_0-9]*\}|%n")
ACCELERATOR = re.compile(r"&(?![&\s])")  # "&File", not "Address & Contact" nor "&&"
Message = tuple[str, str, list[str], bool]  # context, source, translations (numerus forms), unfinished


def messages(ts: Path) -> list[Message]:
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [form.text or "" for form in translation.iter("numerusform")] or [translation.text or ""]
            unfinished = translation.get("type") in ("unfinished", "vanished", "obsolete")
            found.append((name, message.findtext("source") or "", forms, unfinished))
    return found


ALL = messages(TS)


def test_every_message_has_a_german_translation() -> None:
    untranslated = [(c, s) for c, s, forms, undone in ALL if undone or not all(f.strip() for f in forms)]
    assert not untranslated, f"{len(untranslated)} untranslated, e.g. {untranslated[:5]}"
    assert len(ALL) > 600
    assert all(context for context, *_ in ALL), "a message without context is never looked up"


def test_translations_keep_placeholders_and_accelerators() -> None:
    wrong = []
    for context, source, forms, _unfinished in ALL:
        for form in forms:
            if sorted(set(PLACEHOLDER.findall(form))) != sorted(set(PLACEHOLDER.findall(source))):
                wrong.append((context, source, form, "placeholders"))
            if len(ACCELERATOR.findall(form)) != len(ACCELERATOR.findall(source)):
                wrong.append((context, source, form, "accelerator"))
            if form.count("\n") != source.count("\n"):
                wrong.append((context, source, form, "line breaks"))
    assert not wrong, wrong


def test_business_central_terms() -> None:
    german = {(context, source): forms[0] for context, source, forms, _ in ALL}
    assert german[("fields", "Phone No.")] == "Telefonnr."
    assert german[("fields", "VAT Registration No.")] == "USt-IdNr."
    assert german[("fields", "Credit Limit (LCY)")] == "Kreditlimit (MW)"
    assert german[("cards", "Create as")] == "Erstellen als"
    assert german[("cards", "Link with existing")] == "Mit vorhandenem verknüpfen"
    assert german[("values", "Customer")] == "Debitor" and german[("values", "Vendor")] == "Kreditor"
    assert german[("main", "Marketing Setup")] == "Marketing & Vertrieb Einr."


def test_the_ts_is_in_step_with_the_source(tmp_path: Path) -> None:
    """What scripts/i18n.py update would extract now is exactly what the .ts holds: no text is missing
    (it would show in English) and none is stale."""
    if not _pyside_tool("lupdate").exists():
        pytest.skip("PySide6's lupdate is not installed")
    spec = importlib.util.spec_from_file_location("i18n_script", ROOT / "scripts" / "i18n.py")
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    fresh = tmp_path / TS.name
    shutil.copy(TS, fresh)
    script.extract(fresh, "de")
    before = {(c, s) for c, s, *_ in ALL}
    after = {(c, s) for c, s, *_ in messages(fresh)}
    assert after - before == set(), "new texts: run scripts/i18n.py update and translate them"
    assert before - after == set(), "texts no longer in the source: run scripts/i18n.py update"


def _pyside_tool(name: str) -> Path:
    import PySide6

    return Path(PySide6.__file__).parent / name
