"""Papers with a blank line between every two lines (a web page with each line in a paragraph of its own, a Word
document saved as text with space after each paragraph), and headers whose labels come on lines next to each other,
read through the real `concord ingest --json` in a fresh process. Bodies, people and figures invented; the layouts
are those of real papers (tests/ingest/corpus: council meeting pages, a force's command team minutes, budget
monitoring reports)."""

from __future__ import annotations

from tests.ingest.ingesting import explained, ingest_text, one_meeting, records


def _double(text: str) -> str:
    """The paper with every line break doubled, its first line (the source) kept as it was."""
    first, _, rest = text.partition("\n")
    return first + "\n" + rest.replace("\n", "\n\n")



BUDGET = """Source: invented

Northshire Police and Crime Commissioner

Revenue Budget Monitoring Report – Quarter 2 2024/25

1. Purpose
This report sets out the forecast outturn against the revenue budget.

Table 1: Revenue forecast
Service  Budget £000  Forecast £000  Variance £000
Local Policing  45,200  44,950  (250)
Crime and Justice  21,300  21,650  350
Operations Support  9,800  9,700  (100)
Total  76,300  76,300  0
"""


def test_a_double_spaced_budget_table_keeps_its_rows(concord, tmp_path):
    out = ingest_text(concord, tmp_path, _double(BUDGET))
    [table] = out["tables"]
    assert table["columns"] == ["Budget £000", "Forecast £000", "Variance £000"]
    assert [(r["label"], r["values"]) for r in table["rows"]] == [
        ("Local Policing", [45200, 44950, -250]), ("Crime and Justice", [21300, 21650, 350]),
        ("Operations Support", [9800, 9700, -100]), ("Total", [76300, 76300, 0])]
    assert out["documents"][0]["title"] == "Revenue Budget Monitoring Report – Quarter 2 2024/25"


def test_a_double_spaced_budget_reads_as_its_single_spaced_original(concord, tmp_path):
    single = ingest_text(concord, tmp_path, BUDGET, "single.txt")
    double = ingest_text(concord, tmp_path, _double(BUDGET), "double.txt")
    assert single["tables"] and records(double) == records(single)


COMMAND_TEAM = """Source: invented

Minutes of Meeting
Meeting: CHIEF OFFICER TEAM
Venue: BOARDROOM, FORCE HEADQUARTERS
Date: TUESDAY 14 JANUARY 2025 Time: 9.00am
Attendance:
Chief Constable Ms R Mallory
Deputy Chief Constable Mr T Oakes
Assistant Chief Officer Mrs P Quinn
Mr S Reid, Staff Officer
ITEM 1: APOLOGIES
Assistant Chief Constable Mr V Underwood.
ITEM 2: MINUTES OF THE LAST MEETING
The minutes of the meeting held on 10 December 2024 were agreed.
ITEM 3: FLEET REPLACEMENT
The team agreed the fleet replacement plan.
"""


def test_meeting_venue_and_date_labels_on_adjacent_lines_head_minutes_not_a_report(concord, tmp_path):
    out = ingest_text(concord, tmp_path, COMMAND_TEAM)
    assert out["reports"] == []  # "Meeting:" and "Date:" with a Venue between: a meeting's header
    [m] = out["meetings"]
    assert (m["forum"], m["date"], m["time"]) == ("Chief Officer Team", "2025-01-14", "09:00")
    assert m["members"] == ["R Mallory", "T Oakes", "P Quinn", "S Reid"]
    assert [i["title"] for i in m["items"]] == ["APOLOGIES", "MINUTES OF THE LAST MEETING", "FLEET REPLACEMENT"]


def test_the_command_team_minutes_double_spaced_read_the_same(concord, tmp_path):
    single = ingest_text(concord, tmp_path, COMMAND_TEAM, "single.txt")
    double = ingest_text(concord, tmp_path, _double(COMMAND_TEAM), "double.txt")
    assert single["meetings"] and records(double) == records(single)


PANEL_PAGE = """Source: invented

Northshire Police and Crime Panel - Thursday, 6 March 2025 10.30 am
Contact: Sam Green, Scrutiny Officer
NPCP 12/25
Apologies for Absence
Apologies were received from Councillors Amy Hart and Ben Irving.
NPCP 13/25
Minutes of the previous meeting
The minutes of the meeting held on 5 December 2024 were agreed as a true record.
"""


def test_no_venue_is_read_from_a_contact_line_under_the_dated_heading(concord, tmp_path):
    m = one_meeting(concord, tmp_path, PANEL_PAGE)
    assert (m["forum"], m["date"], m["time"]) == ("Northshire Police and Crime Panel", "2025-03-06", "10:30")
    assert m["venue"] is None  # "Contact: ..." is another label, "NPCP 12/25" a minute's number: no place
    assert [(i["number"], i["title"]) for i in m["items"]] == [
        ("NPCP 12/25", "Apologies for Absence"), ("NPCP 13/25", "Minutes of the previous meeting")]


HELD_AT = """Source: invented

NORTHSHIRE POLICE AUTHORITY
Minutes of the Resources Committee held on 4 June 2009 at 2.00pm
Civic Offices, 12 Market Street, Northtown NT3 4CD.
Part 1
Items to be considered while the press and public are present
Present:
Councillor Alan Baxter (Chair)
Councillor Beth Collins
"""


def test_an_address_ends_at_its_postcode(concord, tmp_path):
    m = one_meeting(concord, tmp_path, HELD_AT)
    assert m["venue"] == "Civic Offices, 12 Market Street, Northtown NT3 4CD"
    assert (m["date"], m["time"]) == ("2009-06-04", "14:00")
    assert m["members"] == ["Alan Baxter", "Beth Collins"]


INITIALS = """Source: invented

Northshire Strategic Collaboration Board (NSCB)

Minutes of the meeting held on 9 May 2025

Present:
Chief Constable Ruth Mallory
Tom Oakes, Police and Crime Commissioner

1. Apologies
None.

2. Regional forensics
The board agreed the forensics business case.
"""


def test_a_forum_named_without_the_initials_in_brackets_that_spell_it(concord, tmp_path):
    m = one_meeting(concord, tmp_path, INITIALS)
    assert (m["forum"], m["date"]) == ("Northshire Strategic Collaboration Board", "2025-05-09")
    kept = one_meeting(concord, tmp_path, INITIALS.replace("(NSCB)", "(Statutory Joint Committee)"))
    assert kept["forum"] == "Northshire Strategic Collaboration Board (Statutory Joint Committee)"


def test_explain_says_a_page_was_double_spaced(concord, tmp_path):
    assert "layout: page 1 double spaced" in explained(concord, tmp_path, _double(BUDGET))
    assert "double spaced" not in explained(concord, tmp_path, BUDGET)


def test_a_council_pages_item_numbers_two_blank_lines_over_their_titles(concord, tmp_path):
    """A committee site's items ("1." alone on its line, the title below it) copied with every gap doubled (a blank
    line in the page became three)."""
    from tests.ingest.ingesting import one_meeting
    text = ("Agenda and minutes\n\n\nNorthshire Police and Crime Panel - Thursday, 6 March 2025 10.00 am\n\n\n"
            "Venue: County Hall, Northford\n\n\nItems\n\n\nNo. Item\n\n\n"
            "1.\n\n\n\nApologies for Absence\n\n\nMinutes:\n\n\nThere were none.\n\n\n"
            "2.\n\n\n\nDeclarations of Interest\n\n\nMinutes:\n\n\nThere were none.\n\n\n"
            "3.\n\n\n\nPolice and Crime Commissioner's Update\n\n\nMinutes:\n\n\nThe Commissioner gave an update.\n")
    m = one_meeting(concord, tmp_path, text)
    assert [(i["number"], i["title"]) for i in m["items"]] == [
        ("1", "Apologies for Absence"), ("2", "Declarations of Interest"), ("3", "Police and Crime Commissioner's Update")]
