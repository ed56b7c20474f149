"""The published register as OParl 1.1 objects (https://schema.oparl.org/1.1/).

Every object is built from `concord.services.published` and nothing else.
Ids are stable URLs under the API's base (`Urls`); each object's `web`
is its page on the public site. A policing body is an OParl `Body`; its
forums (and its force's alliances) are `Organization`s, as are the
alliances; a forum seat is a `Membership`; attendees of public meetings
are `Person`s; a paper's stored original is its `File`. Decision notices
and agreements have no OParl type: they are at `/concord/...` with the
same paging, and meetings, papers and bodies link them in `concord:`
fields.
"""

from __future__ import annotations

import datetime as dt
import math
from urllib.parse import quote
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from concord.domain.errors import DomainError
from concord.services import oparl_dates, published
from concord.services.context import Context
from concord.services.published_types import (
    PublishedAgendaItem, PublishedAgreement, PublishedBody, PublishedFile, PublishedForum, PublishedMeeting,
    PublishedNotice, PublishedPage, PublishedPaper, PublishedPerson)

SCHEMA = "https://schema.oparl.org/1.1/"
LONDON = ZoneInfo("Europe/London")
PAGE_SIZE = 100
MAX_LIMIT = 500
LICENSE = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"
#: the list query parameters OParl defines (all of them); any other is refused with 400
LIST_PARAMETERS = frozenset({"page", "limit", "omit_internal", *oparl_dates.FILTERS})


@dataclass(frozen=True)
class Urls:
    """Where things live: the API's base URL and the public site's."""

    api: str  # e.g. http://127.0.0.1:8000/api/v1
    site: str  # e.g. http://127.0.0.1:8000/public

    def of(self, *parts: object) -> str:
        return "/".join([self.api, *(str(p) for p in parts)])

    def web(self, *parts: object) -> str:
        return "/".join([self.site, *(str(p) for p in parts)])


@dataclass(frozen=True)
class Paging:
    page: int
    limit: int
    omit_internal: bool
    dates: oparl_dates.DateFilter = oparl_dates.DateFilter()


def paging(args: dict[str, str]) -> Paging:
    """The list parameters, checked: a bad value or an unknown parameter is a DomainError (400)."""
    for name in args:
        if name not in LIST_PARAMETERS:
            raise DomainError(name, args[name][:40], "is not a parameter of an OParl list "
                              "(page, limit, omit_internal, created_since, created_until, modified_since, "
                              "modified_until)")
    page = _whole(args, "page", 1, 1, 10**6)
    limit = _whole(args, "limit", PAGE_SIZE, 1, MAX_LIMIT)
    omit = args.get("omit_internal", "false")
    if omit not in ("true", "false"):
        raise DomainError("omit_internal", omit[:40], "must be true or false")
    return Paging(page, limit, omit == "true", oparl_dates.parse(args))


def _whole(args: dict[str, str], name: str, default: int, low: int, high: int) -> int:
    raw = args.get(name)
    if raw is None:
        return default
    if not raw.isdigit() or not low <= int(raw) <= high:
        raise DomainError(name, raw[:40], f"must be a whole number from {low} to {high}")
    return int(raw)


#: a list read a page at a time: (offset, limit) -> that page and the total (every item when limit is None)
Source = Callable[[int, int | None], PublishedPage]


def page_of(items: Sequence[Any] | Source, p: Paging, url: str, render: Callable[[Any], dict],
            dated: oparl_dates.Dated | None = None) -> dict:
    """An OParl list page: data, pagination and links (next on every page but the last).
    `items` is the whole list, or a `Source` that reads one page of it from the database.
    With `dated` (where the items' dates come from) objects carry `created` and `modified`,
    and the date filters narrow the list; without it a date filter is refused."""
    known: dict[Any, oparl_dates.Stamp] = {}
    if p.dates.active:
        if dated is None:
            name, value = p.dates.query[0]
            raise DomainError(name, value[:40], "is not supported on this list")
        if callable(items):  # the dates are in the audit trail, not the list's own rows: read every item
            items = items(0, None).items
        known = dated.lookup(items)
        items = [i for i in items if p.dates.admits(known.get(dated.key_of(i)))]
    if callable(items):
        found = items((p.page - 1) * p.limit, p.limit)
        total, chunk = found.total, list(found.items)
    else:
        total, chunk = len(items), list(items[(p.page - 1) * p.limit: p.page * p.limit])
    pages = max(1, math.ceil(total / p.limit))
    if p.page > pages:
        raise LookupError(f"page {p.page} of {pages}")
    if dated is not None:
        render = oparl_dates.stamped(render, dated.key_of, known or dated.lookup(chunk))

    def link(n: int) -> str:
        query = [f"page={n}"] + ([f"limit={p.limit}"] if p.limit != PAGE_SIZE else []) + \
                (["omit_internal=true"] if p.omit_internal else []) + \
                [f"{name}={quote(value)}" for name, value in p.dates.query]
        return f"{url}?{'&'.join(query)}"

    links = {"first": link(1), "self": link(p.page), "last": link(pages)}
    if p.page > 1:
        links["prev"] = link(p.page - 1)
    if p.page < pages:
        links["next"] = link(p.page + 1)
    return {"data": [render(i) for i in chunk],
            "pagination": {"totalElements": total, "elementsPerPage": p.limit, "currentPage": p.page,
                           "totalPages": pages},
            "links": links}


def _type(name: str) -> str:
    return SCHEMA + name


def _stamp(day: dt.date, time: dt.time) -> str:
    """A meeting's start in Europe/London, as an RFC 3339 date-time with its offset."""
    return dt.datetime.combine(day, time, tzinfo=LONDON).isoformat()


# --- the objects ---------------------------------------------------------------------------

def system(u: Urls) -> dict:
    return {"id": u.api, "type": _type("System"), "oparlVersion": SCHEMA, "name": "Concord public register",
            "body": u.of("bodies"), "license": LICENSE, "website": u.site,
            "web": u.site}


def body(u: Urls, b: PublishedBody) -> dict:
    base = u.of("bodies", b.slug)
    return {"id": base, "type": _type("Body"), "system": u.api, "name": b.name, "shortName": b.notice_prefix or b.slug,
            "organization": base + "/organizations", "person": base + "/people", "meeting": base + "/meetings",
            "paper": base + "/papers", "agendaItem": base + "/agenda-items", "file": base + "/files",
            "membership": base + "/memberships", "legislativeTerm": [], "classification": b.kind,
            "license": LICENSE, "web": u.web("bodies", b.slug),
            "concord:decisionNotices": u.of("concord", "decision-notices") + f"?body={b.slug}"}


def forum_id(u: Urls, slug: str) -> str:
    return u.of("organizations", f"forum-{slug}")


def organization_of_forum(u: Urls, f: PublishedForum, members: list[tuple[int, Any]]) -> dict:
    out = {"id": forum_id(u, f.slug), "type": _type("Organization"), "name": f.name, "organizationType": "board",
           "classification": f.kind, "meeting": forum_id(u, f.slug) + "/meetings",
           "membership": [u.of("memberships", f"{f.slug}-{n}") for n, _ in members],
           "web": u.web("meetings", "forums", f.slug), "concord:calendar": u.web("meetings", "forums", f.slug,
                                                                                  "calendar.ics")}
    if f.alliance:
        out["subOrganizationOf"] = u.of("organizations", f"alliance-{f.alliance}")
    if f.policing_body:
        out["body"] = u.of("bodies", f.policing_body)
    return out


def organization_of_alliance(u: Urls, a: Any) -> dict:
    return {"id": u.of("organizations", f"alliance-{a.slug}"), "type": _type("Organization"), "name": a.name,
            "organizationType": "alliance", "classification": a.kind, "membership": [],
            "concord:members": list(a.members)}


def membership(u: Urls, f: PublishedForum, n: int, mb: Any) -> dict:
    out: dict[str, Any] = {"id": u.of("memberships", f"{f.slug}-{n}"), "type": _type("Membership"),
                           "organization": forum_id(u, f.slug), "role": mb.office or mb.role,
                           "votingRight": bool(mb.voting)}
    if mb.from_date:
        out["startDate"] = mb.from_date.isoformat()
    if mb.to_date:
        out["endDate"] = mb.to_date.isoformat()
    return out


def person(u: Urls, p: PublishedPerson) -> dict:
    out = {"id": u.of("people", p.id), "type": _type("Person"), "name": p.name,
           "concord:meetings": [u.of("meetings", i) for i in p.meetings]}
    if p.role:
        out["status"] = [p.role]
    return out


def file(u: Urls, f: PublishedFile, papers: Sequence[int] = ()) -> dict:
    out: dict[str, Any] = {"id": u.of("files", f.id), "type": _type("File"), "name": f.title or f.name,
                           "fileName": f.name, "size": f.size, "accessUrl": u.web("files", f.id),
                           "downloadUrl": u.web("files", f.id), "paper": [u.of("papers", i) for i in papers],
                           "concord:sha256": f.sha256}
    if f.media_type:
        out["mimeType"] = f.media_type
    if f.date:
        out["date"] = f.date.isoformat()
    return out


def paper(u: Urls, p: PublishedPaper) -> dict:
    out: dict[str, Any] = {"id": u.of("papers", p.id), "type": _type("Paper"), "name": p.title,
                           "reference": str(p.id), "paperType": "report", "web": u.web("papers", p.id),
                           "auxiliaryFile": []}
    if p.date:
        out["date"] = p.date.isoformat()
    if p.file:
        out["mainFile"] = file(u, p.file, [p.id])
    if p.meeting_id:
        out["concord:meeting"] = u.of("meetings", p.meeting_id)
    if p.recommendations:
        out["concord:recommendations"] = list(p.recommendations)
    if p.purpose:
        out["concord:purpose"] = p.purpose
    return out


def agenda_item(u: Urls, i: PublishedAgendaItem, mt: PublishedMeeting) -> dict:
    return _agenda_item(u, i, mt, [p for p in mt.papers if p.agenda_item_id == i.id], {})


def _agenda_item(u: Urls, i: PublishedAgendaItem, mt: PublishedMeeting, papers: Sequence[PublishedPaper],
                 files: dict[int, dict]) -> dict:
    """An agenda item with its papers (`files`: the papers' File objects made already, by paper id)."""
    return {"id": u.of("agenda-items", i.id), "type": _type("AgendaItem"), "meeting": u.of("meetings", mt.id),
            "number": i.number, "order": i.position, "name": i.title, "public": mt.held_in_public,
            "auxiliaryFile": [files.get(p.id) or file(u, p.file, [p.id]) for p in papers if p.file],
            "web": u.web("meetings", mt.id), "concord:papers": [u.of("papers", p.id) for p in papers]}


def meeting(u: Urls, mt: PublishedMeeting, omit_internal: bool = False) -> dict:
    out: dict[str, Any] = {
        "id": u.of("meetings", mt.id), "type": _type("Meeting"), "name": f"{mt.forum_name}, {mt.date:%-d %B %Y}",
        "meetingState": {"held": "terminated", "scheduled": "scheduled", "cancelled": "cancelled"}.get(
            mt.status, mt.status),
        "cancelled": mt.status == "cancelled", "concord:date": mt.date.isoformat(),
        "organization": [forum_id(u, mt.forum)], "participant": [u.of("people", i) for i in mt.attendees],
        "web": u.web("meetings", mt.id),
        "concord:minutes": ({"approvedAt": mt.minutes.approved_at.isoformat(), "text": mt.minutes.text}
                            if mt.minutes else None),
        "concord:minutesAwaitingApproval": mt.minutes_awaited,
    }
    if mt.time is not None:  # an unknown time is left out, never shown as midnight
        out["start"] = _stamp(mt.date, mt.time)
    if mt.venue:
        out["location"] = {"id": u.of("meetings", mt.id) + "#location", "type": _type("Location"),
                           "description": mt.venue}
    if not omit_internal:
        # each paper's File object made once (an agenda item and the meeting both list it; the same dict
        # twice in the list serialises as two equal objects), each item's papers found in one pass
        files = {p.id: file(u, p.file, [p.id]) for p in mt.papers if p.file}
        by_item: dict[int | None, list[PublishedPaper]] = {}
        for p in mt.papers:
            by_item.setdefault(p.agenda_item_id, []).append(p)
        out["agendaItem"] = [_agenda_item(u, i, mt, by_item.get(i.id, ()), files) for i in mt.items]
        out["auxiliaryFile"] = [files[p.id] for p in mt.papers if p.file]
    return out


def notice(u: Urls, n: PublishedNotice) -> dict:
    out = {"id": u.of("concord", "decision-notices", n.reference), "type": "concord:DecisionNotice",
           "reference": n.reference, "body": u.of("bodies", n.policing_body), "year": n.year, "number": n.number,
           "subject": n.subject, "decision": n.decision, "decisionMaker": n.decision_maker,
           "signedOn": n.signed_on.isoformat() if n.signed_on else None,
           "publishedOn": n.published_on.isoformat() if n.published_on else None,
           "meeting": u.of("meetings", n.meeting_id) if n.meeting_id else None,
           "paper": [u.of("papers", i) for i in n.paper_ids],
           "agreement": u.of("concord", "agreements", n.agreement) if n.agreement else None,
           "web": u.web("decisions", n.reference)}
    return out


def agreement(u: Urls, a: PublishedAgreement) -> dict:
    return {"id": u.of("concord", "agreements", a.slug), "type": "concord:Agreement", "slug": a.slug,
            "title": a.title, "objective": a.objective, "leadForce": a.lead_force, "status": a.status,
            "startDate": a.start_date.isoformat() if a.start_date else None,
            "reviewDate": a.review_date.isoformat() if a.review_date else None,
            "endDate": a.end_date.isoformat() if a.end_date else None, "web": u.web("agreements", a.slug)}


# --- what the lists hold -------------------------------------------------------------------

def forum_members(f: PublishedForum) -> list[tuple[int, Any]]:
    return list(enumerate(f.members, start=1))


def scoped(ctx: Context, body_slug: str | None) -> list[PublishedForum]:
    """The forums of one body (all when None)."""
    return published.body_forums(ctx, body_slug) if body_slug else published.forums(ctx)
