"""Public reads, in one place: what the public register may show.

Every public read — the web's public pages, feeds, the API, publication
— goes through this module, and nothing public has its own filter. A
record is public when it is OFFICIAL (never above), is not held until
approved (or has been approved since), and, for minutes, is approved at
a meeting that has taken place (rules 11 and 18; the pure rules are
`concord.domain.markings.is_publishable` and `minutes_public`, and every
row is passed through them after the query has narrowed it down).

The stored text of papers carries its marking too. `search_papers`
(what `concord search` runs) shows a revision's text to the public only
when it is public; a signed-in user also sees the texts their
organisations hold rights over: a revision stored for an organisation
needs a role in that organisation with `register:record:read`; one
stored by the system (no owner) needs a role anywhere, as every record
that belongs to no one does (`concord.domain.access.allowed`). Someone
at the machine who named no user reads as the public.

The public functions need no permission: the public may call them.
They return frozen dataclasses.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import aliased

from concord.domain.access import Permission, allowed
from concord.domain.errors import DomainError
from concord.domain.markings import Marking, is_publishable, minutes_public
from concord.domain.vocab import MinuteStatus
from concord.services.context import Actor, Context
from concord.store import models as m


@dataclass(frozen=True)
class PublishedNotice:
    reference: str
    policing_body: str
    subject: str
    decision: str
    decision_maker: str | None
    signed_on: dt.date | None
    published_on: dt.date | None


@dataclass(frozen=True)
class PublishedAgreement:
    slug: str
    title: str
    lead_force: str | None
    start_date: dt.date | None
    review_date: dt.date | None
    end_date: dt.date | None
    status: str


@dataclass(frozen=True)
class PublishedPaper:
    id: int
    title: str
    to: str | None
    author: str | None
    date: dt.date | None
    recommendations: tuple[str, ...]


@dataclass(frozen=True)
class PublishedMinutes:
    approved_at: dt.date
    text: str | None


@dataclass(frozen=True)
class PublishedMeeting:
    forum: str
    forum_name: str
    date: dt.date
    time: dt.time | None
    venue: str | None
    papers: tuple[PublishedPaper, ...]
    minutes: PublishedMinutes | None


@dataclass(frozen=True)
class SearchHit:
    """One record or stored paper that holds every word searched for."""

    kind: str  # decision_notice, agreement, paper, document
    key: str  # reference, slug, paper id, or document name
    title: str
    revision: int | None = None
    marking: str = Marking.OFFICIAL.value


# --- the filter, once ------------------------------------------------------------------

def public_clause(model: Any) -> sa.ColumnElement[bool]:
    """SQL narrowing a marked model to rows that may be public (checked again row by row)."""
    return sa.and_(model.marking == Marking.OFFICIAL,
                   sa.or_(model.held_until_approved.is_(False), model.approved_on.is_not(None)))


def is_public(row: Any) -> bool:
    """The rule itself, on one row that carries a marking."""
    return is_publishable(row.marking, row.approved_on is not None, bool(row.held_until_approved))


def _public(rows: Any) -> list[Any]:
    return [r for r in rows if is_public(r)]


def reads_as_public(actor: Actor) -> bool:
    """Someone who named no user, or holds no role, sees what the public sees."""
    return not actor.system and (actor.local_reader or not actor.roles)


def may_read_marked(actor: Actor, owner: str | None) -> bool:
    """May `actor` read a record above the public line that belongs to `owner` (an organisation slug)?"""
    if actor.system:
        return True
    if reads_as_public(actor):
        return False
    return allowed(actor.roles, Permission.REGISTER_READ, owner)


def visible_revisions(ctx: Context) -> sa.ColumnElement[bool]:
    """SQL: the stored paper texts the actor may read (public ones, and those they hold rights over)."""
    return visible(ctx, m.DocumentRevision)


def visible(ctx: Context, model: Any) -> sa.ColumnElement[bool]:
    """SQL: the rows of a marked model the actor may read (public ones, and those they hold rights over)."""
    actor = ctx.actor
    if actor.system:
        return sa.true()
    clauses: list[sa.ColumnElement[bool]] = [public_clause(model)]
    if not reads_as_public(actor):
        mine = [slug for slug in actor.roles if may_read_marked(actor, slug)]
        if mine:
            clauses.append(model.owner_id.in_(
                sa.select(m.Organisation.id).where(m.Organisation.slug.in_(mine))))
        if may_read_marked(actor, None):
            clauses.append(model.owner_id.is_(None))
    return sa.or_(*clauses)


def may_read_row(ctx: Context, row: Any) -> bool:
    """May the actor read this row (one that carries a marking and an owner)?"""
    if is_public(row):
        return True
    owner = None
    if row.owner_id is not None:
        owner = ctx.session.scalar(sa.select(m.Organisation.slug).where(m.Organisation.id == row.owner_id))
    return may_read_marked(ctx.actor, owner)


# --- public records --------------------------------------------------------------------

def decision_notices(ctx: Context, policing_body: str | None = None) -> list[PublishedNotice]:
    """Published decision notices, newest first (optionally of one policing body, by slug)."""
    q = (sa.select(m.DecisionNotice, m.PolicingBody.slug)
         .join(m.PolicingBody, m.PolicingBody.id == m.DecisionNotice.policing_body_id)
         .where(public_clause(m.DecisionNotice), m.DecisionNotice.reference.is_not(None))  # never a draft
         .order_by(m.DecisionNotice.year.desc(), m.DecisionNotice.number.desc()))
    if policing_body:
        q = q.where(m.PolicingBody.slug == policing_body)
    return [PublishedNotice(n.reference or "", body, n.subject, n.decision_text, n.decision_maker, n.signed_on,
                            n.published_on)
            for n, body in ctx.session.execute(q) if is_public(n)]


def agreements(ctx: Context) -> list[PublishedAgreement]:
    q = sa.select(m.Agreement).where(public_clause(m.Agreement)).order_by(m.Agreement.title)
    return [PublishedAgreement(a.slug, a.title, a.lead_force_id, a.start_date, a.review_date, a.end_date,
                               a.status.value)
            for a in _public(ctx.session.scalars(q))]


def meetings(ctx: Context, forum: str | None = None, as_of: dt.date | None = None) -> list[PublishedMeeting]:
    """Public meetings with their public papers and, once approved at a later meeting, their minutes."""
    as_of = as_of or dt.date.today()
    s = ctx.session
    q = (sa.select(m.Meeting, m.Forum).join(m.Forum, m.Forum.id == m.Meeting.forum_id)
         .where(public_clause(m.Meeting)).order_by(m.Meeting.date, m.Meeting.id))
    if forum:
        q = q.where(m.Forum.slug == forum)
    found = [(meeting, f) for meeting, f in s.execute(q) if is_public(meeting)]
    ids = [meeting.id for meeting, _ in found]
    papers: dict[int, list[PublishedPaper]] = {}
    minutes: dict[int, PublishedMinutes] = {}
    if ids:
        for p in _public(s.scalars(sa.select(m.Paper).where(m.Paper.meeting_id.in_(ids), public_clause(m.Paper))
                                   .order_by(m.Paper.id))):
            papers.setdefault(p.meeting_id, []).append(
                PublishedPaper(p.id, p.title, p.to, p.author, p.date, tuple(p.recommendations or ())))
        approving = aliased(m.Meeting)
        rows = s.execute(sa.select(m.Minute, approving.date)
                         .join(approving, approving.id == m.Minute.approved_at_meeting_id)
                         .where(m.Minute.meeting_id.in_(ids), m.Minute.status == MinuteStatus.APPROVED,
                                public_clause(m.Minute)))
        for minute, approved_at in rows:
            if is_public(minute) and minutes_public(minute.status, approved_at, minute.marking, as_of):
                minutes[minute.meeting_id] = PublishedMinutes(approved_at, minute.text)
    return [PublishedMeeting(f.slug, f.name, meeting.date, meeting.time, meeting.venue,
                             tuple(papers.get(meeting.id, ())), minutes.get(meeting.id))
            for meeting, f in found]


def search(ctx: Context, words: str, limit: int = 50) -> list[SearchHit]:
    """Public records holding every word: notices, agreements, papers and the stored text of public papers."""
    terms = _terms(words)
    s = ctx.session
    hits: list[SearchHit] = []
    notices = sa.select(m.DecisionNotice).where(
        public_clause(m.DecisionNotice), *[_like(t, m.DecisionNotice.subject, m.DecisionNotice.decision_text,
                                                 m.DecisionNotice.reference) for t in terms])
    hits += [SearchHit("decision_notice", n.reference, n.subject) for n in _public(s.scalars(notices.limit(limit)))]
    agreements = sa.select(m.Agreement).where(public_clause(m.Agreement),
                                              *[_like(t, m.Agreement.title) for t in terms])
    hits += [SearchHit("agreement", a.slug, a.title) for a in _public(s.scalars(agreements.limit(limit)))]
    papers = sa.select(m.Paper).where(public_clause(m.Paper), *[_like(t, m.Paper.title) for t in terms])
    hits += [SearchHit("paper", str(p.id), p.title) for p in _public(s.scalars(papers.limit(limit)))]
    public_only = Context(ctx.store, Actor(name="the public", local_reader=True), s, read_only=True)
    hits += search_papers(public_only, words, limit)
    return hits[:limit]


def search_papers(ctx: Context, words: str, limit: int = 20) -> list[SearchHit]:
    """Stored papers whose text or title holds every word, among those the actor may read, best first."""
    from concord.services import search

    found = search.search(ctx, words, kinds=("document",), per_page=limit)
    return [SearchHit("document", h.key, h.title, h.revision, h.marking) for h in found.hits]


def _terms(words: str) -> list[str]:
    terms = [w for w in (words or "").split() if w]
    if not terms:
        raise DomainError("words", words, "is empty: give at least one word to search for")
    if len(terms) > 20 or len(words) > 500:
        raise DomainError("words", words[:40], "is too long: at most 20 words and 500 characters")
    return terms


def _like(term: str, *columns: Any) -> sa.ColumnElement[bool]:
    escaped = term.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return sa.or_(*[sa.func.lower(c).like(f"%{escaped}%", escape="\\") for c in columns])
