"""SQLAlchemy models, one module per aggregate; importing this package registers every table."""

from app.models.bank_account import BankAccount
from app.models.base import Base
from app.models.changelog import ChangeLog
from app.models.codes import (
    BankAccountPostingGroup,
    CountryRegion,
    Currency,
    CustomerPostingGroup,
    GenBusPostingGroup,
    Language,
    PaymentMethod,
    PaymentTerms,
    PostCode,
    SalespersonPurchaser,
    Salutation,
    SalutationFormula,
    Territory,
    VatBusPostingGroup,
    VendorPostingGroup,
)
from app.models.company import CompanyInformation
from app.models.contact import Contact
from app.models.customer import Customer
from app.models.documents import DOCUMENT_TYPES, PurchaseHeader, PurchaseLine, SalesHeader, SalesLine
from app.models.duplicates import ContactDuplicate, ContDuplSearchString, DuplSearchStringSetup
from app.models.employee import EMPLOYEE_STATUS, Employee
from app.models.import_mapping import ImportColumnMap
from app.models.interaction import INTERACTION_KINDS, InteractionLogEntry
from app.models.journal import SyncJournalEntry
from app.models.numbering import NoSeries
from app.models.relation import BusinessRelation, ContactBusinessRelation
from app.models.setup import MarketingSetup, SyncFieldMap
from app.models.templates import CustomerTemplate, VendorTemplate
from app.models.vat import VatPostingSetup, VatProdPostingGroup
from app.models.vendor import Vendor

__all__ = [
    "DOCUMENT_TYPES",
    "EMPLOYEE_STATUS",
    "INTERACTION_KINDS",
    "BankAccount",
    "BankAccountPostingGroup",
    "Base",
    "BusinessRelation",
    "ChangeLog",
    "CompanyInformation",
    "ContDuplSearchString",
    "Contact",
    "ContactBusinessRelation",
    "ContactDuplicate",
    "CountryRegion",
    "Currency",
    "Customer",
    "CustomerPostingGroup",
    "CustomerTemplate",
    "DuplSearchStringSetup",
    "Employee",
    "GenBusPostingGroup",
    "ImportColumnMap",
    "InteractionLogEntry",
    "Language",
    "MarketingSetup",
    "NoSeries",
    "PaymentMethod",
    "PaymentTerms",
    "PostCode",
    "PurchaseHeader",
    "PurchaseLine",
    "SalesHeader",
    "SalesLine",
    "SalespersonPurchaser",
    "Salutation",
    "SalutationFormula",
    "SyncFieldMap",
    "SyncJournalEntry",
    "Territory",
    "VatBusPostingGroup",
    "VatPostingSetup",
    "VatProdPostingGroup",
    "Vendor",
    "VendorPostingGroup",
    "VendorTemplate",
]
