"""`concord check`: everything in the register a person should act on.

Reads with a handful of set-based queries (no row-by-row ORM loading)
so that it stays fast on a national register, then applies the pure
rules of `concord.domain` to plain values.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.orm import Session

from concord.domain import agreements as agreement_rules
from concord.domain import budget as budget_rules
from concord.domain import calendar
from concord.domain import decisions as decision_rules
from concord.domain.findings import Finding, Kind
from concord.domain.vocab import ActionStatus, AgreementStatus, Unit
from concord.store.db import Store
from concord.store.models import (
    Action, Agreement, AgreementParty, BudgetLine, CapitalScheme, DecisionNotice,
    FinancialTable, Forum, Meeting, Office, Paper, PolicingBody, Renewal, WithdrawalNotice,
)

DEFAULT_WITHIN_DAYS = 90


def run_check(store: Store, as_of: dt.date, within_days: int = DEFAULT_WITHIN_DAYS) -> list[Finding]:
    """All findings as of a date, sorted by date then kind."""
    horizon = as_of + dt.timedelta(days=within_days)
    with store.reading() as s:
        found: list[Finding] = []
        found += agreement_findings(s, as_of, horizon)
        found += withdrawal_findings(s, as_of, horizon)
        found += overdue_actions(s, as_of)
        found += numbering_findings(s)
        found += late_papers(s)
        found += casting_findings(s)
    return sorted(found, key=lambda f: (f.date or dt.date.min, f.kind, f.subject))


def agreement_findings(s: Session, as_of: dt.date, horizon: dt.date) -> list[Finding]:
    a = Agreement
    rows = s.execute(
        sa.select(a.id, a.title, a.review_date, a.end_date, a.notice_period_months, a.notice_to)
        .where(a.status == AgreementStatus.IN_FORCE)
        .where(sa.or_(a.review_date <= horizon, a.end_date <= horizon))
    ).all()
    if not rows:
        return []
    ending = {r.id: r.end_date for r in rows if r.end_date and r.end_date <= horizon}
    parties = _current_parties(s, ending, as_of)
    renewed = _renewed_offices(s, ending)
    out: list[Finding] = []
    for r in rows:
        if r.review_date and r.review_date <= horizon and (r.end_date is None or r.review_date <= r.end_date):
            late = r.review_date < as_of
            out.append(Finding(r.review_date, Kind.AGREEMENT_REVIEW, r.title,
                               "review date has passed without a recorded review" if late
                               else f"review due in {(r.review_date - as_of).days} days",
                               overdue=late))
        if r.id in ending:
            names = [title for oid, title in parties.get(r.id, []) if oid not in renewed.get(r.id, set())]
            late = r.end_date < as_of
            when = "ended" if late else f"ends in {(r.end_date - as_of).days} days"
            if names:
                detail = f"{when} unless renewed in writing; not yet renewed by: " + "; ".join(names)
            else:
                detail = f"{when}; every party has renewed in writing"
            out.append(Finding(r.end_date, Kind.AGREEMENT_EXPIRY, r.title, detail, overdue=late and bool(names)))
            if r.notice_period_months:
                exit_on = agreement_rules.earliest_exit_date(as_of, r.notice_period_months)
                to = f" to {r.notice_to}" if r.notice_to else ""
                out.append(Finding(exit_on, Kind.EARLIEST_EXIT, r.title,
                                   f"written notice given{to} on {as_of.isoformat()} takes effect on "
                                   f"{exit_on.isoformat()} ({r.notice_period_months} months)"))
    return out


def _current_parties(s: Session, ids: Iterable[int], as_of: dt.date) -> dict[int, list[tuple[int, str]]]:
    ids = list(ids)
    if not ids:
        return {}
    p = AgreementParty
    q = (sa.select(p.agreement_id, p.office_id, Office.title)
         .join(Office, Office.id == p.office_id)
         .where(p.agreement_id.in_(ids))
         .where(sa.or_(p.left_on.is_(None), p.left_on > as_of))
         .order_by(p.agreement_id, p.id))
    out: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for agreement_id, office_id, title in s.execute(q):
        out[agreement_id].append((office_id, title))
    return out


def _renewed_offices(s: Session, end_dates: dict[int, dt.date]) -> dict[int, set[int]]:
    if not end_dates:
        return {}
    q = (sa.select(Renewal.agreement_id, Renewal.office_id, Renewal.new_end_date)
         .where(Renewal.agreement_id.in_(list(end_dates)), Renewal.in_writing.is_(True)))
    out: dict[int, set[int]] = defaultdict(set)
    for agreement_id, office_id, new_end in s.execute(q):
        if new_end > end_dates[agreement_id]:
            out[agreement_id].add(office_id)
    return out


def withdrawal_findings(s: Session, as_of: dt.date, horizon: dt.date) -> list[Finding]:
    w = WithdrawalNotice
    q = (sa.select(w.exit_on, w.given_on, Agreement.title, Office.title.label("office"))
         .join(Agreement, Agreement.id == w.agreement_id).join(Office, Office.id == w.office_id)
         .where(w.exit_on >= as_of, w.exit_on <= horizon))
    return [Finding(r.exit_on, Kind.EARLIEST_EXIT, r.title,
                    f"{r.office} withdraws on {r.exit_on.isoformat()} (notice given {r.given_on.isoformat()})")
            for r in s.execute(q)]


def overdue_actions(s: Session, as_of: dt.date) -> list[Finding]:
    q = (sa.select(Action.number, Action.text, Action.owner, Action.due, Meeting.date, Forum.name)
         .join(Meeting, Meeting.id == Action.meeting_id).join(Forum, Forum.id == Meeting.forum_id)
         .where(Action.status == ActionStatus.OPEN, Action.due < as_of))
    out = []
    for number, text, owner, due, meeting_date, forum in s.execute(q):
        label = f"action {number}" if number else "action"
        subject = f"{forum} {meeting_date.isoformat()} {label}"
        who = f" (owner: {owner})" if owner else ""
        out.append(Finding(due, Kind.ACTION_OVERDUE, subject,
                           f"{_clip(text)}{who}; due {due.isoformat()}, {(as_of - due).days} days overdue",
                           overdue=True))
    return out


def numbering_findings(s: Session) -> list[Finding]:
    q = (sa.select(PolicingBody.notice_prefix, PolicingBody.slug, DecisionNotice.year, DecisionNotice.number)
         .join(PolicingBody, PolicingBody.id == DecisionNotice.policing_body_id))
    refs = [decision_rules.NoticeRef((prefix or slug.upper()), year, number) for prefix, slug, year, number in s.execute(q)]
    out = []
    for problem in decision_rules.numbering_problems(refs):
        kind = Kind.NOTICE_NUMBER_DUPLICATE if problem.kind == "duplicate" else Kind.NOTICE_NUMBER_GAP
        out.append(Finding(None, kind, f"{problem.body_code} {problem.year}", problem.describe()))
    return out


def late_papers(s: Session) -> list[Finding]:
    q = (sa.select(Paper.title, Paper.dispatched_on, Meeting.date, Forum.name, Forum.notice_clear_days)
         .join(Meeting, Meeting.id == Paper.meeting_id).join(Forum, Forum.id == Meeting.forum_id)
         .where(Paper.dispatched_on.is_not(None)))
    out = []
    latest_cache: dict[tuple[dt.date, int], dt.date] = {}
    for title, sent, meeting_date, forum, clear_days in s.execute(q):
        key = (meeting_date, clear_days)
        latest = latest_cache.get(key)
        if latest is None:
            latest = latest_cache[key] = calendar.latest_dispatch_date(meeting_date, clear_days)
        if sent > latest:
            out.append(Finding(sent, Kind.PAPER_LATE, f"{forum} {meeting_date.isoformat()}: {title}",
                               f"sent {sent.isoformat()}, after the latest dispatch date "
                               f"{latest.isoformat()} for {clear_days} clear working days' notice"))
    return out


_REVENUE_COLUMNS = ("full_year_budget", "ytd_budget", "actual", "forecast")
_CAPITAL_COLUMNS = ("brought_forward", "original", "amendments", "actual", "commitments")


def casting_findings(s: Session) -> list[Finding]:
    out = []
    for model, columns in ((BudgetLine, _REVENUE_COLUMNS), (CapitalScheme, _CAPITAL_COLUMNS)):
        out += _casting(s, model, columns)
    return out


def _casting(s: Session, model, columns: tuple[str, ...]) -> list[Finding]:  # noqa: ANN001
    with_totals = sa.select(model.table_id).where(model.is_total.is_(True)).distinct()
    table_ids = list(s.scalars(with_totals))
    if not table_ids:
        return []
    t = model.__table__
    raw = {c: sa.type_coerce(t.c[c], sa.BigInteger) for c in columns}  # whole pence, summed exactly in SQL
    sums = [sa.func.sum(raw[c]) for c in columns] + [sa.func.count()]
    rows = s.execute(sa.select(t.c.table_id, *sums).where(t.c.table_id.in_(table_ids), t.c.is_total.is_(False))
                     .group_by(t.c.table_id)).all()
    totals = s.execute(sa.select(t.c.table_id, t.c.label if "label" in t.c else t.c.name, *[raw[c] for c in columns])
                       .where(t.c.table_id.in_(table_ids), t.c.is_total.is_(True))).all()
    meta = {r.id: r for r in s.execute(sa.select(FinancialTable.id, FinancialTable.title, FinancialTable.unit)
                                       .where(FinancialTable.id.in_(table_ids)))}
    summed = {r[0]: r for r in rows}
    out = []
    for total in totals:
        table_id, label, printed = total[0], total[1], total[2:]
        agg = summed.get(table_id)
        if agg is None:
            continue
        count = agg[-1]
        info = meta[table_id]
        for column, printed_pence, sum_pence in zip(columns, printed, agg[1:-1]):
            if printed_pence is None or sum_pence is None:
                continue
            result = budget_rules.cast_check(_pounds(printed_pence), [_pounds(sum_pence)],
                                             unit=str(info.unit), rows_count=count)
            if not result.casts and not result.within_rounding:
                out.append(Finding(None, Kind.TOTAL_DOES_NOT_CAST, f"{info.title}: {label}",
                                   f"{column.replace('_', ' ')} printed {_show(result.printed, info.unit)} "
                                   f"but its rows add up to {_show(result.computed, info.unit)} "
                                   f"(difference {_show(result.difference, info.unit)})"))
    return out


def _pounds(pence: int) -> Decimal:
    return Decimal(int(pence)) / 100


def _show(pounds: Decimal, unit: Unit | str) -> str:
    return f"£{pounds:,.2f}"


def _clip(text: str, n: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"
