"""The capital programme of a policing body for a year: schemes, financing, and amendments
proposed and then approved by a decision (rule 9).

A scheme is named by its number (`CP16/05`) or, where one number covers
several lines, by its id. Revised budgets, the balance of payments and
financing (in the approved and the revised column), % spent, variance and
slippage are computed by `concord.domain.capital` from exact figures.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import sqlalchemy as sa

from concord.domain import budget as budget_rules, capital
from concord.domain.access import Permission
from concord.domain.errors import DomainError
from concord.domain.findings import Finding, Kind
from concord.domain.markings import map_legacy
from concord.domain.money import exact
from concord.domain.mtfp import fy
from concord.domain.text import check_title
from concord.domain.vocab import Unit
from concord.services.context import Context
from concord.store.finance_lookups import models, office_of, policing_body
from concord.services.published import may_read_row

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


# --- writes ------------------------------------------------------------------------------

def add_programme(ctx: Context, body: str, year: int, title: str, marking: str = "OFFICIAL",
                  unit: str = "GBP") -> ProgrammeSummary:
    """A body's capital programme of a year; `unit` is how its figures were printed (GBP, GBP_thousands,
    GBP_millions), so that its balance allows for their rounding."""
    m = models()
    if unit not in (Unit.GBP, Unit.GBP_THOUSANDS, Unit.GBP_MILLIONS):
        raise DomainError("unit", unit, "must be GBP, GBP_thousands or GBP_millions")
    found = policing_body(ctx.session, body)
    owner = office_of(ctx.session, found)
    ctx.require(Permission.FINANCE_EDIT, organisation=owner.slug if owner else None)
    _year(year)
    if ctx.session.scalar(sa.select(m.CapitalProgramme.id).where(m.CapitalProgramme.policing_body_id == found.id,
                                                                 m.CapitalProgramme.financial_year == year)):
        raise DomainError("year", fy(year), f"{found.name} already has a capital programme for that year")
    mapped = map_legacy(marking)
    row = m.CapitalProgramme(policing_body_id=found.id, financial_year=year, title=check_title(title, "title", 300),
                             marking=mapped.marking, legacy_marking=mapped.legacy,
                             held_until_approved=mapped.held_until_approved, owner_id=owner.id if owner else None,
                             unit=Unit(unit))
    ctx.session.add(row)
    ctx.session.flush()
    return _summary(found.slug, row)


def add_scheme(ctx: Context, body: str, year: int, code: str | None, name: str, category: str | None = None,
               brought_forward: Decimal = ZERO, original: Decimal = ZERO, actual: Decimal = ZERO,
               commitments: Decimal = ZERO, forecast: Decimal | None = None,
               progress: str | None = None) -> SchemeView:
    m = models()
    row, found = _writable(ctx, body, year)
    code = _code(code)
    name = check_title(name, "name", 200)
    if any(s.code == code and s.name == name for s in row.schemes):
        raise DomainError("name", name, f"the programme already has scheme {code or '(no number)'} of that name")
    for value, field in ((brought_forward, "brought_forward"), (original, "original"), (actual, "actual"),
                         (commitments, "commitments")):
        exact(value, field)
    scheme = m.ProgrammeScheme(position=len(row.schemes) + 1, code=code, name=name,
                               category=check_title(category, "category", 120) if category else None,
                               brought_forward=brought_forward, original=original, actual=actual,
                               commitments=commitments, forecast=forecast,
                               progress=check_title(progress, "progress", allow_newlines=True) if progress else None)
    row.schemes.append(scheme)
    ctx.session.flush()
    return _scheme_view(scheme, _amendment_sums(row))


def update_scheme(ctx: Context, body: str, year: int, scheme: str, actual: Decimal | None = None,
                  commitments: Decimal | None = None, forecast: Decimal | None = None, progress: str | None = None,
                  expected_version: int | None = None) -> SchemeView:
    """Record a scheme's spend, commitments, forecast outturn or progress note (those given)."""
    row, _found = _writable(ctx, body, year)
    line = _scheme(row, scheme)
    ctx.check_version("capital scheme", scheme, line, expected_version)
    if actual is not None:
        line.actual = exact(actual, "actual")
    if commitments is not None:
        line.commitments = exact(commitments, "commitments")
    if forecast is not None:
        line.forecast = exact(forecast, "forecast")
    if progress is not None:
        line.progress = check_title(progress, "progress", allow_newlines=True)
    ctx.session.flush()
    return _scheme_view(line, _amendment_sums(row))


def add_financing(ctx: Context, body: str, year: int, label: str, brought_forward: Decimal = ZERO,
                  original: Decimal = ZERO, applied: Decimal | None = None) -> FinancingView:
    """A source of finance as printed; its kind (grant, reserve, receipt, RCCO, borrowing) is read from the label."""
    m = models()
    row, _found = _writable(ctx, body, year)
    label = check_title(label, "label", 200)
    if any(f.label == label for f in row.financing):
        raise DomainError("label", label, "the programme already has a financing line of that name")
    line = m.FinancingLine(position=len(row.financing) + 1, label=label, source=capital.source_of(label),
                           brought_forward=exact(brought_forward, "brought_forward"),
                           original=exact(original, "original"), applied=applied)
    row.financing.append(line)
    ctx.session.flush()
    return _financing_view(line, _amendment_sums(row))


def update_financing(ctx: Context, body: str, year: int, label: str, brought_forward: Decimal | None = None,
                     original: Decimal | None = None, applied: Decimal | None = None,
                     expected_version: int | None = None) -> FinancingView:
    """Change a financing line's brought-forward, original or applied figure (those given)."""
    row, _found = _writable(ctx, body, year)
    line = _financing(row, label)
    ctx.check_version("capital financing", line.label, line, expected_version)
    if brought_forward is not None:
        line.brought_forward = exact(brought_forward, "brought_forward")
    if original is not None:
        line.original = exact(original, "original")
    if applied is not None:
        line.applied = exact(applied, "applied")
    ctx.session.flush()
    return _financing_view(line, _amendment_sums(row))


def propose_amendment(ctx: Context, body: str, year: int, description: str,
                      payments: Sequence[tuple[str, Decimal]], financing: Sequence[tuple[str, Decimal]],
                      proposed_on: dt.date | None = None) -> AmendmentView:
    """An amendment proposed: what it adds to schemes (by number or id) and to financing lines (by label)."""
    m = models()
    row, _found = _writable(ctx, body, year)
    if not payments and not financing:
        raise DomainError("amendment", description, "changes nothing: name a scheme or a financing line")
    amendment = m.CapitalAmendment(description=check_title(description, "description", 300),
                                   proposed_on=proposed_on, approved=False)
    for ref, amount in payments:
        amendment.lines.append(m.AmendmentLine(scheme_id=_scheme(row, ref).id, amount=_nonzero(amount, ref)))
    for label, amount in financing:
        amendment.lines.append(m.AmendmentLine(financing_id=_financing(row, label).id,
                                               amount=_nonzero(amount, label)))
    row.amendments.append(amendment)
    ctx.session.flush()
    return _amendment_view(ctx, row, amendment)


def approve_amendment(ctx: Context, body: str, year: int, amendment: int, decision: str | None,
                      approved_on: dt.date, reference: str | None = None,
                      expected_version: int | None = None) -> AmendmentView:
    """Approve a proposed amendment by a decision of the register: a decision notice's reference
    (CPCC2016-029) or a decision's number; or, where the register holds neither, by the approval as
    printed (`reference`)."""
    m = models()
    row, found = _writable(ctx, body, year)
    item = next((a for a in row.amendments if a.id == amendment), None)
    if item is None:
        raise DomainError("amendment", amendment, f"is not an amendment of {found.name}'s {fy(year)} programme")
    ctx.check_version("capital amendment", amendment, item, expected_version)
    if item.approved:
        raise DomainError("amendment", amendment, f"was already approved on {item.approved_on}")
    if (decision is None) == (reference is None):
        raise DomainError("decision", decision or reference, "name the decision that approves it (a notice's "
                          "reference or a decision's number), or the approval as printed, not both")
    if decision is not None:
        item.notice_id, item.decision_id = _decision(ctx, decision)
    else:
        item.approval_reference = check_title(reference or "", "reference", 80)
    item.approved, item.approved_on = True, approved_on
    ctx.session.flush()
    return _amendment_view(ctx, row, item)


# --- reads -------------------------------------------------------------------------------

def programmes(ctx: Context, body: str | None = None) -> list[ProgrammeSummary]:
    ctx.require(Permission.REGISTER_READ)
    m = models()
    q = sa.select(m.CapitalProgramme, m.PolicingBody.slug).join(m.PolicingBody).order_by(
        m.PolicingBody.slug, m.CapitalProgramme.financial_year)
    if body:
        q = q.where(m.PolicingBody.id == policing_body(ctx.session, body).id)
    return [_summary(slug, row) for row, slug in ctx.session.execute(q) if may_read_row(ctx, row)]


def programme(ctx: Context, body: str, year: int) -> ProgrammeView:
    ctx.require(Permission.REGISTER_READ)
    row, found = _programme(ctx, body, year)
    return _view(ctx, found.slug, row)


def financing_findings(ctx: Context) -> list[Finding]:
    """Every programme whose payments and financing do not balance, and every amendment whose
    payments and financing differ: for `concord check`."""
    ctx.require(Permission.REGISTER_READ)
    m = models()
    out = []
    rows = ctx.session.execute(sa.select(m.CapitalProgramme, m.PolicingBody.slug).join(m.PolicingBody))
    for row, slug in rows:
        if not may_read_row(ctx, row):
            continue
        view = _view(ctx, slug, row)
        for text in view.findings:
            out.append(Finding(None, Kind.CAPITAL_NOT_FINANCED, f"{view.summary.title} ({view.summary.label})", text,
                               entity="capital", key=f"{slug}/{row.financial_year}"))
    return out


# --- helpers -----------------------------------------------------------------------------

def _year(year: int) -> int:
    if isinstance(year, bool) or not isinstance(year, int) or not 1900 <= year <= 2199:
        raise DomainError("year", year, "is not a financial year's first calendar year (2016 is 2016/17)")
    return year


def _code(code: str | None) -> str | None:
    if code is None or not code.strip():
        return None
    code = code.strip().upper()
    if not re.fullmatch(r"[A-Z]{1,6}\d{2}/\d{1,3}", code):
        raise DomainError("code", code, "is not a scheme number like CP16/05")
    return code


def _nonzero(amount: Decimal, what: str) -> Decimal:
    if exact(amount, what) == 0:
        raise DomainError(what, amount, "amends by nothing: give an amount other than 0")
    return amount


def _programme(ctx: Context, body: str, year: int) -> tuple[Any, Any]:
    m = models()
    found = policing_body(ctx.session, body)
    row = ctx.session.scalar(sa.select(m.CapitalProgramme).where(m.CapitalProgramme.policing_body_id == found.id,
                                                                 m.CapitalProgramme.financial_year == year))
    if row is None or not may_read_row(ctx, row):
        raise DomainError("year", year, f"{found.name} has no capital programme for {fy(year)}"
                          if isinstance(year, int) else "is not a financial year")
    return row, found


def _writable(ctx: Context, body: str, year: int) -> tuple[Any, Any]:
    row, found = _programme(ctx, body, year)
    owner = office_of(ctx.session, found)
    ctx.require(Permission.FINANCE_EDIT, organisation=owner.slug if owner else None)
    return row, found


def _scheme(row: Any, ref: str) -> Any:
    text = (ref or "").strip()
    if text.isdigit():
        found = [s for s in row.schemes if s.id == int(text)]
    else:
        code = text.upper()
        found = [s for s in row.schemes if s.code == code]
    if not found:
        raise DomainError("scheme", ref, "is not a scheme of the programme (its number, e.g. CP16/05, or its id)")
    if len(found) > 1:
        raise DomainError("scheme", ref, "numbers several schemes: name one by its id (" +
                          ", ".join(f"{s.id} {s.name}" for s in found) + ")")
    return found[0]


def _financing(row: Any, label: str) -> Any:
    wanted = " ".join((label or "").split()).casefold()
    found = next((f for f in row.financing if " ".join(f.label.split()).casefold() == wanted), None)
    if found is None:
        raise DomainError("financing", label, "is not a financing line of the programme; they are: " +
                          "; ".join(f.label for f in row.financing))
    return found


def _decision(ctx: Context, text: str) -> tuple[int | None, int | None]:
    """(notice id, decision id) of a notice's reference or a decision's number."""
    m = models()
    typed = (text or "").strip()
    if typed.isdigit():
        found = ctx.session.get(m.Decision, int(typed)) if 1 <= int(typed) <= 2147483647 else None
        if found is None or not may_read_row(ctx, found):
            raise DomainError("decision", text, "is not a decision in the register")
        return None, found.id
    reference = re.sub(r"\s+", "", typed).upper()
    notice = ctx.session.scalar(sa.select(m.DecisionNotice).where(m.DecisionNotice.reference == reference))
    if notice is None or not may_read_row(ctx, notice):
        raise DomainError("decision", text, "is not a decision notice in the register (e.g. CPCC2019-007), "
                          "nor a decision's number")
    return notice.id, notice.decision_id


def _amendment_sums(row: Any) -> dict[tuple[str, int, bool], Decimal]:
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


def _scheme_view(s: Any, sums: dict[tuple[str, int, bool], Decimal]) -> SchemeView:
    budget = _budget("scheme", s, sums)
    fig = capital.SchemeFigures(budget, Decimal(s.actual), Decimal(s.commitments),
                                Decimal(s.forecast) if s.forecast is not None else None)
    return SchemeView(s.id, s.code, s.name, s.category, budget.brought_forward, budget.original,
                      sums.get(("scheme", s.id, True), ZERO), sums.get(("scheme", s.id, False), ZERO),
                      budget.approved, budget.revised, fig.actual, fig.commitments, fig.spent, fig.variance,
                      fig.percent_spent, fig.forecast, fig.slippage, s.progress, s.version)


def _financing_view(f: Any, sums: dict[tuple[str, int, bool], Decimal]) -> FinancingView:
    budget = _budget("financing", f, sums)
    return FinancingView(f.id, f.label, str(f.source), budget.brought_forward, budget.original,
                         sums.get(("financing", f.id, True), ZERO), sums.get(("financing", f.id, False), ZERO),
                         budget.approved, budget.revised, Decimal(f.applied) if f.applied is not None else None,
                         f.version)


def _amendment_view(ctx: Context, row: Any, a: Any) -> AmendmentView:
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


def _summary(body: str, row: Any) -> ProgrammeSummary:
    return ProgrammeSummary(body, row.financial_year, fy(row.financial_year), row.title, str(row.marking), row.version)


def _view(ctx: Context, body: str, row: Any) -> ProgrammeView:
    sums = _amendment_sums(row)
    schemes = tuple(_scheme_view(s, sums) for s in row.schemes)
    financing = tuple(_financing_view(f, sums) for f in row.financing)
    amendments = tuple(_amendment_view(ctx, row, a) for a in row.amendments)
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
    return ProgrammeView(_summary(body, row), schemes, financing, amendments, tuple(balances), totals, rcco,
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
