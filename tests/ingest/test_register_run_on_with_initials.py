"""A national group's minutes flattened by a document host, each person printed with their own initials and body
("Tina Watson TW Northumbria Police (Chair)"), the group's heading after the page's marking, and the meeting named only
by its number in words, read through the real `concord ingest --json` in a fresh process. The group and people are
invented."""

from __future__ import annotations

from tests.ingest.ingesting import one_meeting

PAGE = """National Vehicle Records Group

Total Page:16

File Type:pdf, Size:1020Kb

National Vehicle Records Group RESTRICTED NATIONAL VEHICLE RECORDS GROUP Minutes of the one hundred and twelfth meeting held on Thursday 5th June 2014. At 09:30 at The Grand Hotel, Northtown Persons Present Ann Able AA Northshire Police (Chair) Ben Brook BB Records Office (Secretary) Cara Cole CC Southshire Police Dan Dale DD Home Office Corporate Services Eve Ellis EE Westshire Police Fay Ford FF Records Office (Minute Taker) Apologies for absence Gus Gray GG Eastshire Police Hal Hill HH College of Policing 1. Introduction AA welcomed all attendees and acknowledged apologies from GG and HH. 2. Minutes of the previous meeting The minutes were agreed. 3. Actions All actions were closed.
"""


def test_people_told_by_their_initials_in_a_flattened_register(concord, tmp_path):
    m = one_meeting(concord, tmp_path, PAGE)
    assert (m["forum"].lower(), m["date"], m["time"], m["venue"]) == (
        "national vehicle records group", "2014-06-05", "09:30", "The Grand Hotel, Northtown")
    assert m["members"] == ["Ann Able", "Ben Brook", "Cara Cole", "Dan Dale", "Eve Ellis", "Fay Ford"]
    assert m["apologies"] == ["Gus Gray", "Hal Hill"]
