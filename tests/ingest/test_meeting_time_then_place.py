"""Minutes whose heading's sentence ends at the time in twenty-four-hour figures ("held on Wednesday 22 June 2022 at
14:00"), the place on the line under it: the time is no place, and the place is the line under it. Read through the
real `concord ingest --json`. Bodies, people and places invented."""

from tests.ingest.ingesting import one_meeting

PAGE = """OFFICIAL

JOINT AUDIT COMMITTEE

Minutes of the meeting held on Wednesday 22 June 2022 at {time}
Conference Room 2, Police Headquarters, Ridgeway, Southby

Present: Helen Moss (Chair), David Okafor, Sarah Lin

1. Welcome and apologies
The Chair welcomed members.

2. Internal audit progress report
Four reports had been finalised since the last meeting.
"""


def test_a_time_at_the_end_of_the_heading_is_no_place(concord, tmp_path):
    for time, want in (("14:00", "14:00"), ("10.30", "10:30"), ("2.00 pm", "14:00")):
        m = one_meeting(concord, tmp_path, PAGE.format(time=time))
        assert (m["date"], m["time"], m["venue"]) == (
            "2022-06-22", want, "Conference Room 2, Police Headquarters, Ridgeway, Southby"), time


ONLINE = """Joint Audit Committee
Minutes of the meeting held on Tuesday 7 March 2023 at {time} via Microsoft Teams

Committee Members:
Sarah Lowe – Chair
Dev Patel

JAC 23/01 Welcome and apologies
The Chair welcomed members.
"""


def test_a_time_before_the_way_the_meeting_was_held_is_no_part_of_the_place(concord, tmp_path):
    """"at 10:00 via Microsoft Teams": the time is the meeting's time, the place what follows "via"."""
    for time, want in (("10:00", "10:00"), ("14.30", "14:30"), ("1400 hrs", "14:00")):
        m = one_meeting(concord, tmp_path, ONLINE.format(time=time))
        assert (m["date"], m["time"], m["venue"]) == ("2023-03-07", want, "Microsoft Teams"), time
