"""What the pages, sheets and checks read of a capital programme: its schemes, financing and amendments
with the revised budgets, balances, % spent, variance and slippage computed by `concord.domain.capital`
from exact figures, and what does not balance (rule 9) as findings.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import sqlalchemy as sa

from concord.domain import budget as budget_rules, capital
from concord.domain.mtfp import fy
from concord.domain.vocab import Unit
from concord.services.context import Context
from concord.store.finance_lookups import models

ZERO = Decimal(0)


@dataclass(frozen=True)
class ProgrammeSummary:
    body: str
    year: int
    label: str  # "2016/17"
    title: str
    marking: str
    version: int


@dataclass(frozen=True)
class SchemeView:
    id: int
    code: str | None
    name: str
    category: str | None
    brought_forward: Decimal
    original: Decimal
    approved_amendments: Decimal
    proposed_amendments: Decimal
    approved: Decimal   # brought forward + original + approved amendments
    revised: Decimal    # and the proposed ones, as papers print it
    actual: Decimal
    commitments: Decimal
    spent: Decimal      # actual + commitments
    variance: Decimal   # spent − revised
    percent_spent: Decimal | None
    forecast: Decimal | None
    slippage: Decimal
    progress: str | None
    version: int


@dataclass(frozen=True)
class FinancingView:
    id: int
    label: str
    source: str
    brought_forward: Decimal
    original: Decimal
    approved_amendments: Decimal
    proposed_amendments: Decimal
    approved: Decimal
    revised: Decimal
    applied: Decimal | None
    version: int


@dataclass(frozen=True)
class AmendmentLineView:
    scheme: str | None     # "CP16/18 Conversion Work - ..." for a payment line
    financing: str | None  # the financing line's label
    amount: Decimal


@dataclass(frozen=True)
class AmendmentView:
    id: int
    description: str
    status: str  # "proposed" or "approved"
    proposed_on: dt.date | None
    approved_on: dt.date | None
    decision: str | None  # the notice's reference, "decision N", or the approval as printed
    payments: Decimal
    financing: Decimal
    lines: tuple[AmendmentLineView, ...]
    version: int

    @property
    def balances(self) -> bool:
        return self.payments == self.financing


@dataclass(frozen=True)
class BalanceView:
    column: str
    payments: Decimal
    financing: Decimal
    difference: Decimal  # financing − payments
    by_source: tuple[tuple[str, Decimal], ...]
    #: the most the printed figures may differ by rounding (0 for figures in pounds)
    tolerance: Decimal = ZERO

    @property
    def balances(self) -> bool:
        return self.difference == 0

    @property
    def within_rounding(self) -> bool:
        return abs(self.difference) <= self.tolerance


@dataclass(frozen=True)
class ProgrammeView:
    summary: ProgrammeSummary
    schemes: tuple[SchemeView, ...]
    financing: tuple[FinancingView, ...]
    amendments: tuple[AmendmentView, ...]
    balances: tuple[BalanceView, ...]  # approved, then revised
    totals: SchemeView | None
    rcco: Decimal  # revenue contributions in the revised financing, counted once
    findings: tuple[str, ...]


def amendment_sums(row: Any) -> dict[tuple[str, int, bool], Decimal]:
    """(scheme|financing, id, approved) → the sum of amendment lines."""
    sums: dict[tuple[str, int, bool], Decimal] = {}
    for a in row.amendments:
        for line in a.lines:
            key = ("scheme", line.scheme_id, a.approved) if line.scheme_id else ("financing", line.financing_id,
                                                                                  a.approved)
            sums[key] = sums.get(key, ZERO) + Decimal(line.amount)
    return sums


def _budget(kind: str, line: Any, sums: dict[tuple[str, int, bool], Decimal]) -> capital.Budget:
    approved, proposed = sums.get((kind, line.id, True), ZERO), sums.get((kind, line.id, False), ZERO)
    amendments = tuple(a for a in (capital.Amendment(approved, True), capital.Amendment(proposed, False)) if a.amount)
    return capital.Budget(Decimal(line.brought_forward), Decimal(line.original), amendments)


def scheme_view(s: Any, sums: dict[tuple[str, int, bool], Decimal]) -> SchemeView:
    budget = _budget("scheme", s, sums)
    fig = capital.SchemeFigures(budget, Decimal(s.actual), Decimal(s.commitments),
                                Decimal(s.forecast) if s.forecast is not None else None)
    return SchemeView(s.id, s.code, s.name, s.category, budget.brought_forward, budget.original,
                      sums.get(("scheme", s.id, True), ZERO), sums.get(("scheme", s.id, False), ZERO),
                      budget.approved, budget.revised, fig.actual, fig.commitments, fig.spent, fig.variance,
                      fig.percent_spent, fig.forecast, fig.slippage, s.progress, s.version)


def financing_view(f: Any, sums: dict[tuple[str, int, bool], Decimal]) -> FinancingView:
    budget = _budget("financing", f, sums)
    return FinancingView(f.id, f.label, str(f.source), budget.brought_forward, budget.original,
                         sums.get(("financing", f.id, True), ZERO), sums.get(("financing", f.id, False), ZERO),
                         budget.approved, budget.revised, Decimal(f.applied) if f.applied is not None else None,
                         f.version)


def amendment_view(ctx: Context, row: Any, a: Any) -> AmendmentView:
    m = models()
    schemes = {s.id: s for s in row.schemes}
    financing = {f.id: f for f in row.financing}
    lines = tuple(AmendmentLineView(f"{schemes[x.scheme_id].code or ''} {schemes[x.scheme_id].name}".strip()
                                    if x.scheme_id else None,
                                    financing[x.financing_id].label if x.financing_id else None, Decimal(x.amount))
                  for x in a.lines)
    decision = a.approval_reference
    if a.notice_id:
        decision = ctx.session.scalar(sa.select(m.DecisionNotice.reference).where(m.DecisionNotice.id == a.notice_id))
    elif a.decision_id:
        decision = f"decision {a.decision_id}"
    return AmendmentView(a.id, a.description, "approved" if a.approved else "proposed", a.proposed_on,
                         a.approved_on, decision, sum((x.amount for x in lines if x.scheme), ZERO),
                         sum((x.amount for x in lines if x.financing), ZERO), lines, a.version)


def summary(body: str, row: Any) -> ProgrammeSummary:
    return ProgrammeSummary(body, row.financial_year, fy(row.financial_year), row.title, str(row.marking), row.version)


def view(ctx: Context, body: str, row: Any) -> ProgrammeView:
    sums = amendment_sums(row)
    schemes = tuple(scheme_view(s, sums) for s in row.schemes)
    financing = tuple(financing_view(f, sums) for f in row.financing)
    amendments = tuple(amendment_view(ctx, row, a) for a in row.amendments)
    pay = [_budget("scheme", s, sums) for s in row.schemes]
    fin = [(f.label, _budget("financing", f, sums)) for f in row.financing]
    balances = []
    findings = []
    tolerance = budget_rules.rounding_tolerance_for(row.unit, len(pay) + len(fin)) if row.unit != Unit.GBP else ZERO
    for column in capital.COLUMNS:
        b = capital.programme_balance(pay, fin, column)
        view = BalanceView(column, b.payments, b.financing, b.difference,
                           tuple((str(k), v) for k, v in b.by_source.items()), tolerance)
        balances.append(view)
        if not view.within_rounding:
            gap = "more than" if b.difference > 0 else "less than"
            findings.append(f"{column} budget: financing {_show(b.financing)} is {gap} payments "
                            f"{_show(b.payments)} by {_show(abs(b.difference))}")
    for a in amendments:
        if not a.balances:
            findings.append(f"amendment {a.id} ({a.description}, {a.status}): payments {_show(a.payments)} but "
                            f"financing {_show(a.financing)}")
    rcco = capital.rcco_in([(f.label, f.revised) for f in financing])
    totals = _totals(schemes) if schemes else None
    return ProgrammeView(summary(body, row), schemes, financing, amendments, tuple(balances), totals, rcco,
                         tuple(findings))


def _totals(schemes: Sequence[SchemeView]) -> SchemeView:
    def total(attr: str) -> Decimal:
        return sum((getattr(s, attr) for s in schemes), ZERO)

    revised, spent = total("revised"), total("spent")
    return SchemeView(0, None, "Total", None, total("brought_forward"), total("original"),
                      total("approved_amendments"), total("proposed_amendments"), total("approved"), revised,
                      total("actual"), total("commitments"), spent, spent - revised,
                      capital.percent_spent(spent, revised), None, total("slippage"), None, 0)


def _show(pounds: Decimal) -> str:
    return f"£{pounds:,.2f}"
