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
from decimal import Decimal
from typing import Any

import sqlalchemy as sa

from concord.domain import capital
from concord.domain.access import Permission
from concord.domain.errors import DomainError
from concord.domain.findings import Finding, Kind
from concord.domain.markings import map_legacy
from concord.domain.money import exact
from concord.domain.mtfp import fy
from concord.domain.text import check_title
from concord.domain.vocab import Unit
from concord.services import capital_views as views
from concord.services.context import Context
from concord.services.visibility import may_read_row
from concord.store.finance_lookups import models, office_of, policing_body

ZERO = views.ZERO


# --- writes ------------------------------------------------------------------------------

def add_programme(ctx: Context, body: str, year: int, title: str, marking: str = "OFFICIAL",
                  unit: str = "GBP") -> views.ProgrammeSummary:
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
    return views.summary(found.slug, row)


def add_scheme(ctx: Context, body: str, year: int, code: str | None, name: str, category: str | None = None,
               brought_forward: Decimal = ZERO, original: Decimal = ZERO, actual: Decimal = ZERO,
               commitments: Decimal = ZERO, forecast: Decimal | None = None,
               progress: str | None = None) -> views.SchemeView:
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
    return views.scheme_view(scheme, views.amendment_sums(row))


def update_scheme(ctx: Context, body: str, year: int, scheme: str, actual: Decimal | None = None,
                  commitments: Decimal | None = None, forecast: Decimal | None = None, progress: str | None = None,
                  expected_version: int | None = None) -> views.SchemeView:
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
    return views.scheme_view(line, views.amendment_sums(row))


def add_financing(ctx: Context, body: str, year: int, label: str, brought_forward: Decimal = ZERO,
                  original: Decimal = ZERO, applied: Decimal | None = None) -> views.FinancingView:
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
    return views.financing_view(line, views.amendment_sums(row))


def update_financing(ctx: Context, body: str, year: int, label: str, brought_forward: Decimal | None = None,
                     original: Decimal | None = None, applied: Decimal | None = None,
                     expected_version: int | None = None) -> views.FinancingView:
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
    return views.financing_view(line, views.amendment_sums(row))


def propose_amendment(ctx: Context, body: str, year: int, description: str,
                      payments: Sequence[tuple[str, Decimal]], financing: Sequence[tuple[str, Decimal]],
                      proposed_on: dt.date | None = None) -> views.AmendmentView:
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
    return views.amendment_view(ctx, row, amendment)


def approve_amendment(ctx: Context, body: str, year: int, amendment: int, decision: str | None,
                      approved_on: dt.date, reference: str | None = None,
                      expected_version: int | None = None) -> views.AmendmentView:
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
    return views.amendment_view(ctx, row, item)


# --- reads -------------------------------------------------------------------------------

def programmes(ctx: Context, body: str | None = None) -> list[views.ProgrammeSummary]:
    ctx.require(Permission.REGISTER_READ)
    m = models()
    q = sa.select(m.CapitalProgramme, m.PolicingBody.slug).join(m.PolicingBody).order_by(
        m.PolicingBody.slug, m.CapitalProgramme.financial_year)
    if body:
        q = q.where(m.PolicingBody.id == policing_body(ctx.session, body).id)
    return [views.summary(slug, row) for row, slug in ctx.session.execute(q) if may_read_row(ctx, row)]


def programme(ctx: Context, body: str, year: int) -> views.ProgrammeView:
    ctx.require(Permission.REGISTER_READ)
    row, found = _programme(ctx, body, year)
    return views.view(ctx, found.slug, row)


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
        view = views.view(ctx, slug, row)
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

