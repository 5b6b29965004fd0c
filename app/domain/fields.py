"""Field facts: the code table each code field refers to, length limits, case rules; captions re-exported."""

from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import InstrumentedAttribute

from app.captions import CAPTIONS, caption
from app.kinds import KINDS
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

TABLE_CAPTIONS: dict[str, str] = {k.name: k.texts.lower for k in KINDS}

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


def max_length(model: type[Base], field: str) -> int | None:
    attr = getattr(model, field, None)
    if not isinstance(attr, InstrumentedAttribute):
        return None
    col_type = attr.property.columns[0].type  # type: ignore[attr-defined]
    return col_type.length if isinstance(col_type, String) else None


__all__ = [
    "CAPTIONS", "CODE_TABLES", "PHONE_FIELDS", "TABLE_CAPTIONS", "UPPER_FIELDS", "caption", "max_length",
]
