"""The registry of record kinds: one entry per kind holds every fact that differs between kinds.

Code everywhere else loops over `KINDS` or asks `kind(name)`. A new kind of record (SPEC §13) is an entry
here, its model, its migration (with its Marketing Setup columns), its card module in app/ui/cards, the
captions of its new fields, translations, demo data and tests — README "How to add a kind".
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from app.errors import UserError, marked
from app.models import (
    BankAccount,
    Base,
    Contact,
    Customer,
    CustomerTemplate,
    Employee,
    Vendor,
    VendorTemplate,
)

# Field map directions (SPEC §4): "both" ways; "create_only" copied when one side is created from the
# other; "to_record" from the contact to the record only (the record's side is read-only there).
Pair = tuple[str, str, str]  # (contact field, record field, direction)

ADDRESS = ("address", "address_2", "post_code", "city", "county", "country_region_code")
COMMUNICATION = ("phone_no", "mobile_phone_no", "fax_no", "email", "home_page")
COMMON = ("name", "name_2", "search_name", *ADDRESS, *COMMUNICATION, "language_code", "territory_code",
          "currency_code")
TAX = ("vat_registration_no", "registration_number", "privacy_blocked")


def both(*fields: str) -> tuple[Pair, ...]:
    return tuple((f, f, "both") for f in fields)


@dataclass(frozen=True)
class Texts:
    """Whole translatable phrases about a kind (no "{kind}s"): captions, actions, titles."""

    caption: str  # "Customer"
    plural: str  # "Customers"
    lower: str  # "customer"
    plural_lower: str  # "customers"
    new: str = ""  # "New Customer"
    create_as: str = ""  # "Create as Customer"
    link: str = ""  # "Link with an existing customer"
    open_linked: str = ""  # "Open the linked customer"
    batch: str = ""  # "Create Contacts from Customers"
    sync_off: str = ""  # the refusal when the setup code is blank
    templates: str = ""  # "Customer Templates" (kinds with templates)


@dataclass(frozen=True)
class Kind:
    """Every fact about one kind of record. `name` is its table, its window kind and its link_to_table."""

    name: str
    model: type[Base]
    texts: Texts
    series_field: str  # marketing_setup field holding the number series
    series_caption: str
    default_series: tuple[str, str, str]  # (code, description, starting no.) of a new database
    relation_code_field: str = ""  # marketing_setup field of the business relation code; "" for contact
    relation_code_caption: str = ""
    default_relation: tuple[str, str] | None = None  # (code, description) of a new database
    field_map: tuple[Pair, ...] = ()  # the default shared-field map, contact field → record field
    links_to: str = "company"  # the contact type that carries the link ("person": employees)
    person_without_company: bool = False  # a person with no company may link (customers only)
    auto_contact: bool = False  # a new record gets its contact automatically (SPEC §7.3)
    primary_contact: bool = False  # has `contact` text and `primary_contact_no` (SPEC §8)
    contact_type_field: str = ""  # the record field that carries the contact's type
    template_model: type[Base] | None = None
    template_fields: tuple[str, ...] = ()  # billing/posting fields a template fills
    template_blank_fill: tuple[str, ...] = ()  # contact fields a template fills where blank
    batch_name: str = ""  # the batch job's name part: create_contacts_from_<batch_name>
    duplicate_notice: bool = False  # a new card warns of possible duplicates as the user types (SPEC §10)

    @property
    def linked(self) -> bool:
        """A kind that contacts link to (everything but the contact itself)."""
        return bool(self.relation_code_field)

    @property
    def one_way(self) -> bool:
        """Synchronized only from the contact: the record's shared fields are kept on the contact."""
        return bool(self.field_map) and all(d == "to_record" for _c, _r, d in self.field_map)

    @property
    def has_batch(self) -> bool:
        """Has the batch job "Create Contacts from …" (records that get their contact automatically)."""
        return self.auto_contact and bool(self.batch_name)


CONTACT = Kind(
    "contact",
    Contact,
    Texts(marked("Contact"), marked("Contacts"), marked("contact"), marked("contacts"),
          new=marked("New Contact")),
    series_field="contact_nos",
    series_caption=marked("Contact Nos."),
    default_series=("CONT", marked("Contacts"), "CT000001"),
    duplicate_notice=True,
)
CUSTOMER = Kind(
    "customer",
    Customer,
    Texts(
        marked("Customer"),
        marked("Customers"),
        marked("customer"),
        marked("customers"),
        new=marked("New Customer"),
        create_as=marked("Create as Customer"),
        link=marked("Link with an existing customer"),
        open_linked=marked("Open the linked customer"),
        batch=marked("Create Contacts from Customers"),
        templates=marked("Customer Templates"),
        sync_off=marked(
            "Synchronization with customers is switched off: fill in \u201c{setup_field}\u201d in the "
            "Marketing Setup."
        ),
    ),
    series_field="customer_nos",
    series_caption=marked("Customer Nos."),
    default_series=("CUST", marked("Customers"), "C000010"),
    relation_code_field="bus_rel_code_customers",
    relation_code_caption=marked("Bus. Rel. Code for Customers"),
    default_relation=("CUST", marked("Customer")),
    field_map=(
        *both(*COMMON, *TAX, "salesperson_code"),
        ("type", "contact_type", "to_record"),
    ),
    person_without_company=True,
    auto_contact=True,
    primary_contact=True,
    contact_type_field="contact_type",
    template_model=CustomerTemplate,
    template_fields=("customer_posting_group", "gen_bus_posting_group", "vat_bus_posting_group",
                     "payment_terms_code", "payment_method_code", "credit_limit"),
    template_blank_fill=("country_region_code", "currency_code", "territory_code", "language_code"),
    batch_name="customers",
    duplicate_notice=True,
)
VENDOR = Kind(
    "vendor",
    Vendor,
    Texts(
        marked("Vendor"),
        marked("Vendors"),
        marked("vendor"),
        marked("vendors"),
        new=marked("New Vendor"),
        create_as=marked("Create as Vendor"),
        link=marked("Link with an existing vendor"),
        open_linked=marked("Open the linked vendor"),
        batch=marked("Create Contacts from Vendors"),
        templates=marked("Vendor Templates"),
        sync_off=marked(
            "Synchronization with vendors is switched off: fill in \u201c{setup_field}\u201d in the "
            "Marketing Setup."
        ),
    ),
    series_field="vendor_nos",
    series_caption=marked("Vendor Nos."),
    default_series=("VEND", marked("Vendors"), "V000010"),
    relation_code_field="bus_rel_code_vendors",
    relation_code_caption=marked("Bus. Rel. Code for Vendors"),
    default_relation=("VEND", marked("Vendor")),
    field_map=(*both(*COMMON, *TAX), ("salesperson_code", "purchaser_code", "create_only")),
    auto_contact=True,
    primary_contact=True,
    template_model=VendorTemplate,
    template_fields=("vendor_posting_group", "gen_bus_posting_group", "vat_bus_posting_group",
                     "payment_terms_code", "payment_method_code"),
    template_blank_fill=("country_region_code", "currency_code", "territory_code", "language_code"),
    batch_name="vendors",
)
BANK_ACCOUNT = Kind(
    "bank_account",
    BankAccount,
    Texts(
        marked("Bank Account"),
        marked("Bank Accounts"),
        marked("bank account"),
        marked("bank accounts"),
        new=marked("New Bank Account"),
        create_as=marked("Create as Bank Account"),
        link=marked("Link with an existing bank account"),
        open_linked=marked("Open the linked bank account"),
        batch=marked("Create Contacts from Bank Accounts"),
        sync_off=marked(
            "Synchronization with bank accounts is switched off: fill in \u201c{setup_field}\u201d in the "
            "Marketing Setup."
        ),
    ),
    series_field="bank_account_nos",
    series_caption=marked("Bank Account Nos."),
    default_series=("BANK", marked("Bank Accounts"), "B010"),
    relation_code_field="bus_rel_code_bank_accounts",
    relation_code_caption=marked("Bus. Rel. Code for Bank Accs."),
    default_relation=("BANK", marked("Bank Account")),
    field_map=(*both(*COMMON), ("salesperson_code", "our_contact_code", "create_only")),
    auto_contact=True,
    batch_name="bank_accounts",
)

EMPLOYEE = Kind(
    "employee",
    Employee,
    Texts(
        marked("Employee"),
        marked("Employees"),
        marked("employee"),
        marked("employees"),
        new=marked("New Employee"),
        create_as=marked("Create as Employee"),
        link=marked("Link with an existing employee"),
        open_linked=marked("Open the linked employee"),
        sync_off=marked(
            "Synchronization with employees is switched off: fill in \u201c{setup_field}\u201d in the "
            "Marketing Setup."
        ),
    ),
    series_field="employee_nos",
    series_caption=marked("Employee Nos."),
    default_series=("EMPL", marked("Employees"), "E0010"),
    relation_code_field="bus_rel_code_employees",
    relation_code_caption=marked("Bus. Rel. Code for Employees"),
    default_relation=("EMPL", marked("Employee")),
    # One way, contact → employee (SPEC §13.2): on a linked employee these fields are read-only.
    field_map=tuple(
        (c, r, "to_record")
        for c, r in (*((f, f) for f in (*ADDRESS, "phone_no", "mobile_phone_no", "pager", "fax_no", "email")),
                     ("first_name", "first_name"), ("middle_name", "middle_name"), ("surname", "last_name"),
                     ("job_title", "job_title"))
    ),
    links_to="person",
)

KINDS: tuple[Kind, ...] = (CONTACT, CUSTOMER, VENDOR, BANK_ACCOUNT, EMPLOYEE)
BY_NAME: dict[str, Kind] = {k.name: k for k in KINDS}


def kind(name: str) -> Kind:
    """The registry entry of `name`; an unknown kind is a refusal, not a KeyError."""
    try:
        return BY_NAME[name]
    except KeyError:
        raise UserError(
            "Unknown kind of record \u201c{value}\u201d; expected one of: {kinds}.",
            value=name,
            kinds=", ".join(BY_NAME),
        ) from None


def linked_kinds() -> Iterator[Kind]:
    """The kinds a contact links to, in registry order."""
    return (k for k in KINDS if k.linked)


def of_model(model: type) -> Kind | None:
    return next((k for k in KINDS if k.model is model), None)


def of_record(obj: object) -> Kind | None:
    return of_model(type(obj))


PARTY_MODELS: tuple[type[Base], ...] = tuple(k.model for k in KINDS)
