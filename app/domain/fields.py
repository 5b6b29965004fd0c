"""Field captions and the code table each code field refers to; one place for the user-visible names."""

from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import InstrumentedAttribute

from app.models import (
    BankAccountPostingGroup,
    Base,
    CountryRegion,
    Currency,
    CustomerPostingGroup,
    GenBusPostingGroup,
    Language,
    PaymentMethod,
    PaymentTerms,
    SalespersonPurchaser,
    Salutation,
    Territory,
    VatBusPostingGroup,
    VendorPostingGroup,
)

CAPTIONS: dict[str, str] = {
    "no": "No.",
    "type": "Type",
    "name": "Name",
    "name_2": "Name 2",
    "search_name": "Search Name",
    "address": "Address",
    "address_2": "Address 2",
    "post_code": "Post Code",
    "city": "City",
    "county": "County",
    "country_region_code": "Country/Region Code",
    "phone_no": "Phone No.",
    "mobile_phone_no": "Mobile Phone No.",
    "fax_no": "Fax No.",
    "email": "Email",
    "home_page": "Home Page",
    "language_code": "Language Code",
    "territory_code": "Territory Code",
    "currency_code": "Currency Code",
    "vat_registration_no": "VAT Registration No.",
    "registration_number": "Registration No.",
    "privacy_blocked": "Privacy Blocked",
    "salesperson_code": "Salesperson Code",
    "purchaser_code": "Purchaser Code",
    "our_contact_code": "Our Contact Code",
    "company_no": "Company No.",
    "company_name": "Company Name",
    "first_name": "First Name",
    "middle_name": "Middle Name",
    "surname": "Surname",
    "job_title": "Job Title",
    "salutation_code": "Salutation Code",
    "business_relation": "Business Relation",
    "search_hit_pct": "Search Hit %",
    "contact": "Contact",
    "primary_contact_no": "Primary Contact No.",
    "contact_type": "Contact Type",
    "customer_posting_group": "Customer Posting Group",
    "vendor_posting_group": "Vendor Posting Group",
    "gen_bus_posting_group": "Gen. Bus. Posting Group",
    "vat_bus_posting_group": "VAT Bus. Posting Group",
    "payment_terms_code": "Payment Terms Code",
    "payment_method_code": "Payment Method Code",
    "credit_limit": "Credit Limit (LCY)",
    "blocked": "Blocked",
    "prices_including_vat": "Prices Including VAT",
    "bank_account_no": "Bank Account No.",
    "bank_branch_no": "Bank Branch No.",
    "iban": "IBAN",
    "swift_code": "SWIFT Code",
    "bank_acc_posting_group": "Bank Acc. Posting Group",
    "balance": "Balance",
    "code": "Code",
    "description": "Description",
    # Documents and interaction log (SPEC §11)
    "document_type": "Document Type",
    "document_date": "Document Date",
    "sell_to_customer_no": "Sell-to Customer No.",
    "sell_to_customer_template_code": "Sell-to Customer Template Code",
    "buy_from_vendor_no": "Buy-from Vendor No.",
    "contact_no": "Contact No.",
    "contact_name": "Contact Name",
    "contact_phone_no": "Contact Phone No.",
    "contact_email": "Contact Email",
    "quote_no": "Quote No.",
    "line_no": "Line No.",
    "quantity": "Quantity",
    "unit_price": "Unit Price",
    "amount": "Amount",
    "kind": "Kind",
}

TABLE_CAPTIONS: dict[str, str] = {
    "contact": "contact",
    "customer": "customer",
    "vendor": "vendor",
    "bank_account": "bank account",
}

CODE_TABLES: dict[str, type[Base]] = {
    "country_region_code": CountryRegion,
    "language_code": Language,
    "currency_code": Currency,
    "territory_code": Territory,
    "salesperson_code": SalespersonPurchaser,
    "purchaser_code": SalespersonPurchaser,
    "our_contact_code": SalespersonPurchaser,
    "salutation_code": Salutation,
    "payment_terms_code": PaymentTerms,
    "payment_method_code": PaymentMethod,
    "customer_posting_group": CustomerPostingGroup,
    "vendor_posting_group": VendorPostingGroup,
    "gen_bus_posting_group": GenBusPostingGroup,
    "vat_bus_posting_group": VatBusPostingGroup,
    "bank_acc_posting_group": BankAccountPostingGroup,
}

PHONE_FIELDS = frozenset({"phone_no", "mobile_phone_no", "fax_no"})
UPPER_FIELDS = frozenset(
    {"search_name", "vat_registration_no", "no", "company_no", "primary_contact_no", *CODE_TABLES}
)


def caption(field: str) -> str:
    return CAPTIONS.get(field, field.replace("_", " ").capitalize())


def max_length(model: type[Base], field: str) -> int | None:
    attr = getattr(model, field, None)
    if not isinstance(attr, InstrumentedAttribute):
        return None
    col_type = attr.property.columns[0].type  # type: ignore[attr-defined]
    return col_type.length if isinstance(col_type, String) else None
