"""Joint audit committee and panel layouts (issue 13): an agenda letter whose AGENDA heading the converter lost
("A Meeting of the X will take place on D in P, at T"), a kind of member named under Present ("Independent Co-opted
Members:"), lettered sub-items ("7A") and a heading's ":-". Bodies, places and people invented."""

from pathlib import Path
from tests.ingest.ingesting import ingest_text

LETTER = (
    "Page | 1 AGENDA TO: THE MEMBERS OF THE JOINT AUDIT COMMITTEE NORTHSHIRE POLICE & CRIME COMMISSIONER AND "
    "NORTHSHIRE CONSTABULARY JOINT AUDIT COMMITTEE A Meeting of the Joint Audit Committee will take place on "
    "Tuesday 3 rd March 2020 in Room 4, Police Headquarters, Low Road, Northtown, at 2:00pm. Ann Clerk Chief "
    "Executive Note: Members are advised that parking is available. COMMITTEE MEMBERSHIP Mr Ben Able (Chair) "
    "Ms Cara Baker Enquiries to: Mr D Dean Date: 20/02/2020\n")

MINUTES = """NORTHSHIRE POLICE AND CRIME PANEL

MEETING HELD AT TOWN HALL, NORTHTOWN

4 MAY 2021

PRESENT: Councillor A Able (Chair)

Councillors: B Baker (Northtown MBC), C Cole (Southtown MBC) and D Dent (Easttown MBC)

Independent Co-opted Members: Mr E Eve and Professor F Fox

Mr G Gale (Police and Crime Commissioner)

1 WELCOME BY CHAIR

The Chair welcomed everyone to the meeting.

2 APOLOGIES FOR ABSENCE

None.

3 PUBLIC QUESTIONS:-

3A TO THE POLICE AND CRIME COMMISSIONER

There were no questions.

3B TO THE POLICE AND CRIME PANEL

There were no questions.

4 MINUTES OF THE MEETING HELD ON 2ND MARCH 2021

The minutes were agreed. The next meeting of the Panel will be held on 6th July 2021 at Town Hall, Northtown.
"""


_ingest = ingest_text


def test_an_agenda_letter_without_its_heading_is_read_from_its_summons(concord, tmp_path: Path):
    out = _ingest(concord, tmp_path, LETTER)
    assert out["documents"][0]["kind"] == "agenda"
    [m] = out["meetings"]
    assert (m["forum"], m["date"], m["time"]) == ("Joint Audit Committee", "2020-03-03", "14:00")
    assert m["venue"] == "Room 4, Police Headquarters, Low Road, Northtown"
    assert m["members"] == []  # the committee's membership says who sits on it, not who came


def test_a_kind_of_member_under_present_stays_a_member_and_lettered_items_are_read(concord, tmp_path: Path):
    out = _ingest(concord, tmp_path, MINUTES)
    [m] = out["meetings"]  # the next meeting's sentence is no summons of a second paper
    assert m["date"] == "2021-05-04"
    assert m["members"] == ["A Able", "B Baker", "C Cole", "D Dent", "E Eve", "F Fox", "G Gale"]
    assert m["in_attendance"] == []
    assert [(i["number"], i["title"]) for i in m["items"]] == [
        ("1", "WELCOME BY CHAIR"), ("2", "APOLOGIES FOR ABSENCE"), ("3", "PUBLIC QUESTIONS"),
        ("3A", "TO THE POLICE AND CRIME COMMISSIONER"), ("3B", "TO THE POLICE AND CRIME PANEL"),
        ("4", "MINUTES OF THE MEETING HELD ON 2ND MARCH 2021")]


TIMED = (
    "[p] Paper attached NORTHSHIRE JOINT AUDIT PANEL (POLICE AND CRIME) 09:30 a.m. – 11:30 a.m., Thursday 5 March 2020 "
    "Room 4, Civic Hall, 1 High Street, Northtown NT1 2AB PART A 09:30 – 09:35 1. Welcome and Apologies for Absence "
    "Chair 09:35 – 09:40 2. Declarations of Interest All 09:40 – 09:50 3. Minutes of the last meeting [p] [1 - 6] Chair "
    "09:50 – 10:20 4. External Audit Plan 2020/21 [p] [8 - 30] Report of the external auditor KPMG 10:20 – 10:30 "
    "5. Counter Fraud Policy Verbal Update NPF 10:30 – 10:45 6. Internal Audit Progress Report [p] [32 - 41] "
    "Internal Audit Dates of future meetings Wed 3 June 2020\n")


def test_a_timed_agenda_flattened_onto_one_line_gives_its_items_without_slots_pages_or_presenters(concord, tmp_path):
    out = _ingest(concord, tmp_path, TIMED)
    assert out["documents"][0]["kind"] == "agenda"
    assert out["decision_notices"] == []  # the page ranges "[8 - 30]" are no decision references
    [m] = out["meetings"]
    assert (m["date"], m["time"]) == ("2020-03-05", "09:30")
    assert m["forum"].lower() == "northshire joint audit panel (police and crime)"
    assert m["venue"] == "Room 4, Civic Hall, 1 High Street, Northtown NT1 2AB"
    assert [(i["number"], i["title"]) for i in m["items"]] == [
        ("1", "Welcome and Apologies for Absence"), ("2", "Declarations of Interest"),
        ("3", "Minutes of the last meeting"), ("4", "External Audit Plan 2020/21"), ("5", "Counter Fraud Policy"),
        ("6", "Internal Audit Progress Report")]


CALLED = (
    "Contact: Ann Clerk Date: 2 March 2021 Dear Chief Constable Level 2 Meeting You are requested to attend a Level 2 "
    "meeting on Tuesday 9 March 2021 at 2.00pm in the Board Room, Northshire Police Headquarters, Northtown. Yours "
    "sincerely Ben Able Chief Executive To: PCC, Chief Constable Agenda Item Page No. 1. Apologies: ACC Cara Cole, "
    "Dan Dent - 2. Minutes of the Level 2 meeting held on 5 January 2021 3 - 10 3. Minutes of the Ethics Panel "
    "meetings dated 11 - 20 3 February and 17 February 2021 4. Revenue Monitoring Report 2020/21 21 - 40 "
    "5. Estates Strategy 41 - 60 DATE OF NEXT MEETING: 4 May 2021 at 10:30am, Room 2, Northtown. 3 AGENDA ITEM 2 "
    "MINUTES OF THE LEVEL 2 MEETING HELD IN THE BOARD ROOM, POLICE HEADQUARTERS, NORTHTOWN 5 JANUARY 2021 "
    "COMMENCING AT 10.00AM Present: E Eve (Chair) F Fox (Chief Constable)\n")


def test_a_letter_calling_the_reader_to_a_meeting_gives_the_agenda_and_its_apologies(concord, tmp_path: Path):
    out = _ingest(concord, tmp_path, CALLED)
    agenda = [m for m in out["meetings"] if m["date"] == "2021-03-09"]
    assert len(agenda) == 1
    [m] = agenda
    assert (m["forum"].lower(), m["time"]) == ("level 2 meeting", "14:00")
    assert m["venue"] == "Board Room, Northshire Police Headquarters, Northtown"
    assert m["apologies"] == ["Cara Cole", "Dan Dent"]
    assert [i["title"] for i in m["items"]] == [
        "Apologies", "Minutes of the Level 2 meeting held on 5 January 2021",
        "Minutes of the Ethics Panel meetings dated 3 February and 17 February 2021",
        "Revenue Monitoring Report 2020/21", "Estates Strategy"]
    for other in out["meetings"]:
        if other is not m:
            assert other["items"] == []  # the minutes bound after the agenda do not take its items


QUOTED_SUMMONS = """WESTMARCH POLICE AND CRIME PANEL

{summons}

MINUTES of the meeting held on 4 March 2024

Present: Councillor Ann Smith (Chair), Councillor Brian Jones, Councillor Carol White, Dev Patel (Independent Member)

Apologies: Councillor Edward Green

1. APOLOGIES FOR ABSENCE
Apologies were received from Councillor Edward Green.

2. DECLARATIONS OF INTEREST
There were no declarations of interest.

3. MINUTES OF THE MEETING HELD ON 5 FEBRUARY 2024
RESOLVED that the minutes be approved as a correct record.

4. PROPOSED PRECEPT 2024/25
RESOLVED that the Panel supports the precept.
"""
SUMMONSES = (
    "A meeting of the Westmarch Police and Crime Panel will be held in Committee Room 1, County Hall, Westmarch on "
    "Monday 4 March 2024 at 2.00pm.",
    "You are requested to attend the Annual Meeting of the Westmarch Police and Crime Panel on Monday 4 March 2024 "
    "at 2.00pm in Committee Room 1, County Hall, Westmarch.")


def test_minutes_that_quote_the_summons_of_their_meeting_stay_minutes_with_their_items(concord, tmp_path: Path):
    for summons in SUMMONSES:
        out = _ingest(concord, tmp_path, QUOTED_SUMMONS.format(summons=summons))
        [doc] = out["documents"]
        assert doc["kind"] == "minutes"
        [m] = out["meetings"]  # one meeting: the letter above the minutes is no agenda of its own
        assert (m["date"], m["time"]) == ("2024-03-04", "14:00")
        assert m["members"] == ["Ann Smith", "Brian Jones", "Carol White", "Dev Patel"]
        assert m["apologies"] == ["Edward Green"]
        assert [i["number"] for i in m["items"]] == ["1", "2", "3", "4"]
