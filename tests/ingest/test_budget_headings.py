"""Budget tables printed one row a line (concord/ingest/readers/text_rows.py, extract/table_post.py): column
headings that open with a financial year or the sign of a variance, and a numbered paragraph above the table that is
no caption. Bodies and figures invented."""

from concord.ingest.readers.text_rows import spaced_row_tables
from tests.ingest.ingesting import ingest_text

YEARS = """Table 1
2010/11 Budget £000 2010/11 Forecast £000 Variance £000
Police Officers 45,210 45,600 390
Police Staff 21,300 20,950 (350)
Total 66,510 66,550 40
"""

SIGN = """Revenue summary
Annual Budget £m Forecast Outturn £m Over/(Under) spend £m
Employees 98.2 97.1 (1.1)
Premises 6.3 6.5 0.2
Net expenditure 104.5 103.6 (0.9)
"""

PARAGRAPH = """1.1 The forecast outturn by division is set out below.

                 Budget     Forecast    Variance
                 £000       £000        £000
Police pay       45,210     45,600      390
Staff pay        21,300     20,950      (350)
Total            66,510     66,550      40
"""


def test_a_year_before_each_heading():
    [t] = spaced_row_tables(YEARS, 1, set())
    assert [c.text for c in t.rows[0]][1:] == ["2010/11 Budget £000", "2010/11 Forecast £000", "Variance £000"]
    assert t.title == "Table 1"


def test_the_sign_of_the_variance_in_its_heading():
    [t] = spaced_row_tables(SIGN, 1, set())
    assert [c.text for c in t.rows[0]][1:] == ["Annual Budget £m", "Forecast Outturn £m", "Over/(Under) spend £m"]


def test_a_numbered_paragraph_is_no_caption(concord, tmp_path):
    [t] = ingest_text(concord, tmp_path, PARAGRAPH)["tables"]
    assert not t["title"]
    assert t["unit"] == "GBP_thousands" and t["rows"][-1]["values"] == [66510, 66550, 40]


FINANCE_REPORT = """Police and Crime Commissioner for Wessexshire
Finance Report – Month 6 2021/22

Summary revenue position
Budget Forecast Variance Variance
£m £m £m %
Officer pay 120.4 119.8 -0.6 -0.5%
Staff pay 60.2 61.0 0.8 1.3%
Net expenditure 180.6 180.8 0.2 0.1%

The forecast overspend of £0.2m is mainly due to staff overtime.
"""


def test_a_finance_report_named_so_over_its_table_is_a_report(concord, tmp_path):  # noqa: ANN001
    """"Finance Report", "Budget update", "Financial position": a finance paper's heading, over a table of its
    figures, makes it a report titled by that heading, not a paper of no kind."""
    out = ingest_text(concord, tmp_path, FINANCE_REPORT)
    (doc,) = out["documents"]
    assert (doc["kind"], doc["title"]) == ("report", "Finance Report – Month 6 2021/22")
    (table,) = out["tables"]
    assert table["unit"] == "GBP_millions"
    assert table["rows"][0] == {"label": "Officer pay", "values": [120.4, 119.8, -0.6, -0.5]}
