"""`concord revenue`: a finance officer reads a month's monitoring by group, drills into a group, sees the
totals that do not cast and compares the month with the one before; in a fresh process on the demo."""

from __future__ import annotations

import csv
import json
from decimal import Decimal

import pytest

D = Decimal


@pytest.fixture
def demo(demo_copy):  # noqa: ANN001
    return demo_copy()


def _json(demo, *argv: str) -> dict:  # noqa: ANN001
    ran = demo.run(*argv, "--json")
    assert ran.code == 0, ran.err
    return json.loads(ran.out)


def test_the_demo_has_two_months_and_the_one_whose_total_does_not_cast_says_so(demo) -> None:  # noqa: ANN001
    months = _json(demo, "revenue", "months", "cambridgeshire")
    assert [(m["month"], m["casts"]) for m in months] == [(5, False), (6, True)]
    check = demo.run("check", "--json")
    assert check.code == 0, check.err
    found = [f for f in json.loads(check.out)["findings"] if f["kind"] == "total_does_not_cast"
             and "revenue monitoring 2016/17 month 5" in f["subject"]]
    assert [f["subject"].rsplit(": ", 1)[1] for f in found] == ["Total Transport Costs"]


def test_a_month_rolls_up_by_group_from_its_lines_with_variances_and_forecasts(demo) -> None:  # noqa: ANN001
    st = _json(demo, "revenue", "show", "cambridgeshire", "--year", "2016", "--month", "6")
    groups = {g["group"]: g for g in st["groups"]}
    assert list(groups) == ["employees", "pensions", "premises", "transport", "supplies", "income", "collaboration",
                            "holding"]
    emp = groups["employees"]["figures"]
    assert emp["full_year_budget"] == "71916000.00" and emp["actual"] == "35294000.00"
    assert emp["variance"] == str(D(emp["actual"]) - D(emp["ytd_budget"]))
    assert emp["forecast_variance"] == str(D(emp["forecast"]) - D(emp["full_year_budget"]))
    # the statement's total is computed from the lines (127,501), not the printed 127,499 (within rounding)
    assert st["total"]["full_year_budget"] == "127501000.00"
    nbr = [c for c in st["printed_totals"] if c["label"] == "Net Budget Requirement"
           and c["column"] == "full_year_budget"]
    assert nbr[0]["printed"] == "127499000.00" and nbr[0]["casts"] is True
    assert st["previous"] == {"year": 2016, "month": 5}


def test_drilling_into_collaboration_shows_its_portfolios_functions_and_agreements(demo) -> None:  # noqa: ANN001
    st = _json(demo, "revenue", "show", "cambridgeshire", "--year", "2016", "--month", "6", "--group",
               "Collaboration and partnerships")
    [g] = st["groups"]
    assert [h["heading"] for h in g["headings"]] == [None, "Joint Protective Services", "Organisational Support",
                                                     "Operational Support", "Other collaboration and partnerships"]
    ict = next(ln for ln in g["lines"] if ln["label"] == "ICT")
    assert ict["function"] == "ICT" and ict["portfolio"] == "Organisational Support"
    assert ict["agreements"] == ["bch-ict"]
    text = demo.run("revenue", "show", "cambridgeshire", "--year", "2016", "--month", "6", "--group", "collaboration")
    assert text.code == 0 and "  Joint Protective Services" in text.out and "    Dogs" in text.out


def test_a_total_that_does_not_cast_is_shown_with_its_difference(demo) -> None:  # noqa: ANN001
    ran = demo.run("revenue", "show", "cambridgeshire", "--year", "2016", "--month", "5")
    assert ran.code == 0, ran.err
    assert "DOES NOT CAST: Total Transport Costs, actual: printed 190 but its lines add up to 178" in ran.out


def test_a_month_is_compared_with_the_month_before(demo) -> None:  # noqa: ANN001
    c = _json(demo, "revenue", "compare", "cambridgeshire", "--year", "2016", "--month", "6")
    assert (c["now"]["month"], c["before"]["month"]) == (6, 5)
    emp = next(g for g in c["groups"] if g["group"] == "employees")
    assert D(emp["movement"]["actual"]) == D(emp["now"]["actual"]) - D(emp["before"]["actual"])
    pay = next(ln for ln in c["lines"] if ln["label"] == "Police Officer Pay & Allowances")
    assert pay["status"] == "both" and pay["movement"]["forecast"] == "-74000.00"  # 46,376 against 46,450


def test_no_statement_for_a_month_is_bad_input_naming_it(demo) -> None:  # noqa: ANN001
    ran = demo.run("revenue", "show", "cambridgeshire", "--year", "2016", "--month", "7")
    assert ran.code == 2 and "2016/17 month 7" in ran.err
    ran = demo.run("revenue", "compare", "cambridgeshire", "--year", "2016", "--month", "5")
    assert ran.code == 2 and "month 4" in ran.err
    ran = demo.run("revenue", "show", "cambridgeshire", "--year", "2016", "--month", "6", "--group", "sundries")
    assert ran.code == 2 and "sundries" in ran.err


def test_the_national_roll_up_adds_every_body_s_month(demo) -> None:  # noqa: ANN001
    r = _json(demo, "revenue", "national", "--year", "2016", "--month", "6")
    assert [b["body"] for b in r["bodies"]] == ["cambridgeshire"]
    assert r["total"]["full_year_budget"] == "127501000.00"


def test_gross_and_net_revenue_expenditure_are_computed_across_groups_and_shown(demo) -> None:  # noqa: ANN001
    st = _json(demo, "revenue", "show", "cambridgeshire", "--year", "2016", "--month", "6")
    groups = {g["group"]: g["figures"] for g in st["groups"]}
    spans = {s["subtotal"]: s for s in st["subtotals"]}
    costs = ("employees", "pensions", "premises", "transport", "supplies")
    for column in ("full_year_budget", "ytd_budget", "actual", "forecast"):
        gross = sum(D(groups[g][column]) for g in costs)
        assert D(spans["gross"]["figures"][column]) == gross
        assert D(spans["net"]["figures"][column]) == gross + D(groups["income"][column])
    # the paper prints them in £000 (gross 95,968 and net 94,285 full-year budget): computed from the unrounded
    # lines, each within the rounding of the lines it adds up (rule 21: the figures are never adjusted)
    for key, printed in (("gross", 95_968_000), ("net", 94_285_000)):
        assert abs(D(spans[key]["figures"]["full_year_budget"]) - printed) < 5_000, spans[key]
    assert (spans["gross"]["after"], spans["net"]["after"]) == ("supplies", "income")
    text = demo.run("revenue", "show", "cambridgeshire", "--year", "2016", "--month", "6")
    assert text.code == 0, text.err
    names = [ln.split("  ")[0].strip() for ln in text.out.splitlines()]
    assert names.index("Gross revenue expenditure") == names.index("Supplies and services") + 1
    assert names.index("Net revenue expenditure") == names.index("Income") + 1


def test_printed_gross_and_net_revenue_expenditure_are_checked_against_their_groups(demo) -> None:  # noqa: ANN001
    rows = [("Body", "Year", "Month", "Group", "Line", "Total", "Full-year budget", "YTD budget", "Actual",
             "Full-year forecast")]
    for group, label, fyb in (("employees", "Pay", 100), ("supplies", "IT", 50), (None, "Gross Revenue Expenditure", 150),
                              ("income", "Fees", -30), (None, "NET REVENUE EXPENDITURE", 120),
                              ("collaboration", "BCH", 70), (None, "Net budget requirement", 190)):
        rows.append(("cambridgeshire", "2017/18", 1, group or "", label, "" if group else "yes", fyb, fyb, fyb, fyb))
    path = demo.cwd / "revenue.csv"
    with path.open("w", newline="") as f:
        csv.writer(f).writerows(rows)
    ran = demo.run("finance", "import", str(path), user="editor@cambridgeshire-opcc.example")
    assert ran.code == 0, ran.err + ran.out
    months = {(m["year"], m["month"]): m["casts"] for m in _json(demo, "revenue", "months", "cambridgeshire")}
    assert months[(2017, 1)] is True  # a sub-total across groups is not checked against the whole statement
    st = _json(demo, "revenue", "show", "cambridgeshire", "--year", "2017", "--month", "1")
    checked = {c["label"]: (c["computed"], c["casts"]) for c in st["printed_totals"] if c["column"] == "actual"}
    assert checked == {"Gross Revenue Expenditure": ("150.00", True), "NET REVENUE EXPENDITURE": ("120.00", True),
                       "Net budget requirement": ("190.00", True)}
