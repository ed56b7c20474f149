"""A meeting's minutes: written as a draft, approved at the next meeting (rule 11).

Draft minutes are held until approved: never public before the meeting
that approves them. Writing them needs `MEETING_EDIT` on the meeting's
organisation; approving them needs `RECORD_APPROVE` there — an approver,
not an editor.
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa

from concord.domain.access import Permission
from concord.domain.errors import DomainError
from concord.domain.text import check_id, check_title
from concord.domain.vocab import MeetingStatus, MinuteStatus
from concord.services import meetings
from concord.services.context import Context


def _m():  # noqa: ANN202
    from concord.store import models as m

    return m


def write(ctx: Context, meeting_id: int, text: str, expected_version: int | None = None) -> meetings.MinuteView:
    """Write the draft minutes of a meeting, or change the draft (not once approved).
    `expected_version` is the version of the draft the person saw (0: they saw none yet)."""
    m = _m()
    s = ctx.session
    row = meetings._for_edit(ctx, meeting_id)
    text = check_title(text, "--text", 100_000, allow_newlines=True)
    minute = s.scalar(sa.select(m.Minute).where(m.Minute.meeting_id == row.id).with_for_update())
    if minute is None:
        if expected_version:  # the person saw a draft that has since gone (0: they saw none)
            ctx.check_version("minutes", meeting_id, None, expected_version)
        minute = m.Minute(meeting_id=row.id, status=MinuteStatus.DRAFT, text=text, marking=row.marking,
                          held_until_approved=True, owner_id=row.owner_id)
        s.add(minute)
    else:
        ctx.check_version("minutes", meeting_id, minute, expected_version)
        if minute.status != MinuteStatus.DRAFT:
            raise DomainError("--text", "", f"cannot change minutes approved on "
                              f"{minute.approved_on.isoformat() if minute.approved_on else 'an earlier date'}")
        minute.text = text
    if row.status == MeetingStatus.SCHEDULED:
        row.status = MeetingStatus.HELD
    s.flush()
    return meetings.minute_view(ctx, minute)


def approve(ctx: Context, meeting_id: int, at_meeting_id: int | None = None,
            expected_version: int | None = None, today: dt.date | None = None) -> meetings.MinuteView:
    """Approve a meeting's draft minutes at a later meeting of the same forum (by
    default the next one), once that meeting has been held; they are then no longer held back."""
    m = _m()
    s = ctx.session
    row = meetings._for_edit(ctx, meeting_id, Permission.RECORD_APPROVE)
    minute = s.scalar(sa.select(m.Minute).where(m.Minute.meeting_id == row.id).with_for_update())
    if minute is None:
        raise DomainError("meeting", meeting_id, "has no minutes to approve: write the draft minutes first")
    ctx.check_version("minutes", meeting_id, minute, expected_version)
    if minute.status != MinuteStatus.DRAFT:
        raise DomainError("meeting", meeting_id, "has minutes that are already approved")
    later = (sa.select(m.Meeting).where(m.Meeting.forum_id == row.forum_id, m.Meeting.date > row.date,
                                        m.Meeting.status != MeetingStatus.CANCELLED)
             .order_by(m.Meeting.date, m.Meeting.id))
    if at_meeting_id is None:
        at = s.scalar(later.limit(1))
        if at is None:
            raise DomainError("--at", "", "is needed: the forum has no later meeting to approve the minutes at "
                              "(add the next meeting first)")
    else:
        check_id(at_meeting_id, "--at")
        at = s.scalar(later.where(m.Meeting.id == at_meeting_id))
        if at is None:
            raise DomainError("--at", at_meeting_id, "is not a later meeting of the same forum")
    if at.date > (today or dt.date.today()):
        raise DomainError("--at", at.id if at_meeting_id else at.date.isoformat(),
                          f"is the meeting of {at.date.isoformat()}, not yet held: minutes are approved at the meeting")
    minute.status, minute.approved_at_meeting_id, minute.approved_on = MinuteStatus.APPROVED, at.id, at.date
    s.flush()
    return meetings.minute_view(ctx, minute)
