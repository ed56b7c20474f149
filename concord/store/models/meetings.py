"""Meetings, attendance, agenda items, papers, minutes and actions."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from concord.domain.vocab import ActionStatus, AttendanceRole, MeetingStatus, MinuteStatus
from concord.store.base import Base, IdPk, Marked, Versioned
from concord.store.types import enum_column


class Meeting(IdPk, Versioned, Marked, Base):
    __tablename__ = "meeting"
    __table_args__ = (sa.UniqueConstraint("forum_id", "date", "time"),)
    forum_id: Mapped[int] = mapped_column(sa.ForeignKey("forum.id"), nullable=False, index=True)
    date: Mapped[dt.date] = mapped_column(sa.Date, nullable=False, index=True)
    time: Mapped[dt.time | None] = mapped_column(sa.Time)
    venue: Mapped[str | None] = mapped_column(sa.String(300))
    status: Mapped[MeetingStatus] = mapped_column(
        enum_column(MeetingStatus), nullable=False, default=MeetingStatus.SCHEDULED
    )
    public: Mapped[bool] = mapped_column(sa.Boolean, nullable=False, default=False)

    forum = relationship("Forum")
    attendance: Mapped[list[Attendance]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="Attendance.id"
    )
    items: Mapped[list[AgendaItem]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="AgendaItem.position"
    )


class Attendance(IdPk, Versioned, Base):
    __tablename__ = "attendance"
    __table_args__ = (sa.UniqueConstraint("meeting_id", "person_id"),)
    meeting_id: Mapped[int] = mapped_column(sa.ForeignKey("meeting.id"), nullable=False)
    person_id: Mapped[int] = mapped_column(sa.ForeignKey("person.id"), nullable=False, index=True)
    role: Mapped[AttendanceRole] = mapped_column(enum_column(AttendanceRole), nullable=False)
    capacity: Mapped[str | None] = mapped_column(sa.String(200))

    meeting: Mapped[Meeting] = relationship(back_populates="attendance")
    person = relationship("Person")


class AgendaItem(IdPk, Versioned, Base):
    __tablename__ = "agenda_item"
    __table_args__ = (sa.UniqueConstraint("meeting_id", "number"),)
    meeting_id: Mapped[int] = mapped_column(sa.ForeignKey("meeting.id"), nullable=False)
    position: Mapped[int] = mapped_column(sa.Integer, nullable=False)
    number: Mapped[str] = mapped_column(sa.String(20), nullable=False)
    title: Mapped[str] = mapped_column(sa.String(300), nullable=False)
    #: business needing an in-principle decision (the notice rule applies)
    needs_decision: Mapped[bool] = mapped_column(sa.Boolean, nullable=False, default=False)
    #: who presents the item ("Chief Executive", "Chief Constable")
    presenter: Mapped[str | None] = mapped_column(sa.String(200))
    #: added after the latest dispatch date for the forum's notice rule (rule 4), and confirmed so
    late: Mapped[bool] = mapped_column(sa.Boolean, nullable=False, default=False, server_default=sa.false())

    meeting: Mapped[Meeting] = relationship(back_populates="items")


class Paper(IdPk, Versioned, Marked, Base):
    """A board paper: To / From / Date / Purpose / Recommendation..."""

    __tablename__ = "paper"
    meeting_id: Mapped[int | None] = mapped_column(sa.ForeignKey("meeting.id"), index=True)
    agenda_item_id: Mapped[int | None] = mapped_column(sa.ForeignKey("agenda_item.id"))
    title: Mapped[str] = mapped_column(sa.String(300), nullable=False)
    to: Mapped[str | None] = mapped_column(sa.String(200))
    author: Mapped[str | None] = mapped_column(sa.String(200))  # "From"
    date: Mapped[dt.date | None] = mapped_column(sa.Date)
    purpose: Mapped[str | None] = mapped_column(sa.Text)
    recommendations: Mapped[list] = mapped_column(sa.JSON, nullable=False, default=list)
    background: Mapped[str | None] = mapped_column(sa.Text)
    contact_officer: Mapped[str | None] = mapped_column(sa.String(200))
    #: when it went to every party in writing (rule 4)
    dispatched_on: Mapped[dt.date | None] = mapped_column(sa.Date)
    needs_decision: Mapped[bool] = mapped_column(sa.Boolean, nullable=False, default=False)
    source_revision_id: Mapped[int | None] = mapped_column(sa.ForeignKey("document_revision.id"), index=True)


class Minute(IdPk, Versioned, Marked, Base):
    """The minutes of a meeting: draft until approved at a later meeting."""

    __tablename__ = "minute"
    meeting_id: Mapped[int] = mapped_column(sa.ForeignKey("meeting.id"), nullable=False, unique=True)
    status: Mapped[MinuteStatus] = mapped_column(
        enum_column(MinuteStatus), nullable=False, default=MinuteStatus.DRAFT
    )
    approved_at_meeting_id: Mapped[int | None] = mapped_column(sa.ForeignKey("meeting.id"))
    text: Mapped[str | None] = mapped_column(sa.Text)


class Action(IdPk, Versioned, Base):
    __tablename__ = "action"
    __table_args__ = (sa.Index("ix_action_status_due", "status", "due"),)
    meeting_id: Mapped[int] = mapped_column(sa.ForeignKey("meeting.id"), nullable=False, index=True)
    agenda_item_id: Mapped[int | None] = mapped_column(sa.ForeignKey("agenda_item.id"))
    number: Mapped[str | None] = mapped_column(sa.String(20))
    item: Mapped[str | None] = mapped_column(sa.String(300))
    text: Mapped[str] = mapped_column(sa.Text, nullable=False)
    owner: Mapped[str | None] = mapped_column(sa.String(200))
    due: Mapped[dt.date | None] = mapped_column(sa.Date)
    #: how a relative due was given ("6 months from the meeting"); None for a date given as such
    due_rule: Mapped[str | None] = mapped_column(sa.String(80))
    status: Mapped[ActionStatus] = mapped_column(
        enum_column(ActionStatus), nullable=False, default=ActionStatus.OPEN
    )
    completed_on: Mapped[dt.date | None] = mapped_column(sa.Date)
    update: Mapped[str | None] = mapped_column(sa.Text)

    meeting = relationship("Meeting")
