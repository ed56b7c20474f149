"""Budget tables of several figure columns: printed one cell a line (concord/ingest/readers/text_stacked.py,
stacked_grids): the column heads a line each, then each row's label and figures a line each, the unit in the caption
or in the heads, blank lines between cells or none; and space-aligned under a two-level heading whose upper
heading spans two columns (concord/ingest/readers/text.py). Bodies and figures invented."""

from pathlib import Path

from concord.ingest.readers.text_stacked import stacked_grids
from tests.ingest.ingesting import ingest_text

CAPTION_UNIT = """Northdale Police and Crime Commissioner
Revenue outturn 2012/13

Summary of revenue outturn (£m)
Budget Area
Budget
Outturn
Variance
Employees
98.4
97.1
-1.3
Premises
7.2
7.5
0.3
Supplies and Services
12.6
12.0
-
Total
118.2
116.6
-1.6

The underspend will be transferred to reserves.
"""

HEAD_UNIT = """Table 3: Capital outturn by scheme

Scheme

Budget £000

Spend £000

Variance £000

ICT replacement

1,250

1,180

(70)

Fleet

900

950

50

Estates

2,400

2,100

(300)

Total

4,550

4,230

(320)

2. Reserves
"""

AGENDA = """Agenda (£m figures in the reports)
Item
Page
Minutes of the last meeting
3
Apologies
5
Risk register
11
"""


def test_unit_in_the_caption_and_a_head_for_the_labels(concord, tmp_path: Path):
    [t] = ingest_text(concord, tmp_path, CAPTION_UNIT)["tables"]
    assert t["unit"] == "GBP_millions"
    assert t["title"] == "Summary of revenue outturn"
    assert t["columns"] == ["Budget", "Outturn", "Variance"]
    assert [(r["label"], r["values"]) for r in t["rows"]] == [
        ("Employees", [98.4, 97.1, -1.3]), ("Premises", [7.2, 7.5, 0.3]),
        ("Supplies and Services", [12.6, 12.0, None]), ("Total", [118.2, 116.6, -1.6])]


def test_unit_in_the_heads_with_blank_lines_between_cells(concord, tmp_path: Path):
    [t] = ingest_text(concord, tmp_path, HEAD_UNIT)["tables"]
    assert t["unit"] == "GBP_thousands"
    assert t["title"] == "Table 3: Capital outturn by scheme"
    assert t["columns"] == ["Budget £000", "Spend £000", "Variance £000"]
    assert [r["label"] for r in t["rows"]] == ["ICT replacement", "Fleet", "Estates", "Total"]
    assert t["rows"][-1]["values"] == [4550, 4230, -320]


def test_one_figure_a_row_is_no_grid():
    assert stacked_grids(AGENDA, 1) == []


TWO_LEVEL = """Revenue position to 30 September

                              Full Year      Year to Date
                              Budget         Budget       Actual       Variance
                              £000           £000         £000         £000
Police officers               52,300         26,150       25,980       (170)
Police staff                  24,100         12,050       12,300       250
Non-pay                       11,800         5,900        5,610        (290)
Total                         88,200         44,100       43,890       (210)
"""


def test_a_heading_over_two_columns_heads_each_of_them(concord, tmp_path: Path):
    [t] = ingest_text(concord, tmp_path, TWO_LEVEL)["tables"]
    assert t["unit"] == "GBP_thousands"
    assert t["columns"] == ["Full Year Budget £000", "Year to Date Budget £000", "Year to Date Actual £000",
                            "Variance £000"]
    assert t["rows"][0] == {"label": "Police officers", "values": [52300, 26150, 25980, -170]}
    assert t["rows"][-1]["values"] == [88200, 44100, 43890, -210]


INNER_BARS = """Subjective analysis

Expenditure type | Budget £000 | Actual £000 | Variance £000
Employees | 66,400 | 66,100 | (300)
Premises | 4,100 | 4,250 | 150
Total expenditure | 70,500 | 70,350 | (150)

Staff | Room | Extension
Ann Able | 2.01 | 4410
"""


def test_cells_between_bars_with_no_outer_bars_and_no_rule(concord, tmp_path: Path):
    [t] = ingest_text(concord, tmp_path, INNER_BARS)["tables"]
    assert t["title"] == "Subjective analysis" and t["unit"] == "GBP_thousands"
    assert t["columns"] == ["Budget £000", "Actual £000", "Variance £000"]
    assert [r["label"] for r in t["rows"]] == ["Employees", "Premises", "Total expenditure"]


YEAR_LABELS = """Revenue forecast at month 6

Total 2025/26 Budget £m
Total 2025/26 Outturn £m
Variance £m
2025/26 Budget
288.5
289.9
1.4
Funding
(288.5)
(291.2)
(2.7)
Grand Total
0.0
(1.3)
(1.3)

Given it is early in the year this is only an indication of the outturn.
"""


def test_a_rows_label_may_open_with_its_financial_year():
    [t] = stacked_grids(YEAR_LABELS, 1)
    assert [r[0].text for r in t.rows[1:]] == ["2025/26 Budget", "Funding", "Grand Total"]
    assert [c.text for c in t.rows[1][1:]] == ["288.5", "289.9", "1.4"]
