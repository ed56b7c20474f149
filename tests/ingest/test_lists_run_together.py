"""Attendance lists and meeting forms that a converter ran onto one line (``concord.ingest.runs``), people listed as
"Name: post" or named with their own initials, and a meeting's date label before a letter's. Found on the papers of
national policing boards and a joint audit committee new to the corpus in the fifteenth round; every paper here is
invented (bodies, people and places)."""

from __future__ import annotations

from pathlib import Path

from concord.ingest.runs import unrun
from tests.ingest.ingesting import ingest_text

BULLETED = """Eastern Policing Board Minutes 8 October 2019

Title of meeting Eastern Policing Board Date 08 October 2019 Time 15:00-16:30 Venue Room 4, Shire Hall, Northtown Chair Ann Other MP: Minister of State

Attendees

• Ann Other MP: Minister of State for Policing (Chair) • Bob Hill QPM: Chief Constable, Northshire Police • Dame Cat Ray DBE: Commissioner, Westshire Police Service • Dan Fox: Director General, Crime, Policing and Fire Group – for Eve Long, Permanent Secretary Special invitees
• Chief Superintendent Fred Cole: President, Superintendents' Association • Gus Park: National Chair, Police Federation • Hal Green: Director, Northshire Council

1. Welcome and introductions
The Chair welcomed members to the meeting.
"""


def test_a_bulleted_list_run_onto_one_line_is_read_a_person_an_entry(concord, tmp_path: Path):
    out = ingest_text(concord, tmp_path, BULLETED)
    [m] = out["meetings"]
    assert m["date"] == "2019-10-08" and m["time"] == "15:00"
    assert m["venue"] == "Room 4, Shire Hall, Northtown"
    # "Name: post": the post's commas, and the person it stands in for, are no more people
    assert m["members"] == ["Ann Other", "Bob Hill", "Cat Ray", "Dan Fox"]
    # the label run onto the end of the entry before it starts the next list
    assert m["in_attendance"] == ["Fred Cole", "Gus Park", "Hal Green"]


def test_every_break_replaces_a_space_so_offsets_stay():
    text = BULLETED
    assert len(unrun(text)) == len(text)
    assert "\n• Bob Hill QPM" in unrun(text) and "\nSpecial invitees\n" in unrun(text)
    # two bullets in a sentence are no run-on list
    prose = "We noted • the risks and • the costs of the scheme, and agreed the plan."
    assert unrun(prose) == prose


SUMMONS = """Office of the Police and Crime Commissioner for Northshire, Shire Hall, Northtown NT1 1AA

DATE 18 July 2019

JOINT AUDIT COMMITTEE

AGENDA DATE OF MEETING 25 July 2019

TIME OF MEETING 11am

LOCATION Conference Room 2, Police HQ, Northtown

DISTRIBUTION Commissioner A Other, Chief Constable B Hill

1 APOLOGIES FOR ABSENCE

2 DECLARATIONS OF INTEREST

3 MINUTES OF THE LAST MEETING

4 INTERNAL AUDIT PROGRESS REPORT
"""


def test_a_form_in_capitals_one_label_a_line_gives_the_meetings_date_not_the_letters(concord, tmp_path: Path):
    out = ingest_text(concord, tmp_path, SUMMONS)
    [m] = out["meetings"]
    assert m["date"] == "2019-07-25"  # DATE OF MEETING, not the letter's DATE above it
    assert m["time"] == "11:00"
    assert m["venue"] == "Conference Room 2, Police HQ, Northtown"


INITIALLED = ("Source: https://example.org/board-minutes\n\nNORTHERN AIR SUPPORT BOARD (MEETING NUMBER 7)\n\n"
              "MINUTES\n\n12 December 2018 PRESENT NAME REPRESENTING Commissioner Ann Other-Smith OBE (AOS) Chair of the "
              "Board, Commissioner for Northshire Chief Supt Bob Hill (BH) Head of Air Support Cat Ray (CR) "
              "Director of Operations/Chief Pilot Dan Fox (DF) Treasurer, Office of the Commissioner for Westshire "
              "Eve Long (ELo) (by phone) Head of Accountancy, Westshire Police Fred Cole (FC) Chief of Staff, "
              "Eastshire Police - South Region\n\n1. Welcome and apologies\n\n1.1 AOS welcomed members. Apologies were "
              "noted. CR said that the Board had last met in June. Gus Park (GP) of the Home Office would attend "
              "the next meeting.\n")


def test_people_named_with_their_own_initials_are_read_from_a_run_on_list(concord, tmp_path: Path):
    out = ingest_text(concord, tmp_path, INITIALLED)
    [m] = out["meetings"]
    assert m["members"] == ["Ann Other-Smith", "Bob Hill", "Cat Ray", "Dan Fox", "Eve Long", "Fred Cole"]
    # the business names someone with initials too, far from the list: not an attendee
    assert "Gus Park" not in m["members"] + m["in_attendance"]
