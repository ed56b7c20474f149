"""Budget tables printed one row a line whose headings a web page printed its own way (concord/ingest/readers/
text_rows.py), as two real PCC finance decisions print them (tests/ingest/corpus, Surrey PCC 55/2023 and 07/2022):
the headings one cell a line with blank lines between, or several on one line each ended by its unit; row labels
that open with a financial year or end in a period's number. Bodies, names and figures invented."""

from pathlib import Path

from concord.ingest.readers.text_rows import spaced_row_tables
from tests.ingest.ingesting import ingest_text

UNIT_ENDED = """The forecast outturn for Northshire is £301.0m against a budget of £302.4m.

 Total 2024/25 Budget £m Total 2024/25 Outturn £m Variance £m 
2024/25 Budget 302.4 301.0 (1.4) 
Funding (302.4) (302.9) (0.5) 
Grand Total (0.0) (1.9) (1.9) 

Pay is under budget because of vacancies.
"""

ONE_CELL_A_LINE = """The total budget is £201.5m, against which the forecast is £200.1m.

Northshire 2024/25 PCC Budget £m 2024/25 Operational Budget



Total Budget


2024/25 Projected Outturn



Projected Variance £m

Month 4 2.1 199.4 201.5 200.9 (0.6)
Month 5 2.1 199.4 201.5 200.1 (1.4)

Pressures remain on fuel.
"""


def test_headings_on_one_line_each_ended_by_its_unit():
    [t] = spaced_row_tables(UNIT_ENDED, 1, set())
    rows = t.texts()
    assert rows[0] == ["", "Total 2024/25 Budget £m", "Total 2024/25 Outturn £m", "Variance £m"]
    assert rows[1] == ["2024/25 Budget", "302.4", "301.0", "(1.4)"]  # the label opens with its year
    assert t.title is None  # the sentence above is no caption


def test_headings_one_cell_a_line_and_rows_of_months():
    [t] = spaced_row_tables(ONE_CELL_A_LINE, 1, set())
    rows = t.texts()
    assert rows[0] == ["Northshire", "2024/25 PCC Budget £m", "2024/25 Operational Budget", "Total Budget",
                       "2024/25 Projected Outturn", "Projected Variance £m"]
    assert rows[1] == ["Month 4", "2.1", "199.4", "201.5", "200.9", "(0.6)"]  # the month keeps its number


def test_heading_cells_that_do_not_give_one_heading_a_column_are_no_table():
    text = ONE_CELL_A_LINE.replace("Total Budget\n", "")
    assert spaced_row_tables(text, 1, set()) == []


def test_a_number_after_a_word_that_is_no_period_stays_a_figure():
    text = "Area Budget £m Outturn £m Variance £m\nZone 4 5.0 4.0\nZone 6 7.0 6.0\n"
    [t] = spaced_row_tables(text, 1, set())
    assert t.texts()[1] == ["Zone", "4", "5.0", "4.0"]


def test_through_the_command(concord, tmp_path: Path):
    head = "Revenue budget monitoring 2024/25 – Month 5\n\nReport: 6\nDate: 9 October 2024\nBy: Treasurer\n\n"
    out = ingest_text(concord, tmp_path, head + ONE_CELL_A_LINE)
    [t] = out["tables"]
    assert t["unit"] == "GBP_millions"
    assert [r["label"] for r in t["rows"]] == ["Month 4", "Month 5"]
    assert t["rows"][1]["values"] == [2.1, 199.4, 201.5, 200.1, -1.4]
