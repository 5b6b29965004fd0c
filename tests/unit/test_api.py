"""app.api, the public Python API, driven the way a script drives it: of the app, this module imports
app.api and nothing else (the first test checks it), so what the API leaves out a script would miss too."""

from __future__ import annotations

import ast
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import api


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "api.db"


@pytest.fixture
def database(path: Path) -> Iterator[api.Database]:
    db = api.open_database(f"sqlite:///{path}", user="script")
    yield db
    db.dispose()


def snapshot(path: Path) -> list[str]:
    """Every table's rows, read from the file beside the app (what a refused call must leave alone)."""
    with sqlite3.connect(path) as conn:
        return list(conn.iterdump())


def refused(database: api.Database, path: Path, call, *args, field: str | None) -> api.UserError:  # type: ignore[no-untyped-def]
    """`call(s, *args)` in a unit of work raises api.UserError naming `field`, and nothing is written."""
    before = snapshot(path)
    with pytest.raises(api.UserError) as err, database.unit_of_work() as s:
        call(s, *args)
    assert err.value.field == field, err.value.message
    assert err.value.message and "{" not in err.value.message
    assert snapshot(path) == before, "a refused call must change nothing"
    return err.value


def company(database: api.Database, name: str = "Kaufhaus Nord", **values: object) -> str:
    with database.unit_of_work() as s:
        return api.create_record(s, "contact", {"type": "company", "name": name, **values})


def person(database: api.Database, company_no: str | None, first: str, surname: str) -> str:
    with database.unit_of_work() as s:
        values = {"type": "person", "first_name": first, "surname": surname, "company_no": company_no}
        return api.create_record(s, "contact", values)


def read(database: api.Database, kind: str, no: str) -> dict[str, object]:
    with database.session() as s:
        return api.read_record(s, kind, no)


# --- the contract itself ----------------------------------------------------------------------------
def test_this_module_imports_only_app_api_of_the_app() -> None:
    tree = ast.parse(Path(__file__).read_text(encoding="utf-8"))
    imported: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imported.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            imported.update(f"{node.module}.{alias.name}" for alias in node.names)
    assert {name for name in imported if name.startswith(("app", "tests"))} == {"app.api"}


def test_the_names_of_the_contract_are_there() -> None:
    contract = {
        "open_database", "create_record", "set_field", "create_as", "link_existing",
        "create_contact_from_record", "set_primary_contact", "add_relation", "remove_relation", "delete",
        "update_marketing_setup", "create_contacts_from", "import_contacts", "export_contacts",
        "read_record", "UserError", "KINDS", "kind", "Database",
    }  # fmt: skip
    assert contract <= set(api.__all__)
    assert all(callable(getattr(api, name)) for name in api.__all__ if name != "KINDS")
    assert all(getattr(api, name).__doc__ for name in api.__all__ if name[0].islower() and name != "kind")
    assert {k.name for k in api.KINDS} >= {"contact", "customer", "vendor", "bank_account"}
    assert api.kind("bank_account").texts.caption == "Bank Account"


def test_open_creates_the_database_with_the_ready_setup(path: Path) -> None:
    db = api.open_database(f"sqlite:///{path}")
    try:
        assert path.exists()
        with db.unit_of_work() as s:
            contact = api.create_record(s, "contact", {"type": "company", "name": "Erste GmbH"})
        assert contact == "CT000001"  # numbered by the ready setup's series
    finally:
        db.dispose()
    db = api.open_database(f"sqlite:///{path}", user="again")  # opening again keeps the data
    try:
        assert read(db, "contact", "CT000001")["name"] == "Erste GmbH"
    finally:
        db.dispose()


# --- records and their synchronization --------------------------------------------------------------
def test_create_record_with_and_without_an_automatic_contact(database: api.Database) -> None:
    with database.unit_of_work() as s:
        linked = api.create_record(s, "customer", {"name": "Auto Kontakt AG", "city": "Kiel"})
        unlinked = api.create_record(s, "customer", {"name": "Altbestand KG"}, auto_contact=False)
        own_no = api.create_record(s, "vendor", {"no": "V-1", "name": "Lieferant"}, auto_contact=False)
    assert own_no == "V-1"
    with database.session() as s:
        contact = api.contact_of(s, "customer", linked)
        assert contact is not None
        assert api.read_record(s, "contact", contact)["name"] == "Auto Kontakt AG"
        assert api.read_record(s, "contact", contact)["city"] == "Kiel"
        assert api.read_relations(s, contact) == [{"code": "CUST", "kind": "customer", "no": linked}]
        assert api.contact_of(s, "customer", unlinked) is None
        assert api.read_record(s, "customer", unlinked)["name"] == "Altbestand KG"


def test_set_field_reaches_the_linked_records(database: api.Database) -> None:
    contact = company(database, phone_no="0431 1")
    with database.unit_of_work() as s:
        customer = api.create_as(s, contact, "customer", "CUST-COMP")
        vendor = api.create_as(s, contact, "vendor")
    with database.unit_of_work() as s:
        api.set_field(s, "contact", contact, "city", "Flensburg")
    assert read(database, "customer", customer)["city"] == "Flensburg"
    assert read(database, "vendor", vendor)["city"] == "Flensburg"
    with database.unit_of_work() as s:  # and back from a record (SPEC §4: both ways)
        api.set_field(s, "customer", customer, "phone_no", "0431 999")
    assert read(database, "contact", contact)["phone_no"] == "0431 999"
    assert read(database, "vendor", vendor)["phone_no"] == "0431 999"


def test_create_as_copies_the_contact_and_links_it(database: api.Database) -> None:
    contact = company(database, city="Kiel")
    staff = person(database, contact, "Anna", "Schmidt")
    with database.unit_of_work() as s:
        customer = api.create_as(s, staff, "customer", "CUST-COMP")  # a person hands it to its company
        bank = api.create_as(s, contact, "bank_account")
    record = read(database, "customer", customer)
    assert (record["name"], record["city"]) == ("Kaufhaus Nord", "Kiel")
    assert record["primary_contact_no"] == staff and record["contact"] == "Anna Schmidt"
    assert read(database, "bank_account", bank)["name"] == "Kaufhaus Nord"
    assert read(database, "contact", contact)["business_relation"] == "multiple"
    with database.session() as s:
        assert {(r["kind"], r["no"]) for r in api.read_relations(s, contact)} == {
            ("customer", customer), ("bank_account", bank)
        }


def test_link_existing_with_the_record_as_master(database: api.Database) -> None:
    contact = company(database, name="Kontakt Name", city="Berlin")
    staff = person(database, contact, "Jan", "Berg")
    with database.unit_of_work() as s:
        vendor = api.create_record(s, "vendor", {"name": "Lieferant Name", "city": "Hamburg"}, False)
    with database.unit_of_work() as s:
        holder = api.link_existing(s, staff, "vendor", vendor, master="record", choices={"city": "contact"})
    assert holder == contact  # the person's company carries the link (SPEC §5.2)
    assert read(database, "contact", contact)["name"] == "Lieferant Name"
    assert read(database, "vendor", vendor)["city"] == "Berlin"
    with database.session() as s:
        assert api.contact_of(s, "vendor", vendor) == contact


def test_create_contact_from_record_and_primary_contact(database: api.Database, path: Path) -> None:
    with database.unit_of_work() as s:
        customer = api.create_record(s, "customer", {"name": "Ohne Kontakt GmbH"}, auto_contact=False)
    with database.unit_of_work() as s:
        contact = api.create_contact_from_record(s, "customer", customer)
    assert read(database, "contact", contact)["name"] == "Ohne Kontakt GmbH"
    staff = person(database, contact, "Lena", "Vogel")
    with database.unit_of_work() as s:
        api.set_primary_contact(s, "customer", customer, staff)
    record = read(database, "customer", customer)
    assert (record["primary_contact_no"], record["contact"]) == (staff, "Lena Vogel")
    stranger = company(database, name="Fremd AG")
    refused(database, path, api.set_primary_contact, "customer", customer, stranger,
            field="primary_contact_no")  # fmt: skip
    with database.unit_of_work() as s:
        api.set_primary_contact(s, "customer", customer, "")
    assert read(database, "customer", customer)["primary_contact_no"] == ""


def test_plain_relations_are_added_and_removed(database: api.Database, path: Path) -> None:
    contact = company(database)
    with database.unit_of_work() as s:
        api.add_relation(s, contact, "prospect")
    with database.session() as s:
        assert api.read_relations(s, contact) == [{"code": "PROSPECT", "kind": None, "no": None}]
    refused(database, path, api.add_relation, contact, "CUST", field=None)  # reserved for links
    refused(database, path, api.add_relation, contact, "NOSUCH", field="business_relation_code")
    with database.unit_of_work() as s:
        api.remove_relation(s, contact, "PROSPECT")
    with database.session() as s:
        assert api.read_relations(s, contact) == []


def test_delete_keeps_the_other_side(database: api.Database) -> None:
    contact = company(database)
    with database.unit_of_work() as s:
        customer = api.create_as(s, contact, "customer", "CUST-COMP")
        vendor = api.create_as(s, contact, "vendor")
    with database.unit_of_work() as s:  # SPEC §9.2: the customer goes with its link, the contact stays
        api.delete(s, "customer", customer)
    with database.session() as s:
        assert api.read_relations(s, contact) == [{"code": "VEND", "kind": "vendor", "no": vendor}]
        assert api.read_record(s, "contact", contact)["business_relation"] == "vendor"
        with pytest.raises(api.UserError, match=customer):
            api.read_record(s, "customer", customer)
    with database.unit_of_work() as s:  # SPEC §9.1: the contact goes with its links, the vendor stays
        api.delete(s, "contact", contact)
    with database.session() as s:
        assert api.read_record(s, "vendor", vendor)["name"] == "Kaufhaus Nord"
        assert api.contact_of(s, "vendor", vendor) is None


def test_marketing_setup_switches_a_kind_off_and_on(database: api.Database, path: Path) -> None:
    contact = company(database)
    with database.unit_of_work() as s:
        api.update_marketing_setup(s, {"bus_rel_code_bank_accounts": ""})
    err = refused(database, path, api.create_as, contact, "bank_account", field=None)
    assert "Bus. Rel. Code for Bank Accs." in err.message
    err = refused(database, path, api.update_marketing_setup, {"bus_rel_code_bank_accounts": "VEND"},
                  field="bus_rel_code_bank_accounts")  # fmt: skip
    assert "must differ" in err.message
    refused(database, path, api.update_marketing_setup, {"no_such_field": 1}, field="no_such_field")
    with database.unit_of_work() as s:
        api.update_marketing_setup(s, {"bus_rel_code_bank_accounts": "BANK"})
        assert api.create_as(s, contact, "bank_account")


# --- refusals -----------------------------------------------------------------------------------------
def test_refusals_name_their_field_and_change_nothing(database: api.Database, path: Path) -> None:
    contact = company(database)
    loner = person(database, None, "Eva", "Frei")
    with database.unit_of_work() as s:
        customer = api.create_as(s, contact, "customer", "CUST-COMP")
    too_long = {"type": "company", "name": "x" * 200}
    refused(database, path, api.create_record, "contact", too_long, field="name")
    refused(database, path, api.set_field, "contact", contact, "email", "not an address", field="email")
    refused(database, path, api.set_field, "customer", customer, "balance", 5, field="balance")
    refused(database, path, api.create_as, loner, "vendor", field="company_no")
    err = refused(database, path, api.create_as, contact, "customer", "CUST-COMP", field=None)
    assert customer in err.message  # one customer per contact (SPEC §5.1)
    refused(database, path, api.create_as, contact, "vendor", "NO-SUCH", field=None)  # template code
    refused(database, path, api.link_existing, contact, "vendor", "V-NONE", field=None)
    refused(database, path, api.set_field, "contact", "CT999999", "city", "Kiel", field=None)


def test_unknown_kinds_are_refusals_not_key_errors(database: api.Database, path: Path) -> None:
    contact = company(database)
    for call, args in (
        (api.create_record, ("item", {"name": "Schraube"})),
        (api.set_field, ("item", "1", "name", "x")),
        (api.read_record, ("item", "1")),
        (api.delete, ("item", "1")),
        (api.create_as, (contact, "item")),
        (api.create_as, (contact, "contact")),  # contacts do not link to contacts
        (api.link_existing, (contact, "item", "1")),
        (api.create_contact_from_record, ("item", "1")),
        (api.set_primary_contact, ("item", "1", contact)),
    ):
        err = refused(database, path, call, *args, field=None)
        assert "item" in err.message or "contacts" in err.message
    with pytest.raises(api.UserError, match="item"):
        api.create_contacts_from(database, "item")


# --- on the database: batch, import, export -----------------------------------------------------------
def test_create_contacts_from_reports_progress_and_is_idempotent(database: api.Database) -> None:
    with database.unit_of_work() as s:
        nos = [api.create_record(s, "customer", {"name": f"Kunde {i}"}, auto_contact=False) for i in range(7)]
    seen: list[tuple[int, int]] = []
    result = api.create_contacts_from(database, "customer", progress=lambda *step: seen.append(step))
    assert (result.created, result.skipped, result.cancelled) == (7, 0, False)
    assert seen[0] == (0, 7) and seen[-1] == (7, 7)
    with database.session() as s:
        contacts = [api.contact_of(s, "customer", no) for no in nos]
        assert all(contacts)
        assert api.read_record(s, "contact", contacts[3] or "")["name"] == "Kunde 3"
    again = api.create_contacts_from(database, "customer")
    assert (again.created, again.skipped) == (0, 7)
    cancelled = api.create_contacts_from(database, "vendor", should_cancel=lambda: True)
    assert cancelled.created == 0
    with database.unit_of_work() as s:
        api.update_marketing_setup(s, {"bus_rel_code_vendors": ""})
    with pytest.raises(api.UserError, match="Bus. Rel. Code for Vendors"):
        api.create_contacts_from(database, "vendor")


CSV = (
    "type;name;city;email;company_name;first_name;surname\n"
    "company;Import AG;Bonn;info@import.example;;;\n"
    "person;;;;Import AG;Ida;Import\n"
    "robot;R2;;;;;\n"
)


def test_import_previews_then_applies_and_export_writes_every_contact(
    database: api.Database, path: Path, tmp_path: Path
) -> None:
    existing = company(database, name="Schon Da GmbH")
    file = tmp_path / "in.csv"
    file.write_text(CSV, encoding="utf-8")
    before = snapshot(path)
    preview = api.import_contacts(database, file)
    assert not preview.applied
    assert (preview.created, preview.updated, preview.unchanged) == (2, 0, 0)
    assert [(e.line, e.field) for e in preview.errors] == [(4, "type")]
    assert preview.summary() == "2 new, 0 changed, 0 unchanged, 1 refused"
    assert snapshot(path) == before, "a preview writes nothing"

    report = api.import_contacts(database, file, apply=True)
    assert report.applied and (report.created, len(report.errors)) == (2, 1)
    new = {row.name: row.contact_no for row in report.rows if row.action == "create"}
    firm, staff = new["Import AG"], new["Ida Import"]
    assert firm and staff
    assert read(database, "contact", firm)["city"] == "Bonn"
    assert read(database, "contact", staff)["company_no"] == firm
    again = api.import_contacts(database, file, apply=True)  # the same file matches what it made
    assert (again.created, again.unchanged) == (0, 2)

    assert api.export_contacts(database, tmp_path / "out.csv") == 3
    exported = (tmp_path / "out.csv").read_text(encoding="utf-8-sig")
    assert "Import AG" in exported and "Schon Da GmbH" in exported and existing in exported
    assert api.export_contacts(database, tmp_path / "out.vcf") == 3
    assert (tmp_path / "out.vcf").read_text(encoding="utf-8").count("BEGIN:VCARD") == 3

    other = api.open_database(f"sqlite:///{tmp_path / 'other.db'}")
    try:  # a vCard file of another database: everything is new there
        moved = api.import_contacts(other, tmp_path / "out.vcf", apply=True)
        assert (moved.created, moved.errors) == (3, [])
    finally:
        other.dispose()


def test_an_unreadable_file_is_a_refusal(database: api.Database, tmp_path: Path) -> None:
    with pytest.raises(api.UserError, match="cannot be read"):
        api.import_contacts(database, tmp_path / "missing.csv")
    with pytest.raises(api.UserError, match="cannot be written"):
        api.export_contacts(database, tmp_path / "no" / "such" / "folder" / "out.csv")
