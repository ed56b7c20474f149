"""A host's one-line page whose heading runs into its attendance with no colon: "<forum> <date> (<times>) <venue>
Minutes Attendees Jane Hart AM, Deputy Minister ...". The people label goes back onto a line of its own where the
label vocabulary reads people after it, and the paper's "Minutes" is no part of the venue; a paper's first heading a
label with its number ("Minutes 1. Attendees: ...") goes down with its number. Before, no record came out of such
pages. Bodies and people invented but for one corpus paper's; read through the real `concord ingest` in a fresh
process."""

from tests.ingest.ingesting import flattened_corpus_paper, one_meeting

PAGE = ("Source: https://example.org/northshire-policing-board-may-2024\n"
        " Northshire Policing Board Thursday 16th May 2024 (16:00-17:30) Conference Room 2, Civic Hall, Northtown "
        "Minutes Attendees Jane Hart AM, Deputy Minister and Chief Whip Jeff Cole, Police and Crime Commissioner for "
        "Northshire and Chair of the Policing Group Alan Mee, Chief Constable, Northshire Police Sara Lowe, Chief "
        "Executive, Office of the Police and Crime Commissioner Apologies Mark Rowe, Police and Crime Commissioner for "
        "Southshire 1. Chair's opening address The Chair welcomed members to the meeting. 2. Mental health The Board "
        "noted the update on the mental health concordat. 3. Serious violence The Board agreed the duty's plan. "
        "4. Any other business There was none.")


def test_a_people_label_after_the_heading_on_a_flattened_page(concord, tmp_path):  # noqa: ANN001
    meeting = one_meeting(concord, tmp_path, PAGE)
    assert meeting["date"] == "2024-05-16"
    assert meeting["members"] == ["Jane Hart", "Jeff Cole", "Alan Mee", "Sara Lowe"]
    assert meeting["apologies"] == ["Mark Rowe"]
    assert meeting["venue"] == "Conference Room 2, Civic Hall, Northtown"
    assert [i["title"] for i in meeting["items"]] == ["Chair's opening address", "Mental health", "Serious violence",
                                                       "Any other business"]



def test_a_papers_first_heading_a_label_with_its_number(concord, tmp_path):  # noqa: ANN001
    """"... Bay Minutes 1. Attendees: Alun Davies AM, ...": the Policing Board for Wales's minutes of 19 November 2018
    (a corpus paper) flattened onto one line as a host prints it; the label goes onto a line of its own with its
    heading's number, and the attendees are read as in the paper as printed."""
    text, gold = flattened_corpus_paper("policing-board-wales-2018-11-19")
    meeting = one_meeting(concord, tmp_path, text)
    assert meeting["date"] == gold["meetings"][0]["date"]
    assert len(set(meeting["members"]) & set(gold["meetings"][0]["members"])) >= 15


def test_a_meeting_of_the_heading_in_capitals_starts_its_line(concord, tmp_path):  # noqa: ANN001
    """"... advertisement OFFICIAL MEETING OF THE BOARD OF DIRECTORS FULL MINUTES Title of meeting ...": the College
    of Policing board's minutes of 3 October 2014 (a corpus paper) flattened onto one line; the heading in capitals
    starts a line, and the meeting is read (not "MINUTES OF THE MEETING OF THE ..." cut inside its own heading)."""
    text, gold = flattened_corpus_paper("college-of-policing-board-2014-10-03")
    meeting = one_meeting(concord, tmp_path, text)
    assert (meeting["forum"], meeting["date"]) == (gold["meetings"][0]["forum"], gold["meetings"][0]["date"])
    assert len(set(meeting["members"]) & set(gold["meetings"][0]["members"])) >= 8


def test_minutes_of_the_meeting_of_the_heading_stays_whole(concord, tmp_path):  # noqa: ANN001
    text = ("Source: https://example.org/northshire-board\n MINUTES OF THE MEETING OF THE NORTHSHIRE POLICING BOARD HELD "
            "ON THURSDAY 1 OCTOBER 2020 PRESENT: Mr A Vale (Chair), Mrs T Hart, Mr P Long, Ms S Grey ALSO PRESENT: "
            "Mr J Reed, Chief Constable 1. APOLOGIES None. 2. MINUTES OF THE LAST MEETING The minutes were agreed. "
            "3. FINANCE REPORT The Board noted the report. 4. PERFORMANCE REPORT The Board noted the report. "
            "5. ANY OTHER BUSINESS There was none.")
    meeting = one_meeting(concord, tmp_path, text)
    assert (meeting["forum"], meeting["date"]) == ("Northshire Policing Board", "2020-10-01")
