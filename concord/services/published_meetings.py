"""Public meetings and what hangs on them: agenda items, papers, minutes, stored files and the people
who attended — read through the one public filter (`concord.services.visibility`), a page at a time
(`concord.services.published`'s paging).

A paper, agenda item or minutes is public only as part of a public meeting; minutes only once approved at
a later meeting that has taken place (rule 11); a person only as an attendee of a public meeting; a stored
file only when a public paper came from it. Every row is passed through `visibility.is_public` after the
query has narrowed it down. The functions need no permission and return frozen dataclasses.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import aliased

from concord.domain.markings import minutes_public
from concord.domain.vocab import MeetingStatus, MinuteStatus
from concord.services.context import Context
from concord.services.published import among, paged, real_id, today_or
from concord.services.published_types import (
    PublishedAgendaItem, PublishedFile, PublishedMeeting, PublishedMeetingTime, PublishedMinutes, PublishedPage,
    PublishedPaper, PublishedPerson)
from concord.services.visibility import is_public, paper_clause, public_clause, public_row, public_rows
from concord.store import models as m


#: what the public lists read of a row, as plain columns (no ORM object made for each row: building
#: them was most of the time of a meetings list) — with the marking, which `is_public` checks per row
def _marks(model: Any) -> tuple[Any, ...]:
    return model.marking, model.held_until_approved, model.approved_on


def _paper_columns() -> tuple[Any, ...]:
    p = m.Paper
    return (p.id, p.title, p.to, p.author, p.date, p.recommendations, p.meeting_id, p.agenda_item_id, p.purpose,
            p.source_revision_id, *_marks(p))


def _file_columns() -> tuple[Any, ...]:
    r, d = m.DocumentRevision, m.SourceDocument
    return (r.id, d.name, d.title, r.media_type, r.size, r.sha256, d.date, *_marks(r))


def _in_forums(q: sa.Select, forums: Collection[str] | None) -> sa.Select:
    """`q` (which reads meetings) narrowed to the meetings of these forums, by slug (all when None)."""
    if forums is None:
        return q
    return q.join(m.Forum, m.Forum.id == m.Meeting.forum_id).where(m.Forum.slug.in_(sorted(forums)))


def _papers(ctx: Context, *where: sa.ColumnElement[bool], forums: Collection[str] | None = None,
            offset: int = 0, limit: int | None = None, with_file: bool = False) -> PublishedPage[PublishedPaper]:
    """Public papers (those of the public meetings of `forums`, by meeting, when given), a page at a time."""
    s = ctx.session
    q = sa.select(*_paper_columns()).where(paper_clause(), *where)
    if forums is not None:
        q = _in_forums(q.join(m.Meeting, m.Meeting.id == m.Paper.meeting_id), forums).order_by(m.Meeting.date,
                                                                                               m.Meeting.id)
    q = q.order_by(m.Paper.date, m.Paper.id)
    if with_file:
        q = q.where(m.Paper.source_revision_id.is_not(None))
    total, found = paged(s, q, offset, limit, m.Paper.id)
    rows = public_rows(found)
    revisions = {p.source_revision_id for p in rows if p.source_revision_id}
    files = {}
    if revisions:
        for rev in s.execute(sa.select(*_file_columns())
                             .join(m.SourceDocument, m.SourceDocument.id == m.DocumentRevision.document_id)
                             .where(m.DocumentRevision.id.in_(revisions))):
            if is_public(rev):
                files[rev.id] = PublishedFile(rev.id, rev.name, rev.title, rev.media_type, rev.size, rev.sha256,
                                              rev.date)
    return PublishedPage(total, tuple(
        PublishedPaper(p.id, p.title, p.to, p.author, p.date, tuple(p.recommendations or ()), p.meeting_id,
                       p.agenda_item_id, p.purpose, files.get(p.source_revision_id or 0)) for p in rows))


def papers(ctx: Context) -> list[PublishedPaper]:
    return list(_papers(ctx).items)


def papers_page(ctx: Context, forums: Collection[str] | None = None, offset: int = 0, limit: int | None = None,
                with_file: bool = False) -> PublishedPage[PublishedPaper]:
    """One page of the public papers of the public meetings of `forums` (by meeting), or those with a file."""
    return _papers(ctx, forums=forums, offset=offset, limit=limit, with_file=with_file)


def paper(ctx: Context, paper_id: int) -> PublishedPaper | None:
    if not real_id(paper_id):
        return None
    found = _papers(ctx, m.Paper.id == paper_id).items
    return found[0] if found else None


def file(ctx: Context, revision_id: int) -> PublishedFile | None:
    """A stored paper's file, when a public paper came from it."""
    return next((p.file for p in file_papers(ctx, revision_id) if p.file), None)


def file_papers(ctx: Context, revision_id: int) -> list[PublishedPaper]:
    """The public papers that came from a stored paper's file."""
    if not real_id(revision_id):
        return []
    return list(_papers(ctx, m.Paper.source_revision_id == revision_id).items)


def file_content(ctx: Context, revision_id: int) -> bytes | None:
    if file(ctx, revision_id) is None:
        return None
    return ctx.session.scalar(sa.select(m.DocumentRevision.content).where(m.DocumentRevision.id == revision_id))


def _meeting_select(forum: str | None, meeting_ids: Collection[int] | None,
                    forums: Collection[str] | None) -> sa.Select:
    mt = m.Meeting
    q = (sa.select(mt.id, mt.date, mt.time, mt.venue, mt.status, mt.public, *_marks(mt),
                   m.Forum.slug.label("forum_slug"), m.Forum.name.label("forum_name"))
         .join(m.Forum, m.Forum.id == m.Meeting.forum_id)
         .where(public_clause(m.Meeting)).order_by(m.Meeting.date, m.Meeting.id))
    if forum:
        q = q.where(m.Forum.slug == forum)
    if meeting_ids is not None:
        q = q.where(m.Meeting.id.in_(sorted(meeting_ids)))
    if forums is not None:
        q = q.where(m.Forum.slug.in_(sorted(forums)))
    return q


def meetings(ctx: Context, forum: str | None = None, as_of: dt.date | None = None,
             meeting_id: int | None = None, forums: Collection[str] | None = None) -> list[PublishedMeeting]:
    """Public meetings with their agenda, public papers and, once approved at a later meeting, their minutes."""
    return list(meetings_page(ctx, forum, as_of, None if meeting_id is None else {meeting_id}, forums).items)


def meetings_page(ctx: Context, forum: str | None = None, as_of: dt.date | None = None,
                  meeting_ids: Collection[int] | None = None, forums: Collection[str] | None = None,
                  offset: int = 0, limit: int | None = None) -> PublishedPage[PublishedMeeting]:
    """One page of the public meetings (by date), cut in the database; the parts of only that page's."""
    day = today_or(as_of)
    s = ctx.session
    total, rows = paged(s, _meeting_select(forum, meeting_ids, forums), offset, limit, m.Meeting.id)
    found = public_rows(rows)
    ids = [meeting.id for meeting in found]
    papers: dict[int, list[PublishedPaper]] = {}
    minutes: dict[int, PublishedMinutes] = {}
    items: dict[int, list[PublishedAgendaItem]] = {}
    people: dict[int, list[int]] = {}
    if ids:
        for p in _papers(ctx, m.Paper.meeting_id.in_(ids)).items:
            papers.setdefault(p.meeting_id or 0, []).append(p)
        for i in s.execute(sa.select(m.AgendaItem.id, m.AgendaItem.meeting_id, m.AgendaItem.position,
                                     m.AgendaItem.number, m.AgendaItem.title, m.AgendaItem.needs_decision)
                           .where(m.AgendaItem.meeting_id.in_(ids)).order_by(m.AgendaItem.position, m.AgendaItem.id)):
            items.setdefault(i.meeting_id, []).append(
                PublishedAgendaItem(i.id, i.meeting_id, i.position, i.number, i.title, i.needs_decision))
        for a in s.execute(sa.select(m.Attendance.meeting_id, m.Attendance.person_id)
                           .where(m.Attendance.meeting_id.in_(ids)).order_by(m.Attendance.id)):
            people.setdefault(a.meeting_id, []).append(a.person_id)
        approving = aliased(m.Meeting)
        minute_rows = s.execute(sa.select(m.Minute.meeting_id, m.Minute.status, m.Minute.text, *_marks(m.Minute),
                                          approving.date.label("approved_at"))
                                .join(approving, approving.id == m.Minute.approved_at_meeting_id)
                                .where(m.Minute.meeting_id.in_(ids), m.Minute.status == MinuteStatus.APPROVED,
                                       public_clause(m.Minute)))
        for minute in minute_rows:
            if is_public(minute) and minutes_public(minute.status, minute.approved_at, minute.marking, day):
                minutes[minute.meeting_id] = PublishedMinutes(minute.approved_at, minute.text)
    return PublishedPage(total, tuple(
        PublishedMeeting(meeting.forum_slug, meeting.forum_name, meeting.date, meeting.time, meeting.venue,
                         tuple(papers.get(meeting.id, ())), minutes.get(meeting.id), meeting.id,
                         meeting.status.value, meeting.public, tuple(items.get(meeting.id, ())),
                         tuple(people.get(meeting.id, ())),
                         meeting.id not in minutes and meeting.date <= day
                         and meeting.status is not MeetingStatus.CANCELLED)
        for meeting in found))


def meeting(ctx: Context, meeting_id: int, as_of: dt.date | None = None) -> PublishedMeeting | None:
    if not real_id(meeting_id):
        return None
    found = meetings(ctx, as_of=as_of, meeting_id=meeting_id)
    return found[0] if found else None


def meeting_times(ctx: Context, forum: str) -> list[PublishedMeetingTime]:
    """A forum's public meetings as a calendar needs them (when, where, cancelled), without their parts."""
    q = (sa.select(m.Meeting.id, m.Meeting.date, m.Meeting.time, m.Meeting.venue, m.Meeting.status, m.Meeting.marking,
                   m.Meeting.approved_on, m.Meeting.held_until_approved, m.Forum.slug, m.Forum.name)
         .join(m.Forum, m.Forum.id == m.Meeting.forum_id)
         .where(public_clause(m.Meeting), m.Forum.slug == forum).order_by(m.Meeting.date, m.Meeting.id))
    return [PublishedMeetingTime(r.id, r.slug, r.name, r.date, r.time, r.venue, r.status.value)
            for r in ctx.session.execute(q) if is_public(r)]


def agenda_items_page(ctx: Context, forums: Collection[str] | None = None, offset: int = 0,
                      limit: int | None = None, item_id: int | None = None,
                      ) -> PublishedPage[tuple[PublishedAgendaItem, PublishedMeeting]]:
    """One page of the agenda items of public meetings (of `forums`), by meeting, each with its meeting."""
    q = (_in_forums(sa.select(m.AgendaItem.id, m.AgendaItem.meeting_id)
                    .join(m.Meeting, m.Meeting.id == m.AgendaItem.meeting_id), forums)
         .where(public_clause(m.Meeting))
         .order_by(m.Meeting.date, m.Meeting.id, m.AgendaItem.position, m.AgendaItem.id))
    if item_id is not None:
        q = q.where(m.AgendaItem.id == item_id)
    total, rows = paged(ctx.session, q, offset, limit, m.AgendaItem.id)
    if limit is None and item_id is None:
        shown = meetings(ctx, forums=forums)
    else:
        shown = list(meetings_page(ctx, meeting_ids={r.meeting_id for r in rows}).items) if rows else []
    by_id = {i.id: (i, mt) for mt in shown for i in mt.items}
    return PublishedPage(total, tuple(by_id[r.id] for r in rows if r.id in by_id))


def agenda_item(ctx: Context, item_id: int) -> tuple[PublishedAgendaItem, PublishedMeeting] | None:
    if not real_id(item_id):
        return None
    found = agenda_items_page(ctx, item_id=item_id).items
    return found[0] if found else None


def persons(ctx: Context) -> list[PublishedPerson]:
    """The people recorded at public meetings, by name and role as printed (never their e-mail)."""
    return list(persons_page(ctx).items)


def persons_page(ctx: Context, forums: Collection[str] | None = None, offset: int = 0, limit: int | None = None,
                 person_id: int | None = None) -> PublishedPage[PublishedPerson]:
    """One page of the people recorded at public meetings (of `forums`), by name, each with every public
    meeting they attended."""
    s = ctx.session
    attended = _in_forums(sa.select(m.Attendance.person_id).join(m.Meeting, m.Meeting.id == m.Attendance.meeting_id),
                          forums).where(public_clause(m.Meeting))
    q = sa.select(m.Person).where(m.Person.id.in_(attended)).order_by(m.Person.name, m.Person.id)
    if person_id is not None:
        q = q.where(m.Person.id == person_id)
    total, rows = paged(s, q, offset, limit, m.Person.id)
    ids = {p.id for (p,) in rows}
    seen: dict[int, list[int]] = {}
    if ids:
        for who, meeting_id in s.execute(sa.select(m.Attendance.person_id, m.Attendance.meeting_id)
                                         .where(public_row(m.Meeting, m.Attendance.meeting_id),
                                                among(m.Attendance.person_id, ids))
                                         .order_by(m.Attendance.meeting_id)):
            seen.setdefault(who, []).append(meeting_id)
    return PublishedPage(total, tuple(PublishedPerson(p.id, p.name, p.role, tuple(seen.get(p.id, ())))
                                      for (p,) in rows))


def person(ctx: Context, person_id: int) -> PublishedPerson | None:
    if not real_id(person_id):
        return None
    found = persons_page(ctx, person_id=person_id).items
    return found[0] if found else None
