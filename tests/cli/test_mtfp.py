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


def test_a_year_whose_precept_is_set_takes_its_band_d_and_tax_base_and_check_names_the_difference(register) -> None:  # noqa: ANN001
    for year in ("2017", "2018"):
        ran = register.run("mtfp", "assume", "cambridgeshire", "central", "--year", year, *YEAR, user=EDITOR)
        assert ran.code == 0, ran.err
    assumed = _plan(register, "central")[0]["years"][1]
    assert (assumed["band_d"], assumed["precept_set"]) == ("193.68", False)
    for argv, user in ((("precept", "set", "cambridgeshire", "2016/17", "--band-d", "189.90", "--tax-base",
                         "232000.5"), EDITOR),
                       (("precept", "set", "cambridgeshire", "2017/18", "--band-d", "194.50", "--tax-base",
                         "240000"), EDITOR),
                       (("precept", "limit", "2017/18", "--percent", "2"), "admin@cambridgeshire-opcc.example")):
        ran = register.run(*argv, user=user)
        assert ran.code == 0, (argv, ran.err)
    base, first, second = _plan(register, "central")[0]["years"]
    assert (base["precept_set"], base["assumed_band_d"]) == (True, "189.90")
    assert (first["band_d"], first["assumed_band_d"], first["precept_set"]) == ("194.50", "193.68", True)
    assert Decimal(first["tax_base"]) == Decimal("240000") and Decimal(first["council_tax"]) == Decimal("46680000.00")
    assert Decimal(first["financing"]) == Decimal(first["grant"]) + Decimal("46680000.00") + Decimal("500000")
    # the year after grows from the precept set, by the scenario's assumptions
    assert second["band_d"] == str((Decimal("194.50") * Decimal("1.0199")).quantize(Decimal("0.01")))
    assert Decimal(second["tax_base"]) == Decimal("240000") * Decimal("1.02")
    assert "193.68" not in register.run("mtfp", "show", "cambridgeshire").out
    found = json.loads(register.run("check", "--json").out)
    kinds = {f["kind"]: f for f in (found["findings"] if isinstance(found, dict) else found)}
    differs = kinds["mtfp_precept_differs"]
    assert "193.68" in differs["detail"] and "194.50" in differs["detail"] and "2017/18" in differs["subject"]
    above = kinds["precept_above_referendum_limit"]  # 189.90 → 194.50 is 2.42 %, above 2 %
    assert "2.42 %" in above["detail"] and "2 %" in above["detail"]
