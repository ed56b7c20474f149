"""Meeting forms of other bodies' templates (fourteenth round of issue 13): a form's labels glued to their values by
a converter ("Date10th February 2015", "VenueCounty Hall"), a "Title of meeting" label that names the forum whatever
heading a hosting page put above it, and a heading naming the forum, the record and a date printed month first.
Bodies, people and places invented."""

from pathlib import Path

from tests.ingest.ingesting import ingest_text

GLUED = """Minutes

Title of meetingEastshire Community Safety Panel

Date10th February 2015 at 12:30

VenueCounty Hall, Eastport

PresentCouncillor Ann Other (Chair), Councillor Bob Hill, Mr Dan Fox

ApologiesCouncillor Gus Park

1. Welcome and introductions
The Chair welcomed members.

2. Minutes of the last meeting
The minutes were agreed.
"""

HOSTED = """Panel notes, 3 October 2014

advertisement
MEETING OF THE PANEL
FULL MINUTES
Title of meeting Westshire Independent Advisory Panel
Date
03 October 2014 (0900 - 1300)
Venue
Committee Room (Northgate)
Attendees
Dame Ann Other (Chair)
Bob Hill
Cat Ray

1. Welcome and administration
The Chair welcomed members.

2. Minutes of the last meeting
The minutes were agreed.
"""

MONTH_FIRST = """Northshire General Meeting (27.5.21)

Northshire General Meeting Minutes: Thursday May 27 2021:

Members of the association met by video. The Chair welcomed new members and the minutes of the last meeting were
agreed. The Chair thanked the outgoing members for their work over the last year and invited questions.

The association heard from the Home Office about the year ahead, and members asked about funding for local
partnerships and the timetable for the review.
"""


def test_labels_glued_to_their_values_are_read(concord, tmp_path: Path):
    [m] = ingest_text(concord, tmp_path, GLUED)["meetings"]
    assert (m["forum"], m["date"], m["venue"]) == ("Eastshire Community Safety Panel", "2015-02-10",
                                                   "County Hall, Eastport")
    assert m["members"] == ["Ann Other", "Bob Hill", "Dan Fox"]
    assert m["apologies"] == ["Gus Park"]
    assert [i["number"] for i in m["items"]] == ["1", "2"]


def test_a_title_of_meeting_label_names_the_forum_over_a_hosting_pages_heading(concord, tmp_path: Path):
    [m] = ingest_text(concord, tmp_path, HOSTED)["meetings"]
    assert m["forum"] == "Westshire Independent Advisory Panel"
    assert m["date"] == "2014-10-03"


def test_a_heading_naming_the_forum_the_record_and_a_month_first_date_starts_minutes(concord, tmp_path: Path):
    out = ingest_text(concord, tmp_path, MONTH_FIRST)
    [m] = out["meetings"]
    assert (m["forum"], m["date"]) == ("Northshire General Meeting", "2021-05-27")
    assert out["documents"][0]["kind"] == "minutes"


BARRED = """Meeting | Eastshire Police and Crime Panel
Date | 6 March 2025
Time | 10:00
Location | County Hall, Eastport

Present: Councillor Ann Other (Chair), Councillor Bob Hill, Mr Dan Fox

1. Apologies
Apologies were received from Councillor Gus Park.

2. Proposed precept for 2025/26
RESOLVED that the Panel supports the precept.
"""


def test_a_header_table_of_label_and_value_cells_between_bars_heads_a_meeting(concord, tmp_path: Path):
    """A form's header copied as a table ("Location | County Hall"): its Time and Location cells mark a meeting, not a
    report whose "Meeting" label names where it goes."""
    out = ingest_text(concord, tmp_path, BARRED)
    assert out["reports"] == []
    [m] = out["meetings"]
    assert (m["forum"], m["date"], m["time"], m["venue"]) == ("Eastshire Police and Crime Panel", "2025-03-06", "10:00",
                                                             "County Hall, Eastport")
    assert m["members"] == ["Ann Other", "Bob Hill", "Dan Fox"]


MINUTES_OF = """Eastshire Police and Crime Panel

Minutes of the {occasion} meeting held {when}

Present: Councillor Ann Other (Chair), Councillor Bob Hill, Mr Dan Fox

1. Apologies
Apologies were received from Councillor Gus Park.

2. Proposed precept for 2025/26
RESOLVED that the Panel supports the precept.
"""


def test_an_occasion_before_the_word_meeting_names_no_forum(concord, tmp_path: Path):
    """"Minutes of the extraordinary meeting held on ...": the forum is the heading above, not "extraordinary
    Meeting"."""
    for occasion in ("extraordinary", "hybrid", "annual general"):
        text = MINUTES_OF.format(occasion=occasion, when="on Thursday 6 March 2025 at 10.00 am in the Council Chamber")
        [m] = ingest_text(concord, tmp_path, text)["meetings"]
        assert (m["forum"], m["date"], m["venue"]) == ("Eastshire Police and Crime Panel", "2025-03-06", "Council Chamber")


def test_a_meeting_held_at_a_time_on_a_date_at_a_place(concord, tmp_path: Path):
    """"held at 10.00 am on Thursday 6 March 2025 at the Council Chamber", "held on ... at 1000hrs at ...": the time is
    the time and the place the place."""
    for when in ("at 10.00 am on Thursday 6 March 2025 at the Council Chamber, Eastport",
                 "on Thursday 6 March 2025 at 1000hrs at Council Chamber, Eastport"):
        [m] = ingest_text(concord, tmp_path, MINUTES_OF.format(occasion="public", when=when))["meetings"]
        assert (m["time"], m["venue"]) == ("10:00", "Council Chamber, Eastport")


def test_labels_ending_in_a_full_stop_or_a_semicolon(concord, tmp_path):
    from tests.ingest.ingesting import one_meeting
    text = ("Minutes of the Northshire Police and Crime Panel held on 12 March 2025 at County Hall, Northford\n\n"
            "Present.\nCouncillor Ann Other (Chair)\nCouncillor Bob Hill\n\nApologies;\nCouncillor Cat Ray\n\n"
            "1. Minutes of the last meeting\nAgreed.\n")
    m = one_meeting(concord, tmp_path, text)
    assert (m["members"], m["apologies"]) == (["Ann Other", "Bob Hill"], ["Cat Ray"])
