"""A meeting's header on a page flattened onto one line, with a host's furniture around it: "... 1 IOPC 07/18/04 Board
Meeting Date & Time: Wednesday 20 June 2018 at 2:30pm Venue: ...". "Date & Time:" is one label (not "Date &" over
"Time:"), and "<forum> Meeting" just before the header's first label is the meeting's heading. A dev corpus paper
flattened as a host prints it, and an invented one, read through the real `concord ingest` in a fresh process."""

from tests.ingest.ingesting import flattened_corpus_paper, ingest_text


def test_a_flattened_board_meeting_is_read(concord, tmp_path):  # noqa: ANN001
    text, gold = flattened_corpus_paper("iopc-board-2018-06-20")
    meetings = ingest_text(concord, tmp_path, text)["meetings"]
    assert len(meetings) == 1, meetings
    m, g = meetings[0], gold["meetings"][0]
    assert (m["forum"], m["date"], m["time"], m["venue"]) == (g["forum"], g["date"], g["time"], g["venue"])
    assert set(g["members"]) <= set(m["members"])


INVENTED = ("Source: https://example.org/files/board-2021-03.pdf\n Northshire Police "
            "Authority Board Meeting Date & Time: Tuesday 9 March 2021 at 10:00am Venue: Police Headquarters, Northford "
            "Present: Ann Vale Chair Tom Hart Member Raj Singh Member In Attendance: Kim Lowe Secretary "
            "1. WELCOME AND APOLOGIES The Chair welcomed members. 2. MINUTES The minutes of the last meeting were "
            "agreed. 3. ESTATES STRATEGY The Board noted the strategy. 4. ANY OTHER BUSINESS There was none.\n")


def test_a_date_and_time_label_is_one_label(concord, tmp_path):  # noqa: ANN001
    meetings = ingest_text(concord, tmp_path, INVENTED)["meetings"]
    assert len(meetings) == 1, meetings
    assert meetings[0]["date"] == "2021-03-09"
    assert meetings[0]["time"] == "10:00"
    assert meetings[0]["forum"] == "Northshire Police Authority Board"


def test_notes_of_a_meeting_dated_without_a_year(concord, tmp_path):  # noqa: ANN001
    """"West Mercia Governance Board Notes of Meeting Wednesday 21st June, 14:30-17:00 ..." run onto one line: the
    heading names the forum and the record, the year is the one printed in the paper that puts 21 June on a
    Wednesday."""
    text, gold = flattened_corpus_paper("west-mercia-governance-board-2023-06-21")
    meetings = ingest_text(concord, tmp_path, text)["meetings"]
    assert len(meetings) == 1, meetings
    m, g = meetings[0], gold["meetings"][0]
    assert (m["forum"], m["date"], m["time"]) == (g["forum"], g["date"], g["time"])
    assert set(m["apologies"]) <= set(g["apologies"]) and len(m["apologies"]) >= 4


def test_labels_glued_to_their_values(concord, tmp_path):  # noqa: ANN001
    """A converter dropped the gap between a form's cells, then a host ran the page onto one line ("Title of
    meetingCollege of Policing ... Date10th February 2015 at 12:30 VenueCollege of Policing, ..."): each glued label
    starts a line, even after a time (12:30 is no heading's number)."""
    text, gold = flattened_corpus_paper("college-of-policing-iap-2015-02-10")
    meetings = ingest_text(concord, tmp_path, text)["meetings"]
    assert len(meetings) == 1, meetings
    m, g = meetings[0], gold["meetings"][0]
    assert (m["forum"], m["date"], m["time"]) == (g["forum"], g["date"], g["time"])
    assert m["venue"].replace("'", "’") == g["venue"]
    assert set(g["members"]) <= set(m["members"])
