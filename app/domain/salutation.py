"""Letter greetings from salutation codes (SPEC §14.12): "Sehr geehrte Frau Schmidt," / "Dear Ms Schmidt,"."""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy.orm import Session

from app.domain.setup import get_setup
from app.errors import domain_text, marked
from app.models import Contact, MarketingSetup, Salutation, SalutationFormula

FORMAL, INFORMAL = "formal", "informal"
GERMAN = frozenset({"DEU", "DEA", "DES"})  # BC's language codes for German (Germany, Austria, Switzerland)
UI_LANGUAGES = {"de": "DEU", "en": "ENU"}  # the app's languages as language codes
COMPANY_CODE, PERSON_CODE = "COMPANY", "PERSON"  # the ready setup's defaults for companies and persons

Formulas = dict[tuple[str, str], str]  # (language code, formal | informal) → the greeting with placeholders


def _formulas(de: str, de_informal: str, en: str, en_informal: str) -> Formulas:
    return {("DEU", FORMAL): de, ("DEU", INFORMAL): de_informal,
            ("ENU", FORMAL): en, ("ENU", INFORMAL): en_informal}  # fmt: skip


# code → (description, greetings in German and English); a database keeps what it has. The demo's person
# codes are names, the ready setup's two descriptions are translated when a new database is made.
STANDARD: dict[str, tuple[str, Formulas]] = {
    COMPANY_CODE: (marked("Company"), _formulas("Sehr geehrte Damen und Herren,", "Hallo zusammen,",
                                        "Dear Sir or Madam,", "Hello,")),
    PERSON_CODE: (marked("Person"), _formulas("Guten Tag {first_name} {surname},", "Hallo {first_name},",
                                      "Dear {first_name} {surname},", "Dear {first_name},")),
    "HERR": ("Herr", _formulas("Sehr geehrter Herr {surname},", "Lieber {first_name},",
                               "Dear Mr {surname},", "Dear {first_name},")),
    "FRAU": ("Frau", _formulas("Sehr geehrte Frau {surname},", "Liebe {first_name},",
                               "Dear Ms {surname},", "Dear {first_name},")),
    "DR": ("Dr.", _formulas("Guten Tag Dr. {surname},", "Hallo {first_name},",
                            "Dear Dr {surname},", "Dear {first_name},")),
    "MR": ("Mr.", _formulas("Sehr geehrter Herr {surname},", "Lieber {first_name},",
                            "Dear Mr {surname},", "Dear {first_name},")),
    "MS": ("Ms.", _formulas("Sehr geehrte Frau {surname},", "Liebe {first_name},",
                            "Dear Ms {surname},", "Dear {first_name},")),
    "MME": ("Madame", _formulas("Sehr geehrte Frau {surname},", "Liebe {first_name},",
                                "Dear Madame {surname},", "Dear {first_name},")),
}  # fmt: skip
READY_CODES = (COMPANY_CODE, PERSON_CODE)  # what a new database gets; the demo adds the others
_SPACES = re.compile(r"\s+")
_BEFORE_COMMA = re.compile(r"\s+([,!])")


def ensure_salutations(session: Session, codes: tuple[str, ...] = READY_CODES) -> None:
    """Add the salutation codes `codes` with their greetings where missing; existing rows stay as they are."""
    with session.no_autoflush:
        for code in codes:
            description, formulas = STANDARD[code]
            if session.get(Salutation, code) is None:
                session.add(Salutation(code=code, description=domain_text(description)))
            for (language, salutation_type), text in formulas.items():
                if session.get(SalutationFormula, (code, language, salutation_type)) is None:
                    session.add(SalutationFormula(
                        salutation_code=code, language_code=language, salutation_type=salutation_type,
                        salutation=text,
                    ))  # fmt: skip


def set_default_salutations(setup: MarketingSetup) -> None:
    """The ready setup's default salutation codes (the codes must exist: ensure_salutations first)."""
    setup.default_company_salutation_code = COMPANY_CODE
    setup.default_person_salutation_code = PERSON_CODE


def language_code_for(ui_language: str) -> str:
    """'de' (or 'de_AT') → 'DEU'; English and any other language → 'ENU'."""
    return UI_LANGUAGES.get(ui_language.split("_")[0].lower(), "ENU")


def salutation_code_of(session: Session, contact: Contact) -> str:
    """The contact's own salutation code, else the setup's default for its type (SPEC §14.12)."""
    if contact.salutation_code:
        return contact.salutation_code
    setup = get_setup(session)
    return str(setup.default_person_salutation_code if contact.type == "person"
               else setup.default_company_salutation_code)  # fmt: skip


def greeting(session: Session, contact: Contact | None, language_code: str, formal: bool = True) -> str:
    """The letter greeting for `contact` in `language_code` (SPEC §14.12): the formula of its salutation code
    (its own, else the setup's default for its type) for that language, else for any language (''), else
    the built-in German or English one; the placeholders filled from the contact. No contact: the
    company greeting ("Dear Sir or Madam,")."""
    salutation_type = FORMAL if formal else INFORMAL
    language = (language_code or "").upper()
    fallback_language = "DEU" if language in GERMAN else "ENU"
    is_person = contact is not None and contact.type == "person"
    code = salutation_code_of(session, contact) if contact is not None else ""
    text = None
    with session.no_autoflush:
        for candidate in (language, ""):
            row = session.get(SalutationFormula, (code, candidate, salutation_type)) if code else None
            if row is not None and row.salutation:
                text = row.salutation
                break
    if text is None:  # no formula in the database: the standard one of the code, else of the type
        built_in = STANDARD.get(code) or STANDARD[PERSON_CODE if is_person else COMPANY_CODE]
        text = built_in[1][(fallback_language, salutation_type)]
    return fill(text, placeholders(contact))


def placeholders(contact: Contact | None) -> dict[str, str]:
    """The values of a formula's placeholders; a person without name parts is split from its name."""
    if contact is None:
        return {}
    first, middle, surname = contact.first_name, contact.middle_name, contact.surname
    if contact.type == "person" and not (first or middle or surname):
        *before, last = contact.name.split() or [""]
        first, surname = " ".join(before), last
    initials = " ".join(f"{part[0]}." for part in (first, middle) if part)
    company = contact.company_name if contact.type == "person" else contact.name
    return {
        "first_name": first, "middle_name": middle, "surname": surname, "initials": initials,
        "job_title": contact.job_title, "name": contact.name, "company_name": company,
    }  # fmt: skip


class _Blank(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return ""  # an unknown or unfilled placeholder leaves no trace


def fill(formula: str, values: dict[str, str]) -> str:
    """The formula with its placeholders filled; blanks leave no double spaces or a space before the comma."""
    try:
        text = formula.format_map(_Blank(values))
    except (ValueError, IndexError):  # a brace typed as text in the formula: shown as written
        text = formula
    return _BEFORE_COMMA.sub(r"\1", _SPACES.sub(" ", text)).strip()
