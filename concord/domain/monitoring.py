"""Revenue budget monitoring for a month: lines in the groups the papers print, roll-ups, printed
totals checked against their rows, and one month set against another.

Every figure is exact Decimal pounds. A line's variance is actual − year-to-date budget and its
forecast variance is forecast − full-year budget (rule 9, `concord.domain.budget`); positive is an
overspend (or, on an income line, less income than budgeted). A figure the paper prints as a dash
is None: it counts as nothing in a sum and is shown as a dash. Roll-ups add the unrounded figures of
the lines and round only for display (rule 21). A printed total is never adjusted: it is checked
against the lines it adds up (a group's total against that group's lines, the statement's total
against every line) and flagged unless the difference is within rounding
(`concord.domain.budget.cast_check`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from concord.domain import budget
from concord.domain.errors import DomainError
from concord.domain.vocab import Unit

COLUMNS = ("full_year_budget", "ytd_budget", "actual", "forecast")
ZERO = Decimal(0)


class BudgetGroup(StrEnum):
    """The groups of a monitoring statement, in the order the papers print them."""

    EMPLOYEES = "employees"
    PENSIONS = "pensions"
    PREMISES = "premises"
    TRANSPORT = "transport"
    SUPPLIES = "supplies"
    INCOME = "income"
    COLLABORATION = "collaboration"
    HOLDING = "holding"


TITLES: dict[BudgetGroup, str] = {
    BudgetGroup.EMPLOYEES: "Employee costs",
    BudgetGroup.PENSIONS: "Police pension costs",
    BudgetGroup.PREMISES: "Premises costs",
    BudgetGroup.TRANSPORT: "Transport costs",
    BudgetGroup.SUPPLIES: "Supplies and services",
    BudgetGroup.INCOME: "Income",
    BudgetGroup.COLLABORATION: "Collaboration and partnerships",
    BudgetGroup.HOLDING: "Holding accounts and hosted services",
}
#: sub-totals that span groups, as the papers print them: gross revenue expenditure after the costs,
#: net revenue expenditure after income (gross less income); each follows the last group it adds up
SPANS: tuple[tuple[str, str, tuple[BudgetGroup, ...]], ...] = (
    ("gross", "Gross revenue expenditure", (BudgetGroup.EMPLOYEES, BudgetGroup.PENSIONS, BudgetGroup.PREMISES,
                                           BudgetGroup.TRANSPORT, BudgetGroup.SUPPLIES)),
    ("net", "Net revenue expenditure", (BudgetGroup.EMPLOYEES, BudgetGroup.PENSIONS, BudgetGroup.PREMISES,
                                        BudgetGroup.TRANSPORT, BudgetGroup.SUPPLIES, BudgetGroup.INCOME)),
)
#: words a sheet or a paper may use for a group, besides its name and title
_SYNONYMS: dict[str, BudgetGroup] = {
    "employee": BudgetGroup.EMPLOYEES, "employee costs": BudgetGroup.EMPLOYEES, "pay": BudgetGroup.EMPLOYEES,
    "pensions": BudgetGroup.PENSIONS, "police pension costs": BudgetGroup.PENSIONS,
    "premises": BudgetGroup.PREMISES, "transport": BudgetGroup.TRANSPORT,
    "supplies and services": BudgetGroup.SUPPLIES, "supplies services": BudgetGroup.SUPPLIES,
    "income": BudgetGroup.INCOME, "collaboration": BudgetGroup.COLLABORATION,
    "collaboration and partnerships": BudgetGroup.COLLABORATION, "collaborated and partnerships": BudgetGroup.COLLABORATION,
    "holding accounts": BudgetGroup.HOLDING, "holding accounts and hosted services": BudgetGroup.HOLDING,
}


def group_of(text: str, field_name: str = "group") -> BudgetGroup:
    """The group a sheet names by its slug ("supplies") or its printed title ("Supplies & Services")."""
    words = re.sub(r"\s+", " ", re.sub(r"[^a-z]+", " ", (text or "").lower().replace("&", " and "))).strip()
    words = re.sub(r"^total ", "", words)
    for group in BudgetGroup:
        if words in (group.value, TITLES[group].lower()):
            return group
    if words in _SYNONYMS:
        return _SYNONYMS[words]
    if words.endswith(" costs") and words[:-6] in _SYNONYMS:
        return _SYNONYMS[words[:-6]]
    raise DomainError(field_name, text, "is not a monitoring group; the groups are "
                      + ", ".join(f"{g.value} ({TITLES[g]})" for g in BudgetGroup))


@dataclass(frozen=True)
class Figures:
    """A line's four printed figures (None = a dash) and what rule 9 derives from them."""

    full_year_budget: Decimal | None = None
    ytd_budget: Decimal | None = None
    actual: Decimal | None = None
    forecast: Decimal | None = None

    @property
    def variance(self) -> Decimal:
        return budget.variance(self.actual or ZERO, self.ytd_budget or ZERO)

    @property
    def forecast_variance(self) -> Decimal:
        return budget.forecast_variance(self.forecast or ZERO, self.full_year_budget or ZERO)

    def plus(self, other: Figures) -> Figures:
        return Figures(*(_add(getattr(self, c), getattr(other, c)) for c in COLUMNS))

    def minus(self, other: Figures) -> Figures:
        """This month's figures less another's: each column's movement (a dash counts as nothing)."""
        return Figures(*((getattr(self, c) or ZERO) - (getattr(other, c) or ZERO) for c in COLUMNS))


def _add(a: Decimal | None, b: Decimal | None) -> Decimal | None:
    return a if b is None else (b if a is None else a + b)


def total(figures: Iterable[Figures]) -> Figures:
    out = Figures()
    for f in figures:
        out = out.plus(f)
    return out


@dataclass(frozen=True)
class Line:
    """One line of a statement as printed: its group, the heading it sits under, its figures."""

    group: BudgetGroup | None
    label: str
    figures: Figures
    heading: str | None = None
    is_total: bool = False
    function: str | None = None
    agreement: str | None = None
    position: int = 0

    @property
    def key(self) -> tuple[str, str, str]:
        """What names the same line in another month: group, heading and label, ignoring case."""
        return (self.group.value if self.group else "", (self.heading or "").casefold(), self.label.casefold())


@dataclass(frozen=True)
class TotalCheck:
    """A printed total against the sum of the lines it adds up, one column."""

    label: str
    group: BudgetGroup | None
    column: str
    printed: Decimal
    computed: Decimal
    difference: Decimal
    within_rounding: bool

    @property
    def flagged(self) -> bool:
        return not self.within_rounding


@dataclass(frozen=True)
class HeadingTotal:
    heading: str | None
    figures: Figures
    lines: tuple[Line, ...]


@dataclass(frozen=True)
class GroupTotal:
    group: BudgetGroup | None  # None: lines with no group (kept, never dropped)
    title: str
    figures: Figures
    lines: tuple[Line, ...]
    headings: tuple[HeadingTotal, ...]
    printed: tuple[Line, ...] = ()  # the group's printed total rows


@dataclass(frozen=True)
class SpanTotal:
    """A sub-total across groups (`SPANS`), computed from the unrounded lines of those groups."""

    key: str
    title: str
    figures: Figures
    after: BudgetGroup  # the last of its groups the statement has: where a paper prints it


@dataclass(frozen=True)
class Rollup:
    groups: tuple[GroupTotal, ...]
    figures: Figures  # every line, unrounded
    checks: tuple[TotalCheck, ...] = field(default=())
    spans: tuple[SpanTotal, ...] = ()

    def spans_after(self, group: BudgetGroup | None) -> tuple[SpanTotal, ...]:
        return tuple(s for s in self.spans if s.after == group)

    @property
    def problems(self) -> tuple[TotalCheck, ...]:
        return tuple(c for c in self.checks if c.flagged)

    def group(self, group: BudgetGroup) -> GroupTotal:
        for g in self.groups:
            if g.group == group:
                return g
        raise DomainError("group", group.value, "has no lines this month")


def roll_up(lines: Sequence[Line], unit: Unit | str = Unit.GBP) -> Rollup:
    """Group totals, heading totals within each group and the statement's total, from unrounded lines;
    each printed total checked against the lines it adds up."""
    rows = [ln for ln in lines if not ln.is_total]
    printed = [ln for ln in lines if ln.is_total]
    order = {g: i for i, g in enumerate(BudgetGroup)}
    present = sorted({ln.group for ln in rows}, key=lambda g: -1 if g is None else order[g])
    groups = []
    for g in present:
        mine = tuple(ln for ln in rows if ln.group == g)
        headings: dict[str | None, list[Line]] = {}
        for ln in mine:
            headings.setdefault(ln.heading, []).append(ln)
        groups.append(GroupTotal(
            group=g, title=TITLES[g] if g else "Not grouped", figures=total(ln.figures for ln in mine), lines=mine,
            headings=tuple(HeadingTotal(h, total(x.figures for x in ls), tuple(ls)) for h, ls in headings.items()),
            printed=tuple(ln for ln in printed if ln.group == g)))
    checks = []
    for t in printed:
        members = span_of(t.label) if t.group is None else None
        adds = [ln for ln in rows if (ln.group in members if members else t.group is None or ln.group == t.group)]
        checks.extend(check_total(t, adds, unit))
    return Rollup(groups=tuple(groups), figures=total(ln.figures for ln in rows), checks=tuple(checks),
                  spans=spans(groups))


def span_of(label: str) -> tuple[BudgetGroup, ...] | None:
    """The groups a printed total without a group adds up when its label names a sub-total across groups
    (`Gross Revenue Expenditure`, `NET REVENUE EXPENDITURE`, any case); None: the whole statement."""
    words = " ".join(re.sub(r"[^a-z ]+", " ", label.casefold()).split()).removeprefix("total ")
    for _key, title, members in SPANS:
        if words == title.casefold():
            return members
    return None


def spans(groups: Sequence[GroupTotal]) -> tuple[SpanTotal, ...]:
    """The sub-totals across groups (`SPANS`) of a statement's group totals: each from the groups the
    statement has lines in; none when it has no line in any of them."""
    out = []
    for key, title, members in SPANS:
        mine = [g for g in groups if g.group in members]
        if mine:
            out.append(SpanTotal(key, title, total(g.figures for g in mine), mine[-1].group))  # type: ignore[arg-type]
    return tuple(out)


def check_total(printed: Line, rows: Sequence[Line], unit: Unit | str = Unit.GBP) -> list[TotalCheck]:
    """Each printed column of a total row against the exact sum of `rows` (rule 9, rule 21)."""
    out = []
    for column in COLUMNS:
        shown = getattr(printed.figures, column)
        if shown is None:
            continue
        result = budget.cast_check(shown, [getattr(r.figures, column) or ZERO for r in rows], unit=unit)
        out.append(TotalCheck(printed.label, printed.group, column, result.printed, result.computed,
                              result.difference, result.within_rounding))
    return out


@dataclass(frozen=True)
class LineMovement:
    """One line this month against the month before: None where the line is new or has gone."""

    key: tuple[str, str, str]
    group: BudgetGroup | None
    heading: str | None
    label: str
    now: Figures | None
    before: Figures | None

    @property
    def status(self) -> str:
        return "new" if self.before is None else ("gone" if self.now is None else "both")

    @property
    def movement(self) -> Figures:
        return (self.now or Figures()).minus(self.before or Figures())

    @property
    def forecast_variance_movement(self) -> Decimal:
        now = self.now.forecast_variance if self.now else ZERO
        before = self.before.forecast_variance if self.before else ZERO
        return now - before


@dataclass(frozen=True)
class GroupMovement:
    group: BudgetGroup | None
    title: str
    now: Figures
    before: Figures

    @property
    def movement(self) -> Figures:
        return self.now.minus(self.before)

    @property
    def forecast_variance_movement(self) -> Decimal:
        return self.now.forecast_variance - self.before.forecast_variance


@dataclass(frozen=True)
class Comparison:
    lines: tuple[LineMovement, ...]
    groups: tuple[GroupMovement, ...]
    now: Figures
    before: Figures

    @property
    def forecast_variance_movement(self) -> Decimal:
        return self.now.forecast_variance - self.before.forecast_variance


def compare(now: Sequence[Line], before: Sequence[Line]) -> Comparison:
    """Each line (matched by group, heading and label) and each group this month against the month before.
    Printed totals are left out: they are checked, not compared."""
    now_rows = [ln for ln in now if not ln.is_total]
    before_rows = [ln for ln in before if not ln.is_total]
    earlier = {ln.key: ln for ln in before_rows}
    seen = set()
    moves = []
    for ln in now_rows:
        seen.add(ln.key)
        old = earlier.get(ln.key)
        moves.append(LineMovement(ln.key, ln.group, ln.heading, ln.label, ln.figures, old.figures if old else None))
    for ln in before_rows:
        if ln.key not in seen:
            moves.append(LineMovement(ln.key, ln.group, ln.heading, ln.label, None, ln.figures))
    a, b = roll_up(now_rows), roll_up(before_rows)
    groups = {g.group: g for g in b.groups}
    mine = {g.group: g for g in a.groups}
    order = [g.group for g in a.groups] + [g.group for g in b.groups if g.group not in mine]
    out = [GroupMovement(g, TITLES[g] if g else "Not grouped",
                         mine[g].figures if g in mine else Figures(), groups[g].figures if g in groups else Figures())
           for g in order]
    return Comparison(tuple(moves), tuple(out), a.figures, b.figures)


def previous_month(year: int, month: int) -> tuple[int, int]:
    """The month before: month 1 of 2017/18 follows month 12 of 2016/17."""
    check_month(month)
    return (year, month - 1) if month > 1 else (year - 1, 12)


def check_month(month: object, field_name: str = "month") -> int:
    if isinstance(month, bool) or not isinstance(month, int) or not 1 <= month <= 12:
        raise DomainError(field_name, month, "must be a month of the financial year, 1 (April) to 12 (March)")
    return month


_MONTHS = ("April", "May", "June", "July", "August", "September", "October", "November", "December",
           "January", "February", "March")


def month_name(year: int, month: int) -> str:
    """Month 6 of 2016/17 is September 2016."""
    check_month(month)
    return f"{_MONTHS[month - 1]} {year + (1 if month > 9 else 0)}"


def missing_months(months: Iterable[int]) -> list[int]:
    """The months absent between the first and the last given (a statement a month, none skipped)."""
    present = sorted(set(months))
    if not present:
        return []
    return [m for m in range(present[0], present[-1] + 1) if m not in present]
