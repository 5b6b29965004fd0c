"""Contact card: the hub — create as / link with every linked kind of the registry; business relations."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from app.changes import ChangeSet
from app.domain.links import link_holder, linked_record
from app.kinds import kind, linked_kinds
from app.operations.create_as import create_as
from app.ui import prompts, runner
from app.ui.actions import ActionSpec, T
from app.ui.cards.base import BaseCard
from app.ui.cards.common import ADDRESS_FIELDS, ADDRESS_SECTION, COMMON_ACTIONS, kind_title
from app.ui.cards.form import Section, SectionSpec, ToolbarEntry, section, section_title
from app.ui.cards.interactions_panel import add_interactions_section
from app.ui.cards.relations_panel import RelationsPanel, read_relations
from app.ui.documents.contact_actions import CONTACT_DOCUMENT_ACTIONS, NEW_DOCUMENT_MENU, ContactDocuments
from app.ui.lists.columns import CITY, NAME, NO, PHONE, Column
from app.ui.lookups import Loader, company_loader
from app.ui.widgets import value_label

log = logging.getLogger(__name__)
PERSON_FIELDS = (
    "first_name", "middle_name", "surname", "company_no", "job_title", "salutation_code", "pager",
)  # fmt: skip
COMPANY_FIELDS = ("currency_code", "vat_registration_no")
# The contact's own communication fields (SPEC §14.12) beside the shared ones: an extension after the
# phone, a pager after the mobile, and how documents go to the contact last.
_AFTER = {"phone_no": ("extension_no",), "mobile_phone_no": ("pager",), "home_page": ("correspondence_type",)}
CONTACT_ADDRESS = SectionSpec(
    ADDRESS_SECTION.name,
    ADDRESS_SECTION.title,
    tuple(f for field in ADDRESS_FIELDS for f in (field, *_AFTER.get(field, ()))),
)


ELLIPSIS = "\u2026"


def kind_actions() -> tuple[ActionSpec, ...]:
    """The Create as ▸, Link with existing ▸ and Related ▸ entries: one of each per linked kind."""
    kinds = tuple(linked_kinds())
    return (
        *(ActionSpec(f"create_as_{k.name}", k.texts.caption, "create_as", enabled_when="can_link",
                     tip=k.texts.create_as, group="create_as", args=(k.name,), visible_when="applies",
                     domain=True, disabled_reason="why_not_linkable") for k in kinds),
        *(ActionSpec(f"link_{k.name}", k.texts.caption, "link", enabled_when="can_link", tip=k.texts.link,
                     group="link", args=(k.name,), visible_when="applies", domain=True, suffix=ELLIPSIS,
                     disabled_reason="why_not_linkable") for k in kinds),
        *(ActionSpec(f"open_{k.name}", k.texts.caption, "open_linked", enabled_when="has_linked",
                     tip=k.texts.open_linked, group="related", args=(k.name,), domain=True) for k in kinds),
    )  # fmt: skip


def kind_menus() -> tuple[ToolbarEntry, ...]:
    """The toolbar's Create as ▸, Link with existing ▸ and Related ▸ menus, in registry order."""
    names = tuple(k.name for k in linked_kinds())
    return (
        (T("cards", "Create as"), tuple(f"create_as_{name}" for name in names)),
        (T("cards", "Link with existing"), tuple(f"link_{name}" for name in names)),
        (T("cards", "Related"), (*(f"open_{name}" for name in names), "show_duplicates")),
    )


class ContactCard(ContactDocuments, BaseCard):
    kind = "contact"
    _own_texts: dict[str, str]  # action texts before "for company …" is added (set on the first load)
    SECTIONS = (
        section(
            "general",
            T("cards", "General"),
            "no type name name_2 search_name company_no company_name business_relation "
            "first_name middle_name surname job_title salutation_code salesperson_code privacy_blocked",
        ),
        CONTACT_ADDRESS,
        section(
            "segmentation",
            T("cards", "Segmentation & Foreign Trade"),
            "language_code format_region territory_code currency_code vat_registration_no "
            "registration_number",
        ),
    )
    READ_ONLY = frozenset({"company_name", "business_relation"})
    ACTIONS = (
        *COMMON_ACTIONS,
        *CONTACT_DOCUMENT_ACTIONS,
        ActionSpec("business_relations", T("actions", "Business Relations…"), "business_relations",
                   enabled_when="has_record", group="related",
                   tip=T("actions", "Show and edit the contact's business relations")),
        ActionSpec("show_duplicates", T("actions", "Duplicates…"), "show_duplicates",
                   enabled_when="has_record", group="related",
                   tip=T("actions", "Contacts that look like this one")),
    )  # fmt: skip

    @classmethod
    def action_specs(cls) -> tuple[ActionSpec, ...]:
        """The fixed actions and, per linked kind of the registry, Create as, Link and Open (read when a card
        opens, so that a kind added to the registry needs no edit here)."""
        return (*cls.ACTIONS, *kind_actions())

    @classmethod
    def toolbar_entries(cls) -> tuple[ToolbarEntry, ...]:
        return ("new", "delete", "|", *kind_menus(), "business_relations", NEW_DOCUMENT_MENU, "|", "refresh")

    # --- form ---------------------------------------------------------------------------------------
    def add_sections(self, content: QWidget, column: QVBoxLayout) -> None:
        section = Section("business_relations", section_title(T("cards", "Business Relations")), content)
        self.relations = RelationsPanel(self.commands["business_relations"], section.body)
        self.relations.open_requested.connect(self.ctx.open_card)
        section.add_widget(self.relations)
        column.addWidget(section)
        self.sections.append(section)
        self.interactions = add_interactions_section(self, content, column)
        self.interactions.open_requested.connect(self.open_document)

    def lookup(self, field: str) -> Loader | None:
        return company_loader(self.db) if field == "company_no" else None

    def new_values(self) -> dict[str, Any]:
        return {"type": "company", "business_relation": "none", "links": {}, "relations": []}

    def read_more(self, session: Session, record: Any) -> dict[str, Any]:
        holder = link_holder(session, record)
        links = {}
        for entry in linked_kinds():
            # a person's links to company kinds are its company's (SPEC §5.2); employees stay on the person
            carrier = record if entry.links_to == "person" else holder
            linked = linked_record(session, carrier.no, entry.name)
            links[entry.name] = linked.no if linked is not None else None
        nos = [record.no] + ([holder.no] if holder.no != record.no else [])
        return {
            "links": links,
            "holder": holder.no,
            "holder_privacy_blocked": holder.no != record.no and holder.privacy_blocked,
            "relations": read_relations(session, nos),
        }

    def after_load(self) -> None:
        super().after_load()
        self.relations.set_rows(self.values.get("relations", []), self.no)
        self.interactions.show_contact(self.no)  # read by the panel itself, when visible
        self._name_company_actions()

    def _name_company_actions(self) -> None:
        """On a person of a company, Create as / Link / Related of a company kind act on the company: their
        text and tooltip say so ("Bank Account for company Müller GmbH")."""
        if not hasattr(self, "_own_texts"):  # the first load runs inside BaseCard.__init__
            self._own_texts = {}
        texts = self._own_texts
        for entry in linked_kinds():
            company = self.company_of_action(entry.name)
            for name in (f"create_as_{entry.name}", f"link_{entry.name}", f"open_{entry.name}"):
                action = self.commands[name]
                base = texts.setdefault(name, action.text())
                if company is None:
                    action.setText(base)
                    continue
                suffix = QCoreApplication.translate("cards", "for company {name}").format(name=company[1])
                action.setText(f"{base} {suffix.replace('&', '&&')}")
                if action.isEnabled():
                    tip = QCoreApplication.translate(
                        "cards", "Works on company {no} {name}: a person's {kind_lower} is its company's."
                    ).format(no=company[0], name=company[1], kind_lower=kind_title(entry.name, lower=True))
                    action.setToolTip(tip)
                    action.setStatusTip(tip)

    def company_of_action(self, table: str) -> tuple[str, str] | None:
        """(no., name) of the company whose `table` record this person's actions create, link or open; None
        on a company, on a person without one, and for kinds that link persons (employees)."""
        holder = self.values.get("holder")
        if self.no is None or kind(table).links_to == "person" or not holder or holder == self.no:
            return None
        return str(holder), str(self.values.get("company_name") or holder)

    def confirm_for_company(self, table: str, title: str) -> bool:
        """Before a person's action runs on its company: say which company, and ask (True to go on)."""
        company = self.company_of_action(table)
        if company is None:
            return True
        text = QCoreApplication.translate(
            "cards",
            "This contact is a person of company {no} {name}. The {kind_lower} is the company's: "
            "it will be made for company {no} {name}, with the company's address. Continue?",
        ).format(no=company[0], name=company[1], kind_lower=kind_title(table, lower=True))
        return prompts.question(self, title, text, default_yes=True)

    def update_fields(self) -> None:
        person = self.values.get("type") == "person"
        for field in PERSON_FIELDS:
            self.editors[field].input.setEnabled(person)
        for field in COMPANY_FIELDS:
            self.editors[field].input.setEnabled(not person)

    def domain_value(self, field: str, value: Any) -> Any:
        # A blank company is NULL (a foreign key); numbers are looked up in upper case.
        return (value.strip().upper() or None) if field == "company_no" else value

    def related_changed(self, changes: ChangeSet) -> bool:
        return "contact_business_relation" in changes  # logged interactions: the panel refreshes itself

    def needs_more(self, fields: set[str]) -> bool:
        return bool(fields & {"business_relation", "company_no", "type"})

    # --- link state ---------------------------------------------------------------------------------
    def linked_no(self, table: str) -> str | None:
        links: dict[str, str | None] = self.values.get("links", {})
        return links.get(table)

    def applies(self, table: str) -> bool:
        """Whether this contact's type can carry a link of kind `table` (employees: persons only)."""
        return kind(table).links_to != "person" or self.values.get("type") == "person"

    def can_link(self, table: str) -> bool:
        return self.has_record() and self.applies(table) and self.linked_no(table) is None

    # --- why an action is disabled (shown as its tip; SPEC §14.4) -----------------------------------
    def privacy_reason(self, *, with_company: bool = True) -> str | None:
        """Blocked due to privacy: this contact, or (`with_company`) the company that carries its links."""
        if self.no is None:
            return None
        if self.values.get("privacy_blocked"):
            return QCoreApplication.translate("cards", "Blocked due to privacy")
        if with_company and self.values.get("holder_privacy_blocked"):
            return QCoreApplication.translate("cards", "Blocked due to privacy: company contact {no}").format(
                no=self.values.get("holder")
            )
        return None

    def why_not_linkable(self, table: str) -> str | None:
        """Create as / Link: a privacy block (the company's counts where the company carries the link, as
        the domain checks it), or a kind that links persons only."""
        if self.no is not None and not self.applies(table):
            return QCoreApplication.translate("cards", "Only for person contacts: this contact is a company")
        return self.privacy_reason(with_company=kind(table).links_to != "person")

    def why_no_documents(self) -> str | None:
        """New Document: the contact's and its company's privacy block (both are checked)."""
        return self.privacy_reason()

    def why_no_interactions(self) -> str | None:
        """Log Interaction: the contact's own privacy block."""
        return self.privacy_reason(with_company=False)

    def has_linked(self, table: str) -> bool:
        return self.linked_no(table) is not None

    def why_not_has_linked(self, table: str) -> str:
        """Related ▸ kind, disabled: nothing of that kind is linked yet."""
        return QCoreApplication.translate(
            "cards", "No {kind_lower} is linked to this contact: use Create as or Link with existing"
        ).format(kind_lower=kind_title(table, lower=True))

    def why_not_can_link(self, table: str) -> str | None:
        """Create as / Link, disabled: the contact is new, or already linked to a record of that kind."""
        linked = self.linked_no(table)
        if linked is None:
            return None  # the common reason (not saved yet)
        return QCoreApplication.translate("cards", "Already linked to {kind} {no}").format(
            kind=kind_title(table), no=linked
        )

    # --- Create as (SPEC §7.2) ----------------------------------------------------------------------
    def create_as(self, table: str) -> str | None:
        """Create the record from this contact (asking for the template when several match) and open it."""
        if self.no is None:
            return None
        title = QCoreApplication.translate("cards", "Create as {kind}").format(kind=kind_title(table))
        if not self.confirm_for_company(table, title):
            return None
        outcome = runner.run(
            self, self.db, create_as, self.no, table, title=title, template_arg="template_code",
            template_contact=self.no,
        )
        if outcome.value is None:  # refused (shown) or the template choice cancelled: nothing written
            return None
        new_no = str(outcome.value.no)
        if kind(table).one_way:  # fed from the contact only: nothing of its own to enter elsewhere first
            text = QCoreApplication.translate("cards", "{kind} {no} has been created.")
        else:
            text = QCoreApplication.translate(
                "cards",
                "{kind} {no} has been created. Billing and posting details are entered on the {kind_lower} card.",  # noqa: E501
            )
        text = text.format(kind=kind_title(table), no=new_no, kind_lower=kind_title(table, lower=True))
        prompts.info(self, title, text)
        self.ctx.open_card(table, new_no)
        return new_no

    # --- Link with existing, relations, related records ---------------------------------------------
    def link(self, table: str) -> None:
        if self.no is None:
            return
        from app.ui.dialogs.link_dialog import link_with_existing

        title = QCoreApplication.translate("cards", "Link with existing {kind}")
        title = title.format(kind=kind_title(table))
        if not self.confirm_for_company(table, title):
            return
        link_with_existing(self.ctx, self.no, table, self)  # a refusal at opening is shown as a prompt
        self.refresh()

    def business_relations(self) -> None:
        if self.no is None:
            return
        from app.ui.dialogs.business_relations import ContactRelationsDialog

        ContactRelationsDialog(self.ctx, self.no, self).exec()
        self.refresh()

    def show_duplicates(self) -> None:
        if self.no is not None:
            from app.ui.dialogs.duplicates import show_duplicates

            show_duplicates(self.ctx, self.no, self)

    def open_linked(self, table: str) -> None:
        no = self.linked_no(table)
        if no is not None:
            self.ctx.open_card(table, no)


CARD = ContactCard
COLUMNS = (
    NO,
    NAME,
    Column("type", 105, value_label),
    Column("company_name", 190),
    CITY,
    PHONE,
    Column("email", 200),
    Column("business_relation", 120, value_label, title=T("lists", "Business Relation")),
)
