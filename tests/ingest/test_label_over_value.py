"""Labels printed over their values, one to a line, as a web page's list of terms or a form's table copied one cell a
line prints them: a meeting page's Title, Date, Time and Venue; a decision record headed only by "Ref:" over its
reference; an "ACTION:" label over the action. Bodies, people and places invented."""

from tests.ingest.ingesting import ingest_text, one_meeting

MEETING_PAGE = """Minutes

Title:
Chief Officers' Management Board - Strategic
Date:
Tuesday 4 June 2024
Time:
10.00am
Venue:
Board Room, Headquarters, Northford
Present:
CC Ann Other (Chair)
ACC Bob Hill

1. Welcome
The Chair welcomed all.

2. Minutes of the last meeting
The minutes were agreed.

ACTION :
Chief of Staff to circulate the revised risk register.
"""

RECORD = """Accessibility Settings Skip to main content

Ref:
PCC/D/2025/07

Northshire Police have asked for capital allocation to buy two electric vans for the rural teams.

The PCC supports the purchase of two electric vans up to £60,000 funded from the capital budget for 2025/26.

The vans replace two diesel vans at the end of their lives.
"""


def test_a_meeting_pages_labels_over_their_values(concord, tmp_path):
    m = one_meeting(concord, tmp_path, MEETING_PAGE)
    assert m["forum"] == "Chief Officers' Management Board - Strategic"
    assert (m["date"], m["time"], m["venue"]) == ("2024-06-04", "10:00", "Board Room, Headquarters, Northford")
    assert m["members"] == ["Ann Other", "Bob Hill"]


def test_an_action_label_over_the_action(concord, tmp_path):
    out = ingest_text(concord, tmp_path, MEETING_PAGE)
    assert [a["text"] for a in out["actions"]] == ["Chief of Staff to circulate the revised risk register."]


def test_a_record_headed_by_its_reference_under_a_ref_label(concord, tmp_path):
    [d] = ingest_text(concord, tmp_path, RECORD)["decision_notices"]
    assert d["reference"] == "PCC/D/2025/07"


def test_a_meeting_pages_labels_in_capitals(concord, tmp_path):
    text = MEETING_PAGE.replace("Title:\n", "TITLE: ").replace("Date:\n", "DATE: ").replace("Venue:\n", "VENUE: ")
    m = one_meeting(concord, tmp_path, text)
    assert m["forum"] == "Chief Officers' Management Board - Strategic"  # not "TITLE: Chief Officers' ..."
