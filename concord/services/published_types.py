"""What the public reads return (`concord.services.published`): plain frozen data.

Only what may be public is ever put in one of these; the filtering is
done once, in `published`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Generic, TypeVar

from concord.domain.markings import Marking

T = TypeVar("T")


@dataclass(frozen=True)
class PublishedBody:
    slug: str
    name: str
    kind: str
    force_id: str
    notice_prefix: str | None


@dataclass(frozen=True)
class PublishedAlliance:
    slug: str
    name: str
    kind: str
    host_force_id: str | None
    members: tuple[str, ...]  # force ids


@dataclass(frozen=True)
class PublishedNotice:
    reference: str
    policing_body: str
    subject: str
    decision: str
    decision_maker: str | None
    signed_on: dt.date | None
    published_on: dt.date | None
    year: int = 0
    number: int = 0
    policing_body_name: str = ""
    contact_officer: str | None = None
    #: the public meeting whose business the decision was, and its public papers
    meeting_id: int | None = None
    paper_ids: tuple[int, ...] = ()
    #: the public agreement the decision concerns
    agreement: str | None = None


@dataclass(frozen=True)
class PublishedAgreement:
    slug: str
    title: str
    lead_force: str | None
    start_date: dt.date | None
    review_date: dt.date | None
    end_date: dt.date | None
    status: str
    objective: str | None = None
    #: published as its approved summary only (rule 15): the agreement itself may not be public
    summarised: bool = False


@dataclass(frozen=True)
class PublishedSummary:
    """Rule 15: what is published in place of an agreement whose full text would reveal tactics."""

    title: str
    objective: str
    scope: str
    term: str
    termination: str
    direction_and_control: str
    governance: str
    approved_on: dt.date


@dataclass(frozen=True)
class PublishedParty:
    office: str
    force_id: str
    joined_on: dt.date | None
    left_on: dt.date | None
    signed_on: dt.date | None


@dataclass(frozen=True)
class PublishedVersion:
    number: int
    kind: str
    effective_from: dt.date
    summary: str
    decision_notice: str | None  # only a public notice's reference


@dataclass(frozen=True)
class PublishedClause:
    clause: str
    provision_type: str
    summary: str | None


@dataclass(frozen=True)
class PublishedAgreementDetail:
    """Rule 15: the published summary (title, objective, scope, term, termination,
    direction and control, governance), and the clauses where the register holds them."""

    agreement: PublishedAgreement
    scope: tuple[str, ...]  # the collaborated functions
    renewal_terms: str | None
    original_term_months: int | None
    notice_period_months: int | None
    notice_to: str | None
    committed_for_duration: bool
    host_force: str | None
    governance: tuple[tuple[str, str], ...]  # (forum slug, forum name)
    parties: tuple[PublishedParty, ...]
    versions: tuple[PublishedVersion, ...]
    clauses: tuple[PublishedClause, ...]
    summary: PublishedSummary | None = None


@dataclass(frozen=True)
class PublishedMember:
    role: str
    office: str | None
    voting: bool
    from_date: dt.date | None
    to_date: dt.date | None


@dataclass(frozen=True)
class PublishedForum:
    slug: str
    name: str
    kind: str
    held_in_public: bool
    in_principle_only: bool
    policing_body: str | None  # slug
    alliance: str | None  # slug
    purpose: str | None
    frequency: str | None
    members: tuple[PublishedMember, ...]


@dataclass(frozen=True)
class PublishedFile:
    """The stored text a public paper came from (its original bytes)."""

    id: int  # the revision's id
    name: str
    title: str | None
    media_type: str | None
    size: int
    sha256: str
    date: dt.date | None


@dataclass(frozen=True)
class PublishedPaper:
    id: int
    title: str
    to: str | None
    author: str | None
    date: dt.date | None
    recommendations: tuple[str, ...]
    meeting_id: int | None = None
    agenda_item_id: int | None = None
    purpose: str | None = None
    file: PublishedFile | None = None


@dataclass(frozen=True)
class PublishedMinutes:
    approved_at: dt.date
    text: str | None


@dataclass(frozen=True)
class PublishedAgendaItem:
    id: int
    meeting_id: int
    position: int
    number: str
    title: str
    needs_decision: bool


@dataclass(frozen=True)
class PublishedMeeting:
    forum: str
    forum_name: str
    date: dt.date
    time: dt.time | None
    venue: str | None
    papers: tuple[PublishedPaper, ...]
    minutes: PublishedMinutes | None
    id: int = 0
    status: str = "held"
    held_in_public: bool = False
    items: tuple[PublishedAgendaItem, ...] = ()
    attendees: tuple[int, ...] = ()  # person ids
    #: held (on or before the day asked about) and not cancelled, with no public minutes yet
    minutes_awaited: bool = False


@dataclass(frozen=True)
class PublishedPerson:
    id: int
    name: str
    role: str | None
    meetings: tuple[int, ...]


@dataclass(frozen=True)
class SearchHit:
    """One record or stored paper that holds every word searched for."""

    kind: str  # decision_notice, agreement, paper, document
    key: str  # reference, slug, paper id, or document name
    title: str
    revision: int | None = None
    marking: str = Marking.OFFICIAL.value


@dataclass(frozen=True)
class PublishedPage(Generic[T]):
    """One page of a published list: how many there are in all, and this page's."""

    total: int
    items: tuple[T, ...]


@dataclass(frozen=True)
class PublishedMeetingTime:
    """A public meeting as a calendar shows it: when and where, and whether it was cancelled."""

    id: int
    forum: str
    forum_name: str
    date: dt.date
    time: dt.time | None
    venue: str | None
    status: str
