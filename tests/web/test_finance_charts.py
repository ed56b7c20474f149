"""The finance pages draw their charts (issue 14): the MTFP gap, capital spend against budget, and spend
against savings by year, each an SVG image whose alternative text gives the figures the register holds."""

from __future__ import annotations

import base64
import json
import re
from decimal import Decimal


def _charts(page) -> list[tuple[str, str]]:  # noqa: ANN001
    """(the SVG, the alternative text) of each chart on the page."""
    out = []
    for img in page.soup.select("figure.concord-chart img"):
        src = img["src"]
        assert src.startswith("data:image/svg+xml;base64,"), src[:40]
        svg = base64.b64decode(src.split(",", 1)[1]).decode("utf-8")
        assert svg.lstrip().startswith(("<?xml", "<svg")) and "</svg>" in svg
        out.append((svg, img["alt"]))
    return out


def _pounds(value: str) -> str:
    return f"£{Decimal(value).quantize(Decimal(1)):,}".replace("£-", "−£")


def test_the_mtfp_page_draws_each_scenario_s_gap(pages, demo, concord) -> None:  # noqa: ANN001
    editor = demo["editor"].email
    base = ["--base-year", "2016", "--officer-pay", "62000000", "--staff-pay", "38000000", "--energy", "2000000",
            "--other-costs", "28500000", "--grant", "76000000", "--tax-base", "232000.5", "--band-d", "189.90"]
    assert concord("mtfp", "add", "cambridgeshire", "central", *base, user=editor).code == 0
    assert concord("mtfp", "assume", "cambridgeshire", "central", "--year", "2017", "--pay-award", "2",
                   user=editor).code == 0
    pages.sign_in(demo["viewer"])
    drawn = _charts(pages.get("/mtfp/cambridgeshire"))
    assert len(drawn) == 1
    plan = json.loads(concord("mtfp", "show", "cambridgeshire", "--json").out)
    alt = drawn[0][1]
    gaps = re.findall(r"gap (−?£[\d,]+)", alt)
    table = [[c.get_text(" ", strip=True) for c in tr.find_all(["th", "td"])]
             for tr in pages.get("/mtfp/cambridgeshire").soup.select("table tbody tr")]
    assert [g.replace("−", "-") for g in gaps] == [c.replace("−", "-") for c in
                                                  {r[0]: r[1:] for r in table}["Budget gap (cumulative)"]], (gaps, table)
    assert len(gaps) == 2, alt  # the base year and the year assumed
    assert plan  # the CLI shows the scenario too
    text = json.dumps(plan)
    for gap in gaps:  # each gap the chart states is one the register computes
        assert gap.replace("−£", "-").replace("£", "").replace(",", "") in text.replace(",", ""), (gap, text[:300])


def test_the_capital_page_draws_each_scheme_s_budget_against_its_spend(pages, demo, concord) -> None:  # noqa: ANN001
    pages.sign_in(demo["viewer"])
    drawn = _charts(pages.get("/capital/cambridgeshire/2016"))
    assert len(drawn) == 1
    shown = json.loads(concord("capital", "show", "cambridgeshire", "2016", "--json").out)
    alt = drawn[0][1]
    for scheme in shown["schemes"]:
        name = scheme.get("code") or scheme["name"]
        assert f"{name}: revised budget {_pounds(scheme['revised'])}, spent {_pounds(scheme['actual'])}" in alt, (
            name, alt)


def test_the_savings_page_draws_spend_against_savings_for_each_alliance(pages, demo, concord) -> None:  # noqa: ANN001
    pages.sign_in(demo["viewer"])
    drawn = _charts(pages.get("/savings"))
    reg = json.loads(concord("savings", "show", "--json").out)
    alliances = {r["name"] for r in reg["by_alliance"]}
    assert len(drawn) == len(alliances) and alliances
    bch = next(alt for _, alt in drawn if alt.startswith("Spend against savings: bch"))
    rollup = next(r for r in reg["by_alliance"] if r["name"] == "bch")
    for period in rollup["by_period"]:
        assert (f"{period['period']} spend" in bch
                and f"predicted {_pounds(period['predicted'])}, delivered {_pounds(period['delivered'])}" in bch), (
            period, bch)
    spend = sum(Decimal(r["spend"]) for r in reg["spend"] if r["alliance"] == "bch" and r["year"] == "2016/17")
    assert f"2016/17 spend {_pounds(str(spend))}" in bch
