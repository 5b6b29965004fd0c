"""Contact card: the hub — create as / link with customer, vendor, bank account; business relations."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from app.changes import ChangeSet
from app.domain.links import link_holder, linked_record
from app.models import LINK_TABLES
from app.operations.create_as import create_as
from app.ui import prompts, runner
from app.ui.actions import ActionSpec, T
from app.ui.cards.base import BaseCard
from app.ui.cards.common import ADDRESS_SECTION, COMMON_ACTIONS, kind_title
from app.ui.cards.form import Section, section, section_title
from app.ui.cards.interactions_panel import add_interactions_section, read_interactions
from app.ui.cards.relations_panel import RelationsPanel, read_relations
from app.ui.documents.contact_actions import CONTACT_DOCUMENT_ACTIONS, NEW_DOCUMENT_MENU, ContactDocuments
from app.ui.lookups import Loader, company_loader

log = logging.getLogger(__name__)
PERSON_FIELDS = ("first_name", "middle_name", "surname", "company_no", "job_title", "salutation_code")
COMPANY_FIELDS = ("currency_code", "vat_registration_no")


def _spec(name: str, text: str, handler: str, enabled: str, tip: str, group: str) -> ActionSpec:
    return ActionSpec(name, text, handler, enabled_when=enabled, tip=tip, group=group)


class ContactCard(ContactDocuments, BaseCard):
    kind = "contact"
    SECTIONS = (
        section(
            "general",
            T("cards", "General"),
            "no type name name_2 search_name company_no company_name business_relation "
            "first_name middle_name surname job_title salutation_code salesperson_code privacy_blocked",
        ),
        ADDRESS_SECTION,
        section(
            "segmentation",
            T("cards", "Segmentation & Foreign Trade"),
            "language_code territory_code currency_code vat_registration_no registration_number",
        ),
    )
    READ_ONLY = frozenset({"company_name", "business_relation"})
    ACTIONS = (
        *COMMON_ACTIONS,
        *CONTACT_DOCUMENT_ACTIONS,
        _spec("create_as_customer", T("actions", "Customer"), "create_as_customer", "can_create_customer",
              T("actions", "Create as Customer"), "create_as"),
        _spec("create_as_vendor", T("actions", "Vendor"), "create_as_vendor", "can_create_vendor",
              T("actions", "Create as Vendor"), "create_as"),
        _spec("create_as_bank_account", T("actions", "Bank Account"), "create_as_bank_account",
              "can_create_bank_account", T("actions", "Create as Bank Account"), "create_as"),
        _spec("link_customer", T("actions", "Customer…"), "link_customer", "can_create_customer",
              T("actions", "Link with an existing customer"), "link"),
        _spec("link_vendor", T("actions", "Vendor…"), "link_vendor", "can_create_vendor",
              T("actions", "Link with an existing vendor"), "link"),
        _spec("link_bank_account", T("actions", "Bank Account…"), "link_bank_account",
              "can_create_bank_account", T("actions", "Link with an existing bank account"), "link"),
        _spec("open_customer", T("actions", "Customer"), "open_customer", "has_customer",
              T("actions", "Open the linked customer"), "related"),
        _spec("open_vendor", T("actions", "Vendor"), "open_vendor", "has_vendor",
              T("actions", "Open the linked vendor"), "related"),
        _spec("open_bank_account", T("actions", "Bank Account"), "open_bank_account", "has_bank_account",
              T("actions", "Open the linked bank account"), "related"),
        _spec("business_relations", T("actions", "Business Relations…"), "business_relations", "has_record",
              T("actions", "Show and edit the contact's business relations"), "related"),
        _spec("show_duplicates", T("actions", "Duplicates…"), "show_duplicates", "has_record",
              T("actions", "Contacts that look like this one"), "related"),
    )  # fmt: skip
    TOOLBAR = (
        "new",
        "delete",
        "|",
        (T("cards", "Create as"), ("create_as_customer", "create_as_vendor", "create_as_bank_account")),
        (T("cards", "Link with existing"), ("link_customer", "link_vendor", "link_bank_account")),
        (T("cards", "Related"), ("open_customer", "open_vendor", "open_bank_account", "show_duplicates")),
        "business_relations",
        NEW_DOCUMENT_MENU,
        "|",
        "refresh",
    )

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
        for table in LINK_TABLES:
            linked = linked_record(session, holder.no, table)
            links[table] = linked.no if linked is not None else None
        nos = [record.no] + ([holder.no] if holder.no != record.no else [])
        return {
            "links": links,
            "holder": holder.no,
            "relations": read_relations(session, nos),
            "interactions": read_interactions(session, record.no),
        }

    def after_load(self) -> None:
        super().after_load()
        self.relations.set_rows(self.values.get("relations", []), self.no)
        self.interactions.set_rows(self.values.get("interactions", []))

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
        return "contact_business_relation" in changes or "interaction_log_entry" in changes

    def needs_more(self, fields: set[str]) -> bool:
        return bool(fields & {"business_relation", "company_no", "type"})

    # --- link state ---------------------------------------------------------------------------------
    def linked_no(self, table: str) -> str | None:
        links: dict[str, str | None] = self.values.get("links", {})
        return links.get(table)

    def can_create_customer(self) -> bool:
        return self.has_record() and self.linked_no("customer") is None

    def can_create_vendor(self) -> bool:
        return self.has_record() and self.linked_no("vendor") is None

    def can_create_bank_account(self) -> bool:
        return self.has_record() and self.linked_no("bank_account") is None

    def has_customer(self) -> bool:
        return self.linked_no("customer") is not None

    def has_vendor(self) -> bool:
        return self.linked_no("vendor") is not None

    def has_bank_account(self) -> bool:
        return self.linked_no("bank_account") is not None

    # --- Create as (SPEC §7.2) ----------------------------------------------------------------------
    def create_as_customer(self) -> None:
        self.create_as("customer")

    def create_as_vendor(self) -> None:
        self.create_as("vendor")

    def create_as_bank_account(self) -> None:
        self.create_as("bank_account")

    def create_as(self, table: str) -> str | None:
        """Create the record from this contact (asking for the template when several match) and open it."""
        if self.no is None:
            return None
        title = QCoreApplication.translate("cards", "Create as {kind}").format(kind=kind_title(table))
        outcome = runner.run(
            self, self.db, create_as, self.no, table, title=title, template_arg="template_code"
        )
        if outcome.value is None:  # refused (shown) or the template choice cancelled: nothing written
            return None
        new_no = str(outcome.value.no)
        text = QCoreApplication.translate(
            "cards",
            "{kind} {no} has been created. Billing and posting details are entered on the {kind_lower} card.",
        ).format(kind=kind_title(table), no=new_no, kind_lower=kind_title(table, lower=True))
        prompts.info(self, title, text)
        self.ctx.open_card(table, new_no)
        return new_no

    # --- Link with existing, relations, related records ---------------------------------------------
    def link_customer(self) -> None:
        self.link("customer")

    def link_vendor(self) -> None:
        self.link("vendor")

    def link_bank_account(self) -> None:
        self.link("bank_account")

    def link(self, table: str) -> None:
        if self.no is None:
            return
        from app.ui.dialogs.link_dialog import link_with_existing

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

    def open_customer(self) -> None:
        self.open_linked("customer")

    def open_vendor(self) -> None:
        self.open_linked("vendor")

    def open_bank_account(self) -> None:
        self.open_linked("bank_account")

    def open_linked(self, table: str) -> None:
        no = self.linked_no(table)
        if no is not None:
            self.ctx.open_card(table, no)
