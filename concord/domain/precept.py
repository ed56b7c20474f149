"""The precept: Band D × the tax base, the bands A to H by their ratios to
Band D, and the check of a year's rise against the referendum limit.

Ratios are those of the Local Government Finance Act 1992 (s5): A is 6/9
of Band D, B 7/9, C 8/9, D 9/9, E 11/9, F 13/9, G 15/9, H 18/9. A band's
charge is rounded half up to the penny for display; the precept is the
exact product, rounded to the penny.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from concord.domain.errors import DomainError
from concord.domain.money import exact

BAND_NINTHS = {"A": 6, "B": 7, "C": 8, "D": 9, "E": 11, "F": 13, "G": 15, "H": 18}
PENNY = Decimal("0.01")


def bands(band_d: Decimal) -> dict[str, Decimal]:
    """Each band's charge, to the penny."""
    d = exact(band_d, "band_d")
    if d <= 0:
        raise DomainError("band_d", d, "must be more than zero")
    return {band: (d * ninths / 9).quantize(PENNY, ROUND_HALF_UP) for band, ninths in BAND_NINTHS.items()}


def precept(band_d: Decimal, tax_base: Decimal) -> Decimal:
    """Band D × tax base (Band D equivalent properties), to the penny."""
    base = Decimal(tax_base)
    if not base.is_finite() or base <= 0:
        raise DomainError("tax_base", tax_base, "must be a number of Band D equivalent properties, more than 0")
    return (exact(band_d, "band_d") * base).quantize(PENNY, ROUND_HALF_UP)


@dataclass(frozen=True)
class LimitCheck:
    increase: Decimal              # pounds on Band D
    increase_percent: Decimal      # to two places, for display
    limit_percent: Decimal | None
    limit_pounds: Decimal | None
    allowed: Decimal               # the largest rise in pounds the limit allows
    excessive: bool                # the rise needs a referendum

    @property
    def limit(self) -> str:
        parts = ([f"{self.limit_percent} %"] if self.limit_percent is not None else []) + \
                ([f"£{self.limit_pounds:,.2f}"] if self.limit_pounds is not None else [])
        return " or ".join(parts) + (", whichever is greater" if len(parts) == 2 else "")


def referendum_check(previous: Decimal, band_d: Decimal, limit_percent: Decimal | None,
                     limit_pounds: Decimal | None) -> LimitCheck:
    """Whether a rise from `previous` to `band_d` exceeds the year's limit: a percentage, a sum of
    pounds, or both (the greater applies). A rise up to the limit is allowed; above it is excessive."""
    before, after = exact(previous, "previous band_d"), exact(band_d, "band_d")
    if before <= 0:
        raise DomainError("previous band_d", before, "must be more than zero")
    if limit_percent is None and limit_pounds is None:
        raise DomainError("limit", None, "the year has no referendum limit: set a percentage or a sum")
    allowed = max(before * Decimal(limit_percent) / 100 if limit_percent is not None else Decimal(0),
                  Decimal(limit_pounds) if limit_pounds is not None else Decimal(0))
    rise = after - before
    return LimitCheck(rise, (rise * 100 / before).quantize(PENNY, ROUND_HALF_UP), limit_percent, limit_pounds,
                      allowed, rise > allowed)
