"""GOV.UK Frontend's styles, scripts, fonts and images, and Concord's own script."""

from __future__ import annotations

from flask import Blueprint, send_from_directory

from concord.services.context import Context
from concord.web import STATIC_DIR
from concord.web.access import PUBLIC, route

bp = Blueprint("assets", __name__)


@route(bp, "/assets/<path:filename>", permission=PUBLIC)
def asset(ctx: Context, filename: str):  # noqa: ANN201
    return send_from_directory(STATIC_DIR, filename, max_age=3600)
