"""Sharing a cost by each force's share of net revenue expenditure (rule 6).

Shares are percentages to one decimal place that total exactly 100.0;
amounts are pounds to the penny that total exactly the cost. Both are
rounded by the largest-remainder (Hamilton) method, from exact fractions.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from concord.domain.errors import DomainError

METHOD = (
    "Largest remainder (Hamilton) method: each force's exact share of total NRE is rounded down "
    "to 0.1 % and, separately, its exact share of the cost is rounded down to 1p; the 0.1 % and 1p "
    "units left over go one each to the largest remainders (ties to the larger NRE, then to the force "
    "id in alphabetical order). Pounds follow exact NRE shares, not the rounded percentages, so "
    "shares total exactly 100.0 % and amounts exactly the cost."
)


@dataclass(frozen=True)
class Share:
    force: str
    share_percent: Decimal  # one decimal place
    amount: Decimal         # pounds, to the penny


def largest_remainder(weights: Mapping[str, Fraction], units: int,
                      tie_order: Mapping[str, tuple]) -> dict[str, int]:
    """Split `units` whole units in proportion to `weights` (Hamilton).

    Every key gets the floor of its exact quota; the units left over go one
    each to the largest remainders, ties ordered by `tie_order` (ascending).
    """
    total = sum(weights.values())
    quotas = {k: w * units / total for k, w in weights.items()}
    out = {k: q.numerator // q.denominator for k, q in quotas.items()}
    left = units - sum(out.values())
    by_remainder = sorted(quotas, key=lambda k: (-(quotas[k] - out[k]), tie_order[k]))
    for k in by_remainder[:left]:
        out[k] += 1
    return out


def apportion(total: Decimal, nre: Mapping[str, Decimal]) -> list[Share]:
    """Shares of `total` by NRE, in the order the forces were given."""
    if not isinstance(total, Decimal) or not total.is_finite():
        raise DomainError("total", total, "must be a Decimal amount of pounds")
    if total < 0:
        raise DomainError("total", total, "must not be negative")
    if total.as_tuple().exponent < -2 and total != total.quantize(Decimal("0.01")):  # type: ignore[operator]
        raise DomainError("total", total, "has more than 2 decimal places: give it to the penny")
    if not nre:
        raise DomainError("nre", dict(nre), "must name at least one force")
    for fid, value in nre.items():
        if not isinstance(fid, str) or not fid.strip():
            raise DomainError("nre", fid, "must be keyed by force id")
        if not isinstance(value, (Decimal, int)) or isinstance(value, bool) or not Decimal(value).is_finite():
            raise DomainError(f"nre {fid}", value, "must be a Decimal amount of pounds")
        if value <= 0:
            raise DomainError(f"nre {fid}", value, "must be more than zero")
    weights = {fid: Fraction(Decimal(v)) for fid, v in nre.items()}
    ties = {fid: (-weights[fid], fid) for fid in weights}
    tenths = largest_remainder(weights, 1000, ties)
    pennies = largest_remainder(weights, int(total * 100), ties)
    return [Share(fid, (Decimal(tenths[fid]) / 10).quantize(Decimal("0.1")),
                  (Decimal(pennies[fid]) / 100).quantize(Decimal("0.01")))
            for fid in nre]
