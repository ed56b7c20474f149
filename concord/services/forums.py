"""Forums: the boards and meetings bodies, their terms of reference and seats.

Every function takes the caller's `Context` first and returns plain
frozen dataclasses. A forum belongs to the organisation of its policing
body (`<force>-opcc`) or of its alliance (`<alliance>-programme-office`);
its meetings, papers and minutes are edited and approved by that
organisation's officers.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

import sqlalchemy as sa

from concord.domain.access import Permission
from concord.domain.errors import DomainError
from concord.domain.vocab import ForumKind, MeetingStatus
from concord.domain.votes import Basis
from concord.services.context import Context


def _m():  # noqa: ANN202
    from concord.store import models as m

    return m


@dataclass(frozen=True)
class ForumSummary:
    slug: str
    name: str
    kind: ForumKind
    public: bool
    in_principle_only: bool
    #: clear working days' notice for business needing an in-principle decision (rule 4); None: no such rule
    notice_clear_days: int | None
    meetings: int
    last_meeting: dt.date | None
    next_meeting: dt.date | None


@dataclass(frozen=True)
class TermsView:
    adopted_on: dt.date | None
    purpose: str
    frequency: str | None
    chair: str | None
    chair_rotation: str | None
    quorum: str | None
    voting: str | None
    secretariat: str | None


@dataclass(frozen=True)
class SeatView:
    role: str
    office: str | None
    voting: bool
    vote_weight: Decimal | None
    from_date: dt.date | None
    to_date: dt.date | None


@dataclass(frozen=True)
class ForumDetail:
    summary: ForumSummary
    #: the organisation whose officers run it, and whom it belongs to (an alliance or a policing body)
    organisation: str | None
    belongs_to: str | None
    agreement: str | None
    vote_basis: Basis
    terms: tuple[TermsView, ...]
    seats: tuple[SeatView, ...]


def _owner_slug(session, forum) -> str | None:  # noqa: ANN001
    """The slug of the organisation a forum belongs to, if it belongs to one."""
    m = _m()
    if forum.policing_body_id is not None:
        force_id = session.scalar(sa.select(m.PolicingBody.force_id).where(m.PolicingBody.id == forum.policing_body_id))
        return f"{force_id}-opcc" if force_id else None
    if forum.alliance_id is not None:
        slug = session.scalar(sa.select(m.Alliance.slug).where(m.Alliance.id == forum.alliance_id))
        return f"{slug}-programme-office" if slug else None
    return None


def _row(ctx: Context, slug: str, field: str = "--forum"):  # noqa: ANN201
    """The forum row (for services only), or a DomainError naming what was typed."""
    m = _m()
    row = ctx.session.scalar(sa.select(m.Forum).where(m.Forum.slug == (slug or "").strip()))
    if row is None:
        raise DomainError(field, slug, "is not a forum in the register (see `concord forum list`)")
    return row


def _summaries(ctx: Context, where: sa.ColumnElement[bool] | None = None) -> list[ForumSummary]:
    m = _m()
    today = dt.date.today()
    mt = m.Meeting
    held = mt.status != MeetingStatus.CANCELLED
    counts = (sa.select(mt.forum_id, sa.func.count().label("n"),
                        sa.func.max(sa.case((sa.and_(held, mt.date <= today), mt.date))).label("last"),
                        sa.func.min(sa.case((sa.and_(held, mt.date > today), mt.date))).label("next"))
              .group_by(mt.forum_id).subquery())
    q = (sa.select(m.Forum, counts.c.n, counts.c.last, counts.c.next)
         .outerjoin(counts, counts.c.forum_id == m.Forum.id).order_by(m.Forum.name))
    if where is not None:
        q = q.where(where)
    return [ForumSummary(f.slug, f.name, ForumKind(f.kind), f.public, f.in_principle_only, f.notice_clear_days,
                         n or 0, last, nxt)
            for f, n, last, nxt in ctx.session.execute(q)]


def list_forums(ctx: Context) -> list[ForumSummary]:
    """Every forum, by name, with how many meetings it has and its last and next."""
    ctx.require(Permission.REGISTER_READ)
    return _summaries(ctx)


def forum(ctx: Context, slug: str) -> ForumDetail | None:
    """A forum's terms of reference and seats, or None if there is no such forum."""
    m = _m()
    ctx.require(Permission.REGISTER_READ)
    s = ctx.session
    row = s.scalar(sa.select(m.Forum).where(m.Forum.slug == slug))
    if row is None:
        return None
    summary = _summaries(ctx, m.Forum.id == row.id)[0]
    owner = _owner_slug(s, row)
    organisation = s.scalar(sa.select(m.Organisation.name).where(m.Organisation.slug == owner)) if owner else None
    belongs = None
    if row.policing_body_id is not None:
        belongs = s.scalar(sa.select(m.PolicingBody.name).where(m.PolicingBody.id == row.policing_body_id))
    elif row.alliance_id is not None:
        belongs = s.scalar(sa.select(m.Alliance.name).where(m.Alliance.id == row.alliance_id))
    agreement = s.scalar(sa.select(m.Agreement.title).where(m.Agreement.id == row.agreement_id)) \
        if row.agreement_id else None
    offices = {oid: title for oid, title in s.execute(sa.select(m.Office.id, m.Office.title).where(
        m.Office.id.in_([x.office_id for x in row.memberships if x.office_id])))}
    terms = tuple(TermsView(t.adopted_on, t.purpose, t.frequency, t.chair, t.chair_rotation, t.quorum, t.voting,
                            t.secretariat) for t in sorted(row.terms, key=lambda t: t.adopted_on or dt.date.min,
                                                           reverse=True))
    seats = tuple(SeatView(x.role, offices.get(x.office_id), x.voting,
                           Decimal(str(x.vote_weight)) if x.vote_weight is not None else None, x.from_date, x.to_date)
                  for x in row.memberships)
    return ForumDetail(summary, organisation, belongs, agreement, Basis(row.vote_basis), terms, seats)
