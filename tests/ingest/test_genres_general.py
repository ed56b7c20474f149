"""Rules of ingestion that hold across bodies, each shown on a paper in a layout no development paper has,
through the real `concord ingest --json` command. Facts are invented; the layouts are those the genres of
issue 13 name (police and crime panels, joint audit committees, police authorities, PCC decision pages)."""

import json
from pathlib import Path


def _ingest(concord, tmp_path: Path, name: str, text: str) -> dict:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    ran = concord("ingest", str(p), "--json")
    assert ran.code == 0, ran.err
    return json.loads(ran.out)


LISTING = """Decisions made by the Commissioner

Reference
DN 012/2020
Subject
Violence Reduction Unit funding
Decision
To allocate £250,000 to the Violence Reduction Unit for 2020/21.
Date
9June 2020
Decision maker
Police and Crime Commissioner

Reference
DN 013/2020
Subject
Body worn video replacement
Decision
To approve capital spending of £180,000 on body worn video cameras.
Date
22 June 2020
Decision maker
Deputy Police and Crime Commissioner
"""


def test_decision_listing_dates_and_makers_are_the_records_own(concord, tmp_path):
    # a record's own Date and Decision maker labels start no report of their own
    out = _ingest(concord, tmp_path, "listing.txt", LISTING)
    assert out["reports"] == []
    assert out["documents"][0]["kind"] == "decision_notice"
    got = [(d["reference"], d["date"], d["decision_maker"]) for d in out["decision_notices"]]
    # the maker is the office as printed when no person is named
    assert got == [("DN012/2020", "2020-06-09", "Police and Crime Commissioner"),
                   ("DN013/2020", "2020-06-22", "Deputy Police and Crime Commissioner")]


def test_record_of_decision_in_a_table_is_a_decision_not_a_report(concord, tmp_path):
    out = _ingest(concord, tmp_path, "record.txt", (
        "OFFICE OF THE POLICE AND CRIME COMMISSIONER\nRecord of Decision\n"
        "Reference | PCC 07 2021\nSubject | Estates Strategy: Disposal of Former Section Station\n"
        "Decision | To approve the disposal of the former section station on the open market.\n"
        "Decision Maker | Police and Crime Commissioner, Sarah Cole\nDate | 3rdMarch 2021\n"))
    assert out["reports"] == [] and out["documents"][0]["kind"] == "decision_notice"
    [d] = out["decision_notices"]
    assert (d["reference"], d["date"], d["decision_maker"]) == ("PCC072021", "2021-03-03", "Sarah Cole")
    assert d["decision"].startswith("To approve the disposal")


def test_unnumbered_recommendation_stops_at_its_paragraph(concord, tmp_path):
    out = _ingest(concord, tmp_path, "report.txt", (
        "NORTHSHIRE POLICE AUTHORITY\n\nReport: 7\nDate: 18 November 2010\nBy: Treasurer\n\n"
        "Revenue Budget Monitoring 2010/11 - Month 6\n\nRecommendation\n"
        "That the Authority notes the forecast underspend of £1.2m.\n\n"
        "Table 1: Revenue forecast outturn (£000)\n\n"
        "                          Budget    Forecast    Variance\n"
        "Police pay                 98,450      97,820        (630)\n"
        "Overtime                    3,600       4,050          450\n"
        "Total                     102,050     101,870        (180)\n\n"
        "Person to contact: Laura Stone, Treasurer\n"))
    [r] = out["reports"]
    assert r["recommendations"] == ["That the Authority notes the forecast underspend of £1.2m."]
    assert r["contact_officer"] == "Laura Stone"
    [t] = out["tables"]
    assert t["unit"] == "GBP_thousands" and t["rows"][-1]["values"] == [102050, 101870, -180]


PANEL = """NORTHSHIRE POLICE AND CRIME PANEL

Minutes of a meeting of the Northshire Police and Crime Panel held at County Hall, Northtown
on Friday 14 June 2019 at 10.00 am

Present:
Councillor J Smith (Chairman)
Councillor P Brown, Councillor A Green and Mr T Black (Independent Member)

Also present:
A Brooks – Police and Crime Commissioner

1/19 Declarations of Interest
There were no declarations of interest.

2/19 Police and Crime Plan Update
The Commissioner presented his report, which will ensure members see the plan's progress each quarter.
Members requested that the figures be shown by district. It would be useful to see comparisons with other forces.
The Chief Executive will circulate the performance data to members before the next meeting.
"""


def test_undertakings_written_as_sentences_are_actions(concord, tmp_path):
    out = _ingest(concord, tmp_path, "panel.txt", PANEL)
    [m] = out["meetings"]
    assert m["forum"] == "Northshire Police and Crime Panel"  # not "a meeting of the ..."
    # a relative clause ("which will ensure"), a request and a wish are no undertaking
    assert [(a["item"], a["text"]) for a in out["actions"]] == [
        ("2/19", "The Chief Executive will circulate the performance data to members before the next meeting.")]
    assert out["actions"][0]["confidence"] < 0.85  # less certain than an Action: label


def test_committee_heading_under_the_body_heading_is_the_forum(concord, tmp_path):
    out = _ingest(concord, tmp_path, "psc.txt", (
        "NORTHSHIRE POLICE AUTHORITY\nPROFESSIONAL STANDARDS COMMITTEE\n\nMINUTES\n\n"
        "Date: 12 May 2010\nTime: 10:30\nPlace: Room 3, Police Headquarters\n\n"
        "PRESENT\nMr K Walsh (Chair)\nCllr Mrs P Ahmed\n\nOFFICERS OF THE FORCE\nT/ACC R Quinn\nSupt M Cole\n\n"
        "APOLOGIES\nCllr B Ford\n\n1. APOLOGIES FOR ABSENCE\nNoted.\n\n2. COMPLAINTS REPORT\nNoted.\n"))
    [m] = out["meetings"]
    assert m["forum"] == "Professional Standards Committee"
    assert (m["members"], m["in_attendance"], m["apologies"]) == (["K Walsh", "P Ahmed"], ["R Quinn", "M Cole"],
                                                                  ["B Ford"])


def test_minutes_of_the_meeting_held_on_heading_the_paper(concord, tmp_path):
    # at the top of a paper with attendees under it, "Minutes of the meeting held on ..." is the heading,
    # not an item about earlier minutes; "at 10.30am," is the time, not the venue
    out = _ingest(concord, tmp_path, "pcp.txt", (
        "Northshire Police and Crime Panel\n"
        "Minutes of the meeting held on 3 February 2023 at 10.30am, Committee Room A, Shire Hall\n\n"
        "Panel Members Present\nCouncillor Helen Ward (Chair), Councillor Ian Cole, Sue Mann (Independent Member)\n\n"
        "Panel Support Officers\nSam Patel (Scrutiny Officer)\n\n"
        "Apologies for absence were received from Councillor Mark Dean.\n\n"
        "45/23 Declarations of interest\nNone.\n\n46/23 Proposed precept 2023/24\nSupported.\n"))
    assert out["documents"][0]["kind"] == "minutes"
    [m] = out["meetings"]
    assert (m["forum"], m["date"], m["time"], m["venue"]) == (
        "Northshire Police and Crime Panel", "2023-02-03", "10:30", "Committee Room A, Shire Hall")
    assert m["members"] == ["Helen Ward", "Ian Cole", "Sue Mann"] and m["in_attendance"] == ["Sam Patel"]
    assert m["apologies"] == ["Mark Dean"]


def test_board_notes_chair_label_and_item_dash_headings(concord, tmp_path):
    out = _ingest(concord, tmp_path, "board.txt", (
        "Notes of the Northshire Strategic Governance Board\n\nDate: 14/06/2019\nTime: 09:30 - 11:30\n"
        "Location: Meeting Room 2, OPCC, Northtown\n\nChair: Alan Brooks, Police and Crime Commissioner\n\n"
        "Attendees:\nMark Dale            Chief Constable\nJane Harper          Chief Executive, OPCC\n\n"
        "Apologies:\nTom Reed             Director of Finance\n\n"
        "Item 1 – Introductions and apologies\nThe Chair welcomed all.\n\n"
        "Item 2 – Performance report\nThe Chief Constable will provide a breakdown of response times by district.\n"))
    [m] = out["meetings"]
    assert m["members"] == ["Alan Brooks", "Mark Dale", "Jane Harper"]  # the chair sits with the members
    assert m["items"] == [{"number": "1", "title": "Introductions and apologies"},
                          {"number": "2", "title": "Performance report"}]
    assert [(a["item"], a["text"]) for a in out["actions"]] == [
        ("2", "The Chief Constable will provide a breakdown of response times by district.")]


def test_flattened_minutes_with_capitalised_heading_and_bracketed_offices(concord, tmp_path):
    # a web transcription of a PDF: the whole paper on one line; the capitalised MINUTES OF heading starts
    # the minutes, "(OPCC)" after each name is an office, not a name's initials
    names = " ".join(f"{n} ({r}) ({o})" for n, r, o in [
        ("B Carter", "Chief Constable", "NP"), ("D Evans", "Deputy Commissioner", "OPCC"),
        ("F Green", "Chief Executive", "OPCC"), ("H Irwin", "Director of Finance", "NP")])
    filler = "The Commissioner thanked officers for the reports presented to the board this quarter. " * 8
    out = _ingest(concord, tmp_path, "flat.txt", (
        f"{filler}MINUTES OF THE STRATEGIC MEETING HELD IN THE BOARD ROOM, POLICE HEADQUARTERS, NORTHTOWN "
        f"12 MARCH 2019 COMMENCING AT 10.00AM AND CONCLUDING AT 12.15 PM Present: A Brook (Chair) (OPCC) "
        f"Present: {names} 1. Apologies None. 2. Budget Noted.\n"))
    [m] = out["meetings"]
    assert (m["forum"], m["date"], m["time"]) == ("Strategic Meeting", "2019-03-12", "10:00")
    assert m["venue"].upper() == "BOARD ROOM, POLICE HEADQUARTERS, NORTHTOWN"
    assert m["members"] == ["A Brook", "B Carter", "D Evans", "F Green", "H Irwin"]


def test_listing_rows_laid_out_unlike_the_rest_are_less_certain(concord, tmp_path):
    rows = [f"{n:03d} Decision Form 2012 | {n:03d} {t}" for n, t in enumerate(
        ["Estates review", "Fleet contract", "Custody health", "Victims' hub grant", "ICT strategy"], 1)]
    rows.insert(3, "006 Decision Form 2012 Revocation of Standing Order B4")  # its cell bar lost
    out = _ingest(concord, tmp_path, "register.txt", "Decisions Register 2012\n\n" + "\n".join(rows) + "\n")
    conf = {d["reference"]: d["confidence"] for d in out["decision_notices"]}
    assert len(conf) == 6
    assert conf["006"] < min(c for r, c in conf.items() if r != "006")


def test_agreement_listing_headed_entries_without_a_title_label(concord, tmp_path):
    # a transparency page: each agreement a heading over its Parties / Date made / End date lines; the
    # page's own heading and its section 22A sentence make it no agreement printed in full
    out = _ingest(concord, tmp_path, "collab.txt", (
        "Collaboration agreements\n\nThe Police and Crime Commissioner is party to the following collaboration "
        "agreements made under section 22A of the Police Act 1996.\n\n"
        "Regional Organised Crime Unit\nParties: Northamptonshire, Leicestershire and Lincolnshire\n"
        "Date agreement made: 1 April 2016\nEnd date: 31 March 2021\nPurpose: A regional capability.\n\n"
        "Firearms Licensing\nParties: Leicestershire and Northamptonshire\nDate agreement made: 14 September 2018\n"
        "Purpose: A joint firearms licensing unit.\n"))
    got = [(a["title"], a["parties"], a["start_date"], a["end_date"]) for a in out["agreements"]]
    assert got == [("Regional Organised Crime Unit", ["leicestershire", "lincolnshire", "northamptonshire"],
                    "2016-04-01", "2021-03-31"),
                   ("Firearms Licensing", ["leicestershire", "northamptonshire"], "2018-09-14", None)]
    assert out["documents"][0]["kind"] == "agreement"


def test_decision_number_alone_as_heading(concord, tmp_path):
    out = _ingest(concord, tmp_path, "dn.txt", (
        "Office of the Police and Crime Commissioner\n\nDECISION: 012/2025\n\n"
        "Subject: Estates – sale of former police house\n\nBackground\nThe property has been vacant since 2019.\n\n"
        "Decision\nI approve the sale of the property at auction.\n\nSigned: Sarah Cole        Date: 03/02/2025\n"))
    [d] = out["decision_notices"]
    assert (d["reference"], d["date"]) == ("012/2025", "2025-02-03")
    assert d["decision"] == "I approve the sale of the property at auction."


def test_decision_record_form_number_and_signature_columns(concord, tmp_path):
    # "FORM" is no part of the number; "2020/07" is the seventh of 2020, not a financial year
    out = _ingest(concord, tmp_path, "form.txt", (
        "DECISION RECORD FORM 2020/07\n\nTitle\nCommunity Safety Fund grants 2020/21\n\nDecision\n"
        "To award grants totalling £215,000.\n\nSignature                                   Date\n"
        "A Brooks                                    9June 2020\n"))
    [d] = out["decision_notices"]
    assert (d["reference"], d["subject"]) == ("2020/07", "Community Safety Fund grants 2020/21")
    # "Signature    Date" labels in columns, their values on the line below
    assert (d["date"], d["decision_maker"]) == ("2020-06-09", "A Brooks")
    year = _ingest(concord, tmp_path, "fy.txt", "DECISION RECORD 2020/21\n\nView the decisions made this year.\n")
    assert year["decision_notices"] == []


def test_recommendations_end_at_the_contact_label(concord, tmp_path):
    out = _ingest(concord, tmp_path, "pa.txt", (
        "Northshire Police Authority\n\nMeeting:                 Full Authority\nDate:                    28 January 2011\n"
        "Report of:               Chief Executive\nSubject:                 Policing Plan 2011-14\n\n"
        "Purpose\nTo seek approval of the draft policing plan for consultation.\n\nRecommendations\n"
        "Members are asked to:\n(a) approve the draft plan for consultation; and\n"
        "(b) delegate final drafting to the Chief Executive.\n"
        "Person to contact: Jane Harper, Chief Executive\n"))
    [r] = out["reports"]
    assert (r["to"], r["from"], r["date"], r["title"]) == ("Full Authority", "Chief Executive", "2011-01-28",
                                                         "Policing Plan 2011-14")
    assert r["recommendations"] == ["approve the draft plan for consultation",
                                    "delegate final drafting to the Chief Executive."]
    assert r["contact_officer"] == "Jane Harper"


def test_report_headed_by_prose_not_labels(concord, tmp_path):
    # no header labels: the meeting and its date on a line, then "REPORT OF THE ...", then a Recommendation
    out = _ingest(concord, tmp_path, "precept.txt", (
        "NORTHSHIRE POLICE AND CRIME PANEL – 5 FEBRUARY 2016\n\nREPORT OF THE POLICE AND CRIME COMMISSIONER\n\n"
        "PROPOSED PRECEPT 2016/17\n\n1. PURPOSE OF THE REPORT\n\n1.1 To notify the Panel of the proposed precept.\n\n"
        "2. RECOMMENDATION\n\n2.1 That the Panel supports the proposed precept of £180.45 for a Band D property.\n\n"
        "3. BACKGROUND\n\n3.1 The precept must be notified by 1 February.\n\nContact: Jane Harper, Chief Executive\n"))
    [r] = out["reports"]
    assert (r["title"], r["to"], r["from"], r["date"]) == (
        "PROPOSED PRECEPT 2016/17", "Northshire Police and Crime Panel", "Police and Crime Commissioner", "2016-02-05")
    assert r["recommendations"] == ["That the Panel supports the proposed precept of £180.45 for a Band D property."]
    # a "Report of ..." line with no recommendation after it is no report
    note = _ingest(concord, tmp_path, "note.txt", "REPORT OF THE WORKING GROUP\n\nThe group met twice this year.\n")
    assert note["reports"] == [] and note["documents"][0]["kind"] == "other"


def test_bar_ended_table_with_wrapped_header_and_unit_in_the_caption(concord, tmp_path):
    # a web table transcribed to text: no leading bar, header cells one a line, the unit in the caption
    out = _ingest(concord, tmp_path, "capital.txt", (
        "Capital Monitoring Report Quarter 2 2015/16\n\nTable 2: Capital programme summary (£m)\n"
        "Scheme |\nApproved budget |\nForecast spend |\nVariance |\n---|---|---|---|\n"
        "Estates | 4.20 | 3.85 | -0.35 |\nICT | 2.10 | 2.40 | 0.30 |\nTotal | 6.30 | 6.25 | -0.05 |\n"))
    [t] = out["tables"]
    assert (t["title"], t["unit"]) == ("Table 2: Capital programme summary", "GBP_millions")
    assert t["columns"] == ["Approved budget", "Forecast spend", "Variance"]
    assert [(r["label"], r["values"]) for r in t["rows"]] == [
        ("Estates", [4.2, 3.85, -0.35]), ("ICT", [2.1, 2.4, 0.3]), ("Total", [6.3, 6.25, -0.05])]
