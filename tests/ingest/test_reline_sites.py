"""Flattened pages in two more shapes (concord/ingest/reline.py): a committee site's meeting page ("Agenda and draft
minutes <forum> - <day, date> <time> Venue: ... Items No. Item 483. Welcome Minutes: ...", items numbered on from the
last meeting's), and minutes whose heading's sentence runs on into the first minute's. Read through the real
`concord ingest --json` in a fresh process. Bodies, people and places invented."""

from __future__ import annotations

from pathlib import Path

from concord.ingest.reline import reline
from tests.ingest.ingesting import ingest_text

SITE = ("Source: invented\n Agenda and draft minutes Northshire Police and Crime Panel - Wednesday 8th February 2023 "
        "10.00 am Venue: Guild Hall, Market Street, Northford Contact: Ann Roe Email: ann.roe@example.org Items No. "
        "Item 483. Welcome and Introductions Minutes: The Chair welcomed everyone to the meeting and invited all in "
        "attendance to introduce themselves. 484. Apologies for Absence Minutes: Apologies for absence had been "
        "received from Councillor Bob Hill and Councillor Cat Ray. 485. Substitutions Minutes: There were no "
        "substitutes. 486. Declarations of Interest Minutes: There were no declarations of interest. 487. Police and "
        "Crime Commissioner Update Minutes: The Commissioner gave an update on recruitment and the force's budget.\n")

HEADING = ("Source: invented\n Contents These are the minutes for the 2 April 2009 meeting of the Standards "
           "Sub-committee. Warning: This is archived material. Minutes of the Standards Sub-committee of the Northshire "
           "Police Authority held on 2 April 2009 at 10 High Street, Northford NF1 1AA. Present Members - Dan Fox "
           "(Chairman) - Eve Lamb - Fay Moss Officers - Gus Hale (Clerk) 1. Apologies for absence (Agenda item 1) "
           "Apologies for absence were received from Ian Judd. 2. Declarations of interests (Agenda item 2) No "
           "declarations were made. 3. Exclusion of press and public (Agenda item 3) The press and public were "
           "excluded. 4. Summary of exempt items The sub-committee received an update on a conduct matter.\n")


def test_a_flattened_committee_site_page_gives_its_meeting_and_items(concord, tmp_path: Path):
    [m] = ingest_text(concord, tmp_path, SITE)["meetings"]
    assert (m["forum"], m["date"], m["time"]) == ("Northshire Police and Crime Panel", "2023-02-08", "10:00")
    assert m["venue"] == "Guild Hall, Market Street, Northford"
    assert m["apologies"] == ["Bob Hill", "Cat Ray"]
    assert [(i["number"], i["title"]) for i in m["items"]] == [
        ("483", "Welcome and Introductions"), ("484", "Apologies for Absence"), ("485", "Substitutions"),
        ("486", "Declarations of Interest"), ("487", "Police and Crime Commissioner Update")]


def test_a_flattened_minutes_heading_ends_at_its_sentence(concord, tmp_path: Path):
    [m] = ingest_text(concord, tmp_path, HEADING)["meetings"]
    assert (m["forum"], m["date"]) == ("Standards Sub-committee", "2009-04-02")
    assert m["venue"] == "10 High Street, Northford NF1 1AA"
    assert "Dan Fox" in m["members"]


def test_a_day_of_the_month_or_unstopped_numbers_are_no_run_of_headings():
    # "10 September ..." is a date, and numbers past 2 without their full stops are no committee's minute numbers
    text = ("Source: invented\n" + "Northshire Joint Audit Committee 10 September 2018 at 10.00am agenda papers "
            "attached 9 Internal Audit Report RB Paper 10 Risk Register PF Paper 11 Budget Process VA Paper 12 "
            "Capital Programme HK Paper 13 Agenda Plan HK Paper 14 Any Other Business JB Verbal " * 2 + "\n")
    assert all(not line.startswith(("10 ", "11 ", "12 ")) for line in reline(text).split("\n"))


def test_an_agenda_items_number_in_a_minutes_bracket_is_no_heading():
    # a joint audit committee's minutes, each minute numbered on from the last meeting's and naming its agenda item
    text = ("Source: invented\n Date: Thursday 12 May 2022 Time: 1300hrs Location: Online 550. Declarations of interest "
            "(Item 1) There were no declarations of interest. 551. Chair's report (Item 2) The Chair reported on the "
            "training session. 552. Minutes and action log (Item 3) The minutes were agreed. 553. Internal audit "
            "(Item 4) The committee noted the progress report of the internal auditor for the year.\n")
    lines = reline(text).split("\n")
    assert not any(line.startswith(("1)", "2)", "3)", "4)")) for line in lines)
    assert any(line.startswith("551. Chair's report") for line in lines)


def test_a_flattened_meeting_sentence_and_its_attendees(concord, tmp_path: Path):
    # "A meeting of <forum> was held on <date> in <place>." run on from the forum's name in capitals
    text = ("Source: invented\n NORTHSHIRE POLICE AUTHORITY EXECUTIVE A meeting of Northshire Police Authority Executive "
            "was held on Thursday 25 February 2010 in the Members Conference Room at Police HQ. PRESENT: Councillor "
            "Ann Other (Chair), Councillor Bob Hill and Mr Cat Ray OFFICIALS: Mr Dan Fox and Mrs Eve Lamb (CE) 342 "
            "APOLOGIES FOR ABSENCE Apologies for absence were received from Councillor Fay Moss. 343 DECLARATIONS OF "
            "INTERESTS There were no declarations of interests. 344 BUSINESS PLAN The Chief Executive presented the "
            "business plan for members' approval. The plan sets out the Authority's priorities for the next three years, "
            "the savings it must find and the measures by which members will hold the Chief Constable to account. "
            "RESOLVED that the business plan be approved.\n")
    [m] = ingest_text(concord, tmp_path, text)["meetings"]
    assert (m["forum"], m["date"]) == ("Northshire Police Authority Executive", "2010-02-25")
    assert m["members"] == ["Ann Other", "Bob Hill", "Cat Ray"]
    assert m["apologies"] == ["Fay Moss"]


def test_a_flattened_heading_naming_no_forum_takes_the_forum_before_it(concord, tmp_path: Path):
    text = ("Source: invented\n Public Document Pack. Northshire Police and Crime Panel Size: px Download \"Public Document "
            "Pack\" Transcription 1 Public Document Pack Northshire Police and Crime Panel Minutes of the meeting held "
            "at County Hall, Northford, NF1 1XJ on Friday, 3 February 2017 Present: Ann Other (Chairman) (Northford "
            "Borough Council), Bob Hill (Independent), Cat Ray (Southtown District Council) Officers Attending: Dan Fox "
            "(Police and Crime Commissioner), Eve Lamb (Chief Executive) 1. Apologies Apologies were received from Fay "
            "Moss. 2. Minutes The minutes of the last meeting were agreed. 3. Precept The Panel considered the "
            "proposed precept. The Commissioner explained that the proposed increase would fund forty more officers and "
            "the replacement of the force's control room, and answered members' questions on reserves and savings. "
            "RESOLVED that the Panel supports the proposed precept.\n")
    [m] = ingest_text(concord, tmp_path, text)["meetings"]
    assert (m["forum"], m["date"]) == ("Northshire Police and Crime Panel", "2017-02-03")
    assert m["members"] == ["Ann Other", "Bob Hill", "Cat Ray"]


BOARD = ("Source: invented\n Northshire Accountability Board Minutes 10 January 2023 1. Welcome and introductions PFCC "
         "Ann Other (AO) Bob Hill (BH) Cat Ray (CR) CC Dan Fox (DF) Inspector Eve Lamb (EL) Apologies were accepted "
         "from Fay Moss. 2. Previous minutes and action log The minutes of the previous meeting were agreed and the "
         "action log was updated. 3. Budget outturn The Chief Finance Officer presented the outturn for the year, an "
         "underspend of £583k, and the Board discussed the carry forwards to be held in earmarked reserves. AO asked "
         "for a report on overtime. 4. Any other business There was none.\n")


def test_a_flattened_board_note_with_its_people_in_initials(concord, tmp_path: Path):
    # "<forum> Minutes <date>" runs on into item 1, and its people each with their initials in brackets
    [m] = ingest_text(concord, tmp_path, BOARD)["meetings"]
    assert (m["forum"], m["date"]) == ("Northshire Accountability Board", "2023-01-10")
    people = set(m["members"]) | set(m["in_attendance"])
    assert {"Ann Other", "Bob Hill", "Cat Ray", "Dan Fox", "Eve Lamb"} <= people


def test_a_bracket_after_a_name_is_no_list_of_people_unless_it_is_their_initials():
    text = ("Source: invented\n" + "Minutes 4 March 2023 The Panel heard from Ann Other (Chair) and Bob Hill (Vice "
            "Chair) about the work of the Youth Offending Team (YOT) and the Crown Prosecution Service (CPS), and "
            "from Cat Ray (Independent) about the ethics panel. " * 2 + "\n")
    assert reline(text).count("\n") == text.count("\n")


def test_a_committee_sites_agenda_page_title_is_no_part_of_the_forum(concord, tmp_path: Path):
    text = ("Source: invented\n Agenda Northshire Police and Crime Panel Friday, 15th March, 2019 10.00 am Venue: "
            "Council Chamber, Guild Hall, Northford NF1 1AA Contact: Ann Roe Democratic Services Manager Items No. Item "
            "1. Apologies for absence To note any apologies for absence. 2. Declarations of interest To note any "
            "declarations of interest. 3. Minutes of the previous meeting To approve the minutes of the meeting held on "
            "1 February 2019. 4. Police and crime plan To consider the Commissioner's report on the delivery of the plan "
            "in the third quarter of the year, with the force's performance against each of the plan's priorities and "
            "the Commissioner's commissioning of services for victims.\n")
    [m] = ingest_text(concord, tmp_path, text)["meetings"]
    assert (m["forum"], m["date"]) == ("Northshire Police and Crime Panel", "2019-03-15")


def test_a_labels_last_words_are_no_second_label():
    text = ("Source: invented\n" + "Decision number: 22/2024 Author: Ann Roe Executive Summary: The report shows the "
            "forecast for the year. Committee Members: Bob Hill (BH) In Attendance: Cat Ray (CR) " * 3 + "\n")
    lines = reline(text).split("\n")
    assert any(line.startswith("Executive Summary:") for line in lines)
    assert not any(line.startswith(("Summary:", "Attendance:", "Members:")) for line in lines)
    # a label at a line's start already: its last words are no label of their own either
    at_start = text.replace("(BH) In Attendance:", "(BH)\nIn Attendance:")
    assert not any(line.startswith("Attendance:") for line in reline(at_start).split("\n"))


def test_a_label_over_its_list_is_no_forum(concord, tmp_path: Path):
    text = ("Source: invented\n\nDate: Thursday 12 May 2022\nTime: 1300hrs\nLocation: Microsoft Teams\nCommittee Members:\n"
            "Ann Other (AO) Chair\nBob Hill (BH)\n")
    assert all(m["forum"] != "Committee Members" for m in ingest_text(concord, tmp_path, text)["meetings"])


def test_a_record_of_decision_with_its_label_lines_run_together(concord, tmp_path: Path):
    # a web page's record whose lines a converter ran together, paragraph by paragraph: three fields are enough
    text = ("Source: invented\n\nNorthshire Police and Crime Commissioner\n\nTitle and Reference – PCC/D/083 Subject: "
            "Governance change in how the Commissioner holds the Chief Constable to account Report of: Police and Crime "
            "Commissioner Date: 14/06/2023 The governance arrangements that support the Commissioner in holding the "
            "Chief Constable to account have been changed to take account of the working relationship between them, "
            "and the board that met each month will no longer be held; its business now goes to a one to one meeting "
            "and to the office's performance and governance board.\n\n"
            "From March 2023 the office trialled separating some of the agenda from the performance board.\n")
    [rec] = ingest_text(concord, tmp_path, text)["decision_notices"]
    assert (rec["reference"], rec["date"]) == ("PCC/D/083", "2023-06-14")
    assert rec["subject"] == "Governance change in how the Commissioner holds the Chief Constable to account"


def test_a_label_with_an_en_dash_begins_a_line():
    text = ("Source: invented\n Northshire Police and Crime Commissioner Email the office Title and Reference – PCC/D/083 "
            "Subject: Estates strategy Report of: Police and Crime Commissioner Date: 14/06/2023 The Commissioner has "
            "approved the estates strategy for the next five years, with the sale of two police stations and the "
            "building of a new custody suite at the force's headquarters, at a cost of £12m over the period.\n")
    assert "Title and Reference – PCC/D/083" in reline(text).split("\n")


def test_a_flattened_record_of_decision_with_its_reference_and_title(concord, tmp_path: Path):
    # as printed on one line it gives no record; put back onto its lines, a record with two fields is sure enough
    text = ("Source: invented\n Quick exit We use some essential cookies to make our website work. You can manage your "
            "preferences and cookie settings at any time. ORIGINATOR: | Chief Executive | REFERENCE: | OPCC.D.012.25 | | "
            "TITLE: Estates strategy for the next five years | | OPEN ☒ CONFIDENTIAL ☐ | EXECUTIVE SUMMARY The "
            "Commissioner has considered the estates strategy, which sets out the sale of two police stations and the "
            "building of a new custody suite at the force's headquarters. Signature: Date: | | Chief Executive: "
            "Comments: Not applicable as a direct decision for the Commissioner.\n")
    [rec] = ingest_text(concord, tmp_path, text)["decision_notices"]
    assert (rec["reference"], rec["subject"]) == ("OPCC.D.012.25", "Estates strategy for the next five years")


def test_a_flattened_records_labels_without_colons(concord, tmp_path: Path):
    text = ("Source: invented\n Information Decision Record 56 – Joint Estates Strategy Decision taken The Police and "
            "Crime Commissioner has taken the decision to: Publish the new estates strategy and asset management plan, "
            "which will remain in place until 2030 and be reviewed each year. Details of advice taken Professional "
            "advice has been taken from the estates team and the chief finance officer. Contact officer Ann Roe, "
            "Head of Estates.\n")
    [rec] = ingest_text(concord, tmp_path, text)["decision_notices"]
    assert (rec["reference"], rec["subject"], rec["contact_officer"]) == ("56", "Joint Estates Strategy", "Ann Roe")


# a police site's page saved with its cookie banner, flattened onto one line: the page's own text starts after its
# "Skip to main content" link, so its heading names the forum and dates the meeting
COOKIES = ("Source: invented\n This site uses cookies We use necessary cookies to make our site work, and we'd like to "
           "use analytics cookies to keep improving our website. For more information please see our Cookies Page. "
           "Necessary Cookies Necessary cookies enable core functionality. Analytics We use cookies to compile "
           "aggregate data about site traffic. Skip to main content Joint Audit Committee - Thursday 12 May 2022 Joint "
           "Audit Committee Meeting Minutes Date: Thursday 12 May 2022 Time: 1300hrs Location: Microsoft Teams "
           "Committee Members: Ann Roe (AR) Chair Bob Hill (BH) Cat Ray (CR) In Attendance: Dan Fox (DF) Chief Finance "
           "Officer Eve Lamb (EL) Chief Executive Declaration of Interests (Item 1) There were no declarations of "
           "interest. Apologies (Item 2) None. Chair's Report (Item 3) The Chair had no items to report.\n")


def test_a_saved_pages_skip_link_ends_its_furniture(concord, tmp_path: Path):
    [m] = ingest_text(concord, tmp_path, COOKIES)["meetings"]
    assert (m["forum"], m["date"], m["time"], m["venue"]) == ("Joint Audit Committee", "2022-05-12", "13:00",
                                                              "Microsoft Teams")
    assert m["members"] == ["Ann Roe", "Bob Hill", "Cat Ray"]


def test_a_committee_sites_breadcrumb_and_tab_are_no_part_of_the_forum():
    from concord.ingest.extract.forum_names import clean_forum
    assert clean_forum("Business - Northshire Council You are in Meetings Meeting Details Police and Fire "
                       "Scrutiny Sub-Committee") == "Police and Fire Scrutiny Sub-Committee"


# a page flattened onto one line whose heading, "Minutes of <forum> Meeting <date>", follows the page's marking and the
# bodies' names, not a line's start: the heading starts the paper and names the forum and its date
MARKED_HEAD = ("Source: invented\n NOT PROTECTIVELY MARKED / Northshire Police & Crime Commissioner/ Chief Constable "
               "Minutes of Joint Audit Committee Meeting Tuesday 18th February 2014 11.00 am Kirk Room, Police "
               "Headquarters, Northford / Attendees Mrs Ann Roe in the chair Members Cllr Bob Hill and Ms Cat Ray "
               "Agenda Item 1. Minutes of the meeting held on 11 November 2013 The minutes of the meeting held on 11 "
               "November 2013 were agreed as a correct record. The Chair confirmed that a training day would be held in "
               "place of the March meeting. 2. Update from the Police and Crime Commissioner Mr Dan Fox, Police and "
               "Crime Commissioner, attended the committee meeting to update members on the delivery of his plan.\n")


def test_a_flattened_pages_minutes_heading_after_its_marking_names_the_meeting(concord, tmp_path: Path):
    [m] = ingest_text(concord, tmp_path, MARKED_HEAD)["meetings"]
    assert (m["forum"], m["date"], m["time"]) == ("Joint Audit Committee", "2014-02-18", "11:00")
