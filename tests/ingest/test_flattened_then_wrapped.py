"""A page a host flattened onto one line and a converter then wrapped again at a fixed width (a PDF's text served as
a web page, then saved as text): every line runs to the page's width, and a line's first words read as a label only
by chance ("Northshire Police Headquarters - ...", "Programme 19 - 22 5 ..."). The run of full lines is one paragraph
(concord/ingest/readers/text_wrap.py), read as the page flattened onto one line is; a flattened page's numbered
headings in capitals, each run on into its minute's first sentence, are items (concord/ingest/reflow.py). Bodies,
places and people invented."""

import textwrap

from tests.ingest.ingesting import ingest_text, one_meeting

AGENDA_ONE_LINE = (
    "NORTHSHIRE POLICE AND CRIME PANEL Monday, 24 April 2023 at 14:00 Northshire Police Headquarters - Kingsmead "
    "Lodge, Arnwick, Northford, NF5 8PP There will be a pre-meeting for Panel Members only in the meeting room at "
    "1.15pm AGENDA 1 Minutes of last meeting held on 6 February 2023 5 - 18 2 Apologies for Absence 3 Declarations "
    "of Interests by Members and Officers:- (see note below) 4 Work Programme 19 - 22 5 Review of Membership - "
    "Independent Co-opted Members 23 - 26 6 Police and Crime Commissioner's Update 27 - 56 7 Finance Performance and "
    "Insight Report - 2022-23 57 - 70 8 Complaints Update 71 - 80 Notes (a) Members of the public are welcome to "
    "attend to observe meetings of the Police and Crime Panel. Please note that there is no opportunity for the "
    "public to speak at these meetings. (b) Members or Officers requiring clarification on whether to make a "
    "declaration of interest are invited to contact Dana Webb or a colleague in Democratic Services at Northshire "
    "County Council prior to the meeting.")


def test_a_flattened_agenda_wrapped_again_reads_as_flattened(concord, tmp_path):
    flat = one_meeting(concord, tmp_path, AGENDA_ONE_LINE + "\n")
    wrapped = one_meeting(concord, tmp_path, textwrap.fill(AGENDA_ONE_LINE, 72) + "\n")
    assert (wrapped["forum"], wrapped["date"]) == ("Northshire Police and Crime Panel", "2023-04-24")
    assert [i["title"] for i in wrapped["items"]][:3] == ["Minutes of last meeting held on 6 February 2023",
                                                        "Apologies for Absence",
                                                        "Declarations of Interests by Members and Officers"]
    assert wrapped["items"] == flat["items"] and len(wrapped["items"]) == 8


MINUTES_ONE_LINE = (
    "MINUTE of MEETING of the COMMUNITY SAFETY SCRUTINY PANEL of EASTMOOR COUNCIL held within COUNCIL CHAMBERS, "
    "CIVIC CENTRE, EASTMOOR, on 14 MARCH 2023. Present – Councillors Jane Pike (Chair), Omar Reid, Tessa Lyle and "
    "Ewan Dunn In Attendance – Ravi Bhatt (Tenants Panel Representative) Apologies – Councillor Moira Gault "
    "1. DECLARATIONS OF INTEREST No declarations of interest were made. 2. MINUTE The Panel confirmed the Minute of "
    "its meeting held on 10 January 2023. The Minute was thereafter signed by the Chair. 3. LOCAL POLICE PLAN "
    "PERFORMANCE Prior to consideration of the report the Chair invited Chief Inspector Alan Frew to introduce "
    "himself to the panel and to explain his role in the division. The Panel noted the report.")


def test_numbered_headings_run_into_their_minutes_are_items(concord, tmp_path):
    m = one_meeting(concord, tmp_path, MINUTES_ONE_LINE + "\n")
    assert [(i["number"], i["title"]) for i in m["items"]] == [
        ("1", "DECLARATIONS OF INTEREST"), ("2", "MINUTE"), ("3", "LOCAL POLICE PLAN PERFORMANCE")]
    assert m["apologies"] == ["Moira Gault"]  # not run on into the first item's heading
    assert m["members"] == ["Jane Pike", "Omar Reid", "Tessa Lyle", "Ewan Dunn"]



HEAD_PARAGRAPH = ("Northshire Reform Board Minutes of the meeting held on 26 April 2017 (1300-1600) at 10 High Street, "
                  "Northtown Security classification: Not Protectively Marked Disclosable under FOIA 2000: Yes Author: "
                  "Ann Able Date created: 27 April 2017")
ATTENDEES = ("ATTENDEES Name Organisation Bob Baker Chief Executive, Northshire Association of Commissioners Cal Cole "
             "Police and Crime Commissioner for Northshire Dee Dean Chief Constable, Northshire Police Eve Ellis "
             "Director of Finance, Northshire Association of Commissioners Fay Ford Police and Crime Commissioner for "
             "Eastmoor Gus Green Chief Constable, Eastmoor Police Hal Hill Deputy Commissioner, Westshire Police Ivy "
             "Irons Chief Executive, Westshire Office of the Police and Crime Commissioner Jon Jones Head of Reform, "
             "Home Office")
MINUTES = ("1. Welcome and introductions The Chair welcomed members to the meeting and thanked them for attending at "
           "short notice. 2. Minutes of the last meeting The minutes of the meeting held on 1 March 2017 were agreed "
           "as a true record, subject to a correction to the list of attendees. 3. Reform programme update The Board "
           "received an update on the reform programme and noted that two projects had been completed ahead of "
           "schedule and that a third had been paused while its business case was reviewed.")


def test_a_wrapped_heading_paragraph_shorter_than_a_flattened_line_is_still_put_back_on_its_lines(concord, tmp_path):
    # the heading's paragraph (under 300 characters once its wrapped lines are joined) runs the minutes heading into
    # the page's labels: it is broken before "Security classification:" as a flattened line is
    text = "\n\n".join(textwrap.fill(p, 72) for p in (HEAD_PARAGRAPH, ATTENDEES, MINUTES)) + "\n"
    m = one_meeting(concord, tmp_path, "Source: https://docs.example.net/northshire-reform-board\n\n" + text)
    assert (m["forum"], m["date"]) == ("Northshire Reform Board", "2017-04-26")
    assert m["venue"] == "10 High Street, Northtown"
