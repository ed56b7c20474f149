"""A space-aligned table whose column heads are printed over three lines ("Opening" over "balance" over "£'000"): the
three lines head the columns, joined as printed with the unit, and the line over them, not the first heading line,
titles the table. Body and figures invented; read through the real `concord ingest --json`."""

from tests.ingest.ingesting import ingest_text

PAPER = """FINANCE REPORT TO THE JOINT AUDIT COMMITTEE

Reserves at 31 March 2021

                                   Opening     Use      Closing
                                   balance               balance
                                   £'000      £'000     £'000
General reserve                     7,500        0       7,500
Insurance reserve                   2,100     (300)      1,800
Transformation reserve              5,600   (2,200)      3,400
Total                              15,200   (2,500)     12,700
"""


def test_three_heading_lines_head_the_columns(concord, tmp_path):
    table, = ingest_text(concord, tmp_path, PAPER)["tables"]
    assert table["title"] == "Reserves at 31 March 2021"
    assert table["unit"] == "GBP_thousands"
    assert table["columns"] == ["Opening balance £'000", "Use £'000", "Closing balance £'000"]
    assert table["rows"][1] == {"label": "Insurance reserve", "values": [2100, -300, 1800]}
    assert [r["label"] for r in table["rows"]] == ["General reserve", "Insurance reserve", "Transformation reserve",
                                                    "Total"]


def test_two_heading_lines_still_head_the_columns(concord, tmp_path):
    two = PAPER.replace("                                   balance               balance\n", "")
    table, = ingest_text(concord, tmp_path, two)["tables"]
    assert table["columns"] == ["Opening £'000", "Use £'000", "Closing £'000"]
    assert table["title"] == "Reserves at 31 March 2021"
