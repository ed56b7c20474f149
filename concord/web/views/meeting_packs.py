"""A meeting's agenda pack, downloaded as PDF or Word: the same call as `concord pack`."""

from __future__ import annotations

from flask import Blueprint, Response, abort

from concord.domain.access import Permission
from concord.papers import make
from concord.papers import pack as packs
from concord.services.context import Context
from concord.web.access import route

bp = Blueprint("meeting_packs", __name__)


@route(bp, "/meetings/<int:meeting_id>/pack.<fmt>", permission=Permission.REGISTER_READ)
def download(ctx: Context, meeting_id: int, fmt: str):  # noqa: ANN201
    if fmt not in ("pdf", "docx"):
        abort(404)
    name, content = packs.build(ctx, str(meeting_id), fmt)
    return Response(content, mimetype=make.MEDIA[fmt].split(";")[0],
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})
