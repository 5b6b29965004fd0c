"""The code table rows and templates the demo data uses; unknown codes are refused, so they come first."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from app.demo import data
from app.domain.defaults import database_language, local_code
from app.domain.salutation import COMPANY_CODE, PERSON_CODE, ensure_salutations
from app.domain.setup import get_setup
from app.models import (
    BankAccountPostingGroup,
    Base,
    CustomerPostingGroup,
    CustomerTemplate,
    GenBusPostingGroup,
    PaymentMethod,
    PaymentTerms,
    PostCode,
    SalespersonPurchaser,
    Salutation,
    Territory,
    VatBusPostingGroup,
    VendorPostingGroup,
    VendorTemplate,
)

# (model, attribute holding the text, rows)
CODE_ROWS: list[tuple[type[Base], str, list[tuple[str, str]]]] = [
    (SalespersonPurchaser, "name", data.SALESPEOPLE),
    (Territory, "name", data.TERRITORIES),
    (PaymentTerms, "description", data.PAYMENT_TERMS),
    (PaymentMethod, "description", data.PAYMENT_METHODS),
    (CustomerPostingGroup, "description", data.POSTING_GROUPS),
    (VendorPostingGroup, "description", data.POSTING_GROUPS),
    (GenBusPostingGroup, "description", data.POSTING_GROUPS),
    (VatBusPostingGroup, "description", data.POSTING_GROUPS),
    (BankAccountPostingGroup, "description", data.BANK_ACCOUNT_POSTING_GROUPS),
    (Salutation, "description", data.SALUTATIONS),
]


def localized(values: dict[str, Any], language: str) -> dict[str, Any]:
    """The demo's values with its code fields (…_code, …_group) in the codes of a database of `language`."""
    if language != "de":
        return values
    return {
        field: local_code(value, language)
        if isinstance(value, str) and field.endswith(("_code", "_group")) else value
        for field, value in values.items()
    }  # fmt: skip


def text_in(text: str, language: str) -> str:
    """A demo description in the database's language (German where data.GERMAN_TEXTS has it)."""
    return data.GERMAN_TEXTS.get(text, text) if language == "de" else text


def ensure_codes(session: Session) -> None:
    """Add the demo's code rows, post codes and templates that are missing; existing rows stay as they are.
    A database set up in German gets BC's German codes and German descriptions."""
    language = database_language(session)
    for model, text_field, rows in CODE_ROWS:
        for english, text in rows:
            code = local_code(english, language)
            if session.get(model, code) is None:
                session.add(model(code=code, **{text_field: text_in(text, language)}))
    for place in (*data.COMPANIES, *data.PRIVATE_CUSTOMERS):
        key = (place["post_code"], place["city"])
        if session.get(PostCode, key) is None:
            session.add(
                PostCode(
                    code=key[0],
                    city=key[1],
                    country_region_code=place["country_region_code"],
                    county=place.get("county", ""),
                )
            )
    _ensure_templates(session, language)
    _ensure_greetings(session)
    session.flush()


def _ensure_greetings(session: Session) -> None:
    """The greetings of the demo's salutations and the setup's defaults where blank (a database made
    before SPEC §14.12 has neither)."""
    session.flush()  # the salutation rows above first
    ensure_salutations(session, (*(code for code, _text in data.SALUTATIONS), COMPANY_CODE, PERSON_CODE))
    session.flush()
    setup = get_setup(session)
    setup.default_company_salutation_code = setup.default_company_salutation_code or COMPANY_CODE
    setup.default_person_salutation_code = setup.default_person_salutation_code or PERSON_CODE


def _ensure_templates(session: Session, language: str) -> None:
    groups = {"customer": "customer_posting_group", "vendor": "vendor_posting_group"}

    def local(*codes: str) -> list[str]:
        return [local_code(code, language) for code in codes]

    for model, table, rows in (
        (CustomerTemplate, "customer", data.CUSTOMER_TEMPLATES),
        (VendorTemplate, "vendor", data.VENDOR_TEMPLATES),
    ):
        for code, description, group, terms, method in rows:
            code = local_code(code, language)
            if session.get(model, code) is None:
                text = text_in(description, language)
                template: Any = model(code=code, description=text, contact_type="company")
                _fill_blanks(template, groups[table], *local(group, terms, method))
                session.add(template)
    # The ready setup's templates come without posting details: fill only what is blank.
    for model, code, table in (
        (CustomerTemplate, "CUST-COMP", "customer"),
        (CustomerTemplate, "CUST-PERS", "customer"),
        (VendorTemplate, "VEND-COMP", "vendor"),
    ):
        existing = session.get(model, local_code(code, language))
        if existing is not None:
            _fill_blanks(existing, groups[table], *local("DOMESTIC", "30 DAYS", "BANK"))


def _fill_blanks(template: Any, group_field: str, group: str, terms: str, method: str) -> None:
    for field, value in (
        (group_field, group),
        ("gen_bus_posting_group", group),
        ("vat_bus_posting_group", group),
        ("payment_terms_code", terms),
        ("payment_method_code", method),
    ):
        if not getattr(template, field):
            setattr(template, field, value)
