"""Budget monitoring tables in layouts other bodies print (concord/ingest/readers/text_rows.py,
concord/ingest/extract/bar_tables.py, concord/ingest/extract/tables.py): the column headings on one line with single
spaces, the unit in the caption or on a line of units under the headings, a dash for nil, brackets for negatives,
footnote marks after a label, and Markdown rows without their outer bars. Bodies and figures invented."""

import json
from pathlib import Path

import pytest

from concord.ingest.readers.text_rows import _one_line_heads, spaced_row_tables
from tests.ingest.ingesting import ingest_text

ONE_LINE = """Westdale Police and Crime Commissioner
Revenue monitoring, quarter 2

Summary of the revenue position (£m)
Area Budget Forecast Variance
Local policing 45.2 46.0 0.8
Crime and justice 20.1 19.6 (0.5)
Support services 12.4 12.4 -
Total 77.7 78.0 0.3

The overspend is in local policing.
"""


def test_headings_on_one_line_and_the_unit_in_the_caption(concord, tmp_path: Path):
    p = tmp_path / "q2.txt"
    p.write_text(ONE_LINE, encoding="utf-8")
    ran = concord("ingest", str(p), "--json")
    assert ran.code == 0, ran.err
    [t] = json.loads(ran.out)["tables"]
    assert t["unit"] == "GBP_millions"
    assert t["columns"] == ["Budget", "Forecast", "Variance"]
    assert t["title"] == "Summary of the revenue position"
    assert [(r["label"], r["values"]) for r in t["rows"]] == [
        ("Local policing", [45.2, 46.0, 0.8]), ("Crime and justice", [20.1, 19.6, -0.5]),
        ("Support services", [12.4, 12.4, None]), ("Total", [77.7, 78.0, 0.3])]


UNITS_UNDER = """Capital programme 2019/20
Scheme Annual Budget Spend to date Forecast Outturn Variance
£000 £000 £000 £000
Estates strategy 3,400 1,200 3,100 (300)
ICT replacement¹ 2,150 980 2,150 -
Vehicle fleet* 1,800 1,650 1,900 100
"""


def test_a_line_of_units_under_one_line_headings_a_dash_for_nil_and_footnote_marks():
    [t] = spaced_row_tables(UNITS_UNDER, 1, set())
    rows = t.texts()
    assert rows[0] == ["Scheme", "Annual Budget £000", "Spend to date £000", "Forecast Outturn £000", "Variance £000"]
    assert [r[0] for r in rows[1:]] == ["Estates strategy", "ICT replacement", "Vehicle fleet"]
    assert rows[2][1:] == ["2,150", "980", "2,150", "-"]
    assert t.title == "Capital programme 2019/20"


@pytest.mark.parametrize("line, n, heads", [
    ("Service Annual Budget Forecast Outturn Variance", 3, ["Service", "Annual Budget", "Forecast Outturn", "Variance"]),
    ("Budget Actual to date Variance", 3, ["", "Budget", "Actual to date", "Variance"]),
    ("Full Year Budget Forecast Variance", 3, ["", "Full Year Budget", "Forecast", "Variance"]),
    ("Full Year Budget Forecast Variance", 2, ["", "Full Year Budget", "Forecast Variance"]),
    ("Area Budget £000 Forecast £000 Variance (%)", 3, ["Area", "Budget £000", "Forecast £000", "Variance (%)"]),
    # a sentence, or a grouping that more than one reading fits: no headings
    ("the budget was spent on the estate", 3, None),
    ("Area Budget Forecast Variance %", 3, None),
])
def test_one_line_headings_are_split_only_when_one_grouping_fits(line, n, heads):
    assert _one_line_heads(line, n) == heads


def test_dashes_alone_are_no_row_of_figures():
    text = "Area Budget Forecast\nLocal policing - -\nSupport - -\n"
    assert spaced_row_tables(text, 1, set()) == []


BARLESS = """Eastmoor Police Authority
Capital programme monitoring 2010/11

Scheme | Budget £000 | Spend to date £000 | Forecast £000 | Variance £000
---|---|---|---|---
Estates programme | 3,400 | 1,200 | 3,100 | (300)
ICT replacement | 2,150 | 980 | 2,150 | -
Fleet replacement¹ | 1,800 | 1,650 | 1,900 | 100
Total | 7,350 | 3,830 | 7,150 | (200)
"""


def test_markdown_rows_without_outer_bars_under_a_rule(concord, tmp_path: Path):
    p = tmp_path / "capital.txt"
    p.write_text(BARLESS, encoding="utf-8")
    ran = concord("ingest", str(p), "--json")
    assert ran.code == 0, ran.err
    [t] = json.loads(ran.out)["tables"]
    assert t["unit"] == "GBP_thousands"
    assert t["columns"] == ["Budget £000", "Spend to date £000", "Forecast £000", "Variance £000"]
    assert [r["label"] for r in t["rows"]] == ["Estates programme", "ICT replacement", "Fleet replacement", "Total"]
    assert t["rows"][1]["values"] == [2150, 980, 2150, None]
    assert t["rows"][3]["values"] == [7350, 3830, 7150, -200]


GLUED = """Northshire Police Authority
Revenue outturn 2010/11

Table 3 Outturn by division

                        Budget       Outturn      Variance
                          £000          £000          £000
Police pay             61,250        60,980          (270)
Staff pay              24,100        24,655            555
Premises                4,015         4,015              -
Net revenue expenditure 89,365     89,650            285
"""

UNIT_SENTENCE = """Southvale Police Authority
Budget monitoring to 31 December 2010

All figures are in £000.

Service            Budget   Actual to date   Variance
Operations         10,500        7,600          (275)
Specialist crime    4,200        3,180           30
Total              14,700       10,780         (245)
"""


def test_a_long_label_run_to_within_one_space_of_the_first_figures(concord, tmp_path: Path):
    p = tmp_path / "outturn.txt"
    p.write_text(GLUED, encoding="utf-8")
    ran = concord("ingest", str(p), "--json")
    assert ran.code == 0, ran.err
    [t] = json.loads(ran.out)["tables"]
    assert t["columns"] == ["Budget £000", "Outturn £000", "Variance £000"]
    assert [(r["label"], r["values"]) for r in t["rows"]] == [
        ("Police pay", [61250, 60980, -270]), ("Staff pay", [24100, 24655, 555]), ("Premises", [4015, 4015, None]),
        ("Net revenue expenditure", [89365, 89650, 285])]


def test_a_sentence_giving_the_unit_is_the_unit_not_the_title(concord, tmp_path: Path):
    p = tmp_path / "monitoring.txt"
    p.write_text(UNIT_SENTENCE, encoding="utf-8")
    ran = concord("ingest", str(p), "--json")
    assert ran.code == 0, ran.err
    [t] = json.loads(ran.out)["tables"]
    assert t["unit"] == "GBP_thousands"
    assert not t["title"]
    assert t["rows"][2] == {**t["rows"][2], "label": "Total", "values": [14700, 10780, -245]}


GLUED_CELLS = """Northshire PCC decision 14/2025
Revenue forecast

The forecast outturn is £1.2m over budget.

Budget 2025/26 £mForecast 2025/26 £mVariance £m
Local Policing120.4121.61.2
Funding(120.4)(120.4)0.0
Grand Total0.01.21.2
"""


def test_cells_a_converter_ran_together_read_one_figure_per_heading(concord, tmp_path: Path):
    p = tmp_path / "glued.txt"
    p.write_text(GLUED_CELLS, encoding="utf-8")
    ran = concord("ingest", str(p), "--json")
    assert ran.code == 0, ran.err
    [t] = json.loads(ran.out)["tables"]
    assert (t["unit"], t["columns"]) == ("GBP_millions", ["Budget 2025/26 £m", "Forecast 2025/26 £m", "Variance £m"])
    assert [(r["label"], r["values"]) for r in t["rows"]] == [
        ("Local Policing", [120.4, 121.6, 1.2]), ("Funding", [-120.4, -120.4, 0.0]), ("Grand Total", [0.0, 1.2, 1.2])]
    assert not t["title"]  # the sentence above is no caption


def test_a_run_of_figures_that_reads_two_ways_is_no_table():
    from concord.ingest.readers.text_rows import glued_row_tables
    # decimal places differ from figure to figure: no one reading
    assert glued_row_tables("Budget £mForecast £m\nPolicing 120.45121.6\nFunding 1.22.35\n", 1) == []


HEADERLESS = """NORTHSHIRE POLICE AUTHORITY
Revenue budget monitoring 2009/10

Table 1: Forecast outturn by subjective heading (£000)

                         Annual      Forecast
                         Budget      Outturn     Variance
Police officer pay       61,250      60,980        (270)
Police staff pay         24,100      24,655          555
Overtime                  2,300       2,180        (120)
Total                    87,650      87,815          165
"""


def test_a_budget_paper_with_no_report_header_is_a_report_and_its_rows_are_no_decisions(concord, tmp_path: Path):
    p = tmp_path / "revenue.txt"
    p.write_text(HEADERLESS, encoding="utf-8")
    ran = concord("ingest", str(p), "--json")
    assert ran.code == 0, ran.err
    out = json.loads(ran.out)
    assert out["decision_notices"] == []  # "Police officer pay 61,250 60,980 (270)" is no decision 270
    [doc] = out["documents"]
    assert (doc["kind"], doc["title"]) == ("report", "Revenue budget monitoring 2009/10")
    [t] = out["tables"]
    assert t["rows"][3] == {**t["rows"][3], "label": "Total", "values": [87650, 87815, 165]}
    # a paper that names no budget paper in its heading stays of no genre
    p.write_text(HEADERLESS.replace("Revenue budget monitoring 2009/10", "Notes for members"), encoding="utf-8")
    assert json.loads(concord("ingest", str(p), "--json").out)["documents"][0]["kind"] == "other"


POUNDS_IN_CELLS = """Westdale Police and Crime Commissioner

Revenue Budget Monitoring Report - Quarter 2 2024/25

Table 1: Revenue forecast
Service  Budget  Forecast  Variance
Local Policing  £45,200  £44,950  £(250)
Crime and Justice  £21,300  £21,650  £350
Operations Support  £9,800  £9,700  (£100)
Total  £76,300  £76,300  £0
"""


def test_a_pound_sign_in_every_cell_before_or_inside_a_negative_figures_bracket(concord, tmp_path: Path):
    [table] = ingest_text(concord, tmp_path, POUNDS_IN_CELLS, "pounds.txt")["tables"]
    assert table["columns"] == ["Budget", "Forecast", "Variance"]
    assert [(r["label"], r["values"]) for r in table["rows"]] == [
        ("Local Policing", [45200, 44950, -250]), ("Crime and Justice", [21300, 21650, 350]),
        ("Operations Support", [9800, 9700, -100]), ("Total", [76300, 76300, 0])]


def test_the_unit_printed_with_each_figure(concord, tmp_path: Path):
    """"£45.2m" in every cell, "£-0.5m", "-£0.5m" and "(£0.5m)" for an underspend: the unit is millions, each figure
    its number."""
    paper = ("Westdale Police and Crime Commissioner\nRevenue monitoring, quarter 2\n\nForecast outturn\n"
             "Area\tBudget\tForecast\tVariance\nLocal policing\t£45.2m\t£46.0m\t£0.8m\n"
             "Crime and justice\t£20.1m\t£19.6m\t£-0.5m\nSupport services\t£12.4m\t£11.9m\t-£0.5m\n"
             "Estates\t£5.0m\t£4.5m\t(£0.5m)\n")
    [t] = ingest_text(concord, tmp_path, paper)["tables"]
    assert t["unit"] == "GBP_millions"
    assert [(r["label"], r["values"]) for r in t["rows"]] == [
        ("Local policing", [45.2, 46.0, 0.8]), ("Crime and justice", [20.1, 19.6, -0.5]),
        ("Support services", [12.4, 11.9, -0.5]), ("Estates", [5.0, 4.5, -0.5])]


HEADS_OVER_FIGURES = """The total budget for Northshire is £288.5m for the year, against which the forecast outturn is £287.2m:
Total 2025/26 Budget £m  Total 2025/26 Outturn £m  Variance £m
2025/26 Budget  288.5  289.9  1.4
Funding  (288.5)  (291.2)  (2.7)
Grand Total  (0.0)  (1.3)  (1.3)
"""


def test_heads_over_the_figures_only_and_a_sentence_above_that_is_no_caption(concord, tmp_path: Path):
    p = tmp_path / "paper.txt"
    p.write_text(HEADS_OVER_FIGURES, encoding="utf-8")
    ran = concord("ingest", str(p), "--json")
    [t] = json.loads(ran.out)["tables"]
    assert t["columns"] == ["Total 2025/26 Budget £m", "Total 2025/26 Outturn £m", "Variance £m"]
    assert t["rows"][0] == {"label": "2025/26 Budget", "values": [288.5, 289.9, 1.4]}
    assert not t["title"]


def test_a_headerless_budget_paper_with_recommendations_gives_a_report(concord, tmp_path: Path):
    """The same paper with a recommendation after its table: a report titled by its heading, its recommendation read,
    no addressee, author or date it does not print, among the least certain records; without one, no report."""
    text = HEADERLESS + "\nRecommendation\nThat members note the forecast overspend of £165,000.\n"
    out = ingest_text(concord, tmp_path, text)
    assert [(r["title"], r["to"], r["from"], r["date"], r["recommendations"]) for r in out["reports"]] == [
        ("Revenue budget monitoring 2009/10", None, None, None,
         ["That members note the forecast overspend of £165,000."])]
    assert out["reports"][0]["confidence"] <= 0.5
    assert ingest_text(concord, tmp_path, HEADERLESS)["reports"] == []


STACKED = """Westdale Police and Crime Commissioner
Revenue Budget Monitoring Report - Month 6 2024/25

Table 1: Forecast outturn
Budget £000
Forecast £000
Variance £000
Police officers
120,345
118,200
(2,145)
Police staff
60,120
61,000
880
Non-pay
30,400
30,900
500
Total
210,865
210,100
(765)

That the Commissioner notes the forecast.
"""


def test_a_table_one_cell_a_line_with_losses_in_brackets_gives_no_decisions(concord, tmp_path: Path):
    """Each cell on a line of its own: a figure alone on its line over a row's label reads like a listing's bare
    reference over its subject, "(765)" too, though it is the table's figure -765."""
    out = ingest_text(concord, tmp_path, STACKED, "month6.txt")
    assert out["decision_notices"] == []
    [doc] = out["documents"]
    assert doc["kind"] == "report"
    [t] = out["tables"]
    assert [(r["label"], r["values"]) for r in t["rows"]][-1] == ("Total", [210865, 210100, -765])
