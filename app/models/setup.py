"""The single marketing setup record and the shared-field map that the setup shows."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, flag_col, text_col

SYNC_DIRECTIONS = ("both", "create_only", "to_record")


class MarketingSetup(Base):
    __tablename__ = "marketing_setup"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, default=1)
    bus_rel_code_customers: Mapped[str | None] = mapped_column(
        String(10), ForeignKey("business_relation.code"), nullable=True
    )
    bus_rel_code_vendors: Mapped[str | None] = mapped_column(
        String(10), ForeignKey("business_relation.code"), nullable=True
    )
    bus_rel_code_bank_accounts: Mapped[str | None] = mapped_column(
        String(10), ForeignKey("business_relation.code"), nullable=True
    )
    bus_rel_code_employees: Mapped[str | None] = mapped_column(
        String(10), ForeignKey("business_relation.code"), nullable=True
    )
    contact_nos: Mapped[str | None] = mapped_column(String(20), ForeignKey("no_series.code"), nullable=True)
    customer_nos: Mapped[str | None] = mapped_column(String(20), ForeignKey("no_series.code"), nullable=True)
    vendor_nos: Mapped[str | None] = mapped_column(String(20), ForeignKey("no_series.code"), nullable=True)
    bank_account_nos: Mapped[str | None] = mapped_column(
        String(20), ForeignKey("no_series.code"), nullable=True
    )
    employee_nos: Mapped[str | None] = mapped_column(String(20), ForeignKey("no_series.code"), nullable=True)
    inherit_salesperson_code: Mapped[bool] = flag_col(True)
    inherit_territory_code: Mapped[bool] = flag_col(True)
    inherit_country_region_code: Mapped[bool] = flag_col(True)
    inherit_language_code: Mapped[bool] = flag_col(True)
    inherit_address_details: Mapped[bool] = flag_col(True)
    inherit_communication_details: Mapped[bool] = flag_col(True)
    default_salesperson_code: Mapped[str] = text_col(20)
    default_territory_code: Mapped[str] = text_col(10)
    default_country_region_code: Mapped[str] = text_col(10)
    default_language_code: Mapped[str] = text_col(10)
    default_company_salutation_code: Mapped[str] = text_col(10)
    default_person_salutation_code: Mapped[str] = text_col(10)
    format_phone_numbers: Mapped[bool] = flag_col(False)  # beyond BC (SPEC §14.11): off = stored as typed
    maintain_dupl_search_strings: Mapped[bool] = flag_col(True)
    autosearch_for_duplicates: Mapped[bool] = flag_col(True)
    search_hit_pct: Mapped[int] = mapped_column(Integer, nullable=False, default=60, server_default="60")


class SyncFieldMap(Base):
    """A contact field mapped to a field of a linked table; `enabled` off keeps the data."""

    __tablename__ = "sync_field_map"

    contact_field: Mapped[str] = mapped_column(String(50), primary_key=True)
    link_to_table: Mapped[str] = mapped_column(String(20), primary_key=True)
    record_field: Mapped[str] = mapped_column(String(50), nullable=False)
    direction: Mapped[str] = mapped_column(String(20), nullable=False, default="both", server_default="both")
    enabled: Mapped[bool] = flag_col(True)
