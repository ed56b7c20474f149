"""The officer's dashboard: today's findings of `concord check`, each with
the record it is about, so that a page can link to it.

A finding names its record in words (an agreement's title, a forum and a
meeting date, a body's notice prefix and a year); this module looks the
record up and returns a `RecordRef` (kind and key) where it can, never
a URL: which records have pages is the web application's business.
"""

from __future__ import annotations

import datetime as dt
import re
import threading
import time
from collections import defaultdict
from dataclasses import dataclass

import sqlalchemy as sa

from concord.domain.access import Permission
from concord.domain.findings import LABELS, Finding, Kind
from concord.services.check import DEFAULT_WITHIN_DAYS, run_check
from concord.services.context import Context


@dataclass(frozen=True)
class RecordRef:
    """A record a finding is about: `kind` is agreement, meeting, policing_body, financial_table
    (key: its id) or capital_programme (key: body/year)."""

    kind: str
    key: str


@dataclass(frozen=True)
class DashboardItem:
    date: dt.date | None
    kind: str
    label: str
    subject: str
    detail: str
    overdue: bool
    record: RecordRef | None


@dataclass(frozen=True)
class Dashboard:
    as_of: dt.date
    within_days: int
    items: tuple[DashboardItem, ...]

    @property
    def overdue(self) -> int:
        return sum(1 for i in self.items if i.overdue)


_AGREEMENT_KINDS = {Kind.AGREEMENT_REVIEW, Kind.AGREEMENT_EXPIRY, Kind.EARLIEST_EXIT}
_MEETING_KINDS = {Kind.ACTION_OVERDUE, Kind.PAPER_LATE, Kind.MINUTES_NOT_APPROVED}
_FORUM_DATE = re.compile(r"^(?P<forum>.+?) (?P<date>\d{4}-\d{2}-\d{2})(?:$|[ :])")
_BODY_YEAR = re.compile(r"^(?P<code>\S+) (?P<year>\d{4})$")


#: a dashboard already worked out, by (register, as of, within, last audit record): every write through
#: Concord adds an audit record, so a change to the register is a new key and is seen at once. The TTL
#: bounds the one case the key misses: on PostgreSQL, two writers committing out of id order.
_CACHE: dict[tuple, tuple[float, Dashboard]] = {}
CACHE_SECONDS = 30.0
_CACHE_SIZE = 64
_WORKING = threading.Lock()


def dashboard(ctx: Context, as_of: dt.date, within_days: int = DEFAULT_WITHIN_DAYS) -> Dashboard:
    """What `concord check` finds as of a date, each finding with its record where one is known.

    The findings are the same for every reader (no marked text is in them), and `concord check`
    reads the whole register (seconds on a national one): they are worked out once per change
    of the register and kept, per process, for at most CACHE_SECONDS."""
    from concord.store import models as m

    ctx.require(Permission.REGISTER_READ)
    last = ctx.session.scalar(sa.select(sa.func.max(m.AuditRecord.id)))
    key = (str(ctx.store.engine.url), as_of, within_days, last)
    now = time.monotonic()
    kept = _CACHE.get(key)
    if kept is not None and kept[0] > now:
        return kept[1]
    with _WORKING:  # one request works it out; the others arriving meanwhile wait for its answer
        kept = _CACHE.get(key)
        if kept is not None and kept[0] > time.monotonic():
            return kept[1]
        return _work_out(ctx, key, as_of, within_days)


def _work_out(ctx: Context, key: tuple, as_of: dt.date, within_days: int) -> Dashboard:
    findings = run_check(ctx, as_of, within_days)
    refs = _records(ctx, findings)
    items = tuple(DashboardItem(f.date, str(f.kind), LABELS.get(f.kind, str(f.kind)), f.subject, f.detail,
                                f.overdue, refs.get((f.kind, f.subject)) or _own_record(f)) for f in findings)
    board = Dashboard(as_of, within_days, items)
    if len(_CACHE) >= _CACHE_SIZE:
        _CACHE.clear()
    _CACHE[key] = (time.monotonic() + CACHE_SECONDS, board)
    return board




#: finding kinds whose record the finding names itself (entity and key) → the record's kind
_OWN_RECORDS = {(Kind.TOTAL_DOES_NOT_CAST, "financial_table"): "financial_table",
                (Kind.CAPITAL_NOT_FINANCED, "capital"): "capital_programme"}


def _own_record(f: Finding) -> RecordRef | None:
    """A finance finding's own record: a table that does not cast (by id), a capital programme (body/year)."""
    kind = _OWN_RECORDS.get((f.kind, f.entity or ""))
    return RecordRef(kind, f.key) if kind and f.key else None


def _records(ctx: Context, findings: list[Finding]) -> dict[tuple[Kind, str], RecordRef]:
    from concord.store import models as m

    s = ctx.session
    out: dict[tuple[Kind, str], RecordRef] = {}
    titles = {f.subject for f in findings if f.kind in _AGREEMENT_KINDS}
    if titles:
        by_title: dict[str, list[str]] = defaultdict(list)
        for slug, title in s.execute(sa.select(m.Agreement.slug, m.Agreement.title)
                                     .where(m.Agreement.title.in_(titles))):
            by_title[title].append(slug)
        for f in findings:
            if f.kind in _AGREEMENT_KINDS and len(by_title.get(f.subject, [])) == 1:
                out[(f.kind, f.subject)] = RecordRef("agreement", by_title[f.subject][0])
    wanted: dict[tuple[str, dt.date], list[Finding]] = defaultdict(list)
    for f in findings:
        hit = _FORUM_DATE.match(f.subject) if f.kind in _MEETING_KINDS else None
        if hit:
            wanted[(hit["forum"], dt.date.fromisoformat(hit["date"]))].append(f)
    if wanted:
        q = (sa.select(m.Forum.name, m.Meeting.date, m.Meeting.id).join(m.Forum, m.Forum.id == m.Meeting.forum_id)
             .where(m.Meeting.date.in_({day for _, day in wanted})))
        meetings: dict[tuple[str, dt.date], list[int]] = defaultdict(list)
        for name, day, meeting_id in s.execute(q):
            meetings[(name, day)].append(meeting_id)
        for key, found in wanted.items():
            if len(meetings.get(key, [])) == 1:
                for f in found:
                    out[(f.kind, f.subject)] = RecordRef("meeting", str(meetings[key][0]))
    codes = {hit["code"]: f for f in findings
             if f.kind in (Kind.NOTICE_NUMBER_GAP, Kind.NOTICE_NUMBER_DUPLICATE)
             and (hit := _BODY_YEAR.match(f.subject))}
    if codes:
        for slug, prefix in s.execute(sa.select(m.PolicingBody.slug, m.PolicingBody.notice_prefix)):
            code = prefix or slug.upper()
            for f in findings:
                if code in codes and f.subject.startswith(code + " ") and \
                        f.kind in (Kind.NOTICE_NUMBER_GAP, Kind.NOTICE_NUMBER_DUPLICATE):
                    out[(f.kind, f.subject)] = RecordRef("policing_body", slug)
    return out
