"""A PDF's page furniture printed where each page ended (concord/ingest/page_furniture.py): a page number alone on
its line ("Page 2 of 4", "- 2 -") with the marking and blank lines beside it does not end the list of attendees or
the agenda it falls in, and the paper's marking is still read from it. Bodies, people and places invented."""

from concord.ingest.extract.forum_names import clean_forum
from concord.ingest.page_furniture import unpaged
from tests.ingest.ingesting import ingest_text, one_meeting

MINUTES = """Minutes of the Northshire Joint Audit Committee held on 12 March 2025 at Police Headquarters, Northford

Present:
Ann Other (Chair)
Bob Hill
Cat Ray

Page 1 of 3
OFFICIAL-SENSITIVE

Dan Fox
Eve Lamb

In attendance:
Fay Moss, Chief Finance Officer

1. Apologies for absence
There were none.

2. Minutes of the previous meeting
The minutes were agreed.

- 2 -

3. Internal audit progress report
The committee noted the report.

4. Risk register
The committee noted the register.
"""


def test_the_attendees_and_items_go_on_over_a_page_break(concord, tmp_path):
    m = one_meeting(concord, tmp_path, MINUTES)
    assert m["members"] == ["Ann Other", "Bob Hill", "Cat Ray", "Dan Fox", "Eve Lamb"]
    assert [i["number"] for i in m["items"]] == ["1", "2", "3", "4"]


def test_the_marking_beside_a_page_number_is_still_the_papers(concord, tmp_path):
    [doc] = ingest_text(concord, tmp_path, MINUTES)["documents"]
    assert doc["marking"] == "OFFICIAL-SENSITIVE"


def test_blanking_keeps_every_offset_and_joins_the_lines_either_side():
    text = "Ann Other\n\nPage 2 of 9\nOFFICIAL\n\nBob Hill\n"
    out = unpaged(text)
    assert len(out) == len(text)
    first, second, end = out.split("\n")
    assert (first.rstrip(" "), second, end) == ("Ann Other", "Bob Hill", "")
    assert out.index("Bob Hill") == text.index("Bob Hill")


def test_a_page_number_at_the_head_or_foot_or_in_a_sentence_is_left_alone():
    for text in ("Page 1 of 3\nMinutes of the Board\n", "Minutes of the Board\nPage 3 of 3\n",
                 "Ann Other\nsee page 2 of 9 of the report\nBob Hill\n"):
        assert unpaged(text) == text


BUDGET = """Revenue budget monitoring at month 7

Service  Budget £000  Forecast £000  Variance £000
Local Policing  45,200  44,950  (250)
Crime and Justice  30,100  30,400  300

Page 2 of 4
OFFICIAL

Operations  12,000  12,100  100
Total  87,300  87,450  150
"""


def test_a_table_goes_on_over_a_page_break(concord, tmp_path):
    [t] = ingest_text(concord, tmp_path, BUDGET)["tables"]
    assert [r["label"] for r in t["rows"]] == ["Local Policing", "Crime and Justice", "Operations", "Total"]


def test_explain_says_the_page_furniture_was_read_past(concord, tmp_path):
    from tests.ingest.ingesting import explained
    out = explained(concord, tmp_path, MINUTES)
    assert "layout: a page's number and marking where 2 pages ended: read past" in out



HOSTED = ("Agenda Document for Northshire Police and Crime Panel, 17/06 Total Page:16 File Type:pdf, Size:1020Kb "
          "Public Document Pack Northshire Police and Crime Panel Monday, 17 June 2019 at 2.00 pm Council Chamber - "
          "Town Hall AGENDA 1. Appointment of Chair 2. Appointment of Vice-Chair 3. Apologies for absence 4. "
          "Declarations of interest Members are reminded that they must declare their interests. 5. Minutes of the "
          "last meeting To approve the minutes of the meeting held on 25 March 2019.\n")


def test_a_hosts_page_count_file_type_and_stamp_before_the_forum_are_no_part_of_it(concord, tmp_path):
    """A document host's furniture run onto the agenda's line ("Total Page:16 File Type:pdf, Size:1020Kb Public
    Document Pack"): the forum is the name after it."""
    m = one_meeting(concord, tmp_path, HOSTED)
    assert (m["forum"], m["date"], m["time"]) == ("Northshire Police and Crime Panel", "2019-06-17", "14:00")
    assert [i["title"] for i in m["items"]][:3] == ["Appointment of Chair", "Appointment of Vice-Chair",
                                                     "Apologies for absence"]


HOSTED_MINUTES = ("NORTHSHIRE POLICE AUTHORITY by u4k2zQ VIEWS: 3 PAGES: 7 NORTHSHIRE POLICE AUTHORITY 16 MAY 2006 "
                  "PRESENT:- Councillor Stone in the Chair Elected Members:- Councillors Brady, Fox, Rudd and Tate. "
                  "Officers: - Mr J Bates, Director of Resources, Mr D Green, Deputy Chief Constable. The Authority "
                  "met at Pacific House, Northtown. 1. APOLOGIES FOR ABSENCE Apologies were received from Councillor "
                  "Hart. 2. MINUTES RESOLVED that the minutes of the meeting held on 4 April 2006 be approved. 3. "
                  "POLICING PLAN The Authority considered the draft policing plan for 2006/07.\n")
def test_a_document_hosts_views_and_pages_before_the_forum_are_no_part_of_it(concord, tmp_path):
    m = one_meeting(concord, tmp_path, HOSTED_MINUTES)
    assert (m["forum"], m["date"]) == ("Northshire Police Authority", "2006-05-16")


def test_no_forum_runs_on_past_a_label_of_who_came():
    """A heading's line run on into the list of who came ("... PRESENT: Councillor S Porter (Chairman) ..."): the
    forum's name ends at the label, and a line that opens with the label names no forum."""
    assert clean_forum("Northshire Police and Crime Panel Present: Cllr A Able, Cllr B Baker") == \
        "Northshire Police and Crime Panel"
    assert clean_forum("PRESENT: Councillor S Porter (Chairman) Mr C Annon Councillor D Archer") is None
