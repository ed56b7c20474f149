"""Minutes, agendas and board notes in layouts real papers showed (issue 13, thirteenth round, h/aminutes), with bodies
and people invented:

- a board's minutes a converter ran onto one line: the forum's name over "Minutes of the meeting held on <date>,
  <place>", then "1. ATTENDANCE 1.1 Present" and numbered attendance blocks, each person led by a rank or title;
  apologies listed by title and surname;
- "CABINET MINUTES" over "Minutes of the Meeting held at <place> on <date> at <time>", under a dated file header;
- an agenda's cover sheet (forum, date, place, the summons with the time before the date) and its list under a second
  AGENDA heading;
- board notes whose heading prints the weekday, day and month but no year, a bare "Minutes" heading between the
  attendance and the business, and minute references "Ref 01/14/03/2024".
"""

from pathlib import Path

from tests.ingest.ingesting import ingest_text

FLAT = """Northvale Chiefs' Council
Total Page:12
1 ................. Northvale Chiefs’ Council Minutes of the meeting held on Tuesday, 12 March 2019, Northtown 1. ATTENDANCE 1.1 Present CC Sir Alan Abbot President (Chair) CC Beth Baker Northshire DCC Carl Cole Southshire T/CC Dana Dunn Eastshire Miss Erin Evans Westshire Police Mr Fred Ford Chief Executive 1.2 Special Advisers CC Gail Grant Media Adviser 1.3 In attendance ACC Hugh Hale Northshire Ivy Irons Staff Officer 1.4 Observers Mr Jack Jones Staff Officer OPEN SESSION 2. WELCOME AND APOLOGIES 2.1 Apologies were received from: Mr Kemp, Miss Lowe, Mr Mason- McNeil, Mr Nash 3. MINUTES OF THE LAST MEETING 3.1 The minutes were agreed.
"""


def test_forum_over_minutes_line_run_on_with_ranked_attendance(concord, tmp_path: Path):
    out = ingest_text(concord, tmp_path, FLAT)
    assert out["documents"][0]["kind"] == "minutes"
    [m] = out["meetings"]
    assert m["forum"] in ("Northvale Chiefs’ Council", "Northvale Chiefs' Council")
    assert (m["date"], m["venue"]) == ("2019-03-12", "Northtown")
    assert m["members"] == ["Alan Abbot", "Beth Baker", "Carl Cole", "Dana Dunn", "Erin Evans", "Fred Ford"]
    # a person printed without a title ("Ivy Irons Staff Officer") is told from the post before by her given name
    assert m["in_attendance"] == ["Gail Grant", "Hugh Hale", "Ivy Irons", "Jack Jones"]
    assert m["apologies"] == ["Kemp", "Lowe", "Mason-McNeil", "Nash"]
    assert [i["number"] for i in m["items"]] == ["1", "2", "3"]
    assert m["items"][1]["title"] == "WELCOME AND APOLOGIES"


def test_minutes_of_the_meeting_held_is_no_cue_without_forum_over_it_and_attendance(concord, tmp_path: Path):
    text = ("Agenda item 4\n\nMinutes of the meeting held on 12 March 2019\n\n"
            "To approve the minutes of the previous meeting as a correct record.\n")
    out = ingest_text(concord, tmp_path, text)
    assert out["meetings"] == []


CABINET = """Security Classification: OFFICIAL Author: Ann Able Date Created: 20 May 2015

NORTHVALE ASSOCIATION OF CHIEF OFFICERS

CABINET MINUTES

Minutes of the Meeting held at the Civic Centre, 4 High Street, Northtown NT1 2AB on Wednesday 13 May 2015 at 10am

1. ATTENDANCE 1.1 Present Sir Bob Best President (Chair) Cal Carr Vice President 1.2 In Attendance Dee Dale Staff Officer
"""


def test_cabinet_minutes_banner_over_a_held_at_line(concord, tmp_path: Path):
    out = ingest_text(concord, tmp_path, CABINET)
    [m] = out["meetings"]
    assert m["forum"] == "Cabinet"
    assert (m["date"], m["time"]) == ("2015-05-13", "10:00")  # not the file header's Date Created
    assert m["venue"] == "Civic Centre, 4 High Street, Northtown NT1 2AB"
    assert m["members"] == ["Bob Best"]
    doc = out["documents"][0]
    assert doc["title"].startswith("Minutes of the Meeting held at the Civic Centre") and doc["title"].endswith("2015")


UNTITLED = CABINET.replace(
    "1. ATTENDANCE 1.1 Present Sir Bob Best President (Chair) Cal Carr Vice President 1.2 In Attendance Dee Dale Staff Officer",
    "1. ATTENDANCE 1.1 Present Sir Robert Best President (Chair) Timothy Hall Vice President Mark Rowe Head of Crime "
    "Business Area Julie Stone Head of Finance Business Area 1.2 Special Advisers Andrew Trent Media Adviser "
    "1.3 In Attendance Jane Dean Director of Policy Oliver Marsh Staff Officer to the President")


def test_people_without_titles_in_a_run_on_attendance(concord, tmp_path: Path):
    """No title before most names, nothing between a post and the next name: each given name and its surname."""
    [m] = ingest_text(concord, tmp_path, UNTITLED)["meetings"]
    assert m["members"] == ["Robert Best", "Timothy Hall", "Mark Rowe", "Julie Stone"]
    assert m["in_attendance"] == ["Andrew Trent", "Jane Dean", "Oliver Marsh"]


COVER = """                                   Agenda
                                   3 July 2012

              RESOURCES COMMITTEE

Northtown House, Mill Lane, Northtown NT1 1AA

To:   Members of the Northvale Police Authority
      Resources Committee

(Mr A Able, Mrs B Best and Mr C Cole)

A meeting of the RESOURCES COMMITTEE of the Northvale Police Authority will be
held at Northtown House, Mill Lane, Northtown, at 2.30 pm on Tuesday 3 July
2012

                                   AGENDA

1.     To confirm the minutes of the meeting held on 6 March 2012

2.     Matters Arising

3.     Declarations of Interest

4.     Fleet Replacement Programme

       Report* of the Chief Constable
"""


def test_agenda_list_under_its_own_heading_belongs_to_the_cover_meeting(concord, tmp_path: Path):
    out = ingest_text(concord, tmp_path, COVER)
    [m] = out["meetings"]
    assert (m["date"], m["time"]) == ("2012-07-03", "14:30")
    assert [i["number"] for i in m["items"]] == ["1", "2", "3", "4"]
    assert m["items"][3]["title"] == "Fleet Replacement Programme"
    assert m["members"] == []  # the addressees say who sits on the committee, not who came


NOTES = """Northvale Assurance Board
Notes of Meeting
Thursday 14th March, 10:00-12:00
Board Room, Northtown
Attendance
Ann Able (AA) Chair – Police & Crime Commissioner
Ben Bell (BB) – Chief Executive
Apologies
Cat Cole (CC) – Treasurer
Minutes
Ref 01/14/03/2024
Introduction / Apologies.
Introductions were made.
Ref 02/14/03/2024
Estates Review – Paper – For Decision.
The paper was agreed. The next review falls due in March 2025.
"""


def test_notes_dated_by_the_year_that_fits_the_weekday(concord, tmp_path: Path):
    out = ingest_text(concord, tmp_path, NOTES)
    [m] = out["meetings"]  # the bare "Minutes" heading is the notes' own section, not a second paper
    assert (m["date"], m["time"], m["venue"]) == ("2024-03-14", "10:00", "Board Room, Northtown")  # 14 March 2024: a Thursday
    assert m["members"] == ["Ann Able", "Ben Bell"] and m["apologies"] == ["Cat Cole"]
    assert [(i["number"], i["title"]) for i in m["items"]] == [
        ("01/14/03/2024", "Introduction / Apologies"), ("02/14/03/2024", "Estates Review")]


def test_yearless_date_with_two_fitting_years_is_left_undated(concord, tmp_path: Path):
    # 14 March is a Thursday in 2019 and in 2024: the year is not certain, and no other date dates the notes
    text = NOTES.replace("Ref 01/14/03/2024", "Ref 01").replace("Ref 02/14/03/2024", "Ref 02") \
        .replace("March 2025", "March 2019 and in March 2024")
    out = ingest_text(concord, tmp_path, text)
    assert all(m["date"] != "2024-03-14" for m in out["meetings"])


YEARS_IN_PROSE = ("Northshire Accountability Board Minutes 10 August 2021 1. Welcome and introductions PFCC Sam Mould (SM) "
                  "Nina Marsh (NM) Paul Fenn (PF) Helen Kerr (HK) Lucy Shaw (LS) CC Nick Adams (NA) DCC Simon Nash (SN) "
                  "Colleen Reid (CR) Vaughan Ash (VA) Sarah Crane (SC) Apologies were accepted from ACC Blake, ACC Paula "
                  "Stone and Stuart Mann SM welcomed everyone to the meeting. 2. Previous minutes and action log "
                  "• The minutes of the "
                  "previous meeting were agreed. 3. Budget outturn 2020/21 • The Commissioner asked for a report on the "
                  "outturn for 2020/21. • The table showed an underspend by the year end of £583k. • Carry forwards will "
                  "be held in earmarked reserves for use in 2021/22 as appropriate. Police pay • More officers left at the "
                  "end of 2019/20 than expected, the main cause of the savings over the year. 4. Any other business "
                  "• There was none.\n")


def test_financial_years_in_a_flattened_board_minutes_are_no_listing(concord, tmp_path):
    """A board's minutes flattened onto one line whose business names financial years ("2020/21", "2021/22"): read as
    printed they look like a listing's references, a guess; put back onto its lines the page is the meeting."""
    out = ingest_text(concord, tmp_path, YEARS_IN_PROSE)
    assert out["decision_notices"] == []
    [m] = out["meetings"]
    assert (m["forum"], m["date"]) == ("Northshire Accountability Board", "2021-08-10")
    assert m["members"][:3] == ["Sam Mould", "Nina Marsh", "Paul Fenn"]


ITEM_WORDS = ("Northvale Constabulary Chief Officer Team\n\nMinutes of the meeting held on 1 July 2013 at 9.30am, "
              "Headquarters\n\nAttendance: Deputy Chief Constable Mr J Able (Chair) Assistant Chief Constable Mr B Cole "
              "Assistant Chief Officer Mrs D Eyre – Secretariat ITEM 1: APOLOGIES Summary of Discussion: Apologies "
              "were submitted on behalf of Chief Constable Mr F Gray. ITEM 2: MINUTES OF THE MEETING HELD 24 JUNE 2013 "
              "Summary of Discussion: The minutes were agreed. ITEM 3: FITNESS TEST Summary of Discussion: ACC Mr Cole "
              "introduced a paper on fitness testing. Decision: COT support the recommendations in principle.\n")


def test_item_headings_named_by_the_word_item_run_into_their_minutes(concord, tmp_path: Path):
    """"... Secretariat ITEM 1: APOLOGIES Summary of Discussion: ...": each item, by the word, its number and a
    colon, its title the capitals before the running words; a rank in capitals after a label is no title's end."""
    [m] = ingest_text(concord, tmp_path, ITEM_WORDS)["meetings"]
    assert [(i["number"], i["title"]) for i in m["items"]] == [
        ("1", "APOLOGIES"), ("2", "MINUTES OF THE MEETING HELD 24 JUNE 2013"), ("3", "FITNESS TEST")]
    assert m["members"][:2] == ["J Able", "B Cole"]
