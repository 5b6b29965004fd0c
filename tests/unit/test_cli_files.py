"""`python -m app import FILE [--apply]`, `python -m app export FILE`; the kinds the command line knows."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.__main__ import CARD_KINDS, SOURCES, build_parser, main
from app.db import Database
from app.kinds import KINDS
from tests.helpers.dump import dump
from tests.helpers.factory import get, make_company

CSV = "type;name;city\ncompany;Import AG;Bonn\ncompany;Zweite KG;Kiel\nrobot;R2;\n"


def test_import_previews_unless_applied(
    db: Database, db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    file = tmp_path / "in.csv"
    file.write_text(CSV, encoding="utf-8")
    before = dump(db)
    assert main(["import", str(file), "--database", db_url]) == 0
    out = capsys.readouterr().out
    assert out.startswith("2 new, 0 changed, 0 unchanged, 1 refused\n")
    assert "line 4 (R2): Type must be one of: company, person." in out
    assert "add --apply" in out
    assert dump(db) == before

    assert main(["import", str(file), "--apply", "--database", db_url]) == 0
    out = capsys.readouterr().out
    assert out.startswith("2 new, 0 changed, 0 unchanged, 1 refused\n") and "--apply" not in out
    assert get(db, "contact", "CT000001").name == "Import AG"
    assert get(db, "contact", "CT000002").city == "Kiel"


def test_export_writes_every_contact(
    db: Database, db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make_company(db, name="Erste GmbH")
    make_company(db, name="Zweite GmbH")
    file = tmp_path / "contacts.vcf"
    assert main(["export", str(file), "--database", db_url]) == 0
    assert capsys.readouterr().out == f"2 contacts exported to {file}\n"
    text = file.read_text(encoding="utf-8")
    assert text.count("BEGIN:VCARD") == 2 and "Zweite GmbH" in text


def test_unreadable_file_exits_2(db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["import", str(tmp_path / "missing.csv"), "--database", db_url]) == 2
    captured = capsys.readouterr()
    assert captured.err.startswith("error: ") and "cannot be read" in captured.err
    assert captured.out == ""
    with pytest.raises(SystemExit) as exc:
        main(["export"])  # FILE is required
    assert exc.value.code == 2


def test_kinds_come_from_the_registry() -> None:
    assert set(CARD_KINDS) >= {k.name for k in KINDS}
    from_registry = {k.batch_name.replace("_", "-"): k.name for k in KINDS if k.batch_name}
    assert from_registry == SOURCES
    earlier = {"customers": "customer", "vendors": "vendor", "bank-accounts": "bank_account"}
    assert earlier.items() <= SOURCES.items()
    help_text = build_parser().format_help()
    assert "import" in help_text and "export" in help_text
