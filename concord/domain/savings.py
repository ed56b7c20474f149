"""Savings predicted against delivered, totalled by financial year (rule 21).

A saving is recorded for a financial year ("2017/18") or a run of years
("2017/18-2019/20"), as the papers state it: a figure given for three
years is not split into three invented yearly figures, so it is totalled
under its own period. Totals are summed from the exact amounts and
rounded only for display (`whole_pounds`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from concord.domain.errors import DomainError

_YEAR = r"(\d{4})\s*/\s*(\d{2}|\d{4})"
_PERIOD = re.compile(rf"^{_YEAR}(?:\s*[-\u2013\u2014]\s*|\s+to\s+){_YEAR}$|^{_YEAR}$", re.I | re.ASCII)


def check_period(text: str, field: str = "--period") -> str:
    """'2017/18' or '2017/18-2019/20' (also '2017/2018', '2017/18 to 2019/20'), in that one form."""
    found = _PERIOD.match((text or "").strip()) if isinstance(text, str) else None
    if not found:
        raise DomainError(field, text, "is not a financial year like 2017/18, or a run of years like "
                          "2017/18-2019/20")
    groups = [g for g in found.groups() if g is not None]
    years = []
    for start, end in zip(groups[::2], groups[1::2]):
        first = int(start)
        if not 1900 <= first <= 2199 or int(end) % 100 != (first + 1) % 100 or (len(end) == 4 and int(end) != first + 1):
            raise DomainError(field, text, f"is not a financial year: {start}/{end} is not one year and the next")
        years.append(first)
    if len(years) == 2 and years[1] <= years[0]:
        raise DomainError(field, text, "ends before it starts")
    return "-".join(f"{y}/{(y + 1) % 100:02d}" for y in years)


def period_key(period: str) -> tuple[int, int]:
    """Sorts periods by the year they start, then the year they end."""
    years = [int(y) for y in re.findall(r"(\d{4})/", period)] or [0]
    return years[0], years[-1]


@dataclass(frozen=True)
class PeriodTotal:
    period: str
    predicted: Decimal
    delivered: Decimal
    #: whether anything was predicted or delivered at all in the period (a total of 0 is not "none")
    any_predicted: bool
    any_delivered: bool

    @property
    def shortfall(self) -> Decimal:
        """Predicted − delivered (negative when more was delivered than predicted)."""
        return self.predicted - self.delivered


def totals_by_period(rows: Iterable[tuple[str, Decimal | None, Decimal | None]]) -> list[PeriodTotal]:
    """(period, predicted, delivered) rows → one exact total per period, earliest first."""
    sums: dict[str, list] = {}
    for period, predicted, delivered in rows:
        entry = sums.setdefault(period, [Decimal(0), Decimal(0), False, False])
        if predicted is not None:
            entry[0] += predicted
            entry[2] = True
        if delivered is not None:
            entry[1] += delivered
            entry[3] = True
    return [PeriodTotal(p, *sums[p]) for p in sorted(sums, key=period_key)]


def grand_total(totals: Iterable[PeriodTotal]) -> PeriodTotal:
    items = list(totals)
    return PeriodTotal("All years", sum((t.predicted for t in items), Decimal(0)),
                       sum((t.delivered for t in items), Decimal(0)),
                       any(t.any_predicted for t in items), any(t.any_delivered for t in items))


def whole_pounds(amount: Decimal | None) -> str:
    """'£1,892,000' (half up to the pound, for display only); '' for none."""
    if amount is None:
        return ""
    shown = Decimal(amount).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return f"{'-' if shown < 0 else ''}£{abs(shown):,.0f}"


@dataclass(frozen=True)
class Attribution:
    """What a saving is of and for: the alliance, the project or function, the force (None: the
    alliance as a whole) and the period."""

    alliance: str | None
    project: str | None
    function: str | None
    force: str | None
    period: str


def periods_overlap(first: str, second: str) -> bool:
    """Whether two periods ('2017/18', '2017/18-2019/20') share a financial year."""
    (a_from, a_to), (b_from, b_to) = period_key(first), period_key(second)
    return a_from <= b_to and b_from <= a_to


def share_of_a_whole(line: Attribution, others: Iterable[Attribution]) -> bool:
    """Whether a force's saving is its share of a saving the alliance records as a whole: the same
    alliance, the same project (or, a saving of no project, the same function) and a period that
    overlaps. Such a share is already inside the whole."""
    if line.force is None or (line.project is None and line.function is None):
        return False
    return any(o.force is None and o.alliance == line.alliance and periods_overlap(o.period, line.period)
               and ((line.project is not None and o.project == line.project)
                    or (line.project is None and o.project is None and o.function == line.function))
               for o in others)


def counted_for_alliance(lines: Sequence[Attribution]) -> list[bool]:
    """For each saving, whether its alliance's roll-up counts it: every saving of the alliance as a
    whole, and each force's saving that is not its share of one of those (counted once, not twice)."""
    wholes = [x for x in lines if x.force is None]
    return [not share_of_a_whole(x, wholes) for x in lines]
