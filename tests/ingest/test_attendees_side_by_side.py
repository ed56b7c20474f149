"""Attendee lists printed side by side, as a PDF's columns come out of a converter that keeps its layout (and as an
officer's plain-text export keeps them), read through the real `concord ingest --json` in a fresh process: each list
is its label's. The panel and people are invented."""

from __future__ import annotations

from concord.ingest.side_by_side import side_by_side
from tests.ingest.ingesting import one_meeting

MINUTES = """EASTSHIRE POLICE AND CRIME PANEL

MINUTES OF MEETING HELD ON 10 OCTOBER 2022 AT 10.00AM

Members Present:                          Officers Present:
Cllr A Rowe (Chair)                       F Moss - Chief Executive, OPCC
Cllr B Hart                               H King - Treasurer, OPCC
Cllr C Dunn                               J Bell - Panel Support Officer
Mr D Lake (Independent Member)

1.   APOLOGIES FOR ABSENCE
     Apologies were received from Cllr G Webb.

2.   DECLARATIONS OF INTEREST
     None.

3.   PERFORMANCE REPORT
     The Commissioner presented the report.
"""

MEMBERS = ["A Rowe", "B Hart", "C Dunn", "D Lake"]
OFFICERS = ["F Moss", "H King", "J Bell"]


def test_two_lists_side_by_side_are_each_their_labels(concord, tmp_path):
    m = one_meeting(concord, tmp_path, MINUTES)
    assert m["members"] == MEMBERS
    assert m["in_attendance"] == OFFICERS
    assert m["apologies"] == ["G Webb"]
    assert [i["title"] for i in m["items"]] == ["APOLOGIES FOR ABSENCE", "DECLARATIONS OF INTEREST", "PERFORMANCE REPORT"]


def test_three_lists_and_a_right_column_longer_than_the_left(concord, tmp_path):
    text = MINUTES.replace(
        """Members Present:                          Officers Present:
Cllr A Rowe (Chair)                       F Moss - Chief Executive, OPCC
Cllr B Hart                               H King - Treasurer, OPCC
Cllr C Dunn                               J Bell - Panel Support Officer
Mr D Lake (Independent Member)
""", """Members Present:            Officers Present:              Apologies:
Cllr A Rowe (Chair)         F Moss (Chief Executive)       Cllr G Webb
Cllr B Hart                 H King (Treasurer)
Cllr C Dunn                 J Bell (Panel Officer)
Mr D Lake
""").replace("     Apologies were received from Cllr G Webb.", "     As above.")
    m = one_meeting(concord, tmp_path, text)
    assert (m["members"], m["in_attendance"], m["apologies"]) == (MEMBERS, OFFICERS, ["G Webb"])


def test_the_text_keeps_its_length_and_a_row_across_the_columns_keeps_it_as_printed():
    set_out = side_by_side(MINUTES)
    assert len(set_out) == len(MINUTES) and set_out != MINUTES
    assert set_out.index("Officers Present:") > set_out.index("Mr D Lake")
    assert set_out[set_out.index("1.   APOLOGIES"):] == MINUTES[MINUTES.index("1.   APOLOGIES"):]
    # a row that runs across the columns: no lists side by side, the lines as printed
    across = MINUTES.replace("Cllr B Hart                               H King",
                             "Cllr B Hart, Cllr E Stone and Cllr F Wood, who all  H King")
    assert side_by_side(across) == across


RIGHT_COLUMN = """Police and Crime Panel                    Date: 5 July 2021
Minutes                                   Time: 2.00pm
                                          Venue: Town Hall, Westford

Present: Cllr A Rowe (Chair), Cllr B Hart, Cllr C Dunn

1. Apologies
None.

2. Minutes of the last meeting
Agreed.

3. Annual report of the Commissioner
The Panel reviewed the annual report.
"""


def test_a_headings_labels_in_a_column_to_its_right(concord, tmp_path):
    m = one_meeting(concord, tmp_path, RIGHT_COLUMN)
    assert (m["forum"], m["date"], m["time"], m["venue"]) == ("Police and Crime Panel", "2021-07-05", "14:00",
                                                              "Town Hall, Westford")
    # with a tab before the label, as a word processor's text export sets a column
    m = one_meeting(concord, tmp_path, RIGHT_COLUMN.replace("Minutes                                   Time",
                                                            "Minutes\tTime"))
    assert m["time"] == "14:00"


def test_words_in_a_column_that_are_no_label_stay_on_their_line():
    from concord.ingest.side_by_side import labels_apart

    text = "Total spend        Target: 95 per cent\nPolice and Crime Panel    Date: 5 July 2021\n"
    assert labels_apart(text) == "Total spend        Target: 95 per cent\nPolice and Crime Panel\n   Date: 5 July 2021\n"
