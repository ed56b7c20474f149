"""Budget tables printed one row a line with single spaces between the cells (concord/ingest/readers/text_rows.py):
the column headings stacked above the rows with their units on lines of their own, the label column's heading
run into the first column's. Figures and names invented."""

import json
from pathlib import Path

from concord.ingest.readers.text_rows import spaced_row_tables

TABLE = """Table 2 – Forecast against budget at Period 5

Division Annual Budget
(£000)
Forecast outturn
(£000)
Variance
(£000)
% Variance
(%)
Local Policing 512,300 515,900 3,600 0.7%
Crime and Justice 210,450 207,100 -3,350 -1.6%
Support Services 8,020 8,120 100 1.2%*

The forecast overspend is mainly on overtime.
"""


def test_rows_and_stacked_headings_with_their_units():
    [t] = spaced_row_tables(TABLE, 1, set())
    rows = t.texts()
    assert rows[0] == ["Division", "Annual Budget (£000)", "Forecast outturn (£000)", "Variance (£000)",
                       "% Variance (%)"]
    assert rows[1] == ["Local Policing", "512,300", "515,900", "3,600", "0.7%"]
    assert rows[3][0] == "Support Services"
    assert t.title == "Table 2 - Forecast against budget at Period 5"  # dashes made plain


def test_figures_in_prose_lines_are_no_table():
    prose = ("The scheme was approved in 2019 2020\nand reviewed again in 2021 2022\n"
             "Officers noted items 4 5\nthen items 6 7\n")
    assert spaced_row_tables(prose, 1, set()) == []


def test_a_row_count_that_changes_ends_the_table():
    text = TABLE.replace("Support Services 8,020 8,120 100 1.2%*", "Support Services 8,020 8,120")
    [t] = spaced_row_tables(text, 1, set())
    assert len(t.rows) == 3  # the header and two rows: the short line is no row of this table


def test_budget_report_with_a_single_space_table_through_the_command(concord, tmp_path: Path):
    p = tmp_path / "monitoring.txt"
    p.write_text("Revenue budget monitoring 2024/25 – Period 5\n\nReport: 6\nDate: 9 October 2024\nBy: Treasurer\n\n"
                 + TABLE, encoding="utf-8")
    ran = concord("ingest", str(p), "--json")
    assert ran.code == 0, ran.err
    [t] = json.loads(ran.out)["tables"]
    assert t["unit"] == "GBP_thousands"
    assert t["columns"][0] == "Annual Budget (£000)"
    assert [r["label"] for r in t["rows"]] == ["Local Policing", "Crime and Justice", "Support Services"]
    assert t["rows"][1]["values"] == [210450, 207100, -3350, -1.6]
