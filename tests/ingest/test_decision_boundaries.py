"""Where a single decision notice's fields start and end (tests/ingest/corpus/LABELLING.md, "Decision notices"):
the decision text runs to the next label or section heading of any kind the notice uses (Legal, Equality, Risk,
Officer approval, Public access, Part 2 ...), the subject is the title under its heading and no paragraph more,
the maker is the signatory of a "Signature" / "Signed" block or the name over a "Police and Crime Commissioner
for ..." line, and a line that only begins with the word "decision" is no Decision label. The bodies, people and
facts are invented; every paper goes through one run of the real `concord ingest DIR --json`."""

import json
from pathlib import Path

import pytest

ROOF = "To approve capital spending of £85,000 to replace the roof of Northgate station."
SUBJECT = "Northgate station roof"
HEAD = "Office of the Police and Crime Commissioner for Eastvale\n\n"

PAPERS = {
    # the decision ends at a one-word section heading, not at the end of the notice
    "section_words": HEAD + """Decision Notice 2021/017

Subject: Northgate station roof

Decision
To approve capital spending of £85,000 to replace the roof of Northgate station.

Financial
The cost is met from the capital programme for 2021/22.

Legal
The Commissioner may enter into contracts under the Police Reform and Social Responsibility Act 2011.

Equality
No equality issues arise.

Signature: Harriet Moss
Date: 3 June 2021
""",
    "officer_approval": HEAD + """Record of Decision
Reference: EV-017-2021
Title: Northgate station roof
Decision:
To approve capital spending of £85,000 to replace the roof of Northgate station.
Officer approval
Chief Finance Officer: the funds are available in the capital programme.
Public access
This decision is published in full.
Date: 3 June 2021
""",
    "risk_part_two": HEAD + """Decision Record 017/21
Issue: Northgate station roof
Decision taken:
To approve capital spending of £85,000 to replace the roof of Northgate station.

Risk
If the roof is not replaced the station may close during the winter.

Part 2
There is no Part 2 material.

Date of decision: 3 June 2021
""",
    # the title under its heading, then an unlabelled paragraph of explanation: the subject is the title only
    "title_then_paragraph": HEAD + """Decision Notice
Decision number: 0017
Report title
Northgate station roof

The roof of Northgate station leaks in several places and a survey found the timbers unsound.

Decision
To approve capital spending of £85,000 to replace the roof of Northgate station.

Date: 3 June 2021
""",
    # the signatory's name and office on the lines below the label, after a line of dots
    "signature_dots": HEAD + """Decision Notice
Reference: PCC 017 2021
Subject: Northgate station roof
Decision: To approve capital spending of £85,000 to replace the roof of Northgate station.

Signature:
..................................
Harriet Moss
Police and Crime Commissioner for Eastvale

Date: 3 June 2021
""",
    # no Signature label: the name printed over the office line
    "name_over_office": HEAD + """Decision Notice
Reference: 2021-017
Subject: Northgate station roof
Decision: To approve capital spending of £85,000 to replace the roof of Northgate station.

Harriet Moss
Police and Crime Commissioner for Eastvale
3 June 2021
""",
    # "decision" at the start of a wrapped line of prose is no label, and the notice has no decision
    "wrapped_word": HEAD + """Decision Notice
Reference: DN/017/2021
Subject: Northgate station roof
Executive summary: the roof of Northgate station leaks and the Chief Constable has asked the Commissioner for a
decision on its replacement. The Commissioner is asked to consider the survey's
decision options at the next board.
Date: 3 June 2021
""",
    # "Signed" and dots, then the office on the same line: the office signs
    "signed_dots_office": HEAD + """Decision Notice 2021/017
Subject: Northgate station roof
Decision: To approve capital spending of £85,000 to replace the roof of Northgate station.
Signed ........................ Police and Crime Commissioner for Eastvale
Date: 3 June 2021
""",
    # a "Name:" sub-label under the signature; "Reason for the decision" ends the decision
    "signature_name_label": HEAD + """Decision Notice 2021/017
Subject: Northgate station roof
Decision: To approve capital spending of £85,000 to replace the roof of Northgate station.
Reason for the decision
The roof leaks.
Signature:
Name: Harriet Moss
Date: 3 June 2021
""",
    # the title after the reference on the heading's line, not the office's name printed above the heading
    "title_on_heading": HEAD + """Decision Notice 2021/017: Northgate station roof

Decision: To approve capital spending of £85,000 to replace the roof of Northgate station.
Date: 3 June 2021
""",
    # the title alone on a line between the reference label and the next label
    "title_below_reference": HEAD + """Decision Notice
Reference: 2021/017

Northgate station roof

Decision: To approve capital spending of £85,000 to replace the roof of Northgate station.
Date: 3 June 2021
""",
    # the office printed above the signatory's name: the name signs
    "office_over_name": HEAD + """Decision Notice 2021/017
Subject: Northgate station roof
Decision: To approve capital spending of £85,000 to replace the roof of Northgate station.
Signature:
Police and Crime Commissioner
Harriet Moss
Date: 3 June 2021
""",
    # "Signature" and "Date" heading two cells of a table, the name and the date in the row below
    "signature_cells": HEAD + """Decision Notice 2021/017
Subject: Northgate station roof
Decision: To approve capital spending of £85,000 to replace the roof of Northgate station.
| Signature | Date |
| Harriet Moss | 3 June 2021 |
""",
}

WANT = {
    "section_words": ("2021/017", SUBJECT, ROOF, "Harriet Moss", "2021-06-03"),
    "officer_approval": ("EV-017-2021", SUBJECT, ROOF, None, "2021-06-03"),
    "risk_part_two": ("017/21", SUBJECT, ROOF, None, "2021-06-03"),
    "title_then_paragraph": ("0017", SUBJECT, ROOF, None, "2021-06-03"),
    "signature_dots": ("PCC0172021", SUBJECT, ROOF, "Harriet Moss", "2021-06-03"),
    "name_over_office": ("2021-017", SUBJECT, ROOF, "Harriet Moss", "2021-06-03"),
    "wrapped_word": ("DN/017/2021", SUBJECT, "", None, "2021-06-03"),
    "signed_dots_office": ("2021/017", SUBJECT, ROOF, "Police and Crime Commissioner for Eastvale", "2021-06-03"),
    "signature_name_label": ("2021/017", SUBJECT, ROOF, "Harriet Moss", "2021-06-03"),
    "title_on_heading": ("2021/017", SUBJECT, ROOF, None, "2021-06-03"),
    "title_below_reference": ("2021/017", SUBJECT, ROOF, None, "2021-06-03"),
    "office_over_name": ("2021/017", SUBJECT, ROOF, "Harriet Moss", "2021-06-03"),
    "signature_cells": ("2021/017", SUBJECT, ROOF, "Harriet Moss", "2021-06-03"),
}


def test_each_field_of_a_notice_stops_at_its_boundary(concord, tmp_path):
    folder = tmp_path / "notices"
    folder.mkdir()
    for name, text in PAPERS.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    ran = concord("ingest", str(folder), "--json")
    assert ran.code == 0, ran.err
    got: dict[str, list] = {name: [] for name in PAPERS}
    for r in json.loads(ran.out)["decision_notices"]:
        got[Path(r["source"]).stem].append((r["reference"], r["subject"], r["decision"], r["decision_maker"],
                                            r["date"]))
    assert got == {name: [want] for name, want in WANT.items()}


LISTING = """2021/017
Northgate station roof
The roof of Northgate station leaks and a survey found the timbers unsound.

2021/018
Fleet telematics
The force's vehicles need trackers to meet the insurer's terms.

2021/019
Custody nurses
Nurses in the custody suites are hard to recruit and the contract ends in May.
"""
LISTED = [("2021/017", "Northgate station roof", "The roof of Northgate station leaks and a survey found the timbers "
           "unsound."),
          ("2021/018", "Fleet telematics", "The force's vehicles need trackers to meet the insurer's terms."),
          ("2021/019", "Custody nurses", "Nurses in the custody suites are hard to recruit and the contract ends in May.")]


@pytest.mark.parametrize("header, decided", [
    ("Decisions\n\nThe decisions the Commissioner made in 2021.", False),
    ("Decisions of the Eastvale Commissioner\n\nReference | Title and background", False),
    ("Decisions\n\nReference | Summary of decision - 2021", True),
    ("Decisions\n\nReference\nDecision", True),
])
def test_the_text_under_a_listed_title_is_a_decision_only_under_a_decision_column(concord, tmp_path, header, decided):
    from tests.ingest.test_genres_general import _ingest

    out = _ingest(concord, tmp_path, "listing.txt", header + "\n\n" + LISTING)
    got = [(d["reference"], d["subject"], d["decision"]) for d in out["decision_notices"]]
    assert got == [(ref, subject, text if decided else "") for ref, subject, text in LISTED]


@pytest.mark.parametrize("label", ["Background:", "Summary:", "Financial:"])
def test_a_sentence_under_another_label_is_no_stated_decision(concord, tmp_path, label):
    # a page headed by its decision's number and title, with no Decision label: "The Commissioner approved ..."
    # under the background (or a summary, or a section of implications) tells what was decided before, not now
    from tests.ingest.test_genres_general import _ingest

    text = (HEAD + "Decision 2021/017 – Northgate station roof\n\n" + label +
            "\nThe Commissioner approved the capital programme for 2021/22 in February.\n\n"
            "Contact: Owen Dale\n")
    out = _ingest(concord, tmp_path, "notice.txt", text)
    assert [(d["reference"], d["subject"], d["decision"]) for d in out["decision_notices"]] == [
        ("2021/017", SUBJECT, "")]


AGREEMENT_PAGES = {
    # column heads worded another way: "Name of collaboration", "Forces involved", "Date of agreement"
    "heads": "Section 22A collaboration agreements\n| Name of collaboration | Forces involved | Date of agreement | "
             "Description |\n| Eastern Region Special Operations Unit | Norfolk, Suffolk and Essex | 1 April 2014 | "
             "Organised crime |\n| Capital Firearms Training | Metropolitan Police and City of London Police | June 2016 "
             "| Training |\n",
    # "Agreement name" and "Partner forces" labels, one block each
    "name_labels": "Collaboration agreements\n\nAgreement name: Eastern Region Special Operations Unit\nPartner forces: "
                   "Norfolk, Suffolk and Essex\nDate signed: 1 April 2014\n\nAgreement name: Capital Firearms Training\n"
                   "Partner forces: Metropolitan Police and City of London Police\nDate signed: June 2016\n",
    # numbered headings over labelled blocks: the number is no part of the title
    "numbered": "Collaboration agreements\n\n1. Eastern Region Special Operations Unit\nParties: Norfolk, Suffolk and "
                "Essex\nDate signed: 1 April 2014\nPurpose: Regional capability.\n\n2. Capital Firearms Training\n"
                "Parties: Metropolitan Police and City of London Police\nDate signed: June 2016\nPurpose: Shared "
                "firearms training.\n",
}


@pytest.mark.parametrize("name", sorted(AGREEMENT_PAGES))
def test_agreement_listings_worded_another_way(concord, tmp_path, name):
    from tests.ingest.test_genres_general import _ingest

    out = _ingest(concord, tmp_path, "agreements.txt", AGREEMENT_PAGES[name])
    assert [(a["title"], sorted(a["parties"]), a["start_date"]) for a in out["agreements"]] == [
        ("Eastern Region Special Operations Unit", ["essex", "norfolk", "suffolk"], "2014-04-01"),
        ("Capital Firearms Training", ["city-of-london", "metropolitan"], "2016-06")]


@pytest.mark.parametrize("heading", [
    "Reasons", "Background", "Executive summary", "Financial implications", "Legal", "Equality", "Risk",
    "Consultation", "Signature", "Signed", "Declaration of interests", "Public access", "Part 2", "Officer approval",
    "Contact officer", "Human rights", "Chief Finance Officer comments", "Police and Crime Plan"])
def test_a_decision_ends_at_the_next_section_heading(concord, tmp_path, heading):
    from tests.ingest.test_genres_general import _ingest

    text = (HEAD + "Decision Notice 2021/017\nSubject: Northgate station roof\n\nDecision\n" + ROOF +
            "\n\n" + heading + "\nThe works were surveyed in May.\n\nDate: 3 June 2021\n")
    out = _ingest(concord, tmp_path, "notice.txt", text)
    assert [(d["reference"], d["decision"]) for d in out["decision_notices"]] == [("2021/017", ROOF)]


HEADED_LISTING = """Source: invented

Northshire Police and Crime Commissioner

Decisions 2024

Decision NPCC/2024/015
Purchase of body worn video cameras
Date signed: 12 July 2024
Approved the purchase of 400 body worn video cameras.

Decision NPCC/2024/016
Grant to Northtown Victim Support
Date signed: 26 July 2024
Approved a grant of £50,000 to Northtown Victim Support.

Decision NPCC/2024/017
Replacement of the custody suite CCTV system
Date signed: 14 August 2024
Approved capital expenditure of £240,000.
"""


def test_a_listing_whose_records_are_each_headed_by_their_number_and_print_one_label(concord, tmp_path):
    """"Decision NPCC/2024/016" under the record before it is the next record's heading, not the Decision label."""
    p = tmp_path / "listing.txt"
    p.write_text(HEADED_LISTING, encoding="utf-8")
    ran = concord("ingest", str(p), "--json")
    assert ran.code == 0, ran.err
    got = [(d["reference"], d["subject"], d["date"]) for d in json.loads(ran.out)["decision_notices"]]
    assert got == [("NPCC/2024/015", "Purchase of body worn video cameras", "2024-07-12"),
                   ("NPCC/2024/016", "Grant to Northtown Victim Support", "2024-07-26"),
                   ("NPCC/2024/017", "Replacement of the custody suite CCTV system", "2024-08-14")]
