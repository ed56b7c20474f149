"""`concord check`: everything in the register a person should act on.

Reads with a handful of set-based queries (no row-by-row ORM loading)
so that it stays fast on a national register, then applies the pure
rules of `concord.domain` to plain values.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import sqlalchemy as sa

from concord.domain import agreements as agreement_rules
from concord.domain import calendar
from concord.domain import decisions as decision_rules
from concord.domain.findings import Finding, Kind
from concord.domain.money import fmt_gbp
from concord.domain.vocab import ActionStatus, MeetingStatus, MinuteStatus
from concord.store import light as t
from concord.domain.access import Permission
from concord.services.context import Context

# Light table handles, not ORM entities: a check needs no mapped objects,
# and not loading the ORM and every model halves a short run.
Action_, Agreement_, DecisionNotice_, FinancialTable_ = (
    t.action, t.agreement, t.decision_notice, t.financial_table)
Forum_, Meeting_, Office_, Paper_, PolicingBody_, WithdrawalNotice_ = (
    t.forum, t.meeting, t.office, t.paper, t.policing_body, t.withdrawal_notice)

DEFAULT_WITHIN_DAYS = 90
#: a review carried out up to a year before its review date meets it
_REVIEW_WINDOW = dt.timedelta(days=365)


def run_check(ctx: Context, as_of: dt.date, within_days: int = DEFAULT_WITHIN_DAYS) -> list[Finding]:
    """All findings as of a date, sorted by date then kind.

    Read with Core on a connection of its own (no ORM objects to load), in a
    transaction that ends with a commit so that the temporary table of
    dispatch deadlines is dropped for good, even on a pooled connection.
    """
    ctx.require(Permission.REGISTER_READ)
    horizon = as_of + dt.timedelta(days=within_days)
    with ctx.store.engine.begin() as s:
        found: list[Finding] = []
        found += _agreement_findings(s, as_of, horizon)
        found += _withdrawal_findings(s, as_of, horizon)
        found += _overdue_actions(s, as_of)
        found += _numbering_findings(s)
        found += _late_papers(s)
        found += _casting_findings(s)
        found += _unapproved_minutes(s, as_of)
        has_capital = s.execute(sa.select(t.capital_programme.c.id).limit(1)).first() is not None
        has_precept = s.execute(sa.select(t.precept.c.id).limit(1)).first() is not None
    if has_capital:  # the ORM only when there is a programme to weigh (rule 9: payments and financing balance)
        from concord.services.capital import financing_findings

        found += financing_findings(ctx)
    if has_precept:  # a rise above the year's limit; a plan that assumed another Band D
        from concord.services.precept import precept_findings

        found += precept_findings(ctx)
    return sorted(found, key=lambda f: (f.date or dt.date.min, f.kind, f.subject))


def _agreement_findings(s: sa.Connection, as_of: dt.date, horizon: dt.date) -> list[Finding]:
    """Reviews and ends coming up or passed, and the earliest exit (rules 1-3), from the
    same query `concord status` lists agreements by (`agreement_register._agreements_on`)."""
    from concord.services.agreement_register import _agreements_on, _not_yet_renewed

    rows = [r for r in _agreements_on(s, as_of, horizon) if r.state != agreement_rules.State.NOT_STARTED.value]
    if not rows:
        return []
    ending = {r.id: r.end_date for r in rows if r.end_date and r.end_date <= horizon}
    unrenewed = _not_yet_renewed(s, ending, as_of)
    out: list[Finding] = []
    for r in rows:
        reviewed = (r.last_reviewed_on is not None and r.review_date is not None
                    and r.last_reviewed_on >= r.review_date - _REVIEW_WINDOW)
        if r.review_date and r.review_date <= horizon and not reviewed and (r.end_date is None or r.review_date <= r.end_date):
            late = r.review_date < as_of
            out.append(Finding(r.review_date, Kind.AGREEMENT_REVIEW, r.title,
                               "review date has passed without a recorded review" if late
                               else f"review due in {(r.review_date - as_of).days} days",
                               overdue=late, entity="agreement", key=r.slug))
        end = ending.get(r.id)
        if end is not None:
            names = unrenewed.get(r.id, [])
            late = r.state == agreement_rules.State.ENDED.value
            if names and late:
                detail = "ended: not renewed in writing by " + "; ".join(names)
            elif names:
                detail = (f"ends in {(end - as_of).days} days unless renewed in writing; "
                          "not yet renewed by: " + "; ".join(names))
            else:
                detail = ("ended" if late else f"ends in {(end - as_of).days} days") + \
                         "; every party has renewed in writing"
            out.append(Finding(end, Kind.AGREEMENT_EXPIRY, r.title, detail, overdue=late and bool(names),
                               entity="agreement", key=r.slug))
            if not late and (r.notice_period_months or r.committed_for_duration):
                exit_on = agreement_rules.withdrawal_exit_date(as_of, r.notice_period_months,
                                                               r.committed_for_duration, end)
                to = f" to {r.notice_to}" if r.notice_to else ""
                why = ("the parties are committed for the duration" if r.committed_for_duration
                       else f"{r.notice_period_months} months")
                out.append(Finding(exit_on, Kind.EARLIEST_EXIT, r.title,
                                   f"written notice given{to} on {as_of.isoformat()} takes effect on "
                                   f"{exit_on.isoformat()} ({why})", entity="agreement", key=r.slug))
    return out


def _withdrawal_findings(s: sa.Connection, as_of: dt.date, horizon: dt.date) -> list[Finding]:
    w = WithdrawalNotice_.c
    q = (sa.select(w.exit_on, w.given_on, Agreement_.c.title, Agreement_.c.slug, Office_.c.title.label("office"))
         .join(Agreement_, Agreement_.c.id == w.agreement_id).join(Office_, Office_.c.id == w.office_id)
         .where(w.exit_on >= as_of, w.exit_on <= horizon))
    return [Finding(r.exit_on, Kind.EARLIEST_EXIT, r.title,
                    f"{r.office} withdraws on {r.exit_on.isoformat()} (notice given {r.given_on.isoformat()})",
                    entity="agreement", key=r.slug)
            for r in s.execute(q)]


def _overdue_actions(s: sa.Connection, as_of: dt.date) -> list[Finding]:
    q = (sa.select(Action_.c.number, Action_.c.text, Action_.c.owner, Action_.c.due, Meeting_.c.date, Forum_.c.name)
         .join(Meeting_, Meeting_.c.id == Action_.c.meeting_id).join(Forum_, Forum_.c.id == Meeting_.c.forum_id)
         .where(Action_.c.status == ActionStatus.OPEN.value, Action_.c.due < as_of))
    out = []
    for number, text, owner, due, meeting_date, forum in s.execute(q):
        label = f"action {number}" if number else "action"
        subject = f"{forum} {meeting_date.isoformat()} {label}"
        who = f" (owner: {owner})" if owner else ""
        out.append(Finding(due, Kind.ACTION_OVERDUE, subject,
                           f"{_clip(text)}{who}; due {due.isoformat()}, {(as_of - due).days} days overdue",
                           overdue=True))
    return out


def _numbering_findings(s: sa.Connection) -> list[Finding]:
    """Gaps and duplicates per body per year (rule 10).

    Counted in SQL first; numbers are fetched only for the body-years whose
    count does not match their range, so a clean register costs one query.
    """
    dn = DecisionNotice_.c
    groups = s.execute(sa.select(dn.policing_body_id, dn.year).where(dn.number.is_not(None))  # not drafts
                       .group_by(dn.policing_body_id, dn.year)
                       .having(sa.func.count() != sa.func.max(dn.number) - sa.func.min(dn.number) + 1)).all()
    if not groups:
        return []
    q = (sa.select(PolicingBody_.c.notice_prefix, PolicingBody_.c.slug, dn.year, dn.number)
         .join(PolicingBody_, PolicingBody_.c.id == dn.policing_body_id)
         .where(dn.number.is_not(None), sa.tuple_(dn.policing_body_id, dn.year).in_([tuple(g) for g in groups])))
    refs = [decision_rules.NoticeRef((prefix or slug.upper()), year, number) for prefix, slug, year, number in s.execute(q)]
    out = []
    for problem in decision_rules.numbering_problems(refs):
        kind = Kind.NOTICE_NUMBER_DUPLICATE if problem.kind == "duplicate" else Kind.NOTICE_NUMBER_GAP
        out.append(Finding(None, kind, f"{problem.body_code} {problem.year}", problem.describe()))
    return out


def _late_papers(s: sa.Connection) -> list[Finding]:
    """Papers needing an in-principle decision sent after the latest dispatch
    date for their meeting, at forums whose terms set a notice rule (rule 4).

    A paper that needs no decision, or one for a forum whose terms set no
    notice period, is never late. The latest dispatch date is worked out
    once per distinct meeting date and notice period (a few thousand at
    national scale), put in a temporary table, and compared with every
    paper in one join.
    """
    item = t.agenda_item
    joined = (Paper_.join(Meeting_, Meeting_.c.id == Paper_.c.meeting_id)
              .join(Forum_, Forum_.c.id == Meeting_.c.forum_id)
              .outerjoin(item, item.c.id == Paper_.c.agenda_item_id))
    # business needing a decision: the paper says so, or the agenda item it is for does
    needs_decision = sa.or_(Paper_.c.needs_decision.is_(True), item.c.needs_decision.is_(True))
    subject_to_rule = sa.and_(Paper_.c.dispatched_on.is_not(None), needs_decision,
                              Forum_.c.notice_clear_days.is_not(None))
    pairs = s.execute(sa.select(Meeting_.c.date, Forum_.c.notice_clear_days).distinct()
                      .select_from(joined).where(subject_to_rule)).all()
    if not pairs:
        return []
    deadline = sa.Table("concord_deadline", sa.MetaData(), sa.Column("meeting_date", sa.Date),
                        sa.Column("clear_days", sa.Integer), sa.Column("latest", sa.Date), prefixes=["TEMPORARY"])
    deadline.create(s)
    try:
        s.execute(deadline.insert(), [{"meeting_date": day, "clear_days": n,
                                       "latest": calendar.latest_dispatch_date(day, n)} for day, n in pairs])
        q = (sa.select(Paper_.c.title, Paper_.c.dispatched_on, Meeting_.c.date, Forum_.c.name,
                       Forum_.c.notice_clear_days, deadline.c.latest)
             .select_from(joined.join(deadline, sa.and_(deadline.c.meeting_date == Meeting_.c.date,
                                                        deadline.c.clear_days == Forum_.c.notice_clear_days)))
             .where(subject_to_rule, Paper_.c.dispatched_on > deadline.c.latest))
        rows = s.execute(q).all()
    finally:
        deadline.drop(s)
    return [Finding(sent, Kind.PAPER_LATE, f"{forum} {meeting_date.isoformat()}: {title}",
                    f"needs an in-principle decision but was sent {sent.isoformat()}, after the latest dispatch "
                    f"date {latest.isoformat()} for {clear_days} clear working days' notice")
            for title, sent, meeting_date, forum, clear_days, latest in rows]


def _unapproved_minutes(s: sa.Connection, as_of: dt.date) -> list[Finding]:
    """Draft minutes still not approved after the forum's next meeting (rule 11)."""
    mt, later, mi, fo = t.meeting, t.meeting.alias("later"), t.minute, t.forum
    next_date = sa.func.min(later.c.date)
    q = (sa.select(fo.c.name, mt.c.date, next_date)
         .select_from(mi.join(mt, mt.c.id == mi.c.meeting_id).join(fo, fo.c.id == mt.c.forum_id)
                      .join(later, sa.and_(later.c.forum_id == mt.c.forum_id, later.c.date > mt.c.date,
                                           later.c.date < as_of, later.c.status != MeetingStatus.CANCELLED.value)))
         .where(mi.c.status == MinuteStatus.DRAFT.value)
         .group_by(mi.c.id, fo.c.name, mt.c.date))
    return [Finding(nxt, Kind.MINUTES_NOT_APPROVED, f"{forum} {held.isoformat()}",
                    f"draft minutes were due for approval at the next meeting, {nxt.isoformat()}", overdue=True)
            for forum, held, nxt in s.execute(q)]


def _casting_findings(s: sa.Connection) -> list[Finding]:
    """Printed totals that do not cast (rule 9), as worked out when the lines were written."""
    out = []
    q = sa.select(FinancialTable_.c.id, FinancialTable_.c.title, FinancialTable_.c.cast_problems).where(
        FinancialTable_.c.casts.is_(False))
    for table_id, title, problems in s.execute(q):
        for p in problems or []:
            out.append(Finding(None, Kind.TOTAL_DOES_NOT_CAST, f"{title}: {p['total']}",
                               f"{p['column'].replace('_', ' ')} printed {_show(Decimal(p['printed']))} "
                               f"but its rows add up to {_show(Decimal(p['computed']))} "
                               f"(difference {_show(Decimal(p['difference']))})",
                               entity="financial_table", key=str(table_id)))
    return out


def _show(pounds: Decimal) -> str:
    return fmt_gbp(pounds)


def _clip(text: str, n: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"
