"""Ingestion across genres of other bodies' papers, through the real `concord ingest` command.

The fixtures under tests/ingest/fixtures/ are short excerpts of public papers (source on line 1);
the other inputs are written here in the layouts the genres use, with invented facts.
"""

import json
import re
from pathlib import Path

import pytest

FIX = Path(__file__).parent / "fixtures"


def _ingest(concord, *paths) -> dict:
    ran = concord("ingest", *paths, "--json")
    assert ran.code == 0, ran.err
    return json.loads(ran.out)


def _write(tmp_path: Path, name: str, text: str) -> Path:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def test_jac_minutes_with_attendee_blocks(concord):
    out = _ingest(concord, FIX / "jac_blocks.txt")
    [m] = out["meetings"]
    assert (m["forum"], m["date"], m["time"]) == ("Joint Audit Committee", "2014-02-18", "11:00")
    assert m["venue"] == "Durham Room, Police Headquarters, Aykley Heads, Durham"
    # the chair and the Members block are members; the offices, the force and the auditors attend
    assert m["members"] == ["E M Davies", "E Bell", "R J Humphries", "J Flynn", "M Raine"]
    assert m["in_attendance"] == ["Ron Hogg", "L A Davies", "K Bambridge", "G Ridley", "P Garfoot", "P Bradley",
                                  "M Barnes", "C Waddell"]
    assert [i["number"] for i in m["items"]] == ["1", "2", "3"]
    assert out["documents"][0]["title"] == "Minutes of Joint Audit Committee Meeting"


def test_minutes_with_labelled_header_and_item_suffixes(concord):
    [m] = _ingest(concord, FIX / "jac_labelled.txt")["meetings"]
    assert (m["date"], m["time"]) == ("2022-02-10", "13:00")
    assert m["members"][:2] == ["Melvyn Neate", "Liz Mackenzie"] and len(m["members"]) == 5
    assert m["in_attendance"] == ["Andrew Lowe", "Richard Croucher", "Mike Ottaway", "Ben Snuggs"]
    assert m["apologies"] == ["Jason Kenny", "Luke Stubbs", "Tim Metcalfe", "Lucy Hutson"]
    assert m["items"] == [{"number": "3", "title": "CHAIR'S REPORT"},
                          {"number": "4", "title": "MINUTES, MATTERS ARISING AND ACTION LOG"}]


def test_panel_minutes_present_also_present_apologies(concord):
    [m] = _ingest(concord, FIX / "pcp_inline.txt")["meetings"]
    assert m["forum"] == "Police and Crime Panel" and m["date"] == "2012-10-25"
    # "Cllr M Alexander, East Herts District Council": the council is no person
    assert m["members"] == ["M Alexander", "A Brewster", "J Dean", "A Francis"]
    assert m["in_attendance"] == ["J Bugg", "G Miles"]
    assert m["apologies"] == ["I Laidlaw-Dickson", "R Smith"]
    assert [i["number"] for i in m["items"]] == ["1", "2", "3"]


def test_minute_references_and_apologies_sentence(concord, tmp_path):
    paper = _write(tmp_path, "panel.txt", (
        "Agenda and minutes\n\nExample Police and Crime Panel - Tuesday, 15 September 2020 10.30 am\n\n"
        "Venue: Council Chamber, County Hall\n\nItems\nNo. Item\n\n39/20\n\nAPOLOGIES FOR ABSENCE\n\n"
        "    Minutes:\n\n    Apologies were received from Councillors Ann Example and Bob Sample.\n\n"
        "40/20\n\nMINUTES OF THE PREVIOUS MEETING pdf icon PDF 135 KB\n\n"
        "    The minutes of the meeting held on 30 June 2020 were agreed as a true record.\n\n"
        "41/20\n\nDECLARATIONS OF INTEREST\n\n    There were none.\n"))
    out = _ingest(concord, paper)
    [m] = out["meetings"]
    assert (m["forum"], m["date"], m["time"]) == ("Example Police and Crime Panel", "2020-09-15", "10:30")
    assert m["venue"] == "Council Chamber, County Hall"
    assert m["apologies"] == ["Ann Example", "Bob Sample"]
    assert [(i["number"], i["title"]) for i in m["items"]] == [
        ("39/20", "APOLOGIES FOR ABSENCE"), ("40/20", "MINUTES OF THE PREVIOUS MEETING"),
        ("41/20", "DECLARATIONS OF INTEREST")]
    assert out["documents"][0]["kind"] == "minutes"


def test_decision_listing_with_labels_on_their_own_lines(concord, tmp_path):
    paper = _write(tmp_path, "listing.txt", (
        "Decisions 2015\n\nDecision reference\nPCC/2015/014\n\nIssue\nReplacement of the custody suite roof\n\n"
        "Decision\nTo approve capital spending of £120,000 on the roof.\n\nDate\n3rdMarch 2015\n\n"
        "Decision maker\nPolice and Crime Commissioner\n\nDecision reference\nPCC/2015/015\n\nIssue\n"
        "Grant to the victims' hub\n\nDecision\nTo award a grant of £40,000 to the hub.\n\nDate\n9June 2015\n\n"
        "Decision maker\nMrs Jane Example, Deputy Police and Crime Commissioner\n"))
    out = _ingest(concord, paper)
    got = [(d["reference"], d["date"], d["subject"], d["decision_maker"]) for d in out["decision_notices"]]
    # the maker as printed: an office when no person is named (LABELLING.md: `PCC`, `PCC & CC`)
    assert got == [("PCC/2015/014", "2015-03-03", "Replacement of the custody suite roof",
                    "Police and Crime Commissioner"),
                   ("PCC/2015/015", "2015-06-09", "Grant to the victims' hub", "Jane Example")]
    assert out["documents"][0]["kind"] == "decision_notice"


def test_decision_register_one_line_each(concord, tmp_path):
    rows = "\n".join(f"{n:03d} Decision Form 2012 | {n:03d} {t}" for n, t in enumerate(
        ["Governance Framework", "Code of Conduct", "Register of Gifts", "Travel Expenses"], start=1))
    paper = _write(tmp_path, "register.txt", f"Decisions Register 2011/12\n\n{rows}\n")
    out = _ingest(concord, paper)
    assert [(d["reference"], d["subject"]) for d in out["decision_notices"]] == [
        ("001", "Governance Framework"), ("002", "Code of Conduct"), ("003", "Register of Gifts"),
        ("004", "Travel Expenses")]
    assert all(d["confidence"] < 0.9 for d in out["decision_notices"])


@pytest.mark.parametrize("printed, ref", [
    ("Decision Record Number: 0047", "0047"), ("Decision Notice DN 12/2015", "DN12/2015"),
    ("DECISION RECORD 2015-012", "2015-012")])
def test_decision_record_references_in_every_shape(concord, tmp_path, printed, ref):
    paper = _write(tmp_path, "notice.txt", (
        f"OFFICE OF THE POLICE AND CRIME COMMISSIONER\n\n{printed}\n\nTitle: Estates strategy 2016-2020\n\n"
        "Executive summary\nThe strategy sets out how the force will reduce its buildings.\n\nDecision\n"
        "I approve the estates strategy 2016-2020.\n\nSignature: ..........\n\nDate: 12 April 2016\n\n"
        "Contact officer: Mr A Person, Head of Estates\n"))
    [d] = _ingest(concord, paper)["decision_notices"]
    assert (d["reference"], d["date"], d["subject"]) == (ref, "2016-04-12", "Estates strategy 2016-2020")
    assert d["decision"] == "I approve the estates strategy 2016-2020." and d["contact_officer"] == "A Person"


def test_a_year_is_no_reference(concord, tmp_path):
    paper = _write(tmp_path, "page.txt", "Decision Record 2015\n\nView the Commissioner's latest decisions.\n")
    assert _ingest(concord, paper)["decision_notices"] == []


def test_police_authority_report_header(concord, tmp_path):
    paper = _write(tmp_path, "report.txt", (
        "Report 6 of the 23 June 2005 meeting of the Finance Committee on the budget.\n\n"
        "Revenue and capital budget monitoring 2005/06\nReport: 06\nDate: 23 June 2005\nBy: Treasurer\n"
        "Summary\nThis report updates members on the budget.\n\nA. Recommendation\n"
        "That members note the revenue and capital budget position.\nB. Supporting information\n"
        "1. It has not been the practice to report at period 2.\n"))
    [r] = _ingest(concord, paper)["reports"]
    assert (r["title"], r["to"], r["from"], r["date"]) == (
        "Revenue and capital budget monitoring 2005/06", "Finance Committee", "Treasurer", "2005-06-23")
    assert r["recommendations"] == ["That members note the revenue and capital budget position."]


def test_agreement_listing_parties_by_region_and_named(concord, tmp_path):
    paper = _write(tmp_path, "collab.txt", (
        "Collaboration\n\nThe 5 forces of Derbyshire, Leicestershire, Lincolnshire, Northamptonshire and "
        "Nottinghamshire work together.\n\nRegional Collaboration Teams Details\n\nEast Midlands Legal Services\n\n"
        "Provides legal advice to Commissioners and Chief Constables across all 5 forces in the region.\n\n"
        "Regional Learning and Development\n\nOperates across Leicestershire, Northamptonshire and Derbyshire "
        "providing learning for policing.\n"))
    out = _ingest(concord, paper)
    got = {a["title"]: a["parties"] for a in out["agreements"]}
    assert got == {"East Midlands Legal Services": ["derbyshire", "leicestershire", "lincolnshire",
                                                    "northamptonshire", "nottinghamshire"],
                   "Regional Learning and Development": ["derbyshire", "leicestershire", "northamptonshire"]}


def test_meeting_known_by_its_header(concord, tmp_path):
    paper = _write(tmp_path, "meeting.txt", (
        "Meeting: Full Authority Meeting\n\n  • Date: 24 March 2020\n  • Time: 10:30 - 14:00\n"
        "  • Location: Teleconference\n\n1 Minutes of meeting 05 February 2020\n\n2 Chief Constable's update\n\n"
        "3 Policing Plan 2020/21\n3.1 National Policing Plan 2020/21\n\n4 Urgency Procedures\n"))
    out = _ingest(concord, paper)
    [m] = out["meetings"]
    assert (m["forum"], m["date"], m["time"], m["venue"]) == ("Full Authority Meeting", "2020-03-24", "10:30",
                                                              "Teleconference")
    assert [i["number"] for i in m["items"]] == ["1", "2", "3", "3.1", "4"]
    assert out["reports"] == [] and out["documents"][0]["kind"] == "agenda"


def test_explain_shows_split_cue_and_labels(concord):
    ran = concord("ingest", FIX / "jac_blocks.txt", "--explain")
    assert ran.code == 0, ran.err
    assert "kind minutes" in ran.out
    assert "cue: minutes heading: «Minutes of Joint Audit Committee Meeting»" in ran.out
    assert "labels found: members (Attendees, Members)" in ran.out
    assert "labels missed:" in ran.out and "apologies" in ran.out
    conf = re.search(r"meetings +(\d\.\d\d)  Joint Audit Committee", ran.out)
    assert conf and 0.8 <= float(conf.group(1)) <= 1  # a complete meeting: forum, time, venue, people, items


def test_explain_says_why_a_paper_is_other(concord, tmp_path):
    paper = _write(tmp_path, "note.txt", "Some words about the weather in the county this spring.\n")
    ran = concord("ingest", paper, "--explain", "--json")
    assert ran.code == 0, ran.err
    [e] = json.loads(ran.out)
    assert e["kind"] == "other" and "no cue of any genre matched" in e["reason"]
    assert e["parts"][0]["kind"] == "other" and e["records"] == []
    doc = _ingest(concord, paper)["documents"][0]
    assert doc["kind"] == "other" and doc["reason"].startswith("no cue of any genre matched")


def test_decision_record_known_by_labels_alone(concord, tmp_path):
    paper = _write(tmp_path, "record.txt", (
        "Skip to content\nText size: A A A\nEX-0089 Grants to community projects 2023/24\n"
        "Decision Reference Number: EX-0089\nChief Officer approval: N/A\nDate: 31/03/2023\nStatus: Public\n"
        "Decision summary:\n\nThe grants round has concluded and the Commissioner awards £525,179 to projects.\n"
        "Signature:  Jo Example TD\nDate: 4/4/2023\nSupporting information\n1. Background information\n"
        "The grants process runs each year.\n"))
    [d] = _ingest(concord, paper)["decision_notices"]
    assert (d["reference"], d["subject"]) == ("EX-0089", "Grants to community projects 2023/24")
    assert d["date"] == "2023-04-04"  # the date it was signed, not the date the form was opened
    assert d["decision"].startswith("The grants round has concluded") and d["decision_maker"] == "Jo Example"


def test_decision_log_with_an_officers_column(concord, tmp_path):
    rows = "".join(f"2013/0{n} |\n{who} |\n{subject}\n{decision}\n|\nYes |\nView Decision |\n" for n, who, subject, decision in (
        (41, "Ann Example", "County Substance Misuse Contract", "For the Commissioner to agree support"),
        (40, "Bob Sample", "New HR Policies and Procedures", "To approve six policies."),
        (39, "Cy Person", "Victims Research", "To approve two pieces of research")))
    paper = _write(tmp_path, "log.txt", "Reference number | Originator of decision | Summary of Decision |\n" + rows)
    got = [(d["reference"], d["subject"], d["decision"]) for d in _ingest(concord, paper)["decision_notices"]]
    assert got == [("2013/041", "County Substance Misuse Contract", "For the Commissioner to agree support"),
                   ("2013/040", "New HR Policies and Procedures", "To approve six policies."),
                   ("2013/039", "Victims Research", "To approve two pieces of research")]


@pytest.mark.parametrize("layout", ["labels", "table"])
def test_agreement_listing_labelled_or_tabled(concord, tmp_path, layout):
    if layout == "labels":
        body = ("Title: Regional Organised Crime Unit\nParties: Derbyshire, Leicestershire and Lincolnshire\n"
                "Date agreement made: 1 April 2015\nPurpose: To tackle organised crime.\n\n"
                "Title: Joint Firearms Training\nParties: Kent and Essex\nDate agreement made: 12 May 2016\n"
                "Purpose: Shared firearms training.\n")
    else:
        body = ("| Agreement | Parties | Date made | Purpose |\n|---|---|---|---|\n"
                "| Regional Organised Crime Unit | Derbyshire, Leicestershire and Lincolnshire | 1 April 2015 | Crime |\n"
                "| Joint Firearms Training | Kent and Essex | 12 May 2016 | Training |\n")
    paper = _write(tmp_path, "agreements.txt", "Collaboration agreements\n\n" + body)
    got = [(a["title"], a["parties"], a["start_date"]) for a in _ingest(concord, paper)["agreements"]]
    assert got == [("Regional Organised Crime Unit", ["derbyshire", "leicestershire", "lincolnshire"], "2015-04-01"),
                   ("Joint Firearms Training", ["essex", "kent"], "2016-05-12")]


def test_minutes_without_a_minutes_heading(concord, tmp_path):
    paper = _write(tmp_path, "jac.txt", (
        "Joint Audit Committee Meeting\n\nFriday 22nd September 2017\n\n09:00, Room 33, Example Park\n\n"
        "PRESENT:-\n\nMembers: Chair: Jo Swan (JS); Sam Far (SF)\n\n"
        "Office of the Police and Crime Commissioner (OPCC): Police and Crime Commissioner Roy Hurst (RH); "
        "Treasurer Carl Garb (CG)\n\nExample Police: Mark Gil (MG)\n\nAuditors Ltd: Dan Harris (DH)\n\n"
        "1.  Apologies for absence: Debbie Martin (DM); Vicki Hart (VH)\n\n2.  Declaration of Interest\n\nNone\n\n"
        "3.  Minutes of the meeting held on 20th July 2017\n\nMinutes of the meeting were approved.\n"))
    [m] = _ingest(concord, paper)["meetings"]
    assert (m["forum"], m["date"], m["time"], m["venue"]) == ("Joint Audit Committee", "2017-09-22", "09:00",
                                                              "Room 33, Example Park")
    assert m["members"] == ["Jo Swan", "Sam Far"]
    assert m["in_attendance"] == ["Roy Hurst", "Carl Garb", "Mark Gil", "Dan Harris"]
    assert m["apologies"] == ["Debbie Martin", "Vicki Hart"]


def test_decision_notice_title_below_heading_and_date_beside_signature(concord, tmp_path):
    paper = _write(tmp_path, "dn.txt", (
        "DECISION NOTICE 045/2019\n\nCustody Suite Refurbishment\n\nExecutive Summary\nThe custody suite needs work.\n\n"
        "Decision\nI approve spending of £50,000 on the custody suite.\n\nSignature                     Date 3 May 2019\n"))
    [d] = _ingest(concord, paper)["decision_notices"]
    assert (d["reference"], d["subject"], d["date"]) == ("045/2019", "Custody Suite Refurbishment", "2019-05-03")


def test_report_naming_its_meeting_is_a_report(concord, tmp_path):
    paper = _write(tmp_path, "spa.txt", (
        "Agenda Item 4.1\n\nMeeting: Authority Meeting\nDate: 24 August 2023\nLocation: Example House\n"
        "Title of Paper: Committee Chair's Report\nPresented By: Jane Example, Committee Chair\n"
        "Recommendation to Members: For Discussion\n\nPURPOSE\n1.1 To report the issues raised.\n"))
    out = _ingest(concord, paper)
    [r] = out["reports"]
    assert (r["title"], r["to"], r["date"]) == ("Committee Chair's Report", "Authority Meeting", "2023-08-24")
    assert out["meetings"] == []


def test_decision_listing_as_a_table(concord, tmp_path):
    paper = _write(tmp_path, "decisions.txt", (
        "Decisions 2020\n\n| Decision number | Title | Date of decision | Decision maker |\n|---|---|---|---|\n"
        "| 45/2020 | Estates strategy | 12 March 2020 | Mr John Example |\n"
        "| 46/2020 | Custody contract | 19 March 2020 | Mr John Example |\n"))
    got = [(d["reference"], d["subject"], d["date"], d["decision_maker"])
           for d in _ingest(concord, paper)["decision_notices"]]
    assert got == [("45/2020", "Estates strategy", "2020-03-12", "John Example"),
                   ("46/2020", "Custody contract", "2020-03-19", "John Example")]
