"""A paper's title as a reader would give it: without the form's "Title:" label, without the meeting's details run
onto the heading's line ("... BOARD DATE: Monday ... LOCATION: ..."), and whole when the heading broke after "OF THE".
Bodies, people and places invented."""

from tests.ingest.ingesting import ingest_text

TITLED = """Title: Chief Officers' Management Board - Strategic
Date: Tuesday 4 June 2024
Venue: Board Room, Northford
Present:
CC Ann Other (Chair)
ACC Bob Hill

1. Welcome
The Chair welcomed all.
"""

RUN_ON = """MINUTES OF THE STRATEGIC LEADERSHIP BOARD DATE: Monday 14th January 2019 LOCATION: Board Room, Northford

MEMBERS PRESENT
Ann Other, Chief Constable
Bob Hill, Deputy Chief Constable

1. Minutes of Previous Meeting
The minutes were approved.
"""

BROKEN = """MINUTES OF THE
CHANGE BOARD MEETING HELD ON 11 JUNE 2014

PRESENT:
Ann Other (Chair)
Bob Hill

1. Apologies
None.
"""


def _title(concord, tmp_path, text):
    [doc] = ingest_text(concord, tmp_path, text)["documents"]
    return doc["title"]


def test_the_forms_title_label_is_no_part_of_the_title(concord, tmp_path):
    assert _title(concord, tmp_path, TITLED) == "Chief Officers' Management Board - Strategic"


def test_the_meetings_details_run_onto_the_heading_are_no_part_of_it(concord, tmp_path):
    assert _title(concord, tmp_path, RUN_ON) == "MINUTES OF THE STRATEGIC LEADERSHIP BOARD"


def test_a_heading_broken_after_of_the_is_read_whole(concord, tmp_path):
    assert _title(concord, tmp_path, BROKEN) == "MINUTES OF THE CHANGE BOARD MEETING HELD ON 11 JUNE 2014"


def test_the_pages_data_label_and_number_before_the_heading_are_no_part_of_it(concord, tmp_path):
    text = ("DATA LABEL: Public 257 MINUTE of MEETING of the NORTHSHIRE POLICE SCRUTINY PANEL held within the Civic "
            "Centre, Northford, on 28 June 2016\n\n" + BROKEN.split("\n", 2)[2])
    assert _title(concord, tmp_path, text).startswith("MINUTE of MEETING of the NORTHSHIRE POLICE SCRUTINY PANEL")
