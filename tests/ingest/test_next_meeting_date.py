"""An action "to report ... at the next meeting" is due when the next meeting is, if the minutes say when that is ("The
next meeting will be held on 13 September 2022.", or a date under "Date of next meeting"); a date in a later item (another
action's "by 31 July 2022") is not the next meeting's. Bodies and facts invented; read through the real `concord
ingest --json`."""

from tests.ingest.ingesting import ingest_text

MINUTES = """Minutes of the Northshire Joint Audit Committee held on 14 June 2022

Present: Ruth Ashcombe (Chair), Gareth Pryce, Helen Marsh

1. Internal audit progress report
The Committee noted the report.
ACTION: Chief Finance Officer to report on the fleet audit timetable at the next meeting.

2. Risk register
The Committee discussed the cyber risk.
Action: Head of ICT to circulate the cyber security assurance report to members by 31 July 2022.
{tail}"""


def _dues(concord, tmp_path, tail: str) -> list:
    out = ingest_text(concord, tmp_path, MINUTES.format(tail=tail))
    return [(a["text"].split(" to ")[0], a["due"]) for a in out["actions"]]


def test_no_date_for_the_next_meeting_when_none_is_printed(concord, tmp_path):
    assert _dues(concord, tmp_path, "") == [("Chief Finance Officer", None), ("Head of ICT", "2022-07-31")]


def test_the_next_meetings_date_when_the_minutes_give_it(concord, tmp_path):
    for tail in ("\n3. Date of next meeting\nThe next meeting will be held on 13 September 2022.\n",
                 "\nDate of next meeting\n\n13 September 2022\n"):
        assert _dues(concord, tmp_path, tail) == [("Chief Finance Officer", "2022-09-13"), ("Head of ICT", "2022-07-31")]
