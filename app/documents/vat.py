"""VAT of a document (BC's VAT Posting Setup): VAT % per line from the header's VAT Bus. Posting Group and
the line's VAT Prod. Posting Group; net, VAT per rate and gross totals."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy.orm import Session

from app.errors import UserError
from app.models import VatPostingSetup

CENT = Decimal("0.01")


def vat_percent(session: Session, bus_group: str, prod_group: str) -> Decimal:
    """The VAT % of the combination; a missing row is a refusal naming both groups (BC's message)."""
    with session.no_autoflush:
        row = session.get(VatPostingSetup, {"vat_bus_posting_group": bus_group or "",
                                            "vat_prod_posting_group": prod_group or ""})  # fmt: skip
    if row is None:
        raise UserError(
            "The VAT Posting Setup does not exist. VAT Bus. Posting Group: \u201c{bus}\u201d, "
            "VAT Prod. Posting Group: \u201c{prod}\u201d.",
            field="vat_bus_posting_group",
            bus=bus_group,
            prod=prod_group,
        )
    return Decimal(row.vat_percent)


@dataclass(frozen=True)
class VatAmount:
    """One line of the VAT specification: the rate, the net amount at that rate and its VAT."""

    vat_percent: Decimal
    base: Decimal
    amount: Decimal


@dataclass(frozen=True)
class Totals:
    net: Decimal
    vat: Decimal
    gross: Decimal
    by_rate: list[VatAmount]


def totals(lines: list[dict[str, Any]]) -> Totals:
    """`lines` with 'amount' and 'vat_percent'. VAT is computed per rate on the rate's net sum (rounded
    once per rate, as invoices state it), so the specification adds up to the total to the cent."""
    bases: dict[Decimal, Decimal] = {}
    for line in lines:
        bases[line["vat_percent"]] = bases.get(line["vat_percent"], Decimal(0)) + Decimal(line["amount"])
    by_rate = [
        VatAmount(rate, base.quantize(CENT), (base * rate / 100).quantize(CENT, rounding=ROUND_HALF_UP))
        for rate, base in sorted(bases.items())
    ]
    net = sum((r.base for r in by_rate), Decimal(0)).quantize(CENT)
    vat = sum((r.amount for r in by_rate), Decimal(0)).quantize(CENT)
    return Totals(net, vat, net + vat, by_rate)


__all__ = ["Totals", "VatAmount", "totals", "vat_percent"]
