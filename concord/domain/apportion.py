"""Sharing a cost by each force's share of net revenue expenditure (rule 6).

The seeds' cost basis is each force's share of NRE "calculated to one
decimal place", so a force pays its PRINTED share of the cost:

1. Shares: each force's exact share of total NRE, rounded to 0.1 % by the
   largest-remainder (Hamilton) method, so that they total exactly 100.0 %.
2. Pounds: the cost split in proportion to those printed shares, pennies by
   the largest-remainder method, so that they total exactly the cost. With
   £1,200,000 and Kent at 40.6 %, Kent pays £487,200.00.

A force whose share rounds to 0.0 % pays £0.00 (and the share says why).
Ties between equal remainders go to the larger NRE, then to the force id
in alphabetical order.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from concord.domain.errors import DomainError

METHOD = (
    "Largest remainder (Hamilton) method, twice. Shares: each force's exact share of total NRE is "
    "rounded down to 0.1 % and the 0.1 % units left over go one each to the largest remainders, so "
    "the shares total exactly 100.0 %. Pounds: each force pays its printed share of the cost, rounded "
    "down to 1p, and the pennies left over go one each to the largest remainders, so the amounts total "
    "exactly the cost. Ties go to the larger NRE, then to the force id in alphabetical order."
)
#: the largest cost the calculator shares: a trillion pounds, far above any policing budget
MAX_TOTAL = Decimal("1000000000000")
ZERO_SHARE = "its share of NRE rounds to 0.0 %, so it pays nothing"


@dataclass(frozen=True)
class Share:
    force: str
    share_percent: Decimal  # one decimal place
    amount: Decimal         # pounds, to the penny
    note: str | None = None  # why a force pays nothing


def largest_remainder(weights: Mapping[str, Fraction], units: int,
                      tie_order: Mapping[str, tuple]) -> dict[str, int]:
    """Split `units` whole units in proportion to `weights` (Hamilton).

    Every key gets the floor of its exact quota; the units left over go one
    each to the largest remainders, ties ordered by `tie_order` (ascending).
    A key of weight 0 gets nothing.
    """
    total = sum(weights.values())
    quotas = {k: Fraction(w) * units / total for k, w in weights.items()}
    out = {k: q.numerator // q.denominator for k, q in quotas.items()}
    left = units - sum(out.values())
    by_remainder = sorted(quotas, key=lambda k: (-(quotas[k] - out[k]), tie_order[k]))
    for k in by_remainder[:left]:
        out[k] += 1
    return out


def _shown(value: object) -> object:
    return str(value) if isinstance(value, Decimal) else value


def _check(total: Decimal, nre: Mapping[str, Decimal]) -> None:
    if not isinstance(total, Decimal) or not total.is_finite():
        raise DomainError("total", _shown(total), "must be a Decimal amount of pounds")
    if total <= 0:
        raise DomainError("total", _shown(total), "must be more than zero: there is no cost to share")
    if total > MAX_TOTAL:
        raise DomainError("total", _shown(total), f"is more than £{MAX_TOTAL:,}, the most this calculator shares")
    if total != total.quantize(Decimal("0.01")):
        raise DomainError("total", _shown(total), "has more than 2 decimal places: give it to the penny")
    if not nre:
        raise DomainError("nre", dict(nre), "must name at least one force")
    for fid, value in nre.items():
        if not isinstance(fid, str) or not fid.strip():
            raise DomainError("nre", fid, "must be keyed by force id")
        if not isinstance(value, (Decimal, int)) or isinstance(value, bool) or not Decimal(value).is_finite():
            raise DomainError(f"nre {fid}", _shown(value), "must be a Decimal amount of pounds")
        if value <= 0:
            raise DomainError(f"nre {fid}", _shown(value), "must be more than zero")
        if value > MAX_TOTAL:
            raise DomainError(f"nre {fid}", _shown(value), f"is more than £{MAX_TOTAL:,}")


def apportion(total: Decimal, nre: Mapping[str, Decimal]) -> list[Share]:
    """Each force's printed share of NRE and of `total`, in the order the forces were given."""
    _check(total, nre)
    weights = {fid: Fraction(Decimal(v)) for fid, v in nre.items()}
    ties = {fid: (-weights[fid], fid) for fid in weights}
    tenths = largest_remainder(weights, 1000, ties)
    pennies = largest_remainder({fid: Fraction(t) for fid, t in tenths.items()}, int(total * 100), ties)
    return [Share(fid, (Decimal(tenths[fid]) / 10).quantize(Decimal("0.1")),
                  (Decimal(pennies[fid]) / 100).quantize(Decimal("0.01")),
                  ZERO_SHARE if tenths[fid] == 0 else None)
            for fid in nre]
