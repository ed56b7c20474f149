"""Minutes headed "<FORUM> MEETING HELD VIRTUALLY <DATE>" in capitals on one line (a host ran the heading's lines
together): the forum's own meeting, not an earlier one's ("minutes of the previous meeting held on" stays no forum).
On a page flattened onto one line, each item heading in capitals ends where the minute's first sentence begins ("1
WELCOME BY CHAIR Councillor Vale welcomed ..."). Before, no record came out. Bodies and people invented; read through
the real `concord ingest` in a fresh process."""

from tests.ingest.ingesting import ingest_text, one_meeting

HEADING = "WESTSHIRE POLICE AND CRIME PANEL MEETING HELD VIRTUALLY 3 FEBRUARY 2021"
BODY = ("PRESENT: Councillor A Vale (Chair), Councillor T Hart (Vice-Chair), Councillor P Long and Mr S Grey "
        "1 WELCOME BY CHAIR Councillor Vale welcomed everyone to the virtual meeting of the Panel. "
        "2 APOLOGIES FOR ABSENCE None. 3 ANNOUNCEMENTS None. 4 URGENT ITEMS None. "
        "5 MINUTES OF THE PREVIOUS MEETING The minutes of the meeting held on 14 December 2020 were agreed. "
        "6 POLICE AND CRIME PLAN The Commissioner presented the plan and members asked questions about rural crime.")


def test_a_forum_meeting_held_heading_on_its_own_line(concord, tmp_path):  # noqa: ANN001
    meeting = one_meeting(concord, tmp_path, HEADING + "\n" + BODY.replace(" 1 WELCOME", "\n1 WELCOME"))
    assert (meeting["forum"], meeting["date"]) == ("Westshire Police and Crime Panel", "2021-02-03")
    assert meeting["members"] == ["A Vale", "T Hart", "P Long", "S Grey"]


def test_the_same_minutes_flattened_onto_one_line(concord, tmp_path):  # noqa: ANN001
    meeting = one_meeting(concord, tmp_path, "Source: https://example.org/westshire-pcp\n " + HEADING + " " + BODY)
    assert (meeting["forum"], meeting["date"]) == ("Westshire Police and Crime Panel", "2021-02-03")
    assert [i["title"] for i in meeting["items"]] == ["WELCOME BY CHAIR", "APOLOGIES FOR ABSENCE", "ANNOUNCEMENTS",
                                                       "URGENT ITEMS", "MINUTES OF THE PREVIOUS MEETING",
                                                       "POLICE AND CRIME PLAN"]


def test_an_earlier_meeting_held_is_no_forum(concord, tmp_path):  # noqa: ANN001
    text = "MINUTES OF THE PREVIOUS MEETING HELD ON 14 DECEMBER 2020\nThe minutes were agreed.\n"
    assert ingest_text(concord, tmp_path, text)["meetings"] == []
