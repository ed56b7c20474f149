"""Rules for minutes, agendas and budget tables that hold across bodies (issue 13), each shown on a paper in a
layout written for the test, through the real `concord ingest --json` command. Bodies, people and figures are
invented; the layouts are those of the genres: agendas that a PDF converter flattened onto one line, headings
printed one phrase a line, archived web minutes whose Present label was lost, hosting pages that print a
one-line preview above the transcript, bar-ended budget tables."""

import json
from pathlib import Path


def _ingest(concord, tmp_path: Path, name: str, text: str) -> dict:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    ran = concord("ingest", str(p), "--json")
    assert ran.code == 0, ran.err
    return json.loads(ran.out)


def _items(meeting: dict) -> list[tuple[str, str]]:
    return [(i["number"], i["title"]) for i in meeting["items"]]


FLAT_AGENDA = (
    "Agenda pack\nTotal Page:40\n"
    "Public Document Pack Eastmoor Police, Fire and Crime Panel Thursday, 9 March 2023 at 10.30 am Committee Room 3, "
    "Shire Hall, Eastmoor, EM4 7QT Please note the meeting will be broadcast AGENDA 1. Election of Vice-Chair "
    "2. Apologies and Substitutions 3. Declarations of Interest: Members' Code of Conduct Members are asked to declare "
    "any interest they have in an item. 4. Minutes (Pages 3 - 10) To confirm the minutes of the meeting held on "
    "12 January 2023. 5. Commissioner's Update (verbal update) 6. Standing Items a) Complaints received b) Decisions "
    "taken by the Commissioner (Pages 11 - 14) 7. Police Budget Monitoring 2022/23 - Quarter 3 15 - 28 "
    "8. Estates Strategy - Disposal of Northgate Station 29 - 34 and Associated Land Transfers Page 1 of 40 "
    "9. Work Programme 35 - 40 Notes (a) Members of the public may attend. (b) For enquiries contact the clerk."
)


def test_agenda_flattened_onto_one_line_gives_its_meeting_and_items(concord, tmp_path):
    out = _ingest(concord, tmp_path, "flat.txt", FLAT_AGENDA)
    assert out["documents"][0]["kind"] == "agenda"
    [m] = out["meetings"]
    assert (m["forum"], m["date"], m["time"]) == ("Eastmoor Police, Fire and Crime Panel", "2023-03-09", "10:30")
    assert m["venue"] == "Committee Room 3, Shire Hall, Eastmoor, EM4 7QT"  # up to the postcode
    assert _items(m) == [
        ("1", "Election of Vice-Chair"), ("2", "Apologies and Substitutions"),
        ("3", "Declarations of Interest: Members' Code of Conduct"),  # the explaining sentence is no part of it
        ("4", "Minutes"), ("5", "Commissioner's Update"), ("6", "Standing Items"),  # lettered sub-items are not items
        ("7", "Police Budget Monitoring 2022/23 - Quarter 3"),
        ("8", "Estates Strategy - Disposal of Northgate Station and Associated Land Transfers"),  # split by its pages
        ("9", "Work Programme")]
    assert m["members"] == [] and m["apologies"] == []


STACKED = """Borough Joint Police Authority

                           DRAFT MINUTES
                              of the
                 Resources and Estates Sub-Committee
                  held on Monday 5 May 2008
                      in Committee Room 1
                       The Guildhall, Porttown
                          at 10.30 am

Present: Councillor Ann Marsh (Chairman), Councillor Bill Nye and Mrs Carol Oates

Also present: Mr Derek Pye (Clerk to the Authority)

1. Apologies for absence
None were received.

2. Capital programme 2008/09
"""


def test_minutes_heading_printed_one_phrase_a_line(concord, tmp_path):
    out = _ingest(concord, tmp_path, "stacked.txt", STACKED)
    [m] = out["meetings"]
    assert (m["forum"], m["date"], m["time"]) == ("Resources and Estates Sub-Committee", "2008-05-05", "10:30")
    assert m["venue"] == "Committee Room 1, The Guildhall, Porttown"  # its lines, one part of the address each
    assert out["documents"][0]["title"].endswith("held on Monday 5 May 2008")
    assert m["members"] == ["Ann Marsh", "Bill Nye", "Carol Oates"] and m["in_attendance"] == ["Derek Pye"]


ARCHIVED = """Archived page: this body no longer exists.

Minutes of the Audit and Standards Panel of the Lowland Police Authority held on 11 November 2004 at Bank Chambers, 3 Mill Street, Lowtown LT1 1AA.

  • Ruth Quayle (Chair)
  • Simon Rees
  • Tara Sykes

Authority officers

  • Una Tait (Treasurer)
  • Victor Ung (Head of Audit)

Also in attendance: Wendy Vale (District Auditor).

31. Apologies

(Agenda item 1)

Apologies were received from Xavier Wynn.

32. declarations of interest

(Agenda item 2)

None.

33. 2004/05 audit letter

(Agenda item 3)
"""


def test_long_minutes_heading_with_its_attendees_listed_under_it(concord, tmp_path):
    # a heading too long for a short-heading rule, the Present label lost: the bullets under it are the members,
    # a block headed by the body's officers is in attendance, and "(Agenda item n)" marks the minute headings
    out = _ingest(concord, tmp_path, "archived.txt", ARCHIVED)
    assert out["documents"][0]["kind"] == "minutes"
    [m] = out["meetings"]
    assert (m["forum"], m["date"]) == ("Audit and Standards Panel", "2004-11-11")
    assert m["members"] == ["Ruth Quayle", "Simon Rees", "Tara Sykes"]
    assert sorted(m["in_attendance"]) == ["Una Tait", "Victor Ung", "Wendy Vale"]
    assert m["apologies"] == ["Xavier Wynn"]
    assert _items(m) == [("31", "Apologies"), ("32", "declarations of interest"), ("33", "2004/05 audit letter")]


MARKED = """Independent Audit Committee – Minutes

Date: Wednesday 2 October 2024
Time: 0930hrs
Location: Conference Room B, Force Headquarters

Committee Members:
Paul Ash (PA) Chair; Rita Birch (RB) (Apologies received); Sam Cedar (SC)

In Attendance:
Tina Dove (TD) Chief Finance Officer, OPCC
Uma Elm (UE) Audit Manager, Grantham Audit LLP

Declarations of Interest (Item 1)
None.

Apologies (Item 2)
Rita Birch

311. Chair's Update (Item 3)
The Chair reported on the training day.

312. Minutes and Action Log (Item 4)
Agreed.
"""


def test_member_marked_as_sending_apologies_and_minute_numbers_before_item_numbers(concord, tmp_path):
    out = _ingest(concord, tmp_path, "marked.txt", MARKED)
    [m] = out["meetings"]
    assert m["members"] == ["Paul Ash", "Sam Cedar"] and m["apologies"] == ["Rita Birch"]
    assert m["in_attendance"] == ["Tina Dove", "Uma Elm"]
    # a heading that carries a minute number is that number; the others keep their agenda number
    assert _items(m) == [("1", "Declarations of Interest"), ("2", "Apologies"), ("311", "Chair's Update"),
                         ("312", "Minutes and Action Log")]


AGENDA_MEMBERS = """Hillshire Police and Crime Panel

Date: Friday 7 July 2023
Time: 2.00 pm
Venue: Council Chamber, Hillshire House

Members: Councillor Ada Bloom (Chair), Councillor Ben Crane, Councillor Cleo Dent, Mr Dan Eyre (Co-opted Member)

Membership
Councillor Eve Fenn
Councillor Fred Gale

AGENDA

1. Apologies
2. Declarations of interest
3. Precept setting timetable
"""


def test_an_agendas_members_list_says_who_sits_on_the_panel_not_who_came(concord, tmp_path):
    out = _ingest(concord, tmp_path, "agenda.txt", AGENDA_MEMBERS)
    assert out["documents"][0]["kind"] == "agenda"
    [m] = out["meetings"]
    assert m["members"] == [] and m["in_attendance"] == [] and m["apologies"] == []
    assert [n for n, _ in _items(m)] == ["1", "2", "3"]


PREVIEW = """Valeshire Police Authority Executive Committee minutes 2009 - document transcript

12
VALESHIRE POLICE AUTHORITY EXECUTIVE COMMITTEE The Executive Committee met on Tuesday 3 February 2009 at Vale House. PRESENT: Councillor Amy Ford, Councillor Bob Gray and Mr Carl Hunt JP OFFICIALS : Mrs Dee Irons (Chief Executive) and Mr Ed Jones (Treasurer) 47 APOLOGIES FOR ABSENCE Apologies for absence were received from Councillor Fay King. 48 DECLARATIONS OF INTEREST There were no declarations of interest. 49 BUDGET MONITORING REPORT RESOLVED that the report be noted. 50 ESTATES UPDATE The Treasurer reported progress on the sale of the former station at Brook Lane. Members asked whether the proceeds would be held in the capital reserve and were told that they would, subject to the completion of the sale before the end of the financial year. The Chief Executive added that the purchaser had asked for a short extension - 1 -

Upload: someone

Category: Documents

TRANSCRIPT

VALESHIRE POLICE AUTHORITY EXECUTIVE COMMITTEE

The Executive Committee met on Tuesday 3 February 2009 at Vale House.

PRESENT:

Councillor Amy Ford, Councillor Bob Gray and Mr Carl Hunt JP
"""


def test_hosting_pages_preview_above_the_transcript_is_the_same_paper(concord, tmp_path):
    # the transcript stops early; the one-line preview above it holds the rest: officials, apologies and the
    # numbered headings in capitals (a resolution word after a heading is the minute's text); the preview is the
    # first page flattened onto one line, as long as a page
    out = _ingest(concord, tmp_path, "preview.txt", PREVIEW)
    assert out["documents"][0]["kind"] == "minutes"
    [m] = out["meetings"]
    assert (m["forum"], m["date"]) == ("Valeshire Police Authority Executive Committee", "2009-02-03")
    assert m["members"] == ["Amy Ford", "Bob Gray", "Carl Hunt"]
    assert m["in_attendance"] == ["Dee Irons", "Ed Jones"] and m["apologies"] == ["Fay King"]
    assert _items(m) == [("47", "APOLOGIES FOR ABSENCE"), ("48", "DECLARATIONS OF INTEREST"),
                         ("49", "BUDGET MONITORING REPORT"), ("50", "ESTATES UPDATE")]


BAR_TABLE = """Quarter 3 revenue monitoring

The force expects to finish the year under its budget of £212.4m. The position by area, against the budget, is:
Budget £m | Forecast £m | Variance £m | |
Officer pay | 120.6 | 121.9 | 1.3 |
Staff pay | 61.2 | 59.8 | (1.4) |
Non-pay | 30.6 | 29.9 | (0.7) |
Total | 212.4 | 211.6 | (0.8) |
Overtime pressures continue in response policing.
"""


def test_budget_table_of_bar_ended_rows_with_no_rule(concord, tmp_path):
    out = _ingest(concord, tmp_path, "monitoring.txt", BAR_TABLE)
    [t] = out["tables"]
    assert t["unit"] == "GBP_millions"
    assert t["columns"] == ["Budget £m", "Forecast £m", "Variance £m"]  # the labels' column has no heading
    assert not t["title"]  # the sentence leading into the table is no caption
    assert [(r["label"], r["values"]) for r in t["rows"]] == [
        ("Officer pay", [120.6, 121.9, 1.3]), ("Staff pay", [61.2, 59.8, -1.4]), ("Non-pay", [30.6, 29.9, -0.7]),
        ("Total", [212.4, 211.6, -0.8])]


BODIES = """MEETING OF THE RIVERSHIRE POLICE AND CRIME PANEL

Tuesday 6 June 2017, Council Offices, Rivertown

Present: Cllr K Ash, Rivertown District Council (Chairman) Cllr L Bell, Eastvale Borough Council

Also Present: N Coe, Rivershire Police Authority P Dale, Eastvale Borough Council R S Eden, Office of the Police and Crime Commissioner

1 MINUTES OF THE LAST MEETING
Agreed.

2 MATTERS ARISING
None.
"""


def test_people_each_followed_by_their_body_on_one_line(concord, tmp_path):
    # no bracket or comma between a person's body and the next person: the body ends the person
    out = _ingest(concord, tmp_path, "bodies.txt", BODIES)
    [m] = out["meetings"]
    assert m["in_attendance"] == ["N Coe", "P Dale", "R S Eden"]


ATTENDEE_TABLE = """Joint Independent Audit Committee
Minutes of meeting held on 18th March 2021, 2pm, by video conference

Attendees:
| Name | Role |
| --- | --- |
| Quentin Rowe | Chair, Independent Member |
| Sara Tull | Independent Member |

Also attending: Will Xu (Chief Finance Officer, OPCC); Abel Bird (Engagement Lead, External Audit)

Apologies: Cara Dunn (Independent Member)

Agenda item 1 – Welcome and apologies
Agenda item 2 – Minutes of the last meeting and action log
Agenda item 3 – Treasury management mid-year report
"""


def test_attendees_in_a_table_and_items_headed_agenda_item(concord, tmp_path):
    out = _ingest(concord, tmp_path, "jiac.txt", ATTENDEE_TABLE)
    [m] = out["meetings"]
    assert m["members"] == ["Quentin Rowe", "Sara Tull"]  # the first cell of each row, not its header
    assert _items(m) == [("1", "Welcome and apologies"), ("2", "Minutes of the last meeting and action log"),
                         ("3", "Treasury management mid-year report")]


TWO_LINE_HEADER = """Report of: Chief Finance Officer
Subject: Revenue Budget Monitoring - Quarter 2

Table 1 - Forecast outturn by area (£000)

                        Annual        Forecast
                        Budget        Outturn       Variance
Police Officer Pay      84,210        83,540          (670)
Police Staff Pay        41,005        41,612            607
Total                  125,215       125,152            (63)
"""


def test_budget_table_whose_column_heads_wrap_onto_two_lines(concord, tmp_path):
    out = _ingest(concord, tmp_path, "q2.txt", TWO_LINE_HEADER)
    [t] = out["tables"]
    assert t["columns"] == ["Annual Budget", "Forecast Outturn", "Variance"]
    assert t["unit"] == "GBP_thousands"  # from the table's heading above its column heads
    assert t["title"].startswith("Table 1 - Forecast outturn by area")
    assert [r["values"] for r in t["rows"]] == [[84210, 83540, -670], [41005, 41612, 607], [125215, 125152, -63]]
