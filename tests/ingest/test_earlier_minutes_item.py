"""An item headed "Minutes of the meeting 26 October 2023" is about the last meeting's minutes, not the start of the
paper's own: the meeting is the one its heading dates, and a title line naming the paper "meeting minutes" says minutes.
Found on a national board's minutes page (fifteenth round); the papers here are invented. A venue a summons's sentence
cuts short is the address printed whole above it (a postcode ends it)."""

from __future__ import annotations

from pathlib import Path

from tests.ingest.ingesting import ingest_text

BLOCKS = "".join(f"{org}\n\n  • {a}\n\n  • {b}\n\n" for org, a, b in [
    ("Northshire Police", "Bob Hill", "Cat Ray"), ("Westshire Police", "Eve Long", "Fred Cole"),
    ("Eastshire Council", "Gus Park", "Hal Green"), ("Southshire Fire Service", "Ian Wood", "Jo Moss"),
    ("Home Office", "Kay Lane", "Lee Marsh")])

PAGE = f"""Source: https://example.org/boards/nab-meeting-minutes-6-february-2024

Transparency data

NAB meeting minutes, 6 February 2024

Updated 4 September 2024

Northern Advisory Board (NAB)

6 February 2024, 10:30 – 12:30

Members present via video conference

Independent Chair

Ann Other

{BLOCKS}Welcome and apologies

1. The Chair welcomed everyone to the meeting and noted apologies from Dan Fox.

Minutes of the meeting 26 October 2023

2. Minutes were agreed from the 26 October 2023 meeting.

Pay and conditions

3. The Board discussed the review of pay and conditions and agreed to report in June.
"""


def test_an_item_on_the_last_meetings_minutes_does_not_date_the_meeting(concord, tmp_path: Path):
    out = ingest_text(concord, tmp_path, PAGE)
    [doc] = out["documents"]
    assert doc["kind"] == "minutes" and doc["date"] == "2024-02-06"
    [m] = out["meetings"]
    assert m["date"] == "2024-02-06"
    assert m["forum"] == "Northern Advisory Board"  # its short name in brackets is not part of it


def test_the_same_words_at_the_top_of_a_paper_with_its_attendees_are_its_heading(concord, tmp_path: Path):
    text = ("Northern Advisory Board\nMinutes of the meeting 26 October 2023\n\nPresent: Ann Other (Chair), Bob Hill, Cat Ray\n\n"
            "1. Apologies\n\nApologies were received from Dan Fox.\n\n2. Pay and conditions\n\n"
            "The Board discussed the review of pay and conditions.\n")
    out = ingest_text(concord, tmp_path, text)
    assert out["documents"][0]["kind"] == "minutes"
    assert out["documents"][0]["date"] == "2023-10-26"
    [m] = out["meetings"]
    assert m["date"] == "2023-10-26" and m["members"] == ["Ann Other", "Bob Hill", "Cat Ray"]


SUMMONS = """NORTHSHIRE POLICE AUTHORITY

Hall House, Mill Road, Kempton, Northtown NT4 9AX

FINANCE COMMITTEE

A meeting of the Finance Committee will be held at Hall House, Mill Road, Kempton, at 10.00 am on Tuesday 24 June 2008.

AGENDA

1. Apologies for absence

2. Minutes of the last meeting

3. Budget monitoring report
"""


def test_a_venue_cut_short_in_a_sentence_is_the_address_printed_whole_above(concord, tmp_path: Path):
    out = ingest_text(concord, tmp_path, SUMMONS)
    [m] = out["meetings"]
    assert m["venue"] == "Hall House, Mill Road, Kempton, Northtown NT4 9AX"
    assert m["date"] == "2008-06-24" and m["time"] == "10:00"
