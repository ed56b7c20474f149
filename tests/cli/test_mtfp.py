"""`concord mtfp`: a finance officer runs a Medium Term Financial Plan scenario and sees the gap;
in a fresh process, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

EDITOR = "editor@cambridgeshire-opcc.example"
VIEWER = "viewer@hertfordshire-opcc.example"
BASE = ["--base-year", "2016", "--officer-pay", "£62,000,000", "--staff-pay", "38000000", "--energy", "2000000",
        "--other-costs", "28500000", "--grant", "76000000", "--tax-base", "232,000.5", "--band-d", "189.90",
        "--other-financing", "500000"]
# the seed's assumptions for 2017/18 (paragraph 5.2 of the MTFP update), with a precept rise of 1.99 %
YEAR = ["--pay-award", "1.0", "--increments", "0.6", "--inflation", "1.0", "--energy-inflation", "3.0",
        "--grant-change", "-0.5", "--tax-base-growth", "2.0", "--band-d-increase", "1.99"]


@pytest.fixture
def register(demo_copy):  # noqa: ANN001
    demo = demo_copy()
    ran = demo.run("mtfp", "add", "cambridgeshire", "central", *BASE, user=EDITOR)
    assert ran.code == 0, ran.err
    return demo


def _plan(demo, *names: str) -> list[dict]:  # noqa: ANN001
    ran = demo.run("mtfp", "show", "cambridgeshire", *names, "--json")
    assert ran.code == 0, ran.err
    return json.loads(ran.out)


def test_a_scenario_projects_each_year_and_the_gap_is_a_difference(register) -> None:  # noqa: ANN001
    for year in ("2017", "2018", "2019"):
        ran = register.run("mtfp", "assume", "cambridgeshire", "central", "--year", year, *YEAR, user=EDITOR)
        assert ran.code == 0, ran.err
    [plan] = _plan(register, "central")
    years = plan["years"]
    assert [y["year"] for y in years] == ["2016/17", "2017/18", "2018/19", "2019/20"]
    first = years[1]
    assert Decimal(first["energy"]) == Decimal("2060000.00")
    assert Decimal(first["grant"]) == Decimal("75620000.00")
    assert first["band_d"] == "193.68"
    assert first["assumptions_percent"]["energy_inflation"] == "3.0"
    for y in years:
        assert Decimal(y["gap"]) == Decimal(y["net_revenue_expenditure"]) - Decimal(y["financing"])
    assert sum(Decimal(y["in_year_gap"]) for y in years) == Decimal(years[-1]["gap"])
    table = register.run("mtfp", "show", "cambridgeshire").out
    assert "Budget gap (cumulative)" in table and "2019/20" in table and "193.68" in table


def test_scenarios_side_by_side_and_savings_close_the_gap(register) -> None:  # noqa: ANN001
    assert register.run("mtfp", "add", "cambridgeshire", "savings", *BASE, user=EDITOR).code == 0
    for name, extra in (("central", []), ("savings", ["--savings", "1,500,000"])):
        ran = register.run("mtfp", "assume", "cambridgeshire", name, "--year", "2017", *YEAR, *extra, user=EDITOR)
        assert ran.code == 0, ran.err
    central, saving = _plan(register)
    assert (central["name"], saving["name"]) == ("central", "savings")
    assert Decimal(central["years"][1]["gap"]) - Decimal(saving["years"][1]["gap"]) == Decimal(1_500_000)
    listed = register.run("mtfp", "list", "cambridgeshire").out
    assert "cambridgeshire/central: 2016/17 to 2017/18" in listed and "cambridgeshire/savings" in listed


def test_changing_a_year_keeps_what_was_not_given_and_a_stale_version_is_refused(register) -> None:  # noqa: ANN001
    assert register.run("mtfp", "assume", "cambridgeshire", "central", "--year", "2017", *YEAR, user=EDITOR).code == 0
    ran = register.run("mtfp", "assume", "cambridgeshire", "central", "--year", "2017", "--inflation", "2.5",
                       "--expected-version", "2", user=EDITOR)
    assert ran.code == 0, ran.err
    kept = _plan(register, "central")[0]["years"][1]["assumptions_percent"]
    assert kept["general_inflation"] == "2.5" and kept["energy_inflation"] == "3.0"
    stale = register.run("mtfp", "assume", "cambridgeshire", "central", "--year", "2017", "--inflation", "9",
                         "--expected-version", "2", user=EDITOR)
    assert stale.code == 3, stale.err
    assert _plan(register, "central")[0]["years"][1]["assumptions_percent"]["general_inflation"] == "2.5"


@pytest.mark.parametrize(("argv", "words"), [
    (["--year", "2019", "--inflation", "1"], "comes after 2018/19, which has no assumptions yet"),
    (["--year", "2017", "--inflation", "70"], "--inflation: 70 is out of range"),
    (["--year", "2017", "--grant-change", "a lot"], "--grant-change: a lot is not a number"),
    (["--year", "2017", "--pay-award", "1", "--staff-pay-award", "2"], "not both"),
    (["--year", "2016", "--inflation", "1"], "must be one of the 10 years after the base year 2016/17"),
    (["--year", "2017", "--savings", "-5"], "--savings"),
])
def test_bad_assumptions_are_refused_naming_the_option_and_nothing_changes(register, argv, words) -> None:  # noqa: ANN001
    before = register.dump()
    ran = register.run("mtfp", "assume", "cambridgeshire", "central", *argv, user=EDITOR)
    assert ran.code == 2, (ran.code, ran.err)
    assert words in ran.err and "Traceback" not in ran.err
    assert register.dump() == before


def test_bad_scenarios_are_refused(register) -> None:  # noqa: ANN001
    again = register.run("mtfp", "add", "cambridgeshire", "central", *BASE, user=EDITOR)
    assert again.code == 2 and "already has a scenario of that name" in again.err
    nowhere = register.run("mtfp", "add", "atlantis", "central", *BASE, user=EDITOR)
    assert nowhere.code == 2 and "body: atlantis is not a policing body" in nowhere.err
    negative = register.run("mtfp", "add", "cambridgeshire", "cut", *BASE[:-2], "--grant", "-5", user=EDITOR)
    assert negative.code == 2 and "--grant" in negative.err


def test_only_the_bodys_own_editors_may_change_its_plan_and_a_marked_one_is_not_shown_to_others(demo_copy) -> None:  # noqa: ANN001
    demo = demo_copy()
    viewer = demo.run("mtfp", "add", "cambridgeshire", "central", *BASE, user=VIEWER)
    assert viewer.code == 4
    other_body = demo.run("mtfp", "add", "hertfordshire", "central", *BASE, user=EDITOR)
    assert other_body.code == 4, other_body.err
    marked = demo.run("mtfp", "add", "cambridgeshire", "draft", *BASE, "--marking", "OFFICIAL-SENSITIVE", user=EDITOR)
    assert marked.code == 0, marked.err
    assert "cambridgeshire/draft" in demo.run("mtfp", "list", user=EDITOR).out
    assert "draft" not in demo.run("mtfp", "list", user=VIEWER).out
    hidden = demo.run("mtfp", "show", "cambridgeshire", "draft", user=VIEWER)
    assert hidden.code == 2 and "has no MTFP scenario of that name" in hidden.err
