"""The public register, `/public`: no sign-in, and only what may be public.

Every page reads through `concord.services.published` (and the rule 17
checklist built on it), never anything else: what it leaves out — records
above OFFICIAL, held until approved, drafts — no page can show.
"""

from __future__ import annotations

import datetime as dt
from itertools import groupby

from flask import Blueprint, Response, abort, render_template, request

from concord.domain.errors import DomainError
from concord.services import publication, published, published_meetings
from concord.services.context import Context
from concord.web.access import PUBLIC, route

bp = Blueprint("public", __name__, url_prefix="/public")

#: the public site's own navigation (its pages are not the officers' areas)
NAVIGATION = (("Home", "public.index"), ("Decisions", "public.decisions"), ("Agreements", "public.agreements"),
              ("Meetings", "public.forums"), ("What is published", "public.bodies"), ("Search", "public.search"),
              ("Open data", "public.data"))


@bp.context_processor
def _public_layout() -> dict:
    from flask import url_for

    here = request.endpoint or ""
    nav = [{"href": url_for(endpoint), "text": label, "active": here == endpoint}
           for label, endpoint in NAVIGATION]
    return {"public_navigation": nav, "service_name": "Concord public register",
            "service_url": url_for("public.index"), "navigation_label": "Public register"}


def _as_of() -> dt.date:
    raw = request.args.get("as-of")
    if not raw:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(raw)
    except ValueError:
        raise DomainError("as-of", raw[:40], "must be a date as YYYY-MM-DD") from None


@route(bp, "", permission=PUBLIC)
def index(ctx: Context) -> str:
    return render_template("public/index.html", notices=published.decision_notices_page(ctx, limit=5).items,
                           agreements=published.agreements_page(ctx, limit=0).total,
                           forums=len(published.forums(ctx)))


@route(bp, "/decisions", permission=PUBLIC)
def decisions(ctx: Context) -> str:
    body, year = request.args.get("body") or None, request.args.get("year") or None
    if year is not None and not (year.isdigit() and len(year) == 4):
        raise DomainError("year", year[:20], "must be a year such as 2019")
    if body is not None and published.body(ctx, body) is None:
        abort(404)
    notices = published.decision_notices(ctx, policing_body=body, year=int(year) if year else None)
    groups = [(key, list(rows)) for key, rows in
              groupby(notices, key=lambda n: (n.policing_body_name, n.policing_body, n.year))]
    return render_template("public/decisions.html", groups=groups, body=body, year=year,
                           bodies=published.bodies(ctx))


@route(bp, "/decisions/<reference>", permission=PUBLIC)
def decision(ctx: Context, reference: str) -> str:
    notice = published.decision_notice(ctx, reference) or abort(404)
    papers = [p for p in (published_meetings.paper(ctx, i) for i in notice.paper_ids) if p]
    return render_template("public/decision.html", notice=notice, papers=papers,
                           meeting=published_meetings.meeting(ctx, notice.meeting_id) if notice.meeting_id else None)


@route(bp, "/agreements", permission=PUBLIC)
def agreements(ctx: Context) -> str:
    return render_template("public/agreements.html", agreements=published.agreements(ctx))


@route(bp, "/agreements/<slug>", permission=PUBLIC)
def agreement(ctx: Context, slug: str) -> str:
    detail = published.agreement(ctx, slug) or abort(404)
    return render_template("public/agreement.html", detail=detail)


@route(bp, "/meetings", permission=PUBLIC)
def forums(ctx: Context) -> str:
    return render_template("public/forums.html", forums=published.forums(ctx))


@route(bp, "/meetings/forums/<slug>", permission=PUBLIC)
def forum(ctx: Context, slug: str) -> str:
    found = published.forum(ctx, slug) or abort(404)
    return render_template("public/forum.html", forum=found, meetings=published_meetings.meetings(ctx, forum=slug))


@route(bp, "/meetings/<int:meeting_id>", permission=PUBLIC)
def meeting(ctx: Context, meeting_id: int) -> str:
    found = published_meetings.meeting(ctx, meeting_id) or abort(404)
    by_item = {p.agenda_item_id: p for p in found.papers if p.agenda_item_id}
    return render_template("public/meeting.html", meeting=found, by_item=by_item,
                           other_papers=[p for p in found.papers if not p.agenda_item_id])


@route(bp, "/papers/<int:paper_id>", permission=PUBLIC)
def paper(ctx: Context, paper_id: int) -> str:
    found = published_meetings.paper(ctx, paper_id) or abort(404)
    return render_template("public/paper.html", paper=found,
                           meeting=published_meetings.meeting(ctx, found.meeting_id) if found.meeting_id else None)


@route(bp, "/files/<int:file_id>", permission=PUBLIC)
def file(ctx: Context, file_id: int) -> Response:
    found = published_meetings.file(ctx, file_id) or abort(404)
    content = published_meetings.file_content(ctx, file_id)
    if content is None:
        abort(404)
    response = Response(content, mimetype=found.media_type or "application/octet-stream")
    response.headers["Content-Disposition"] = f'inline; filename="{found.sha256[:12]}"'
    return response


@route(bp, "/bodies", permission=PUBLIC)
def bodies(ctx: Context) -> str:
    return render_template("public/bodies.html", bodies=published.bodies(ctx))


@route(bp, "/bodies/<slug>", permission=PUBLIC)
def body(ctx: Context, slug: str) -> str:
    found = publication.body_checklist(ctx, slug, as_of=_as_of()) or abort(404)
    return render_template("public/body.html", checklist=found, forums=published.body_forums(ctx, slug))


@route(bp, "/search", permission=PUBLIC)
def search(ctx: Context) -> tuple[str, int] | str:
    words = request.args.get("q", "")
    error, hits = None, []
    if words.strip():
        try:
            hits = published.search(ctx, words)
        except DomainError as e:
            error = f"Search words {e.reason}"
    return render_template("public/search.html", words=words, hits=hits, error=error), (400 if error else 200)


@route(bp, "/data", permission=PUBLIC)
def data(ctx: Context) -> str:
    from concord.services.opendata import REGISTERS

    return render_template("public/data.html", registers=REGISTERS, forums=published.forums(ctx))
