"""The public register's feeds: iCalendar per forum, CSV on the Web per register.

Built by `concord.services.opendata` from the published records only.
"""

from __future__ import annotations

import json
import os

from flask import Blueprint, Response, abort, request, url_for

from concord.services import opendata
from concord.services.context import Context
from concord.web.access import PUBLIC, route

#: the register's public host name, which every event's UID ends with, so that a calendar
#: subscribed through two addresses (or behind a proxy) does not show each meeting twice
PUBLIC_HOST = "CONCORD_PUBLIC_HOST"

bp = Blueprint("public_feeds", __name__, url_prefix="/public")


@bp.after_request
def _open(response: Response) -> Response:
    response.headers["Access-Control-Allow-Origin"] = "*"
    response.headers["Cross-Origin-Resource-Policy"] = "cross-origin"
    return response


@route(bp, "/meetings/forums/<slug>/calendar.ics", permission=PUBLIC)
def calendar(ctx: Context, slug: str) -> Response:
    base = url_for("public.meeting", meeting_id=0, _external=True).removesuffix("0")  # url_for once, not per meeting

    def page(meeting_id: int) -> str:
        return f"{base}{meeting_id}"

    host = os.environ.get(PUBLIC_HOST) or request.host.split(":")[0]
    body = opendata.calendar(ctx, slug, page, host) or abort(404)
    response = Response(body, mimetype="text/calendar")
    response.headers["Content-Disposition"] = f'inline; filename="{slug}.ics"'
    return response


@route(bp, "/data/<register>.csv", permission=PUBLIC)
def register_csv(ctx: Context, register: str) -> Response:
    text = opendata.register_csv(ctx, register)
    if text is None:
        abort(404)
    response = Response(text.encode("utf-8"), mimetype="text/csv")
    response.headers["Link"] = f'<{url_for("public_feeds.register_metadata", register=register)}>; ' \
                               'rel="describedby"; type="application/csvm+json"'
    return response


@route(bp, "/data/<register>.csv-metadata.json", permission=PUBLIC)
def register_metadata(ctx: Context, register: str) -> Response:
    metadata = opendata.register_metadata(register, f"{register}.csv") or abort(404)
    return Response(json.dumps(metadata, indent=2, ensure_ascii=False), mimetype="application/csvm+json")
