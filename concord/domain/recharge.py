"""Usage-based recharge (rule 8): each force is invoiced monthly in arrears
for its vehicles on fleet (Chiltern Transport Consortium).

The invoice for a month is dated the first working day (England and Wales)
of the following month. Amount = vehicles × rate per vehicle per month,
rounded half up to the penny when the rate has fractions of a penny. A
force with no vehicles on fleet that month gets no invoice. Invoices come
in force id order.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from concord.domain.calendar import is_working_day
from concord.domain.errors import DomainError

_MONTH = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")


@dataclass(frozen=True)
class Invoice:
    force: str
    month: str             # YYYY-MM, the month the vehicles were on fleet
    vehicles: int
    rate_per_vehicle: Decimal
    amount: Decimal
    invoice_date: dt.date  # first working day of the following month


def month_bounds(month: str) -> tuple[dt.date, dt.date]:
    """First and last day of a 'YYYY-MM' month."""
    found = _MONTH.match(month.strip()) if isinstance(month, str) else None
    if not found:
        raise DomainError("month", month, "must be a month as YYYY-MM, e.g. 2017-03")
    year, mon = int(found[1]), int(found[2])
    first = dt.date(year, mon, 1)
    following = dt.date(year + mon // 12, mon % 12 + 1, 1)
    return first, following - dt.timedelta(days=1)


def invoice_date(month: str) -> dt.date:
    """The first working day of the month after `month`."""
    d = month_bounds(month)[1] + dt.timedelta(days=1)
    while not is_working_day(d):
        d += dt.timedelta(days=1)
    return d


def monthly_recharge(month: str, vehicles_by_force: Mapping[str, int], rate_per_vehicle: Decimal) -> list[Invoice]:
    """One invoice per force with vehicles on fleet in `month`."""
    when = invoice_date(month)
    if isinstance(rate_per_vehicle, bool) or not isinstance(rate_per_vehicle, (Decimal, int)) \
            or not Decimal(rate_per_vehicle).is_finite() or rate_per_vehicle < 0:
        raise DomainError("rate_per_vehicle", rate_per_vehicle, "must be a Decimal amount of pounds, 0 or more")
    rate = Decimal(rate_per_vehicle)
    out = []
    for force in sorted(vehicles_by_force):
        count = vehicles_by_force[force]
        if isinstance(count, bool) or not isinstance(count, int) or count < 0:
            raise DomainError(f"vehicles {force}", count, "must be a whole number of vehicles, 0 or more")
        if count == 0:
            continue
        amount = (rate * count).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        out.append(Invoice(force, month.strip(), count, rate, amount, when))
    return out
