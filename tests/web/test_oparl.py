"""The OParl 1.1 API: every object the demo produces validates against the
official OParl 1.1 schemas (tests/web/oparl_schema, from OParl/spec), lists
page with links.next, CORS is open, bad input is a JSON 400, an unknown or
non-public id the same JSON 404, and the OpenAPI description is valid."""

from __future__ import annotations

import datetime as dt
import json
import time
from pathlib import Path
from urllib.parse import urlsplit

import jsonschema
import pytest
import sqlalchemy as sa

from tests.web.public_crawl import crawl, demo_api  # noqa: F401  (a fixture)

SCHEMAS = {p.stem: json.loads(p.read_text(encoding="utf-8"))
           for p in (Path(__file__).parent / "oparl_schema").glob("*.json")}
OPARL = "https://schema.oparl.org/1.1/"


def _formats(obj: dict, schema: dict, where: str) -> list[str]:
    """The formats the OParl schemas use ("url", "date-time", "date"), checked strictly."""
    problems = []
    for name, spec in schema.get("properties", {}).items():
        values = obj.get(name)
        if values is None:
            continue
        fmt = spec.get("format") or (spec.get("items") or {}).get("format")
        for value in values if isinstance(values, list) else [values]:
            if not isinstance(value, str) or fmt is None:
                continue
            if fmt == "url" and not (urlsplit(value).scheme in ("http", "https") and urlsplit(value).netloc):
                problems.append(f"{where}.{name}: {value!r} is not a URL")
            if fmt == "date-time":
                stamp = dt.datetime.fromisoformat(value)
                if stamp.tzinfo is None:
                    problems.append(f"{where}.{name}: {value!r} has no offset")
            if fmt == "date":
                dt.date.fromisoformat(value)
    return problems


def validate(obj: object, where: str = "$") -> tuple[int, list[str]]:
    """Validate every OParl object in `obj` (embedded ones too) against its schema."""
    count, problems = 0, []
    if isinstance(obj, dict):
        kind = obj.get("type")
        if isinstance(kind, str) and kind.startswith(OPARL):
            schema = SCHEMAS[kind.removeprefix(OPARL)]
            problems += [f"{where}: {e.message}" for e in jsonschema.Draft7Validator(schema).iter_errors(obj)]
            problems += _formats(obj, schema, where)
            count += 1
        for key, value in obj.items():
            n, p = validate(value, f"{where}.{key}")
            count, problems = count + n, problems + p
    elif isinstance(obj, list):
        for i, value in enumerate(obj):
            n, p = validate(value, f"{where}[{i}]")
            count, problems = count + n, problems + p
    return count, problems


@pytest.fixture
def api(demo, app):  # noqa: ANN001, ANN201
    return app.test_client()


def test_every_object_the_demo_produces_validates_against_the_oparl_schemas(demo_api) -> None:  # noqa: ANN001, F811
    pages = {u: p for u, p in crawl(demo_api).items() if u.startswith("/api/v1") and p.status == 200}
    counted: dict[str, int] = {}
    problems: list[str] = []
    for url, page in pages.items():
        data = json.loads(page.body)
        if url == "/api/v1/openapi.json":
            continue
        if "data" in data:
            assert set(data) >= {"data", "pagination", "links"}, url
        n, p = validate(data, url)
        problems += p
        for obj in data.get("data", [data]):
            counted[str(obj.get("type"))] = counted.get(str(obj.get("type")), 0) + 1
        assert n or "data" in data or "concord" in url, f"{url}: no OParl object"
    assert not problems, problems[:20]
    for kind in ("System", "Body", "Organization", "Membership", "Person", "Meeting", "AgendaItem", "Paper"):
        assert counted.get(OPARL + kind), f"no {kind} reached from /api/v1"
    assert counted.get("concord:DecisionNotice") and counted.get("concord:Agreement")


def test_the_schemas_are_the_official_ones_and_catch_a_bad_object() -> None:
    assert set(SCHEMAS) >= {"System", "Body", "Organization", "Membership", "Person", "Meeting", "AgendaItem",
                            "Paper", "File"}
    _, problems = validate({"id": "x", "type": OPARL + "AgendaItem", "order": "first"})
    assert any("order" in p or "'first'" in p for p in problems) and any("not a URL" in p for p in problems)


def test_lists_page_with_next_links_to_the_end(demo_api) -> None:  # noqa: ANN001, F811
    api = demo_api
    url, seen, total = "/api/v1/bodies/cambridgeshire/agenda-items?limit=7", [], None
    while url:
        got = api.get(url)
        assert got.status_code == 200 and got.headers["Access-Control-Allow-Origin"] == "*"
        page = got.get_json()
        total = page["pagination"]["totalElements"]
        seen += [o["id"] for o in page["data"]]
        nxt = page["links"].get("next")
        assert (nxt is None) == (page["pagination"]["currentPage"] == page["pagination"]["totalPages"])
        url = nxt.removeprefix("http://localhost") if nxt else None
    assert total and total > 7 and len(seen) == total == len(set(seen))


@pytest.mark.parametrize("query", ["page=0", "page=x", "limit=100000", "omit_internal=maybe", "colour=red",
                                   "modified_since=yesterday", "created_until=2020-13-01T00:00:00Z"])
def test_bad_list_parameters_give_a_json_400(demo_api, query: str) -> None:  # noqa: ANN001, F811
    got = demo_api.get(f"/api/v1/bodies?{query}")
    assert got.status_code == 400 and got.mimetype == "application/json"
    assert got.get_json()["error"]["field"] == query.split("=")[0]


def test_a_date_filter_on_a_list_without_dates_is_refused_by_name(demo_api) -> None:  # noqa: ANN001, F811
    got = demo_api.get("/api/v1/bodies/cambridgeshire/memberships?modified_since=2020-01-01T00:00:00Z")
    assert got.status_code == 400
    assert got.get_json()["error"] == {"code": 400, "field": "modified_since", "value": "2020-01-01T00:00:00Z",
                                       "message": "is not supported on this list"}


def test_lists_filter_by_when_objects_were_created_and_modified(api, demo, concord, make_user) -> None:  # noqa: ANN001
    """Objects carry `created` and `modified` from their audit trail; a record added
    through `concord` after a moment is the only one created since it."""
    items = "/api/v1/bodies/cambridgeshire/agenda-items?limit=500"
    before = api.get(items).get_json()
    assert before["data"] and all({"created", "modified"} <= set(o) for o in before["data"])
    meeting = api.get("/api/v1/bodies/cambridgeshire/meetings").get_json()["data"][0]["id"].rsplit("/", 1)[1]
    time.sleep(1.5)
    moment = dt.datetime.now(dt.timezone.utc)
    added = concord("meeting", "agenda-add", meeting, "Dates filter check", "--confirm-late",
                    user=make_user("editor", "bch-programme-office").email)
    assert added.code == 0, added.err
    since = moment.isoformat().replace("+00:00", "Z")
    new = api.get(f"{items}&created_since={since}").get_json()
    assert [o["name"] for o in new["data"]] == ["Dates filter check"]
    assert "created_since=" in new["links"]["self"]
    old = api.get(f"{items}&created_until={since}").get_json()
    assert old["pagination"]["totalElements"] == before["pagination"]["totalElements"]
    assert "Dates filter check" not in {o["name"] for o in old["data"]}


def test_an_unknown_id_and_a_record_that_is_not_public_get_the_same_404(api, db_url: str) -> None:  # noqa: ANN001
    engine = sa.create_engine(db_url)
    with engine.begin() as conn:
        paper = conn.execute(sa.text("SELECT id FROM paper ORDER BY id")).scalars().first()
        meeting = conn.execute(sa.text("SELECT id FROM meeting ORDER BY id")).scalars().first()
        assert api.get(f"/api/v1/papers/{paper}").status_code == 200
        conn.execute(sa.text("UPDATE paper SET marking = 'OFFICIAL-SENSITIVE' WHERE id = :i"), {"i": paper})
        conn.execute(sa.text("UPDATE meeting SET marking = 'SECRET' WHERE id = :i"), {"i": meeting})
    engine.dispose()
    answers = [api.get(u) for u in (f"/api/v1/papers/{paper}", "/api/v1/papers/999999",
                                    f"/api/v1/meetings/{meeting}", "/api/v1/meetings/999999", "/api/v1/no/such",
                                    "/api/v1/meetings/9223372036854775808", "/api/v1/papers/99999999999")]
    assert {a.status_code for a in answers} == {404}
    assert len({a.get_data() for a in answers}) == 1 and answers[0].get_json()["error"]["code"] == 404


def test_the_openapi_description_is_valid_and_covers_every_api_route(demo_api, app) -> None:  # noqa: ANN001, F811
    from openapi_spec_validator import validate as validate_spec

    spec = demo_api.get("/api/v1/openapi.json").get_json()
    validate_spec(spec)
    routes = {r.rule.replace("<", "{").replace(">", "}") for r in app.url_map.iter_rules()
              if r.rule.startswith("/api/v1") and "path:" not in r.rule}
    described = {p for p in spec["paths"]}
    normalise = {r: r.replace("{int:", "{") for r in routes}
    missing = [r for r, n in normalise.items() if not any(_same(n, d) for d in described)]
    assert not missing and "/api/v1/openapi.json" in routes


def _same(route: str, path: str) -> bool:
    a, b = route.strip("/").split("/"), path.strip("/").split("/")
    return len(a) == len(b) and all(x == y or (x.startswith("{") and y.startswith("{")) for x, y in zip(a, b))
