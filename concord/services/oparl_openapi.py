"""An OpenAPI 3.1 description of the OParl API at `/api/v1/openapi.json`."""

from __future__ import annotations

from typing import Any

from concord.services.oparl import MAX_LIMIT, SCHEMA, Urls
from concord.services.oparl_dates import FILTERS
from concord.services.published import MAX_ID

PREFIX = "/api/v1"
_OBJECTS = ("System", "Body", "Organization", "Membership", "Person", "Meeting", "AgendaItem", "Paper", "File")


def _object(name: str, required: tuple[str, ...] = ()) -> dict:
    props: dict[str, Any] = {"id": {"type": "string", "format": "uri"},
                             "type": {"type": "string", "const": SCHEMA + name} if name in _OBJECTS
                             else {"type": "string", "const": f"concord:{name}"}}
    return {"type": "object", "required": ["id", "type", *required], "properties": props}


def _ref(name: str) -> dict:
    return {"$ref": f"#/components/schemas/{name}"}


def _list_of(name: str) -> dict:
    return {"type": "object", "required": ["data", "pagination", "links"], "properties": {
        "data": {"type": "array", "items": _ref(name)},
        "pagination": {"type": "object", "properties": {k: {"type": "integer", "minimum": 0} for k in (
            "totalElements", "elementsPerPage", "currentPage", "totalPages")}},
        "links": {"type": "object", "properties": {k: {"type": "string", "format": "uri"} for k in (
            "first", "prev", "self", "next", "last")}}}}


_PAGING = [
    {"name": "page", "in": "query", "required": False, "schema": {"type": "integer", "minimum": 1, "maximum": 10**6}},
    {"name": "limit", "in": "query", "required": False,
     "schema": {"type": "integer", "minimum": 1, "maximum": MAX_LIMIT}},
    {"name": "omit_internal", "in": "query", "required": False, "schema": {"type": "string", "enum": ["true", "false"]}},
]
#: OParl's date filters, on the lists whose objects carry `created` and `modified`
_DATES = [{"name": name, "in": "query", "required": False, "schema": {"type": "string", "format": "date-time"}}
          for name in FILTERS]
#: the lists whose items have no dates of their own (a seat on a forum; forums and alliances together)
UNDATED = frozenset({"organizations", "memberships"})


def _responses(schema: dict, listing: bool) -> dict:
    out = {"200": {"description": "The object" if not listing else "A page of the list",
                   "content": {"application/json": {"schema": schema}}},
           "404": {"description": "No such public object (or page)", "content": {"application/json": {
               "schema": _ref("Error")}}}}
    if listing:
        out["400"] = {"description": "A bad list parameter", "content": {"application/json": {
            "schema": _ref("Error")}}}
    return out


def _path(summary: str, schema: dict, params: list[dict] | None = None, listing: bool = False,
          dated: bool = True) -> dict:
    query = (_PAGING + (_DATES if dated else [])) if listing else []
    return {"get": {"summary": summary, "parameters": (params or []) + query,
                    "responses": _responses(schema, listing)}}


def _var(name: str, kind: str = "string") -> dict:
    schema: dict[str, Any] = {"type": kind}
    if kind == "integer":
        schema.update(minimum=1, maximum=MAX_ID)
    return {"name": name, "in": "path", "required": True, "schema": schema}


def description(u: Urls, bodies: list[str]) -> dict:
    """The description; `bodies` are the policing bodies' slugs (the values the notices' filter takes)."""
    slug, ident = [_var("slug")], [_var("id", "integer")]
    body_lists = {"organizations": "Organization", "meetings": "Meeting", "papers": "Paper",
                  "agenda-items": "AgendaItem", "files": "File", "people": "Person", "memberships": "Membership"}
    paths: dict[str, Any] = {
        "/": _path("The OParl System object", _ref("System")),
        "/openapi.json": _path("This description", {"type": "object"}),
        "/bodies": _path("Policing bodies", _list_of("Body"), listing=True),
        "/bodies/{slug}": _path("A policing body", _ref("Body"), slug),
        "/organizations/{org}": _path("A forum or alliance", _ref("Organization"), [_var("org")]),
        "/organizations/{org}/meetings": _path("A forum's meetings", _list_of("Meeting"), [_var("org")], True),
        "/memberships/{key}": _path("A seat on a forum", _ref("Membership"), [_var("key")]),
        "/people/{id}": _path("A person recorded at a public meeting", _ref("Person"), ident),
        "/meetings/{id}": _path("A meeting", _ref("Meeting"), ident),
        "/agenda-items/{id}": _path("An agenda item", _ref("AgendaItem"), ident),
        "/papers/{id}": _path("A paper", _ref("Paper"), ident),
        "/files/{id}": _path("A paper's stored original", _ref("File"), ident),
        "/concord/decision-notices": _path("Decision notices", _list_of("DecisionNotice"), [
            {"name": "body", "in": "query", "required": False, "schema": {"type": "string", "enum": bodies}}], True),
        "/concord/decision-notices/{reference}": _path("A decision notice", _ref("DecisionNotice"),
                                                       [_var("reference")]),
        "/concord/agreements": _path("Collaboration agreements", _list_of("Agreement"), listing=True),
        "/concord/agreements/{slug}": _path("A collaboration agreement", _ref("Agreement"), slug),
    }
    for part, name in body_lists.items():
        paths[f"/bodies/{{slug}}/{part}"] = _path(f"A policing body's {part.replace('-', ' ')}", _list_of(name),
                                                  slug, True, part not in UNDATED)
    schemas: dict[str, Any] = {name: _object(name) for name in _OBJECTS}
    schemas["System"]["required"] += ["oparlVersion", "body"]
    schemas["AgendaItem"]["required"] += ["order"]
    schemas["File"]["required"] += ["accessUrl"]
    schemas["Body"]["required"] += ["name", "organization", "person", "meeting", "paper", "legislativeTerm"]
    schemas["DecisionNotice"] = _object("DecisionNotice", ("reference", "subject", "decision"))
    schemas["Agreement"] = _object("Agreement", ("slug", "title"))
    schemas["Error"] = {"type": "object", "required": ["error"], "properties": {"error": {
        "type": "object", "required": ["code", "message"],
        "properties": {"code": {"type": "integer"}, "message": {"type": "string"}}}}}
    return {"openapi": "3.1.0",
            "info": {"title": "Concord public register: OParl 1.1", "version": "1.1",
                     "description": "The published records of the register (OFFICIAL, approved) as OParl 1.1 "
                                    "objects; decision notices and agreements as concord: extensions.",
                     "license": {"name": "Open Government Licence v3.0",
                                 "url": "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"}},
            "servers": [{"url": u.api.removesuffix(PREFIX)}],
            "paths": {PREFIX + ("" if path == "/" else path): item for path, item in paths.items()}, "components": {"schemas": schemas}}
