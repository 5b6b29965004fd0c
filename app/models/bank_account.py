"""Bank account: one of our own accounts; the bank is the contact."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import Numeric, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Versioned, text_col
from app.models.party import AddressCommMixin


class BankAccount(Versioned, AddressCommMixin, Base):
    __tablename__ = "bank_account"

    no: Mapped[str] = mapped_column(String(20), primary_key=True)
    contact: Mapped[str] = text_col(100)
    bank_account_no: Mapped[str] = text_col(30)
    bank_branch_no: Mapped[str] = text_col(20)
    iban: Mapped[str] = text_col(50)
    swift_code: Mapped[str] = text_col(20)
    our_contact_code: Mapped[str] = text_col(20)
    bank_acc_posting_group: Mapped[str] = text_col(20)
    balance: Mapped[Decimal] = mapped_column(Numeric(18, 2), nullable=False, default=0, server_default="0")
