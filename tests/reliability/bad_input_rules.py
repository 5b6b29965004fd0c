"""The catalogue of bad inputs (SPEC §2–§11): each rule of SPEC, fed a bad value, with the message it
must answer with. Field rules are enumerated from the models; the other rules are listed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import String
from sqlalchemy.orm import Session

from app.db import Database
from app.documents.create import new_purchase_document, new_sales_document
from app.documents.interactions import log_interaction
from app.documents.lines import add_line
from app.documents.quotes import make_order
from app.domain.fields import CODE_TABLES, caption
from app.domain.records import READ_ONLY, create_record, set_field
from app.domain.validation import choices_for, is_phone_field
from app.kinds import kind as registry_kind
from app.operations import setup as setup_ops
from app.operations.batch import create_contacts_from
from app.operations.contact_from_record import create_contact_from_record
from app.operations.create_as import create_as
from app.operations.deletion import delete
from app.operations.link_existing import link_existing
from app.operations.primary_contact import set_primary_contact
from app.operations.relations import add_relation, remove_relation

Keys = dict[str, str]
Act = Callable[[Session, Keys], Any]
KEY_OF = {"contact": "contact", "customer": "customer", "vendor": "vendor", "bank_account": "bank",
          "employee": "employee"}  # fmt: skip


@dataclass(frozen=True)
class Bad:
    """One bad input: `act` must be refused with a message containing `expect`, naming `field` (if given).
    `db_act` replaces `act` for jobs that run their own units of work; `arrange` prepares a copy first."""

    name: str
    act: Act | None
    expect: str
    field: str | None = None
    db_act: Callable[[Database, Keys], Any] | None = None
    arrange: Callable[[Session, Keys], Any] | None = None


# --- SPEC §3: field rules, enumerated from the models ----------------------------------------------------
def edit_(table: str, field: str, value: Any) -> Act:
    return lambda s, k: set_field(s, table, k[KEY_OF[table]], field, value)


def new_(table: str, field: str, value: Any) -> Act:
    named = "name" if "name" in registry_kind(table).model.__table__.c else "first_name"  # employees
    base = {named: "Neu"} if field != named else {}
    return lambda s, k: create_record(s, table, {**base, field: value})


def both(table: str, field: str, value: Any, expect: str, label: str) -> list[Bad]:
    """The same bad value typed into an existing record and into a new one."""
    return [
        Bad(f"{table}.{field} {label} (edit)", edit_(table, field, value), expect, field),
        Bad(f"{table}.{field} {label} (new)", new_(table, field, value), expect, field),
    ]


BAD_PHONES = [
    ("030 12 34 ab", "must not contain letters"),
    ("--- / ---", "is not a phone number"),
    ("+999 30 1234", "is not a phone number"),
    ("0" * 25, "is not a phone number"),
]
BAD_EMAILS = ["not-an-address", "a@b.de; broken@", "zwei@@beispiel.de", "leer zeichen@beispiel.de"]
BAD_IBANS = ["DE00 1234", "DE44 1007 0000 0123 4567 00", "XX43100700000123456700", "DE4310070000012345670"]
BAD_BICS = ["DEUT", "DEUT12BBXXX", "DEUTDEBBX"]
# SPEC §16: control characters in the middle of a value (the ends are trimmed), with the rule's words.
CONTROL = "contains a control character"
BAD_CONTROLS = [
    ("NUL", "Ab\x00cd", CONTROL + " (U+0000)"),
    ("BEL", "Ab\x07cd", CONTROL + " (U+0007)"),
    ("ESC", "Ab\x1b[31mcd", CONTROL + " (U+001B)"),
    ("TAB", "Ab\tcd", CONTROL + " (U+0009)"),
    ("DEL", "Ab\x7fcd", CONTROL + " (U+007F)"),
    ("C1 NEL", "Ab\x85cd", CONTROL + " (U+0085)"),
    ("RLO U+202E", "Ab\u202ecd", CONTROL + " (U+202E)"),
    ("LRI U+2066", "Ab\u2066cd", CONTROL + " (U+2066)"),
    ("LF", "Ab\ncd", "must be a single line"),
    ("CR", "Ab\rcd", "must be a single line"),
    ("CRLF", "Ab\r\ncd", "must be a single line"),
    ("U+2028", "Ab\u2028cd", "must be a single line"),
]


def field_rule_cases(table: str) -> list[Bad]:
    model = registry_kind(table).model
    columns = {c.key: c for c in model.__table__.columns}
    cases: list[Bad] = []
    for name, column in columns.items():
        if isinstance(column.type, String) and name not in READ_ONLY:
            limit = column.type.length
            expect = f"{caption(name)} can be at most {limit} characters long"
            cases += both(table, name, "X" * (limit + 1), expect, "over length")
            if name not in CODE_TABLES and name not in ("type", "contact_type", "blocked", "status"):
                cases += both(table, name, "Ab\x00cd", CONTROL, "NUL")
        elif name in READ_ONLY:
            cases.append(
                Bad(f"{table}.{name} read-only", edit_(table, name, "1"), "cannot be changed here", name)
            )
    for name in sorted(CODE_TABLES.keys() & columns.keys()):
        expect = f"{caption(name)} \u201cZZZ\u201d does not exist in"
        cases += both(table, name, "ZZZ", expect, "unknown code")
    for name in sorted(n for n in columns if is_phone_field(model, n)):  # incl. the pager (SPEC §14.12)
        for value, rule in BAD_PHONES:
            cases += both(table, name, value, rule, f"phone {value!r}")
    for value in BAD_EMAILS:
        cases += both(table, "email", value, "is not a valid e-mail address", f"e-mail {value!r}")
    for name in columns:
        choices = choices_for(model, name)
        if choices is not None:
            cases += both(table, name, "robot", f"{caption(name)} must be one of", "unknown choice")
    named = "name" if "name" in columns else "first_name"
    for label, value, expect in BAD_CONTROLS:
        cases += both(table, named, value, expect, label)
    for label in ("colour", "version"):
        cases.append(Bad(f"{table}.{label} (new)", new_(table, label, "1"), "cannot be changed here", label))
    cases.append(
        Bad(f"{table}.colour (edit)", edit_(table, "colour", "rot"), "cannot be changed here", "colour")
    )
    if "vat_registration_no" in columns:
        cases += both(table, "vat_registration_no", "DE123", "is not a valid VAT registration no.", "VAT")
    if table == "customer":
        cases += both(table, "credit_limit", "zwölf", "Credit Limit (LCY) must be a number", "not a number")
        cases += both(table, "credit_limit", "-5", "Credit Limit (LCY) must not be negative", "negative")
    if table == "bank_account":
        for value in BAD_IBANS:
            cases += both(table, "iban", value, "is not a valid IBAN", f"IBAN {value!r}")
        for value in BAD_BICS:
            cases += both(table, "swift_code", value, "is not a valid BIC", f"BIC {value!r}")
        cases.append(
            Bad("bank currency with a balance", edit_(table, "currency_code", "USD"), "has a balance",
                "currency_code")
        )  # fmt: skip
    return cases


def _edit(table: str, key: str, field: str, value: Any) -> Act:
    return lambda s, k: set_field(s, table, k[key], field, value)


CONTACT_RULES = [
    Bad(
        "currency on a person",
        _edit("contact", "lone", "currency_code", "EUR"),
        "can only be filled in on company contacts",
        "currency_code",
    ),
    Bad(
        "VAT no. on a person",
        _edit("contact", "person", "vat_registration_no", "DE129273398"),
        "can only be filled in on company contacts",
        "vat_registration_no",
    ),
    Bad(
        "company no. on a company",
        _edit("contact", "plain", "company_no", "CT000001"),
        "can only be filled in on person contacts",
        "company_no",
    ),
    Bad(
        "company no. naming a person",
        lambda s, k: set_field(s, "contact", k["person"], "company_no", k["lone"]),
        "is not a company contact",
        "company_no",
    ),
    Bad(
        "company no. that does not exist",
        _edit("contact", "lone", "company_no", "CT999999"),
        "is not a company contact",
        "company_no",
    ),
    Bad(
        "person with own links under a company",
        lambda s, k: set_field(s, "contact", k["lone_customer_person"], "company_no", k["plain"]),
        "has its own business relations",
        "company_no",
    ),
    Bad(
        "linked company becomes a person (§5.5)",
        _edit("contact", "blocked", "type", "person"),  # "contact" has documents: logged (§14.3)
        "cannot become a person",
        "type",
    ),
    Bad(
        "company with persons becomes a person (§5.5)",
        _edit("contact", "parent", "type", "person"),
        "has persons under it",
        "type",
    ),
    Bad(
        "§13.2 a linked employee's synchronized field typed on the employee",
        _edit("employee", "employee", "city", "Berlin"),
        "is kept on contact",
        "city",
        arrange=lambda s, k: link_existing(s, k["lone"], "employee", k["employee"]),
    ),
    Bad(
        "§13.2 the employee as master when linking",
        lambda s, k: link_existing(s, k["lone"], "employee", k["employee"], "record"),
        "the contact's values win",
        "master",
    ),
    Bad(
        "a batch job for a kind without one (employees)",
        None,
        "Contacts cannot be created in a batch from employees",
        db_act=lambda db, k: create_contacts_from(db, "employee"),
    ),
    Bad(
        "§14.3 type change of a contact with interaction log entries",
        _edit("contact", "lone", "type", "company"),
        "cannot be changed because it has interaction log entries",
        "type",
        arrange=lambda s, k: log_interaction(s, k["lone"], "phone_call", "Rückruf"),
    ),
    Bad(
        "§14.3 company with a currency code becomes a person",
        _edit("contact", "plain", "type", "person"),
        "has a currency code and cannot become a person",
        "type",
        arrange=lambda s, k: set_field(s, "contact", k["plain"], "currency_code", "EUR"),
    ),
    Bad(
        "§14.3 company with a VAT registration no. becomes a person",
        _edit("contact", "plain", "type", "person"),
        "has a VAT registration no. and cannot become a person",
        "type",
        arrange=lambda s, k: set_field(s, "contact", k["plain"], "vat_registration_no", "DE129273398"),
    ),
    Bad(
        "contact currency reaching a bank with a balance (§6.7)",
        _edit("contact", "contact", "currency_code", "USD"),
        "has a balance",
        "currency_code",
    ),
    Bad(
        "customer currency reaching a bank with a balance (§6.7)",
        _edit("customer", "customer", "currency_code", "USD"),
        "has a balance",
        "currency_code",
    ),
    Bad(
        "vendor blocked: a customer choice",
        _edit("vendor", "vendor", "blocked", "ship"),
        "Blocked must be one of",
        "blocked",
    ),
    Bad(
        "customer blocked: a vendor choice",
        _edit("customer", "customer", "blocked", "payment"),
        "Blocked must be one of",
        "blocked",
    ),
    Bad(
        "number clash (§2.3)",
        lambda s, k: create_record(s, "vendor", {"no": k["vendor"].lower(), "name": "X"}),
        "already exists",
        "no",
    ),
    Bad(
        "edit a record that does not exist",
        lambda s, k: set_field(s, "customer", "C999999", "name", "X"),
        "does not exist",
    ),
]


# --- SPEC §5, §7, §8, §9, §11: link rules --------------------------------------------------------------
LINK_RULES = [
    Bad(
        "§13.3 a company contact as employee",
        lambda s, k: create_as(s, k["contact"], "employee"),
        "Only person contacts can be linked to employees",
        "type",
    ),
    Bad(
        "§13.3 a company linked to an existing employee",
        lambda s, k: link_existing(s, k["plain"], "employee", k["employee"]),
        "Only person contacts can be linked to employees",
        "type",
    ),
    Bad(
        "§13.3 a privacy-blocked contact",
        lambda s, k: create_as(s, k["privacy"], "customer", "CUST-COMP"),
        "blocked due to privacy",
        "privacy_blocked",
    ),
    Bad(
        "§5.1 second customer for a company",
        lambda s, k: create_as(s, k["contact"], "customer", "CUST-COMP"),
        "already has a business relation with customer",
    ),
    Bad(
        "§5.1 second vendor via link",
        lambda s, k: link_existing(s, k["contact"], "vendor", k["loose_vendor"]),
        "already has a business relation with vendor",
    ),
    Bad(
        "§5.1 record linked twice",
        lambda s, k: link_existing(s, k["plain"], "customer", k["customer"]),
        "already has a business relation with contact",
    ),
    Bad(
        "§5.2 person hands the link to its linked company",
        lambda s, k: create_as(s, k["person"], "bank_account"),
        "already has a business relation with bank",
    ),
    Bad(
        "§5.2 person without company as vendor",
        lambda s, k: create_as(s, k["lone"], "vendor"),
        "Company No. must have a value",
        "company_no",
    ),
    Bad(
        "§5.2 person without company as bank",
        lambda s, k: create_as(s, k["lone"], "bank_account"),
        "Company No. must have a value",
        "company_no",
    ),
    Bad(
        "§5.2 person without company linked to a bank",
        lambda s, k: link_existing(s, k["lone"], "bank_account", k["loose_bank"]),
        "Company No. must have a value",
        "company_no",
    ),
    Bad(
        "§5.3 reserved code as plain relation",
        lambda s, k: add_relation(s, k["plain"], "CUST"),
        "is reserved for links to customers",
    ),
    Bad(
        "§5.3 unknown relation code",
        lambda s, k: add_relation(s, k["plain"], "NOPE"),
        "does not exist",
        "business_relation_code",
    ),
    Bad(
        "§5.3 the same plain relation twice",
        lambda s, k: add_relation(s, k["plain"], "PROSPECT"),
        "already has business relation PROSPECT",
    ),
    Bad(
        "§5.4 remove a relation the contact lacks",
        lambda s, k: remove_relation(s, k["plain"], "PRESS"),
        "has no business relation PRESS",
    ),
    Bad(
        "§7.1 unknown master side",
        lambda s, k: link_existing(s, k["plain"], "customer", k["loose_customer"], "winner"),
        "Current master fields must be Contact or Customer",
    ),
    Bad(
        "§7.1 link a record that does not exist",
        lambda s, k: link_existing(s, k["plain"], "vendor", "V999"),
        "does not exist",
    ),
    Bad(
        "§7.2 unknown template",
        lambda s, k: create_as(s, k["plain"], "customer", "NOPE"),
        "Template NOPE does not exist",
    ),
    Bad(
        "§7.3 contact for a linked record",
        lambda s, k: create_contact_from_record(s, "customer", k["customer"]),
        "is already linked to contact",
    ),
    Bad(
        "§8 primary contact not related",
        lambda s, k: set_primary_contact(s, "customer", k["customer"], k["plain"]),
        "is not related to customer",
        "primary_contact_no",
    ),
    Bad(
        "§8 primary contact that does not exist",
        lambda s, k: set_primary_contact(s, "vendor", k["vendor"], "CT999999"),
        "is not related to vendor",
        "primary_contact_no",
    ),
    Bad(
        "§8 primary contact of an unlinked customer",
        lambda s, k: set_primary_contact(s, "customer", k["loose_customer"], k["plain"]),
        "is not related to",
        "primary_contact_no",
    ),
    Bad(
        "§8 primary contact of a bank account",
        lambda s, k: set_primary_contact(s, "bank_account", k["bank"], k["contact"]),
        "Only customers and vendors",
    ),
    Bad(
        "§9 delete a contact that does not exist",
        lambda s, k: delete(s, "contact", "CT999999"),
        "does not exist",
    ),
    Bad(
        "§9 delete a vendor that does not exist",
        lambda s, k: delete(s, "vendor", "V999999"),
        "does not exist",
    ),
    Bad(
        "§11.1 sales order without customer",
        lambda s, k: new_sales_document(s, k["plain"], "order"),
        "is not related to a customer",
    ),
    Bad(
        "§11.1 purchase quote without vendor",
        lambda s, k: new_purchase_document(s, k["plain"], "quote"),
        "is not related to a vendor",
    ),
    Bad(
        "§11.1 purchase order for a person without company",
        lambda s, k: new_purchase_document(s, k["lone"], "order"),
        "person without a company",
    ),
    Bad(
        "§11.1 unknown document type",
        lambda s, k: new_sales_document(s, k["contact"], "offer"),
        "Document Type must be one of",
        "document_type",
    ),
    Bad(
        "§11.1 document for a privacy-blocked contact",
        lambda s, k: new_sales_document(s, k["privacy"], "quote"),
        "because they are blocked due to privacy",
        "privacy_blocked",
    ),
    Bad(
        "§14.4 link with existing: a privacy-blocked contact",
        lambda s, k: link_existing(s, k["privacy"], "vendor", k["loose_vendor"]),
        "You cannot use contact",
        "privacy_blocked",
    ),
    Bad(
        "§14.4 purchase quote for a privacy-blocked contact",
        lambda s, k: new_purchase_document(s, k["privacy"], "quote"),
        "(Geheim GmbH) because they are blocked due to privacy",
        "privacy_blocked",
    ),
    Bad(
        "§14.4 logged interaction for a privacy-blocked contact",
        lambda s, k: log_interaction(s, k["privacy"], "note", "Hallo"),
        "because they are blocked due to privacy",
        "privacy_blocked",
    ),
    Bad(
        "§14.5 primary contact repair: the person's company has a customer",
        lambda s, k: set_primary_contact(s, "customer", k["loose_customer"], k["person"]),
        "already has a business relation with customer",
    ),
    Bad(
        "§14.5 primary contact repair: a person with its own links",
        lambda s, k: set_primary_contact(s, "vendor", k["loose_vendor"], k["lone_customer_person"]),
        "has its own business relations",
        "company_no",
    ),
    Bad(
        "§11.1 order for a customer blocked for all",
        lambda s, k: new_sales_document(s, k["blocked"], "order"),
        "is blocked for all transactions",
        "blocked",
    ),
    Bad("§11.1 an order is not a quote", lambda s, k: make_order(s, k["order"]), "is not a quote"),
    Bad(
        "§11.1 line quantity not a number",
        lambda s, k: add_line(s, "sales_header", k["quote"], "Beratung", "viel", 1),
        "Quantity must be a number",
        "quantity",
    ),
]


# --- SPEC §2: setup rules --------------------------------------------------------------------------------
def _setup(values: dict[str, Any]) -> Act:
    return lambda s, k: setup_ops.update_marketing_setup(s, values)


def _series(values: dict[str, Any], new: bool = False) -> Act:
    return lambda s, k: setup_ops.save_no_series(s, values, new=new)


def _template(values: dict[str, Any], new: bool = False) -> Act:
    return lambda s, k: setup_ops.save_template(s, "customer", values, new=new)


SETUP_RULES = [
    Bad(
        "§2.1 blank relation code",
        lambda s, k: setup_ops.create_business_relation(s, " ", "x"),
        "Code must have a value",
        "code",
    ),
    Bad(
        "§2.1 relation code too long",
        lambda s, k: setup_ops.create_business_relation(s, "X" * 11, "x"),
        "Code can be at most 10 characters",
        "code",
    ),
    Bad(
        "§2.1 relation code twice",
        lambda s, k: setup_ops.create_business_relation(s, "cust", "x"),
        "Business relation CUST already exists",
        "code",
    ),
    Bad(
        "§2.1 relation description too long",
        lambda s, k: setup_ops.create_business_relation(s, "NEU", "d" * 101),
        "Description can be at most 100",
        "description",
    ),
    Bad(
        "§2.1 rename: description too long",
        lambda s, k: setup_ops.rename_business_relation(s, "PRESS", "d" * 101),
        "Description can be at most 100",
        "description",
    ),
    Bad(
        "§2.1 rename a code that does not exist",
        lambda s, k: setup_ops.rename_business_relation(s, "NOPE", "x"),
        "Business relation NOPE does not exist",
    ),
    Bad(
        "§2.1 delete a code used by links",
        lambda s, k: setup_ops.delete_business_relation(s, "CUST"),
        "is used by 3 contact business relations",
    ),
    Bad(
        "§2.1 delete a code used once",
        lambda s, k: setup_ops.delete_business_relation(s, "PROSPECT"),
        "is used by 1 contact business relation",
    ),
    Bad(
        "§2.2 relation codes must differ",
        _setup({"bus_rel_code_vendors": "CUST"}),
        "must differ",
        "bus_rel_code_vendors",
    ),
    Bad(
        "§2.2 unknown relation code",
        _setup({"bus_rel_code_customers": "NOPE"}),
        "does not exist in business relations",
        "bus_rel_code_customers",
    ),
    Bad(
        "§2.2 unknown contact series",
        _setup({"contact_nos": "NOPE"}),
        "does not exist in number series",
        "contact_nos",
    ),
    Bad(
        "§2.2 hit % zero",
        _setup({"search_hit_pct": 0}),
        "must be a whole number between 1 and 100",
        "search_hit_pct",
    ),
    Bad(
        "§2.2 hit % above 100",
        _setup({"search_hit_pct": 101}),
        "must be a whole number between 1 and 100",
        "search_hit_pct",
    ),
    Bad(
        "§2.2 hit % as text",
        _setup({"search_hit_pct": "60"}),
        "must be a whole number between 1 and 100",
        "search_hit_pct",
    ),
    Bad(
        "§2.2 inheritance switch not yes/no",
        _setup({"inherit_address_details": "ja"}),
        "must be Yes or No",
        "inherit_address_details",
    ),
    Bad(
        "§2.2 duplicate switch not yes/no",
        _setup({"autosearch_for_duplicates": 1}),
        "must be Yes or No",
        "autosearch_for_duplicates",
    ),
    Bad(
        "§2.2 unknown default country",
        _setup({"default_country_region_code": "XX"}),
        "does not exist in",
        "default_country_region_code",
    ),
    Bad(
        "§2.2 unknown default salesperson",
        _setup({"default_salesperson_code": "ZZ"}),
        "does not exist in",
        "default_salesperson_code",
    ),
    Bad(
        "§14.11 format phone numbers not yes/no",
        _setup({"format_phone_numbers": "ja"}),
        "must be Yes or No",
        "format_phone_numbers",
    ),
    Bad(
        "§14.12 unknown default person salutation",
        _setup({"default_person_salutation_code": "ZZ"}),
        "does not exist in salutation",
        "default_person_salutation_code",
    ),
    Bad(
        "§14.12 default company salutation too long",
        _setup({"default_company_salutation_code": "C" * 11}),
        "can be at most 10",
        "default_company_salutation_code",
    ),
    Bad(
        "§2.2 default code too long",
        _setup({"default_territory_code": "T" * 11}),
        "can be at most 10",
        "default_territory_code",
    ),
    Bad(
        "§4 field that is not synchronized",
        lambda s, k: setup_ops.set_field_map_enabled(s, "iban", "customer", False),
        "is not synchronized with customers",
    ),
    Bad(
        "§4 switch not yes/no",
        lambda s, k: setup_ops.set_field_map_enabled(s, "city", "vendor", "ja"),
        "Enabled must be Yes or No",
    ),
    Bad("§2.3 blank series code", _series({"code": ""}), "Code must have a value", "code"),
    Bad(
        "§2.3 series code twice",
        _series({"code": "CONT"}, new=True),
        "Number series CONT already exists",
        "code",
    ),
    Bad(
        "§2.3 series that does not exist",
        _series({"code": "NOPE", "increment_by": 2}),
        "Number series NOPE does not exist",
    ),
    Bad(
        "§2.3 starting no. without digits",
        _series({"code": "CONT", "starting_no": "ABC"}),
        "must end in digits",
        "starting_no",
    ),
    Bad(
        "§2.3 last no. without digits",
        _series({"code": "CONT", "last_no_used": "CT-X"}),
        "must end in digits",
        "last_no_used",
    ),
    Bad(
        "§2.3 increment zero",
        _series({"code": "CONT", "increment_by": 0}),
        "must be a whole number of at least 1",
        "increment_by",
    ),
    Bad(
        "§2.3 series no. too long",
        _series({"code": "CONT", "starting_no": "C" + "0" * 20}),
        "can be at most 20",
        "starting_no",
    ),
    Bad(
        "§2.3 series description too long",
        _series({"code": "CONT", "description": "d" * 101}),
        "can be at most 100",
        "description",
    ),
    Bad(
        "§2.3 manual numbers not yes/no",
        _series({"code": "CONT", "manual_nos": "yes"}),
        "must be Yes or No",
        "manual_nos",
    ),
    Bad(
        "§2.3 delete a series the setup uses",
        lambda s, k: setup_ops.delete_no_series(s, "CONT"),
        "is used in the Marketing Setup",
        "contact_nos",
    ),
    Bad(
        "§2.3 delete a series that does not exist",
        lambda s, k: setup_ops.delete_no_series(s, "NOPE"),
        "Number series NOPE does not exist",
    ),
    Bad("§3 template: blank code", _template({"code": ""}), "Code must have a value", "code"),
    Bad(
        "§3 template twice",
        _template({"code": "CUST-COMP"}, new=True),
        "Template CUST-COMP already exists",
        "code",
    ),
    Bad("§3 template that does not exist", _template({"code": "NOPE"}), "Template NOPE does not exist"),
    Bad(
        "§3 template: unknown currency",
        _template({"code": "CUST-COMP", "currency_code": "BTC"}),
        "does not exist in",
        "currency_code",
    ),
    Bad(
        "§3 template: unknown posting group",
        _template({"code": "CUST-COMP", "customer_posting_group": "ZZ"}),
        "does not exist in",
        "customer_posting_group",
    ),
    Bad(
        "§3 template: unknown contact type",
        _template({"code": "CUST-COMP", "contact_type": "robot"}),
        "Contact Type must be one of",
        "contact_type",
    ),
    Bad(
        "§3 template: field it does not have",
        _template({"code": "CUST-COMP", "colour": "rot"}),
        "is not a field of customer templates",
        "colour",
    ),
    Bad(
        "§3 template: negative credit limit",
        _template({"code": "CUST-COMP", "credit_limit": "-1"}),
        "must not be negative",
        "credit_limit",
    ),
    Bad(
        "§3 delete a template that does not exist",
        lambda s, k: setup_ops.delete_template(s, "vendor", "NOPE"),
        "Template NOPE does not exist",
    ),
]


# --- rules that need a setup first (each on a copy of its own) -----------------------------------------
def _blank(field: str) -> Callable[[Session, Keys], Any]:
    return lambda s, k: setup_ops.update_marketing_setup(s, {field: ""})


def _off(table: str, field: str, caption_text: str) -> list[Bad]:
    expect = f"fill in \u201c{caption_text}\u201d in the Marketing Setup"
    loose = {"customer": "loose_customer", "vendor": "loose_vendor", "bank_account": "loose_bank"}[table]
    template = {"customer": "CUST-COMP"}.get(table)
    return [
        Bad(
            f"§2.2 {table} off: create as",
            lambda s, k: create_as(s, k["plain"], table, template),
            expect,
            arrange=_blank(field),
        ),
        Bad(
            f"§2.2 {table} off: link with existing",
            lambda s, k: link_existing(s, k["plain"], table, k[loose]),
            expect,
            arrange=_blank(field),
        ),
        Bad(
            f"§2.2 {table} off: create contact",
            lambda s, k: create_contact_from_record(s, table, k[loose]),
            expect,
            arrange=_blank(field),
        ),
        Bad(
            f"§2.2 {table} off: batch job",
            None,
            expect,
            db_act=lambda db, k: create_contacts_from(db, table),
            arrange=_blank(field),
        ),
    ]


def _delete_template(code: str) -> Callable[[Session, Keys], Any]:
    return lambda s, k: setup_ops.delete_template(s, "customer", code)


def _setup_customer_code(session: Session, keys: Keys) -> None:
    setup_ops.create_business_relation(session, "KUNDE", "Kunde")
    setup_ops.update_marketing_setup(session, {"bus_rel_code_customers": "KUNDE"})


def _privacy_blocked(key: str) -> Callable[[Session, Keys], Any]:
    return lambda s, k: set_field(s, "contact", k[key], "privacy_blocked", True)


def _code_of_another_kind(session: Session, keys: Keys) -> None:
    """The plain company's bank link keeps code BANK, which the setup then reserves for vendors."""
    create_as(session, keys["plain"], "bank_account")
    setup_ops.create_business_relation(session, "BANK2", "Bank")
    setup_ops.update_marketing_setup(session, {"bus_rel_code_bank_accounts": "BANK2"})
    setup_ops.update_marketing_setup(session, {"bus_rel_code_vendors": "BANK"})


def _new_without_contact_series(table: str) -> Bad:
    return Bad(
        f"§14.8 new {table} without contact series",
        lambda s, k: create_record(s, table, {"name": "Neu"}),
        "Marketing Setup \u203a Contact Nos.",
        "no",
        arrange=_blank("contact_nos"),
    )


ARRANGED = [
    *(_new_without_contact_series(t) for t in ("customer", "vendor", "bank_account")),
    Bad(
        "§14.5 primary contact repair: a privacy-blocked person",
        lambda s, k: set_primary_contact(s, "vendor", k["loose_vendor"], k["lone"]),
        "because they are blocked due to privacy",
        "privacy_blocked",
        arrange=_privacy_blocked("lone"),
    ),
    Bad(
        "§14.5 primary contact repair: vendors switched off",
        lambda s, k: set_primary_contact(s, "vendor", k["loose_vendor"], k["lone"]),
        "fill in \u201cBus. Rel. Code for Vendors\u201d in the Marketing Setup",
        arrange=_blank("bus_rel_code_vendors"),
    ),
    Bad(
        "§14.7 link under a code that links another kind",
        lambda s, k: link_existing(s, k["plain"], "vendor", k["loose_vendor"]),
        "already uses business relation BANK for bank account",
        arrange=_code_of_another_kind,
    ),
    *_off("customer", "bus_rel_code_customers", "Bus. Rel. Code for Customers"),
    *_off("vendor", "bus_rel_code_vendors", "Bus. Rel. Code for Vendors"),
    *_off("bank_account", "bus_rel_code_bank_accounts", "Bus. Rel. Code for Bank Accs."),
    Bad(
        "§2.2 no contact series: contact from record",
        lambda s, k: create_contact_from_record(s, "vendor", k["loose_vendor"]),
        "Contacts cannot be numbered",
        arrange=_blank("contact_nos"),
    ),
    Bad(
        "§2.2 no contact series: new contact",
        lambda s, k: create_record(s, "contact", {"name": "Neu"}),
        "no number series is set up for contacts",
        "no",
        arrange=_blank("contact_nos"),
    ),
    Bad(
        "§2.3 manual number where the series forbids",
        lambda s, k: create_record(s, "customer", {"no": "K-1", "name": "Hand"}),
        "You may not enter numbers manually",
        "no",
        arrange=lambda s, k: setup_ops.save_no_series(s, {"code": "CUST", "manual_nos": False}),
    ),
    Bad(
        "§2.3 series that ran out",
        lambda s, k: create_record(s, "bank_account", {"name": "Neu"}),
        "has run out of numbers",
        arrange=lambda s, k: setup_ops.save_no_series(s, {"code": "BANK", "last_no_used": "B999"}),
    ),
    Bad(
        "§2.1 delete a code the setup uses",
        lambda s, k: setup_ops.delete_business_relation(s, "KUNDE"),
        "is used in the Marketing Setup",
        "bus_rel_code_customers",
        arrange=_setup_customer_code,
    ),
    Bad(
        "§7.2 no template for the contact type",
        lambda s, k: create_as(s, k["lone"], "customer"),
        "There is no customer template for contact type person",
        arrange=_delete_template("CUST-PERS"),
    ),
    Bad(
        "§11.1 document series missing",
        lambda s, k: new_sales_document(s, k["contact"], "order"),
        "number series S-ORDER does not exist",
        arrange=lambda s, k: setup_ops.delete_no_series(s, "S-ORDER"),
    ),
]
