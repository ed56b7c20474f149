"""The service navigation: every area of the register, linked once its pages exist.

An area is listed here by the endpoint of its first page; until a view
module registers that endpoint the area is not shown, so the navigation
never links to a page that does not exist.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from flask import Flask, current_app, g, request, url_for

from concord.domain.access import Permission
from concord.web import access
from concord.web.work import error_list


@dataclass(frozen=True)
class Area:
    label: str
    endpoint: str
    permission: Permission
    #: the blueprints whose pages belong to the area (default: the endpoint's own)
    blueprints: tuple[str, ...] = ()


AREAS = (
    Area("Dashboard", "dashboard.index", Permission.REGISTER_READ),
    Area("Agreements", "agreements.index", Permission.REGISTER_READ),
    Area("Meetings", "meetings.index", Permission.REGISTER_READ),
    Area("Decisions", "decisions.index", Permission.REGISTER_READ),
    Area("Actions", "actions.index", Permission.REGISTER_READ),
    Area("Projects", "projects.index", Permission.REGISTER_READ),
    Area("Finance", "finance.index", Permission.REGISTER_READ,
         ("finance", "revenue", "capital", "capital_forms", "mtfp", "precept", "savings", "recharges")),
    Area("Papers in", "papers.index", Permission.INGEST_RUN),
    Area("Search", "search.index", Permission.REGISTER_READ),
    Area("History", "history.index", Permission.REGISTER_READ),
    Area("Forces", "bodies.forces", Permission.REGISTER_READ),
    Area("Alliances", "alliances.index", Permission.REGISTER_READ),
    Area("Users", "users.index", Permission.USER_MANAGE),
)


def areas() -> list[dict[str, Any]]:
    """The navigation items for the signed-in user on this request."""
    if g.get("actor") is None:
        return []
    here = request.blueprint
    out = []
    for area in AREAS:
        if area.endpoint not in current_app.view_functions or not access.can(area.permission):
            continue
        item: dict[str, Any] = {"href": url_for(area.endpoint), "text": area.label}
        if here and here in (area.blueprints or (area.endpoint.split(".")[0],)):
            item["active"] = True
        out.append(item)
    return out


def history_url(kind: str, key: object) -> str | None:
    """The audit trail of a record ("History of this record"), once the history pages exist."""
    if "history.record" not in current_app.view_functions or key is None:
        return None
    return url_for("history.record", kind=kind, key=str(key))


def install(app: Flask) -> None:
    app.context_processor(lambda: {
        "navigation": areas(),
        "actor": g.get("actor"),
        "can": access.can,
        "record_url": access.record_url,
        "history_url": history_url,
        "error_list": error_list,
        "Permission": Permission,
    })
