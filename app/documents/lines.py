"""Document lines: description, quantity, unit price and the amount kept equal to their product."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.documents.common import LINE_MODEL, caption, get_document, lines_of
from app.domain.validation import check_value
from app.errors import UserError
from app.models import VatProdPostingGroup

LINE_FIELDS = ("description", "quantity", "unit_price", "vat_prod_posting_group")
LINE_NO_STEP = 10000  # as BC: room to insert lines between two others later
CENT = Decimal("0.01")
PLACES = Decimal("0.00001")  # quantity and unit price precision (Numeric(18, 5))
# Kept well inside what a double holds exactly, since SQLite stores these numbers as REAL.
MAX_INPUT = Decimal("999999999.99999")
MAX_AMOUNT = Decimal("9999999999999.99")


def parse_number(field: str, value: Any) -> Decimal:
    """A number typed by the user: blank is 0, a decimal comma is accepted, anything else is refused.
    Negative quantities are allowed (returns, as in BC)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return Decimal(0)
    if isinstance(value, bool):
        raise UserError("{field} must be a number.", field=field)
    text = str(value).strip().replace(" ", "")
    if "," in text and "." not in text:
        text = text.replace(",", ".")
    try:
        number = Decimal(text)
    except InvalidOperation:
        raise UserError(
            "{field} must be a number (you entered \u201c{value}\u201d).", field=field, value=value
        ) from None
    if not number.is_finite():
        raise UserError(
            "{field} must be a number (you entered \u201c{value}\u201d).", field=field, value=value
        )
    if abs(number) > MAX_INPUT:  # before quantize, which cannot hold huge numbers
        raise UserError("{field} must be between -{limit} and {limit}.", field=field, limit="999,999,999")
    return number.quantize(PLACES, rounding=ROUND_HALF_UP)


def line_amount(quantity: Decimal, unit_price: Decimal) -> Decimal:
    amount = (quantity * unit_price).quantize(CENT, rounding=ROUND_HALF_UP)
    if abs(amount) > MAX_AMOUNT:
        raise UserError("{field} {amount} is too large.", field="amount", amount=amount)
    return amount


def _vat_group(session: Session, value: Any) -> str:
    """A VAT Prod. Posting Group code (blank: STANDARD); an unknown code is refused."""
    code = ("" if value is None else str(value)).strip().upper() or "STANDARD"
    with session.no_autoflush:
        if session.get(VatProdPostingGroup, code) is None:
            raise UserError(
                "{field} \u201c{value}\u201d does not exist in {table}.",
                field="vat_prod_posting_group",
                value=code,
                table="vat product posting group",
            )
    return code


def _normalized(table: str, field: str, value: Any) -> Any:
    if field == "description":
        text = "" if value is None else str(value).strip()
        check_value(None, LINE_MODEL[table], "description", text)
        return text
    return parse_number(field, value)


def add_line(
    session: Session,
    table: str,
    no: str,
    description: str = "",
    quantity: Any = 0,
    unit_price: Any = 0,
    vat_prod_posting_group: str = "",
) -> Any:
    """Append a line at the end of the document; returns it. Its VAT Prod. Posting Group is STANDARD
    unless given."""
    get_document(session, table, no)
    values = {
        f: _normalized(table, f, v)
        for f, v in zip(LINE_FIELDS[:3], (description, quantity, unit_price), strict=True)
    }
    values["vat_prod_posting_group"] = _vat_group(session, vat_prod_posting_group)
    amount = line_amount(values["quantity"], values["unit_price"])
    model = LINE_MODEL[table]
    last = session.scalar(select(func.max(model.line_no)).where(model.document_no == no)) or 0
    line = model(document_no=no, line_no=last + LINE_NO_STEP, amount=amount, **values)
    session.add(line)
    session.flush()
    return line


def set_line(session: Session, table: str, no: str, line_no: int, field: str, value: Any) -> Any:
    """Set one field of one line (the grid saves per cell, as cards save per field); the amount follows."""
    if field not in LINE_FIELDS:
        raise UserError("{field} cannot be changed here.", field=field)
    line = _get_line(session, table, no, line_no)
    if field == "vat_prod_posting_group":
        code = _vat_group(session, value)
        if line.vat_prod_posting_group != code:
            line.vat_prod_posting_group = code
        session.flush()
        return line
    value = _normalized(table, field, value)
    quantity = value if field == "quantity" else line.quantity
    unit_price = value if field == "unit_price" else line.unit_price
    amount = line_amount(quantity, unit_price)
    if getattr(line, field) != value:
        setattr(line, field, value)
    if line.amount != amount:
        line.amount = amount
    session.flush()
    return line


def delete_line(session: Session, table: str, no: str, line_no: int) -> None:
    session.delete(_get_line(session, table, no, line_no))
    session.flush()


def document_total(session: Session, table: str, no: str) -> Decimal:
    """The sum of the line amounts; derived, never stored, so it cannot disagree with the lines."""
    get_document(session, table, no)
    return sum((line.amount for line in lines_of(session, table, no)), Decimal(0)).quantize(CENT)


def _get_line(session: Session, table: str, no: str, line_no: int) -> Any:
    header = get_document(session, table, no)
    line = session.get(LINE_MODEL[table], {"document_no": no, "line_no": line_no})
    if line is None:
        raise UserError(
            "Line {line_no} of {doc} {no} does not exist.",
            line_no=line_no,
            doc=caption(table, header.document_type).lower(),
            no=no,
        )
    return line
