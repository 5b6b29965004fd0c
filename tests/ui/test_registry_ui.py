"""The UI is built from the kinds registry: a kind planted into it at run time gets its contact card actions,
menus, navigation, list, card and batch entries with no other edit; every real kind has all of them."""

from __future__ import annotations

import dataclasses
import sys
from collections.abc import Iterator
from types import ModuleType

import pytest
from PySide6.QtWidgets import QMenu, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from app import kinds
from app.kinds import Kind, Texts
from app.ui.actions import plain_text
from app.ui.cards import card_class
from app.ui.cards.vendor import COLUMNS as VENDOR_COLUMNS
from app.ui.cards.vendor import VendorCard
from app.ui.context import AppContext
from app.ui.lists.columns import kind_columns
from app.ui.main_menus import batch_action, batch_kinds
from app.ui.main_window import MainWindow
from app.ui.widgets import VALUE_LABELS
from tests.helpers.factory import make_company, make_person
from tests.ui.conftest import PromptLog


def _texts(caption: str, plural: str) -> Texts:
    lower, plural_lower = caption.lower(), plural.lower()
    return Texts(
        caption, plural, lower, plural_lower, new=f"New {caption}", create_as=f"Create as {caption}",
        link=f"Link with an existing {lower}", open_linked=f"Open the linked {lower}",
        batch=f"Create Contacts from {plural}",
    )  # fmt: skip


# Copies of the vendor under new names: one that links to companies (with a batch job), one to persons.
SUPPLIER = dataclasses.replace(kinds.VENDOR, name="supplier", texts=_texts("Supplier", "Suppliers"),
                               batch_name="suppliers")  # fmt: skip
INTERN = dataclasses.replace(kinds.VENDOR, name="intern", texts=_texts("Intern", "Interns"),
                             links_to="person", auto_contact=False, batch_name="")  # fmt: skip


def _card_module(entry: Kind) -> ModuleType:
    """What a new kind's card module declares: its card class and its list columns."""
    card = type(f"{entry.texts.caption}Card", (VendorCard,), {"kind": entry.name})
    module = ModuleType(f"app.ui.cards.{entry.name}")
    module.CARD = card  # type: ignore[attr-defined]
    module.COLUMNS = VENDOR_COLUMNS  # type: ignore[attr-defined]
    return module


@pytest.fixture
def planted(monkeypatch: pytest.MonkeyPatch) -> None:
    """The two kinds added to the registry, and their card modules to app.ui.cards — nothing else."""
    monkeypatch.setattr(kinds, "KINDS", (*kinds.KINDS, SUPPLIER, INTERN))
    monkeypatch.setattr(kinds, "BY_NAME", {**kinds.BY_NAME, "supplier": SUPPLIER, "intern": INTERN})
    for entry in (SUPPLIER, INTERN):
        monkeypatch.setitem(sys.modules, f"app.ui.cards.{entry.name}", _card_module(entry))


@pytest.fixture
def window(planted: None, qtbot: QtBot, ctx: AppContext, answers: PromptLog) -> Iterator[MainWindow]:
    main = MainWindow(ctx)  # built after the kinds were planted
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.close()


def _menu_names(main: MainWindow, menu: str) -> list[str]:
    found = main.menuBar().findChild(QMenu, menu)
    assert found is not None, menu
    return [a.objectName() for a in found.actions() if not a.isSeparator()]


def _navigation(main: MainWindow) -> dict[str, str]:
    tree = main.navigation
    items = [tree.topLevelItem(i).child(j) for i in range(tree.topLevelItemCount())  # type: ignore[union-attr]
             for j in range(tree.topLevelItem(i).childCount())]  # type: ignore[union-attr]  # fmt: skip
    return {item.data(0, 256): item.text(0) for item in items if item is not None}


def test_a_planted_kind_gets_main_menu_navigation_and_batch_entries(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = [k for k in kinds.KINDS if k.name not in ("supplier", "intern")]
    count = len(real) + 2
    assert _menu_names(window, "menu_file")[:count] == [
        *(f"action_new_{k.name}" for k in real), "action_new_supplier", "action_new_intern",
    ]  # fmt: skip
    assert _menu_names(window, "menu_go")[:count] == [
        *(f"action_list_{k.name}" for k in real), "action_list_supplier", "action_list_intern",
    ]  # fmt: skip
    assert _menu_names(window, "menu_batch_jobs") == [
        *(f"action_create_contacts_from_{k.batch_name}" for k in real if k.has_batch),
        "action_create_contacts_from_suppliers",
    ]  # no batch job for a kind whose records get no contact automatically  # fmt: skip
    assert plain_text(window.commands["new_supplier"].text()) == "New Supplier"
    batch = window.commands["create_contacts_from_suppliers"]
    assert plain_text(batch.text()) == "Create Contacts from Suppliers\u2026"
    navigation = _navigation(window)
    assert navigation["list_supplier"] == "Suppliers" and navigation["list_intern"] == "Interns"
    assert navigation["create_contacts_from_suppliers"] == "Create Contacts from Suppliers"
    assert "create_contacts_from_interns" not in navigation

    runs: list[str] = []
    monkeypatch.setattr("app.ui.dialogs.batch_dialog.run_batch", lambda ctx, kind, parent: runs.append(kind))
    window.commands["create_contacts_from_suppliers"].trigger()
    assert runs == ["supplier"]


def test_a_planted_kind_opens_its_list_and_card(window: MainWindow) -> None:
    window.commands["list_supplier"].trigger()
    listing = window.mdi.activeSubWindow().widget()
    assert listing.objectName() == "list_supplier" and listing.windowTitle() == "Suppliers"
    assert [c.field for c in listing.model.columns] == [c.field for c in VENDOR_COLUMNS]  # type: ignore[attr-defined]
    window.commands["new_supplier"].trigger()
    card = window.mdi.activeSubWindow().widget()
    assert card.objectName() == "card_supplier" and card.windowTitle() == "New Supplier"
    with pytest.raises(ValueError, match="unknown kind"):
        window.open_list("trainee")


def _menu(card: QWidget, first: str) -> list[str]:
    button = card.findChild(QToolButton, f"menu_{first}")
    assert button is not None and button.menu() is not None, first
    return [a.objectName() for a in button.menu().actions() if a.isVisible()]


def test_the_contact_card_offers_a_planted_kind_where_it_applies(window: MainWindow) -> None:
    db = window.ctx.db
    company = make_company(db)
    card = window.open_card("contact", company)
    assert _menu(card, "create_as_customer") == [
        "action_create_as_customer", "action_create_as_vendor", "action_create_as_bank_account",
        "action_create_as_supplier",
    ]  # the person-only kind is not offered on a company  # fmt: skip
    assert _menu(card, "link_customer")[-1] == "action_link_supplier"
    assert _menu(card, "open_customer")[-2:] == ["action_open_intern", "action_show_duplicates"]
    create = card.commands["create_as_supplier"]  # type: ignore[attr-defined]
    assert plain_text(create.text()) == "Supplier" and create.statusTip() == "Create as Supplier"
    assert create.isEnabled()
    link = card.commands["link_supplier"]  # type: ignore[attr-defined]
    assert plain_text(link.text()) == "Supplier\u2026"
    assert link.statusTip() == "Link with an existing supplier"
    opened = card.commands["open_supplier"]  # type: ignore[attr-defined]
    assert card.commands.enabled_tip("open_supplier") == "Open the linked supplier"  # type: ignore[attr-defined]
    assert not opened.isEnabled() and "No supplier is linked" in opened.statusTip()  # disabled: says why
    assert not card.commands["create_as_intern"].isVisible()  # type: ignore[attr-defined]

    person = window.open_card("contact", make_person(db, company))
    assert "action_create_as_intern" in _menu(person, "create_as_customer")
    assert "action_link_intern" in _menu(person, "link_customer")
    assert person.commands["create_as_intern"].isEnabled()  # type: ignore[attr-defined]


# --- every kind of the real registry has what the UI builds from it ------------------------------------


@pytest.mark.parametrize("name", [k.name for k in kinds.KINDS])
def test_every_registry_kind_has_its_card_columns_and_main_entries(main: MainWindow, name: str) -> None:
    entry = kinds.kind(name)
    card = card_class(name)
    assert card.kind == name
    columns, search = kind_columns(name)
    table = entry.model.__table__  # type: ignore[attr-defined]
    assert columns and columns[0].field == "no"
    assert {c.field for c in columns} <= set(table.c.keys()) and set(search) <= set(table.c.keys())
    assert plain_text(main.commands[f"list_{name}"].text()) == entry.texts.plural
    assert plain_text(main.commands[f"new_{name}"].text()) == entry.texts.new
    if entry in batch_kinds():
        assert plain_text(main.commands[batch_action(entry)].text()) == entry.texts.batch + "\u2026"
    if entry.linked:
        assert VALUE_LABELS[entry.name] == entry.texts.caption


def test_the_contact_card_has_create_as_link_and_open_for_every_linked_kind(main: MainWindow) -> None:
    card = main.open_card("contact", make_person(main.ctx.db, make_company(main.ctx.db)))
    for entry in kinds.linked_kinds():
        for action in ("create_as", "link", "open"):
            assert card.commands[f"{action}_{entry.name}"].objectName() == f"action_{action}_{entry.name}"
