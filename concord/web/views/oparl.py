"""The OParl 1.1 API, `/api/v1`: the published register as open data.

Read-only, no sign-in, `Access-Control-Allow-Origin: *`. Every response is
built by `concord.services.oparl` from `concord.services.published`; an
unknown id and a record that is not public both give the same 404, and
bad list parameters a 400, each with a JSON body.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any

from flask import Blueprint, Response, abort, request
from werkzeug.exceptions import HTTPException

from concord.domain.errors import DomainError
from concord.services import oparl, published, published_meetings
from concord.services.oparl_dates import Dated
from concord.services.context import Context
from concord.web.access import PUBLIC, route

bp = Blueprint("oparl", __name__, url_prefix="/api/v1")


def _json(data: Any, status: int = 200) -> Response:
    return Response(json.dumps(data, ensure_ascii=False, separators=(",", ":")), status=status,
                    mimetype="application/json")


def _urls() -> oparl.Urls:
    root = request.url_root.rstrip("/")
    return oparl.Urls(root + "/api/v1", root + "/public")


@bp.after_request
def _open(response: Response) -> Response:
    response.headers["Access-Control-Allow-Origin"] = "*"
    response.headers["Cross-Origin-Resource-Policy"] = "cross-origin"
    return response


@bp.errorhandler(DomainError)
def _bad(e: DomainError) -> Response:
    return _json({"error": {"code": 400, "field": e.field, "value": e.value, "message": e.reason}}, 400)


@bp.errorhandler(HTTPException)
def _http(e: HTTPException) -> Response:
    return _json({"error": {"code": e.code, "message": e.name}}, e.code or 500)


def _list(items: Sequence[Any] | oparl.Source, render: Callable[[Any], dict], dated: Dated | None = None) -> Response:
    paging = oparl.paging(request.args.to_dict())
    try:
        return _json(oparl.page_of(items, paging, request.base_url, render, dated))
    except LookupError:
        abort(404)


def _meetings(ctx: Context) -> Dated:
    return Dated(ctx, "meeting", lambda mt: mt.id)


@route(bp, "", permission=PUBLIC)
def system(ctx: Context) -> Response:
    return _json(oparl.system(_urls()))


@route(bp, "/openapi.json", permission=PUBLIC)
def openapi(ctx: Context) -> Response:
    from concord.services.oparl_openapi import description

    return _json(description(_urls(), [b.slug for b in published.bodies(ctx)]))


@route(bp, "/bodies", permission=PUBLIC)
def bodies(ctx: Context) -> Response:
    u = _urls()
    return _list(published.bodies(ctx), lambda b: oparl.body(u, b),
                 Dated(ctx, "policing_body", lambda b: b.slug, "slug"))


@route(bp, "/bodies/<slug>", permission=PUBLIC)
def body(ctx: Context, slug: str) -> Response:
    return _json(oparl.body(_urls(), published.body(ctx, slug) or abort(404)))


def _scope(ctx: Context, slug: str) -> set[str]:
    """The slugs of a body's forums (404 for an unknown body)."""
    if published.body(ctx, slug) is None:
        abort(404)
    return published.body_forum_slugs(ctx, slug)


@route(bp, "/bodies/<slug>/organizations", permission=PUBLIC)
def body_organizations(ctx: Context, slug: str) -> Response:
    u = _urls()
    if published.body(ctx, slug) is None:
        abort(404)
    forums = oparl.scoped(ctx, slug)
    allied = {f.alliance for f in forums if f.alliance}
    items: list[tuple[str, Any]] = [("forum", f) for f in forums] + \
        [("alliance", a) for a in published.alliances(ctx) if a.slug in allied]
    return _list(items, lambda x: _organization(u, *x))


def _organization(u: oparl.Urls, kind: str, thing: Any) -> dict:
    if kind == "forum":
        return oparl.organization_of_forum(u, thing, oparl.forum_members(thing))
    return oparl.organization_of_alliance(u, thing)


@route(bp, "/bodies/<slug>/meetings", permission=PUBLIC)
def body_meetings(ctx: Context, slug: str) -> Response:
    u, omit, forums = _urls(), request.args.get("omit_internal") == "true", _scope(ctx, slug)
    return _list(lambda offset, limit: published_meetings.meetings_page(ctx, forums=forums, offset=offset, limit=limit),
                 lambda mt: oparl.meeting(u, mt, omit), _meetings(ctx))


@route(bp, "/bodies/<slug>/papers", permission=PUBLIC)
def body_papers(ctx: Context, slug: str) -> Response:
    u, forums = _urls(), _scope(ctx, slug)
    return _list(lambda offset, limit: published_meetings.papers_page(ctx, forums, offset, limit),
                 lambda p: oparl.paper(u, p), Dated(ctx, "paper", lambda p: p.id))


@route(bp, "/bodies/<slug>/agenda-items", permission=PUBLIC)
def body_agenda_items(ctx: Context, slug: str) -> Response:
    u, forums = _urls(), _scope(ctx, slug)
    return _list(lambda offset, limit: published_meetings.agenda_items_page(ctx, forums, offset, limit),
                 lambda x: oparl.agenda_item(u, *x), Dated(ctx, "agenda_item", lambda x: x[0].id))


@route(bp, "/bodies/<slug>/files", permission=PUBLIC)
def body_files(ctx: Context, slug: str) -> Response:
    u, forums = _urls(), _scope(ctx, slug)
    return _list(lambda offset, limit: published_meetings.papers_page(ctx, forums, offset, limit, with_file=True),
                 lambda p: oparl.file(u, p.file, [p.id]), Dated(ctx, "document_revision", lambda p: p.file.id))


@route(bp, "/bodies/<slug>/people", permission=PUBLIC)
def body_people(ctx: Context, slug: str) -> Response:
    u, forums = _urls(), _scope(ctx, slug)
    return _list(lambda offset, limit: published_meetings.persons_page(ctx, forums, offset, limit),
                 lambda p: oparl.person(u, p), Dated(ctx, "person", lambda p: p.id))


@route(bp, "/bodies/<slug>/memberships", permission=PUBLIC)
def body_memberships(ctx: Context, slug: str) -> Response:
    u = _urls()
    if published.body(ctx, slug) is None:
        abort(404)
    items = [(f, n, mb) for f in oparl.scoped(ctx, slug) for n, mb in oparl.forum_members(f)]
    return _list(items, lambda x: oparl.membership(u, *x))


@route(bp, "/organizations/<org>", permission=PUBLIC)
def organization(ctx: Context, org: str) -> Response:
    kind, _, slug = org.partition("-")
    if kind == "forum":
        f = published.forum(ctx, slug) or abort(404)
        return _json(oparl.organization_of_forum(_urls(), f, oparl.forum_members(f)))
    if kind == "alliance":
        a = next((a for a in published.alliances(ctx) if a.slug == slug), None) or abort(404)
        return _json(oparl.organization_of_alliance(_urls(), a))
    abort(404)


@route(bp, "/organizations/<org>/meetings", permission=PUBLIC)
def organization_meetings(ctx: Context, org: str) -> Response:
    kind, _, slug = org.partition("-")
    if kind != "forum" or published.forum(ctx, slug) is None:
        abort(404)
    u, omit = _urls(), request.args.get("omit_internal") == "true"
    return _list(lambda offset, limit: published_meetings.meetings_page(ctx, forum=slug, offset=offset, limit=limit),
                 lambda mt: oparl.meeting(u, mt, omit), _meetings(ctx))


@route(bp, "/memberships/<key>", permission=PUBLIC)
def membership(ctx: Context, key: str) -> Response:
    slug, _, n = key.rpartition("-")
    f = published.forum(ctx, slug) if n.isdigit() else None
    members = dict(oparl.forum_members(f)) if f else {}
    if f is None or int(n) not in members:
        abort(404)
    return _json(oparl.membership(_urls(), f, int(n), members[int(n)]))


@route(bp, "/people/<int:person_id>", permission=PUBLIC)
def person(ctx: Context, person_id: int) -> Response:
    return _json(oparl.person(_urls(), published_meetings.person(ctx, person_id) or abort(404)))


@route(bp, "/meetings/<int:meeting_id>", permission=PUBLIC)
def meeting(ctx: Context, meeting_id: int) -> Response:
    return _json(oparl.meeting(_urls(), published_meetings.meeting(ctx, meeting_id) or abort(404)))


@route(bp, "/agenda-items/<int:item_id>", permission=PUBLIC)
def agenda_item(ctx: Context, item_id: int) -> Response:
    found = published_meetings.agenda_item(ctx, item_id) or abort(404)
    return _json(oparl.agenda_item(_urls(), *found))


@route(bp, "/papers/<int:paper_id>", permission=PUBLIC)
def paper(ctx: Context, paper_id: int) -> Response:
    return _json(oparl.paper(_urls(), published_meetings.paper(ctx, paper_id) or abort(404)))


@route(bp, "/files/<int:file_id>", permission=PUBLIC)
def file(ctx: Context, file_id: int) -> Response:
    papers = [p for p in published_meetings.file_papers(ctx, file_id) if p.file]
    found = papers[0].file if papers else None
    return _json(oparl.file(_urls(), found or abort(404), [p.id for p in papers]))


@route(bp, "/concord/decision-notices", permission=PUBLIC)
def notices(ctx: Context) -> Response:
    args = request.args.to_dict()
    body_slug = args.pop("body", None)
    if body_slug is not None and published.body(ctx, body_slug) is None:
        raise DomainError("body", body_slug[:40], "is not a policing body in the register")
    u = _urls()
    paging = oparl.paging(args)
    try:
        page = oparl.page_of(lambda offset, limit: published.decision_notices_page(
            ctx, policing_body=body_slug, offset=offset, limit=limit), paging, request.base_url, lambda n: oparl.notice(u, n),
                             Dated(ctx, "decision_notice", lambda n: n.reference, "reference"))
    except LookupError:
        abort(404)
    if body_slug:
        page["links"] = {k: v.replace("?", f"?body={body_slug}&", 1) for k, v in page["links"].items()}
    return _json(page)


@route(bp, "/concord/decision-notices/<reference>", permission=PUBLIC)
def notice(ctx: Context, reference: str) -> Response:
    return _json(oparl.notice(_urls(), published.decision_notice(ctx, reference) or abort(404)))


@route(bp, "/concord/agreements", permission=PUBLIC)
def agreements(ctx: Context) -> Response:
    u = _urls()
    return _list(lambda offset, limit: published.agreements_page(ctx, offset, limit), lambda a: oparl.agreement(u, a),
                 Dated(ctx, "agreement", lambda a: a.slug, "slug"))


@route(bp, "/concord/agreements/<slug>", permission=PUBLIC)
def agreement(ctx: Context, slug: str) -> Response:
    detail = published.agreement(ctx, slug) or abort(404)
    return _json(oparl.agreement(_urls(), detail.agreement))


@route(bp, "/<path:rest>", permission=PUBLIC)
def unknown(ctx: Context, rest: str) -> Response:
    abort(404)

