"""Public reads, in one place: what the public register may show.

Every public read — the web's public pages, feeds, the API, publication
— goes through this module (and `concord.services.published_meetings`),
and nothing public has its own filter. Whether a record is public, and who
may read one above the public line, is decided in one place,
`concord.services.visibility` (`public_clause`, `is_public`, `visible`):
every query here is narrowed by it, and every row is passed through it
after the query has narrowed it down; for minutes, the pure rule
`concord.domain.markings.minutes_public` too (rules 11 and 18).

`search_papers` (what `concord search` runs) shows a revision's stored
text to the public only when it is public, and to a signed-in user also
the texts their organisations hold rights over (the search is narrowed by
`visibility.visible`). Someone at the machine who named no user reads as
the public.

Beyond the marking, a record is public only with what it hangs on: a
paper, agenda item or minutes only of a public meeting, a paper only
while the stored text it came from is public too (`visibility.paper_clause`),
a decision notice not before its publication date, an agreement once it is
no longer a draft, an agreement that may not itself be public only as its
approved published summary (rule 15; the summary is a record with its own
marking), a person only as an attendee of a public meeting, a forum only
when it belongs to a policing body or alliance or has a public meeting (a
forum named only in a marked paper stays hidden). The public site, the
OParl API, the iCalendar and CSV feeds and publication checklists all read
through these functions and nothing else.

The long lists are read a page at a time (`meetings_page`, `papers_page`,
`agenda_items_page`, `persons_page`, `decision_notices_page`,
`agreements_page`): the same filter, counted and cut (LIMIT/OFFSET) in the
database, so a page reads only its own rows and their parts (`paged`).

The public functions need no permission: the public may call them.
They return frozen dataclasses (see `concord.services.published_types`).
Meetings and what hangs on them (agenda items, papers, minutes, files,
attendees) are read in `concord.services.published_meetings`, through the
same filter and this module's paging.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import selectinload

from concord.domain.errors import DomainError
from concord.domain.vocab import AgreementStatus
from concord.services.context import Actor, Context
from concord.services.published_types import (
    PublishedAgreement, PublishedAgreementDetail, PublishedAlliance, PublishedBody, PublishedClause, PublishedForum,
    PublishedMember, PublishedNotice, PublishedPage, PublishedParty, PublishedSummary, PublishedVersion, SearchHit)
from concord.services.visibility import is_public, paper_clause, public_clause, public_rows
from concord.store import models as m


# --- what hangs on what ----------------------------------------------------------------

def today_or(as_of: dt.date | None) -> dt.date:
    return as_of or dt.date.today()


def _public_meeting_ids() -> sa.Select:
    return sa.select(m.Meeting.id).where(public_clause(m.Meeting))


def _notice_clause(as_of: dt.date) -> sa.ColumnElement[bool]:
    return sa.and_(public_clause(m.DecisionNotice),
                   sa.or_(m.DecisionNotice.published_on.is_(None), m.DecisionNotice.published_on <= as_of))


def _agreement_clause() -> sa.ColumnElement[bool]:
    return sa.and_(public_clause(m.Agreement), m.Agreement.status != AgreementStatus.DRAFT)


def _forum_clause() -> sa.ColumnElement[bool]:
    return sa.or_(m.Forum.policing_body_id.is_not(None), m.Forum.alliance_id.is_not(None),
                  m.Forum.id.in_(sa.select(m.Meeting.forum_id).where(public_clause(m.Meeting))))


#: the largest id a row can have on every database (a 32-bit integer key on PostgreSQL)
MAX_ID = 2**31 - 1


def real_id(n: int) -> bool:
    """An id a row can have: a larger or negative number names nothing (never a database error)."""
    return 0 < n <= MAX_ID


#: at most this many ids are named in an `IN (...)`; beyond it the query's own clauses narrow instead
FEW = 500


def paged(s: Any, q: sa.Select, offset: int, limit: int | None, key: Any) -> tuple[int, list[Any]]:
    """How many rows `q` gives in all, and the rows of one page of it (every row when `limit` is None).
    The page is cut in the database (LIMIT/OFFSET): only its rows are read."""
    if limit is None:
        rows = list(s.execute(q))
        return len(rows), rows
    total = s.scalar(sa.select(sa.func.count()).select_from(q.with_only_columns(key).order_by(None).subquery()))
    if offset >= (total or 0) or limit == 0:
        return total or 0, []
    return total or 0, list(s.execute(q.limit(limit).offset(offset)))


# --- reference data ----------------------------------------------------------------------

def bodies(ctx: Context) -> list[PublishedBody]:
    """Every policing body (reference data: always public)."""
    rows = ctx.session.scalars(sa.select(m.PolicingBody).order_by(m.PolicingBody.name))
    return [PublishedBody(b.slug, b.name, b.kind, b.force_id, b.notice_prefix) for b in rows]


def body(ctx: Context, slug: str) -> PublishedBody | None:
    b = ctx.session.scalar(sa.select(m.PolicingBody).where(m.PolicingBody.slug == slug))
    return PublishedBody(b.slug, b.name, b.kind, b.force_id, b.notice_prefix) if b is not None else None


def alliances(ctx: Context) -> list[PublishedAlliance]:
    rows = ctx.session.scalars(sa.select(m.Alliance).order_by(m.Alliance.name)
                               .options(selectinload(m.Alliance.members)))
    return [PublishedAlliance(a.slug, a.name, a.kind.value, a.host_force_id,
                              tuple(x.force_id for x in a.members)) for a in rows]


def forums(ctx: Context, slug: str | None = None) -> list[PublishedForum]:
    s = ctx.session
    q = (sa.select(m.Forum, m.PolicingBody.slug, m.Alliance.slug).where(_forum_clause()).order_by(m.Forum.name)
         .outerjoin(m.PolicingBody, m.PolicingBody.id == m.Forum.policing_body_id)
         .outerjoin(m.Alliance, m.Alliance.id == m.Forum.alliance_id)
         .options(selectinload(m.Forum.terms), selectinload(m.Forum.memberships)))
    if slug is not None:
        q = q.where(m.Forum.slug == slug)
    found = s.execute(q).all()
    if not found:
        return []
    rows = [f for f, _, _ in found]
    bodies = {f.id: b for f, b, _ in found}
    allied = {f.id: a for f, _, a in found}
    office_ids = {x.office_id for f in rows for x in f.memberships if x.office_id}
    offices = {o.id: o.title for o in s.scalars(sa.select(m.Office).where(m.Office.id.in_(office_ids)))} \
        if office_ids else {}
    out = []
    for f in rows:
        terms = f.terms[-1] if f.terms else None
        members = tuple(PublishedMember(x.role, offices.get(x.office_id) if x.office_id else None, x.voting,
                                        x.from_date, x.to_date) for x in f.memberships)
        out.append(PublishedForum(f.slug, f.name, f.kind.value, f.public, f.in_principle_only,
                                  bodies.get(f.id), allied.get(f.id),
                                  terms.purpose if terms else None, terms.frequency if terms else None, members))
    return out


def forum(ctx: Context, slug: str) -> PublishedForum | None:
    found = forums(ctx, slug)
    return found[0] if found else None


def body_forums(ctx: Context, slug: str) -> list[PublishedForum]:
    """The public forums of a policing body: its own, and those of the alliances its force belongs to."""
    slugs = body_forum_slugs(ctx, slug)
    return [f for f in forums(ctx) if f.slug in slugs] if slugs else []


def body_forum_slugs(ctx: Context, slug: str) -> set[str]:
    """The slugs of `body_forums` (what a body's lists are scoped by), in one query."""
    found = ctx.session.scalar(sa.select(m.PolicingBody).where(m.PolicingBody.slug == slug))
    if found is None:
        return set()
    allied = sa.select(m.AllianceMember.alliance_id).where(m.AllianceMember.force_id == found.force_id)
    return set(ctx.session.scalars(sa.select(m.Forum.slug).where(
        _forum_clause(), sa.or_(m.Forum.policing_body_id == found.id, m.Forum.alliance_id.in_(allied)))))


def agreements_of_force(ctx: Context, force_id: str) -> list[PublishedAgreement]:
    """The public agreements to which an office of a force (its chief constable or policing body) is party."""
    parties = sa.select(m.AgreementParty.agreement_id).join(m.Office, m.Office.id == m.AgreementParty.office_id) \
        .where(m.Office.force_id == force_id)
    q = sa.select(m.Agreement).where(_agreement_clause(), m.Agreement.id.in_(parties)).order_by(m.Agreement.title)
    return [_agreement(a) for a in public_rows(ctx.session.scalars(q))]


# --- decision notices --------------------------------------------------------------------

def decision_notices(ctx: Context, policing_body: str | None = None, year: int | None = None,
                     as_of: dt.date | None = None) -> list[PublishedNotice]:
    """Published decision notices, newest first (optionally of one policing body, by slug, and year)."""
    return list(decision_notices_page(ctx, policing_body, year, as_of).items)


def decision_notices_page(ctx: Context, policing_body: str | None = None, year: int | None = None,
                          as_of: dt.date | None = None, offset: int = 0, limit: int | None = None,
                          reference: str | None = None) -> PublishedPage[PublishedNotice]:
    """One page of the published decision notices (by policing body, newest first), cut in the database."""
    s = ctx.session
    day = today_or(as_of)
    q = (sa.select(m.DecisionNotice, m.PolicingBody.slug, m.PolicingBody.name, m.Decision)
         .join(m.PolicingBody, m.PolicingBody.id == m.DecisionNotice.policing_body_id)
         .outerjoin(m.Decision, m.Decision.id == m.DecisionNotice.decision_id)
         .where(_notice_clause(day), m.DecisionNotice.reference.is_not(None))  # never a draft
         .order_by(m.PolicingBody.slug, m.DecisionNotice.year.desc(), m.DecisionNotice.number.desc(),
                   m.DecisionNotice.id))
    if policing_body:
        q = q.where(m.PolicingBody.slug == policing_body)
    if year is not None:
        q = q.where(m.DecisionNotice.year == year)
    if reference is not None:
        q = q.where(m.DecisionNotice.reference == reference)
    total, found = paged(s, q, offset, limit, m.DecisionNotice.id)
    rows = [(n, slug, name, d) for n, slug, name, d in found if is_public(n)]
    decisions = [d for *_, d in rows if d is not None]
    meeting_ids = {d.meeting_id for d in decisions if d.meeting_id}
    agreement_ids = {d.agreement_id for d in decisions if d.agreement_id}
    meetings = set(s.scalars(_public_meeting_ids().where(among(m.Meeting.id, meeting_ids)))) \
        if meeting_ids else set()
    agreement_slugs = {a.id: a.slug for a in public_rows(s.scalars(
        sa.select(m.Agreement).where(_agreement_clause(), among(m.Agreement.id, agreement_ids))))} \
        if agreement_ids else {}
    papers: dict[int, list[int]] = {}
    if meetings:
        for p in public_rows(s.scalars(sa.select(m.Paper).where(paper_clause(), m.Paper.needs_decision.is_(True),
                                                              among(m.Paper.meeting_id, meetings))
                                   .order_by(m.Paper.id))):
            if p.meeting_id is not None:
                papers.setdefault(p.meeting_id, []).append(p.id)
    out = []
    for n, slug, name, decision in rows:
        meeting_id = decision.meeting_id if decision is not None and decision.meeting_id in meetings else None
        agreement = agreement_slugs.get(decision.agreement_id or 0) if decision is not None and is_public(decision) \
            else None
        out.append(PublishedNotice(n.reference or "", slug, n.subject, n.decision_text, n.decision_maker, n.signed_on,
                                   n.published_on, n.year or 0, n.number or 0, name, n.contact_officer, meeting_id,
                                   tuple(papers.get(meeting_id or 0, ())), agreement))
    return PublishedPage(total, tuple(out))


def among(column: Any, ids: Collection[int]) -> sa.ColumnElement[bool]:
    """`column IN ids` for a page's few ids; for many, nothing (the query's own clauses narrow it)."""
    return column.in_(sorted(ids)) if len(ids) <= FEW else sa.true()


def decision_notice(ctx: Context, reference: str, as_of: dt.date | None = None) -> PublishedNotice | None:
    found = decision_notices_page(ctx, as_of=as_of, reference=reference).items
    return found[0] if found else None


# --- agreements ----------------------------------------------------------------------------

def agreements(ctx: Context) -> list[PublishedAgreement]:
    """The public agreements, and those that may not be public as their published summaries, by title."""
    return list(agreements_page(ctx).items)


def agreements_page(ctx: Context, offset: int = 0, limit: int | None = None) -> PublishedPage[PublishedAgreement]:
    """One page of the public agreements and published summaries, by title, cut in the database."""
    s = ctx.session
    full = sa.select(m.Agreement.id.label("id"), m.Agreement.title.label("title"), m.Agreement.slug.label("slug"),
                     sa.literal(0).label("summarised")).where(_agreement_clause())
    summarised = (sa.select(m.Agreement.id, m.AgreementSummary.title, m.Agreement.slug, sa.literal(1))
                  .join(m.AgreementSummary, m.AgreementSummary.agreement_id == m.Agreement.id)
                  .where(*_summary_clauses()))
    both = sa.union_all(full, summarised).subquery()
    q = sa.select(both.c.id, both.c.summarised).order_by(both.c.title, both.c.slug)
    total, rows = paged(s, q, offset, limit, both.c.id)
    wanted = {i for i, summary in rows if not summary}
    shown = {a.id: _agreement(a) for a in public_rows(s.scalars(
        sa.select(m.Agreement).where(_agreement_clause(), among(m.Agreement.id, wanted))))} if wanted else {}
    wanted = {i for i, summary in rows if summary}
    shown_summary = {a.id: _summarised(a, sm) for a, sm in _summaries(ctx, ids=wanted)} if wanted else {}
    return PublishedPage(total, tuple((shown_summary if summary else shown)[i] for i, summary in rows
                                      if i in (shown_summary if summary else shown)))


def _summary_clauses() -> tuple[sa.ColumnElement[bool], ...]:
    """An agreement that may not be public, not a draft, with a public summary."""
    return (public_clause(m.AgreementSummary), m.Agreement.status != AgreementStatus.DRAFT,
            sa.not_(public_clause(m.Agreement)))


def _summaries(ctx: Context, slug: str | None = None, ids: Collection[int] | None = None) -> list[tuple[Any, Any]]:
    """(agreement, summary) for each agreement that may not be public but has a public summary."""
    q = (sa.select(m.Agreement, m.AgreementSummary)
         .join(m.AgreementSummary, m.AgreementSummary.agreement_id == m.Agreement.id)
         .where(*_summary_clauses()))
    if slug is not None:
        q = q.where(m.Agreement.slug == slug)
    if ids is not None:
        q = q.where(among(m.Agreement.id, ids))
    return [(a, sm) for a, sm in ctx.session.execute(q) if is_public(sm) and not is_public(a)]


def _summarised(a: Any, sm: Any) -> PublishedAgreement:
    """Only what the summary says: never the marked agreement's own title, dates or parties."""
    return PublishedAgreement(a.slug, sm.title, None, None, None, None, a.status.value, sm.objective, summarised=True)


def _summary(sm: Any) -> PublishedSummary:
    return PublishedSummary(sm.title, sm.objective, sm.scope, sm.term, sm.termination, sm.direction_and_control,
                            sm.governance, sm.approved_on)


def _agreement(a: Any) -> PublishedAgreement:
    return PublishedAgreement(a.slug, a.title, a.lead_force_id, a.start_date, a.review_date, a.end_date,
                              a.status.value, a.objective)


def agreement(ctx: Context, slug: str, as_of: dt.date | None = None) -> PublishedAgreementDetail | None:
    """One public agreement: the summary of rule 15, its parties, versions and clauses."""
    s = ctx.session
    a = s.scalar(sa.select(m.Agreement).where(_agreement_clause(), m.Agreement.slug == slug)
                 .options(selectinload(m.Agreement.parties).selectinload(m.AgreementParty.office)))
    if a is None or not is_public(a):
        found = _summaries(ctx, slug)
        if not found:
            return None
        a, sm = found[0]
        return PublishedAgreementDetail(_summarised(a, sm), (), None, None, None, None, False, None, (), (), (), (),
                                        summary=_summary(sm))
    scope = tuple(s.scalars(sa.select(m.Function.name).join(m.AgreementFunction,
                                                           m.AgreementFunction.function_id == m.Function.id)
                            .where(m.AgreementFunction.agreement_id == a.id).order_by(m.Function.name)))
    governance = tuple((f.slug, f.name) for f in s.scalars(
        sa.select(m.Forum).where(m.Forum.agreement_id == a.id).order_by(m.Forum.name)))
    # the notices the versions name, of the public ones (reading every public notice took 0.9 s)
    named = sorted({v.decision_notice_id for v in a.versions if v.decision_notice_id})
    notices = {n.id: n.reference for n in s.scalars(
        sa.select(m.DecisionNotice).where(_notice_clause(today_or(as_of)), m.DecisionNotice.id.in_(named)))
        if is_public(n)} if named else {}
    parties = tuple(PublishedParty(p.office.title, p.office.force_id, p.joined_on, p.left_on, p.signed_on)
                    for p in a.parties)
    versions = tuple(PublishedVersion(v.number, v.kind.value, v.effective_from, v.summary,
                                      notices.get(v.decision_notice_id or 0)) for v in a.versions)
    clauses = tuple(PublishedClause(c.clause, c.provision_type.value, c.summary) for c in s.scalars(
        sa.select(m.AgreementProvision).where(m.AgreementProvision.agreement_id == a.id)
        .order_by(m.AgreementProvision.id)))
    return PublishedAgreementDetail(_agreement(a), scope, a.renewal_terms, a.original_term_months,
                                    a.notice_period_months, a.notice_to, a.committed_for_duration, a.host_force_id,
                                    governance, parties, versions, clauses)


def search(ctx: Context, words: str, limit: int = 50) -> list[SearchHit]:
    """Public records holding every word: notices, agreements, papers and the stored text of public papers."""
    terms = _terms(words)
    s = ctx.session
    hits: list[SearchHit] = []
    notices = sa.select(m.DecisionNotice).where(
        _notice_clause(dt.date.today()), *[_like(t, m.DecisionNotice.subject, m.DecisionNotice.decision_text,
                                                 m.DecisionNotice.reference) for t in terms])
    hits += [SearchHit("decision_notice", n.reference, n.subject) for n in public_rows(s.scalars(notices.limit(limit)))]
    agreements = sa.select(m.Agreement).where(_agreement_clause(),
                                              *[_like(t, m.Agreement.title) for t in terms])
    hits += [SearchHit("agreement", a.slug, a.title) for a in public_rows(s.scalars(agreements.limit(limit)))]
    papers = sa.select(m.Paper).where(paper_clause(), *[_like(t, m.Paper.title) for t in terms])
    hits += [SearchHit("paper", str(p.id), p.title) for p in public_rows(s.scalars(papers.limit(limit)))]
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
