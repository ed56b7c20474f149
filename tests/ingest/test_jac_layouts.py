"""Joint audit committee minutes in other bodies' layouts (concord/ingest/extract/people.py, data/labels.toml): the
attendance printed as a two-column table whose first cell names the block (members, officers of the commissioner,
of the chief constable, auditors) with no colon; "Independent Members Present" under a "Minutes of the meeting held
on ..." heading; minute numbers with the committee's prefix. Bodies and people invented."""

from pathlib import Path

from tests.ingest.ingesting import ingest_text

TABLE_BLOCKS = """Minutes of the Joint Audit Committee
held at Police Headquarters, Riverbank Road, Southam
on Thursday 3rd November 2016 commencing at 10.00am

PRESENT
Members\tMr P Ridley (Chairman), Mrs S Ward, Mr K Bell
Officers of the Commissioner\tMr A Dunn (Chief Executive), Mrs P Rowe (Chief Finance Officer)
Officers of the Chief Constable\tMr T Hall (Deputy Chief Constable), Mr G Moss (Head of Finance)
Auditors\tMr J Frost (Internal Audit), Ms E Kay (External Audit, EY)

42. APOLOGIES
Apologies were received from Mrs L Fenwick.
43. MINUTES
RESOLVED That the minutes of the meeting held on 8 September 2016 be confirmed.
44. STATEMENT OF ACCOUNTS
The Committee considered the report.
"""

HELD_ON = """JOINT INDEPENDENT AUDIT COMMITTEE

Minutes of the meeting held on Tuesday 5 June 2019 at 2.00pm in the Board Room, Force Headquarters, Northgate

Independent Members Present:
Ann Wheeler (Chair), Robert Fisk, Claire Dunmore

Office of the PCC:
Police and Crime Commissioner Mark Steele; Rachel Ford (Chief Executive); Tim Green (Treasurer)

Auditors:
Dean Harlow (Mazars); Lucy Pike (TIAA)

JIAC 15/19 Apologies for Absence
Apologies were received from Ian Trent.

JIAC 16/19 Declarations of Interest
None.

JIAC 17/19 Treasury Management Annual Report 2018/19
The Treasurer introduced the report. RESOLVED that the report be noted.
"""


def test_blocks_named_in_the_first_cell_of_a_row(concord, tmp_path: Path):
    [m] = ingest_text(concord, tmp_path, TABLE_BLOCKS)["meetings"]
    assert m["members"] == ["P Ridley", "S Ward", "K Bell"]
    assert m["in_attendance"] == ["A Dunn", "P Rowe", "T Hall", "G Moss", "J Frost", "E Kay"]
    assert m["apologies"] == ["L Fenwick"]
    assert [i["number"] for i in m["items"]] == ["42", "43", "44"]


def test_independent_members_present_under_a_held_on_heading(concord, tmp_path: Path):
    out = ingest_text(concord, tmp_path, HELD_ON)
    assert out["decision_notices"] == []
    [m] = out["meetings"]
    assert m["date"] == "2019-06-05" and m["time"] == "14:00"
    assert m["members"] == ["Ann Wheeler", "Robert Fisk", "Claire Dunmore"]
    assert m["in_attendance"] == ["Mark Steele", "Rachel Ford", "Tim Green", "Dean Harlow", "Lucy Pike"]
    assert m["apologies"] == ["Ian Trent"]
    assert [i["number"] for i in m["items"]] == ["JIAC 15/19", "JIAC 16/19", "JIAC 17/19"]


ROLE_FIRST = """Joint Audit Committee
Minutes
Monday 12th March 2018, 2.00pm
Committee Room A, Headquarters, Westbury

Present
Independent Members
Chair – Mr Alan Short
Mrs Brenda Long
Mr Colin Ward

Office of the Police and Crime Commissioner
Chief Executive – Mrs Dawn Hale
Chief Finance Officer – Mr Eric Pond

Westbury Constabulary
Deputy Chief Constable – Mr Frank Lowe

External Audit (Grant Thornton)
Ms Iris Fenn

1. Apologies
Apologies were received from Mr John Kerr.

2. Minutes of the last meeting
The minutes of the meeting held on 11 December 2017 were agreed.
"""


def test_the_chair_named_with_the_role_inside_the_members_block(concord, tmp_path: Path):
    [m] = ingest_text(concord, tmp_path, ROLE_FIRST)["meetings"]
    assert m["members"] == ["Alan Short", "Brenda Long", "Colin Ward"]
    assert m["in_attendance"] == ["Dawn Hale", "Eric Pond", "Frank Lowe", "Iris Fenn"]
    assert m["apologies"] == ["John Kerr"]


LINES_APART = """MINUTES OF THE JOINT AUDIT COMMITTEE

Wednesday 14 March 2018

10.00 am

Conference Room 2, Police Headquarters, Wessex

Present:

Mr John Harding (Chair)
Mrs Alison Cole

1. APOLOGIES FOR ABSENCE

Apologies were received from Mr Tom Black.
"""


def test_date_time_and_place_on_lines_of_their_own_blank_lines_apart(concord, tmp_path: Path):
    [m] = ingest_text(concord, tmp_path, LINES_APART)["meetings"]
    assert (m["date"], m["time"]) == ("2018-03-14", "10:00")
    assert m["venue"] == "Conference Room 2, Police Headquarters, Wessex"
    assert m["members"] == ["John Harding", "Alison Cole"]


YEAR_FIRST = """MINUTES OF THE JOINT AUDIT COMMITTEE
Held on Friday 9 October 2015 at 10.00am at Police Headquarters

Present: Mr A Bell (Chair), Mrs C Dale, Mr E Frost
In attendance: Mr G Hunt (Chief Finance Officer, OPCC), Mr K Lamb (Internal Audit)

JAC/15/31\tApologies for absence
There were none.
JAC/15/32\tDeclarations of interest
None were made.
JAC/15/33\tInternal Audit Progress Report
The Committee noted the report.
"""

NAME_ROLE = """Joint Audit Committee – Minutes
Date: 4 February 2020
Venue: Meeting Room, OPCC, Eastgate

Attendees:
Name\tRole
Jill Evans\tChair, Independent Member
Kate Ford\tIndependent Member
Liam Grey\tChief Finance Officer, OPCC
Nina Irwin\tInternal Auditor

Apologies: Owen Jakes

1. Welcome and apologies
2. Minutes and action log
"""


def test_minute_references_with_the_year_first(concord, tmp_path: Path):
    [m] = ingest_text(concord, tmp_path, YEAR_FIRST)["meetings"]
    assert [i["number"] for i in m["items"]] == ["JAC/15/31", "JAC/15/32", "JAC/15/33"]
    assert m["items"][2]["title"] == "Internal Audit Progress Report"


def test_a_name_and_role_table_under_attendees(concord, tmp_path: Path):
    [m] = ingest_text(concord, tmp_path, NAME_ROLE)["meetings"]
    assert m["members"] == ["Jill Evans", "Kate Ford"]
    assert m["in_attendance"] == ["Liam Grey", "Nina Irwin"]
    assert m["apologies"] == ["Owen Jakes"]


def test_a_name_role_and_organisation_table_between_bars(concord, tmp_path: Path):
    """The same table with a third column, the body each sits for, its cells between bars: members by their role
    cell, whichever column it is in."""
    barred = NAME_ROLE.replace("Name\tRole", "Name | Organisation | Role").replace(
        "Jill Evans\tChair, Independent Member", "Jill Evans | JAC | Chair, Independent Member").replace(
        "Kate Ford\tIndependent Member", "Kate Ford | JAC | Independent Member").replace(
        "Liam Grey\tChief Finance Officer, OPCC", "Liam Grey | OPCC | Chief Finance Officer").replace(
        "Nina Irwin\tInternal Auditor", "Nina Irwin | Southgate Audit | Internal Auditor")
    [m] = ingest_text(concord, tmp_path, barred)["meetings"]
    assert m["members"] == ["Jill Evans", "Kate Ford"]
    assert m["in_attendance"] == ["Liam Grey", "Nina Irwin"]
    assert m["apologies"] == ["Owen Jakes"]


def test_minute_references_of_initials_and_a_number_and_minute_no_headings(concord, tmp_path: Path):
    """"JAC/003 Risk register", "JAC.3 ...", "Minute No. 3 ...": the committee's references in other shapes, the
    headings in sentence case."""
    titles = ["Apologies for absence", "Declarations of interest", "Internal audit progress report"]
    head = YEAR_FIRST.split("JAC/15/31")[0]
    for ref, want in ((lambda k: f"JAC/{k:03d}", lambda k: f"JAC/{k:03d}"), (lambda k: f"JAC.{k}", lambda k: f"JAC.{k}"),
                      (lambda k: f"Minute No. {k}", str)):
        body = "".join(f"{ref(k)} {t}\nThe Committee noted the report.\n\n" for k, t in enumerate(titles, 1))
        [m] = ingest_text(concord, tmp_path, head + body)["meetings"]
        assert [(i["number"], i["title"]) for i in m["items"]] == [(want(k), t) for k, t in enumerate(titles, 1)]


def test_minutes_numbered_on_from_the_last_meeting_two_items_or_three_digits(concord, tmp_path: Path):
    """A committee's minutes numbered on from its last meeting's, the stored page keeping only two of them ("23.
    Apologies for absence", "24. Internal audit progress report"), or numbered in the hundreds: each a heading on a
    line of its own over its minute. An action log's rows ("Item 4 Ongoing") are no items."""
    head = YEAR_FIRST.split("JAC/15/31")[0]
    for first in (23, 123):
        body = (f"{first}. Apologies for absence\nApologies were received from Mrs L Fenwick.\n\n"
                f"{first + 1}. Internal audit progress report\nThe Committee noted the report.\n")
        [m] = ingest_text(concord, tmp_path, head + body)["meetings"]
        assert [(i["number"], i["title"]) for i in m["items"]] == [
            (str(first), "Apologies for absence"), (str(first + 1), "Internal audit progress report")]
    log = "ACTION LOG\nItem 3 Finance to liaise with the auditors.  Action discharged.\nItem 4 Ongoing\n"
    [m] = ingest_text(concord, tmp_path, head + log)["meetings"]
    assert m["items"] == []


ONE_LINE_HEADING = """Westshire Police and Crime Commissioner / Chief Constable Minutes of Joint Audit Committee Meeting Tuesday 18 February 2014 11.00 am Committee Room, Police Headquarters, Anytown

Members

Cllr A Bell, Mr R Hughes, Ms J Flint

Auditors

Mr P Brady, Mr M Barr

1. Minutes of the meeting held on 11 November 2013

The minutes were agreed as a correct record.

2. Treasury Management Report

The Committee received the report.
"""


def test_a_heading_run_onto_one_line_after_the_bodies_names(concord, tmp_path: Path):
    """The header's cells run onto one line, as a document host copies a table: the two offices, then "Minutes of
    <forum> Meeting <date> <time> <place>". The forum, date, time and place are the heading's."""
    m = ingest_text(concord, tmp_path, ONE_LINE_HEADING)["meetings"]
    assert [(x["forum"], x["date"], x["time"], x["venue"]) for x in m] == [
        ("Joint Audit Committee", "2014-02-18", "11:00", "Committee Room, Police Headquarters, Anytown")]
    assert m[0]["members"] == ["A Bell", "R Hughes", "J Flint"]
