"""Money: parse what papers print, hold Decimal pounds, store whole pence.

`to_money` reads "£1,200,000", "1.2m", "£250k", "(1,234)" (negative, as
accounts print it), "-£5.50", Decimal and int. Values are kept exact
(rule 21): nothing is rounded on the way in, so an amount with a fraction
of a penny ("0.001") is refused; at least two decimal places are shown.
Digits are ASCII 0-9; commas only group thousands ("1,200,000", never
"1,2,3"), and no space may split a number ("12 34"). Amounts are below
MONEY_LIMIT (a trillion pounds). `pence` refuses a value with fractions of
a penny rather than round it.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from concord.domain.errors import DomainError

PENNY = Decimal("0.01")
_MULTIPLIERS = {"": 1, "k": 1_000, "m": 1_000_000, "mn": 1_000_000, "million": 1_000_000,
                "bn": 1_000_000_000, "billion": 1_000_000_000}
#: digits, with commas only between groups of three, then an optional fraction and multiplier
_NUMBER = re.compile(r"^(?P<num>(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]*)?|\.[0-9]+)"
                     r" ?(?P<mult>k|mn|m|million|bn|billion)?$", re.I | re.ASCII)
#: amounts are below a trillion pounds (no public body comes near; a 40-digit number is a slip)
MONEY_LIMIT = Decimal(10) ** 12


def to_money(value: object, field: str, allow_negative: bool = True) -> Decimal:
    """Pounds as an exact Decimal, or a DomainError naming `field`."""
    if isinstance(value, bool) or value is None:
        raise DomainError(field, value, "is not an amount of money")
    if isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        amount = Decimal(value)
    elif isinstance(value, float):
        amount = Decimal(repr(value))
    elif isinstance(value, str):
        amount = _parse(value, field)
    else:
        raise DomainError(field, value, "is not an amount of money")
    if not amount.is_finite():
        raise DomainError(field, value, "is not a finite amount of money")
    if amount < 0 and not allow_negative:
        raise DomainError(field, value, "must not be negative")
    if abs(amount) >= MONEY_LIMIT:
        raise DomainError(field, value, f"is too large: amounts must be less than {fmt_gbp(MONEY_LIMIT)}")
    if amount != amount.quantize(PENNY):
        raise DomainError(field, value, "has a fraction of a penny: give pounds and whole pence (e.g. 12.34)")
    return amount.quantize(PENNY)


def _parse(text: str, field: str) -> Decimal:
    s = text.strip().replace("\u2212", "-").replace("\u2013", "-")
    negative = False
    if s.startswith("(") and s.endswith(")"):
        negative, s = True, s[1:-1].strip()
    if s.startswith("-"):
        if negative:
            raise DomainError(field, text, "has both brackets and a minus sign")
        negative, s = True, s[1:].strip()
    s = s.removeprefix("£").removeprefix("GBP").strip()
    if s.startswith("-") and not negative:
        negative, s = True, s[1:].strip()
    found = _NUMBER.match(s)
    if not found:
        raise DomainError(field, text, "is not an amount of money (e.g. £1,200,000.00, 1.2m, (1,234))")
    try:
        amount = Decimal(found["num"].replace(",", "")) * _MULTIPLIERS[(found["mult"] or "").lower()]
    except InvalidOperation:
        raise DomainError(field, text, "is not an amount of money") from None
    return -amount if negative else amount


def pence(amount: Decimal) -> int:
    """Whole pence; a DomainError if `amount` holds a fraction of a penny."""
    if not isinstance(amount, (Decimal, int)) or isinstance(amount, bool):
        raise DomainError("amount", amount, "must be a Decimal number of pounds")
    scaled = Decimal(amount) * 100
    if not scaled.is_finite() or scaled != scaled.to_integral_value():
        raise DomainError("amount", amount, "is not a whole number of pence")
    return int(scaled)


def from_pence(p: int) -> Decimal:
    if not isinstance(p, int) or isinstance(p, bool):
        raise DomainError("pence", p, "must be a whole number of pence")
    return (Decimal(p) / 100).quantize(PENNY)


def fmt_gbp(amount: Decimal) -> str:
    """'£1,200,000.00'; negatives as '-£1,234.00'; rounded half up to the penny for display only."""
    shown = Decimal(amount).quantize(PENNY, rounding=ROUND_HALF_UP)
    sign = "-" if shown < 0 else ""
    return f"{sign}£{abs(shown):,.2f}"


def exact(value: object, field: str) -> Decimal:
    """A figure the code computes with: a finite Decimal or an int (never a float, never a bool)."""
    if isinstance(value, bool) or not isinstance(value, (Decimal, int)) or not Decimal(value).is_finite():
        raise DomainError(field, value, "must be an exact amount")
    return Decimal(value)
