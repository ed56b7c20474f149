"""Revenue monitoring rules: groups, roll-ups from unrounded lines, printed totals checked, months compared."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from concord.domain import monitoring as mon
from concord.domain.errors import DomainError

D = Decimal


def line(group: str | None, label: str, fyb: str | None, ytd: str | None, actual: str | None, forecast: str | None,
         heading: str | None = None, total: bool = False) -> mon.Line:
    return mon.Line(mon.BudgetGroup(group) if group else None, label,
                    mon.Figures(*(None if v is None else D(v) for v in (fyb, ytd, actual, forecast))),
                    heading=heading, is_total=total)


def test_a_line_s_variances_follow_rule_9_and_a_dash_counts_as_nothing() -> None:
    f = mon.Figures(D("46589000"), D("23194000"), D("23273000"), D("46376000"))
    assert f.variance == D("79000")  # actual - YTD budget: an overspend to date
    assert f.forecast_variance == D("-213000")  # forecast - full-year budget: a forecast underspend
    dash = mon.Figures(None, None, None, D("437000"))
    assert dash.variance == 0 and dash.forecast_variance == D("437000")


def test_roll_ups_add_unrounded_lines_and_round_only_for_display() -> None:
    # three lines of £0.40 each: rounded first they would total £0, unrounded they total £1.20
    lines = [line("supplies", f"Line {i}", "0.40", "0.40", "0.40", "0.40") for i in range(3)]
    r = mon.roll_up(lines)
    assert r.figures.actual == D("1.20")
    assert r.group(mon.BudgetGroup.SUPPLIES).figures.full_year_budget == D("1.20")


def test_groups_come_in_the_papers_order_with_headings_inside_them() -> None:
    lines = [line("income", "Rental Income", "-100", "-15", "-36", "-142"),
             line("collaboration", "Dogs", "755", "360", "363", "760", heading="Joint Protective Services"),
             line("employees", "Overtime", "1898", "843", "848", "1894", heading="Police officers"),
             line("collaboration", "ICT", "6718", "3491", "3509", "6755", heading="Organisational Support")]
    r = mon.roll_up(lines)
    assert [g.group for g in r.groups] == [mon.BudgetGroup.EMPLOYEES, mon.BudgetGroup.INCOME,
                                           mon.BudgetGroup.COLLABORATION]
    collab = r.group(mon.BudgetGroup.COLLABORATION)
    assert [h.heading for h in collab.headings] == ["Joint Protective Services", "Organisational Support"]
    assert collab.figures.actual == D("3872")


def test_a_printed_group_total_is_checked_against_its_group_only_and_a_statement_total_against_all() -> None:
    lines = [line("transport", "Vehicle Running Costs", "1391000", "660000", "633000", "1341000"),
             line("transport", "Hired Transport", "8000", "8000", "11000", "10000"),
             line("premises", "Cleaning", "523000", "254000", "264000", "542000"),
             line("transport", "Total Transport Costs", "1399000", "668000", "690000", "1351000", total=True),
             line(None, "Net Budget Requirement", "1922000", "922000", "908000", "1893000", total=True)]
    r = mon.roll_up(lines, "GBP_thousands")
    flagged = {(p.label, p.column) for p in r.problems}
    # transport actual printed 690 but its lines add up to 644; the statement's total casts
    assert flagged == {("Total Transport Costs", "actual")}
    [p] = r.problems
    assert p.computed == D("644000") and p.difference == D("46000")


def test_a_total_within_rounding_is_not_flagged_and_never_adjusted() -> None:
    # printed in £'000: three rows and their total round by up to £500 each -> tolerance £2,000
    lines = [line("income", f"Income {i}", "1000", "1000", "1000", "1000") for i in range(3)]
    lines.append(line("income", "Total Income", "4000", "3000", "3000", "3000", total=True))
    r = mon.roll_up(lines, "GBP_thousands")
    assert r.problems == ()
    assert r.checks[0].printed == D("4000") and r.checks[0].difference == D("1000")


def test_months_compare_line_by_line_with_lines_new_and_gone() -> None:
    before = [line("supplies", "Catering", "158", "53", "40", "150"),
              line("supplies", "Interpreters", "380", "158", "145", "349")]
    now = [line("supplies", "Catering", "158", "64", "48", "142"),
           line("supplies", "Mutual Aid", "-150", "-75", "-25", "-61")]
    c = mon.compare(now, before)
    by = {m.label: m for m in c.lines}
    assert by["Catering"].status == "both" and by["Catering"].movement.actual == D("8")
    assert by["Catering"].forecast_variance_movement == D("-8")
    assert by["Mutual Aid"].status == "new" and by["Interpreters"].status == "gone"
    assert by["Interpreters"].movement.actual == D("-145")
    [g] = c.groups
    assert g.movement.forecast == (D("142") - D("61")) - (D("150") + D("349"))


def test_the_month_before_month_1_is_month_12_of_the_year_before() -> None:
    assert mon.previous_month(2017, 1) == (2016, 12)
    assert mon.previous_month(2016, 6) == (2016, 5)
    assert mon.month_name(2016, 6) == "September 2016" and mon.month_name(2016, 10) == "January 2017"
    with pytest.raises(DomainError) as e:
        mon.previous_month(2016, 13)
    assert e.value.field == "month"


def test_groups_are_read_as_sheets_and_papers_name_them() -> None:
    assert mon.group_of("Supplies & Services") == mon.BudgetGroup.SUPPLIES
    assert mon.group_of("Total Premises Costs") == mon.BudgetGroup.PREMISES
    assert mon.group_of("holding") == mon.BudgetGroup.HOLDING
    with pytest.raises(DomainError) as e:
        mon.group_of("Sundries")
    assert e.value.value == "Sundries" and "employees" in e.value.reason


def test_a_missing_month_is_found_between_the_first_and_last() -> None:
    assert mon.missing_months([5, 7, 8]) == [6]
    assert mon.missing_months([1, 2, 3]) == [] and mon.missing_months([]) == []


pence = st.integers(min_value=-10**11, max_value=10**11).map(lambda p: D(p) / 100)


@given(st.lists(st.tuples(st.sampled_from(list(mon.BudgetGroup)), pence, pence, pence, pence), max_size=30))
def test_the_statement_total_is_the_sum_of_its_groups_and_a_total_of_the_rows_always_casts(rows) -> None:  # noqa: ANN001
    lines = [mon.Line(g, f"L{i}", mon.Figures(a, b, c, d)) for i, (g, a, b, c, d) in enumerate(rows)]
    r = mon.roll_up(lines)
    assert r.figures == mon.total(g.figures for g in r.groups)
    exact = r.figures
    printed = mon.Line(None, "Total", exact, is_total=True)
    assert mon.roll_up([*lines, printed]).problems == ()


def test_gross_and_net_revenue_expenditure_span_groups_and_follow_their_last_group() -> None:
    lines = [line("employees", "Pay", "10.10", "5", "5", "10"), line("supplies", "IT", "5.05", "2", "3", "5"),
             line("income", "Fees", "-3.03", "-1", "-2", "-3"), line("collaboration", "BCH", "7", "3", "3", "7"),
             line(None, "Net budget requirement", "19.12", "9", "9", "19", total=True)]
    r = mon.roll_up(lines)
    gross, net = r.spans
    assert (gross.title, gross.after, gross.figures.full_year_budget) == \
        ("Gross revenue expenditure", mon.BudgetGroup.SUPPLIES, D("15.15"))
    assert (net.title, net.after, net.figures.full_year_budget, net.figures.actual) == \
        ("Net revenue expenditure", mon.BudgetGroup.INCOME, D("12.12"), D("6"))
    assert r.spans_after(mon.BudgetGroup.SUPPLIES) == (gross,) and r.spans_after(mon.BudgetGroup.COLLABORATION) == ()
    assert r.figures.full_year_budget == D("19.12")  # the statement's total still adds every group
    assert mon.roll_up([line("collaboration", "BCH", "7", "3", "3", "7")]).spans == ()


def test_a_printed_gross_or_net_total_is_checked_against_its_groups_not_the_whole_statement() -> None:
    lines = [line("employees", "Pay", "100", "50", "50", "100"), line("income", "Fees", "-30", "-15", "-15", "-30"),
             line("collaboration", "BCH", "70", "35", "35", "70"),
             line(None, "Gross Revenue Expenditure", "100", "50", "50", "100", total=True),
             line(None, "NET REVENUE EXPENDITURE", "70", "35", "45", "70", total=True),
             line(None, "Net budget requirement", "140", "70", "70", "140", total=True)]
    r = mon.roll_up(lines)
    assert [(c.label, c.column, c.computed, c.printed) for c in r.problems] == \
        [("NET REVENUE EXPENDITURE", "actual", D("35"), D("45"))]
    assert mon.span_of("Total gross revenue expenditure") == mon.SPANS[0][2]
    assert mon.span_of("Net budget requirement") is None
