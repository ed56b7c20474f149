"""Controlled vocabularies of the register: statuses and kinds as enums,
never loose strings."""

from __future__ import annotations

from enum import StrEnum


class AllianceKind(StrEnum):
    ALLIANCE = "alliance"          # standing strategic alliance (BCH)
    PROGRAMME = "programme"        # collaboration programme (Seven Force)
    CONSORTIUM = "consortium"      # service consortium (Chiltern, Athena)
    NATIONAL = "national"          # national programme with a host force


class OfficeKind(StrEnum):
    """A corporation sole: the legal person that signs."""

    CHIEF_CONSTABLE = "chief_constable"
    POLICING_BODY = "policing_body"


class CostBasis(StrEnum):
    NRE_SHARE = "nre_share"            # share of net revenue expenditure
    EQUAL = "equal"
    USAGE = "usage"                    # usage-based recharge (vehicles on fleet)
    FIXED = "fixed"                    # fixed percentages written in the agreement
    HOST_FUNDED = "host_funded"


class VersionKind(StrEnum):
    ORIGINAL = "original"
    MEMBER_JOINS = "member_joins"
    MEMBER_LEAVES = "member_leaves"
    TERM_EXTENDED = "term_extended"
    VARIATION = "variation"


class AgreementStatus(StrEnum):
    DRAFT = "draft"
    IN_FORCE = "in_force"
    ENDED = "ended"


class ForumKind(StrEnum):
    BOARD = "board"
    SUMMIT = "summit"
    OVERSIGHT = "oversight"
    COMMITTEE = "committee"
    PANEL = "panel"


class AttendanceRole(StrEnum):
    MEMBER = "member"
    IN_ATTENDANCE = "in_attendance"
    APOLOGIES = "apologies"


class MeetingStatus(StrEnum):
    SCHEDULED = "scheduled"
    HELD = "held"
    CANCELLED = "cancelled"


class MinuteStatus(StrEnum):
    DRAFT = "draft"
    APPROVED = "approved"


class ActionStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    DROPPED = "dropped"


class DecisionKind(StrEnum):
    IN_PRINCIPLE = "in_principle"   # by a forum, referred to each party
    EXECUTIVE = "executive"         # by a corporation sole


class TableKind(StrEnum):
    REVENUE = "revenue"
    CAPITAL = "capital"
    MTFP = "mtfp"
    SAVINGS = "savings"
    OTHER = "other"


class Unit(StrEnum):
    GBP = "GBP"
    GBP_THOUSANDS = "GBP_thousands"
    GBP_MILLIONS = "GBP_millions"
    PERCENT = "percent"


class ReviewState(StrEnum):
    """A record proposed by ingestion, waiting for a person."""

    PENDING = "pending"
    ACCEPTED = "accepted"
    REJECTED = "rejected"


class JobStatus(StrEnum):
    """An uploaded paper being read in the background."""

    QUEUED = "queued"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"


class FieldDecision(StrEnum):
    """What a person decided about one field of a proposed record."""

    ACCEPTED = "accepted"
    CORRECTED = "corrected"
    REJECTED = "rejected"
