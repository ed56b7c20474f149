"""Single decision notices in every layout issue 13 names for the genre (concord/ingest/extract/decision_notices.py):
label and value on one line, on the next line, in two columns, in table cells; a decision running over several
paragraphs until the next label; the maker from "Decision maker:", "Signed:" or a signature block; headings that
name the kind of decision ("Key Decision", "Decision Report", "Decision Form"). The bodies, people and facts are
invented; every paper goes through one run of the real `concord ingest DIR --json`."""

import json
from pathlib import Path

ROOF = "To approve capital spending of £120,000 to replace the roof."

PAPERS = {
    "one_line": """Office of the Police and Crime Commissioner for Westmarch

Decision Notice

Reference: WM/2019/045
Subject: Replacement of the custody suite roof
Executive Summary: The roof of the custody suite at Eastbridge leaks and must be replaced.
Decision: To approve capital spending of £120,000 to replace the roof.
Signature: Anne Hallam
Police and Crime Commissioner
Date: 14 March 2019
""",
    "next_line": """Office of the Police and Crime Commissioner for Westmarch

RECORD OF DECISION

Decision number
0045

Title
Replacement of the custody suite roof

Executive summary
The roof of the custody suite at Eastbridge leaks and must be replaced.

Decision
To approve capital spending of £120,000 to replace the roof.

The works will be let through the regional framework.

Signature
Anne Hallam

Date
14 March 2019
""",
    "two_columns": """Westmarch Police and Crime Commissioner

Record of Decision

Reference:        2019-045-WM
Title:            Replacement of the custody suite roof
Decision maker:   Deputy Police and Crime Commissioner
Date:             14 March 2019

Executive summary
The roof of the custody suite at Eastbridge leaks.

Decision
To approve capital spending of £120,000 to replace the roof.
""",
    "table_cells": """Westmarch Police and Crime Commissioner
Decision Record
| Reference | 045/2019 |
| Subject | Replacement of the custody suite roof |
| Executive summary | The roof of the custody suite at Eastbridge leaks. |
| Decision | To approve capital spending of £120,000 to replace the roof. |
| Decision maker | Police and Crime Commissioner |
| Date | 14 March 2019 |
""",
    "paragraphs": """Westmarch Police and Crime Commissioner
Executive Decision
Decision Ref: ED/45/2019
Subject: Replacement of the custody suite roof

Decision:
To approve capital spending of £120,000 to replace the roof.

To delegate the award of the contract to the Chief Finance Officer.

Reasons for the decision:
The roof leaks and cannot be repaired.

Signed: Anne Hallam, Police and Crime Commissioner
Date: 14 March 2019
""",
    "signed_office": """Westmarch Police
Decision Record
Decision No: CC-2019-045
Subject: Replacement of the custody suite roof
Decision: To approve capital spending of £120,000 to replace the roof.
Signed: Chief Constable
Date: 14/03/2019
""",
    "signature_block": """Westmarch Police and Crime Commissioner
Decision Notice 045/2019
Subject: Replacement of the custody suite roof
Decision: To approve capital spending of £120,000 to replace the roof.
Signed
John Pike
Deputy Police and Crime Commissioner
Date 14 March 2019
""",
    "key_decision": """Westmarch Police and Crime Commissioner
Key Decision 2019/045
Subject: Replacement of the custody suite roof
Decision: To approve capital spending of £120,000 to replace the roof.
Date: 14 March 2019
""",
    "decision_report": """Westmarch Police and Crime Commissioner
Decision Report 2019/045
Title: Replacement of the custody suite roof
Decision: To approve capital spending of £120,000 to replace the roof.
Date: 14 March 2019
""",
    "decision_form": """Westmarch Police and Crime Commissioner
Decision Form
Decision number: 045/19
Subject: Replacement of the custody suite roof
Decision: To approve capital spending of £120,000 to replace the roof.
Date: 14 March 2019
""",
    "bare_number": """Westmarch Police and Crime Commissioner
Decision Notice
Reference number: 007
Subject: Replacement of the custody suite roof
Decision: To approve capital spending of £120,000 to replace the roof.
Date: 14 March 2019
""",
    "ref_no_taken_by": """Westmarch Police and Crime Commissioner
Decision Notice
Decision Ref No. 12/2015
Title: Replacement of the custody suite roof
Decision taken by: Deputy PCC
Decision: To approve capital spending of £120,000 to replace the roof.
Date: 14 March 2019
""",
    "cell_below": """Westmarch Police and Crime Commissioner
Decision Notice
| Reference | 045/2019 |
| Subject | Replacement of the custody suite roof |
| Decision |
| To approve capital spending of £120,000 to replace the roof. |
| Date | 14 March 2019 |
""",
    "office_over_heading": """Westmarch Police and Crime Commissioner
Decision 045/2019 – Replacement of the custody suite roof
Decision: To approve capital spending of £120,000 to replace the roof.
Date: 14 March 2019
""",
}

EXPECTED = {
    "one_line": ("WM/2019/045", ROOF, "Anne Hallam"),
    "next_line": ("0045", ROOF + " The works will be let through the regional framework.", "Anne Hallam"),
    "two_columns": ("2019-045-WM", ROOF, "Deputy Police and Crime Commissioner"),
    "table_cells": ("045/2019", ROOF, "Police and Crime Commissioner"),
    "paragraphs": ("ED/45/2019", ROOF + " To delegate the award of the contract to the Chief Finance Officer.",
                   "Anne Hallam"),
    "signed_office": ("CC-2019-045", ROOF, "Chief Constable"),
    "signature_block": ("045/2019", ROOF, "John Pike"),
    "key_decision": ("2019/045", ROOF, None),
    "decision_report": ("2019/045", ROOF, None),
    "decision_form": ("045/19", ROOF, None),
    "bare_number": ("007", ROOF, None),
    "ref_no_taken_by": ("12/2015", ROOF, "Deputy PCC"),
    "cell_below": ("045/2019", ROOF, None),
    "office_over_heading": ("045/2019", ROOF, None),
}


def _all(concord, tmp_path: Path) -> dict[str, list[dict]]:
    folder = tmp_path / "papers"
    folder.mkdir()
    for name, text in PAPERS.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    ran = concord("ingest", str(folder), "--json")
    assert ran.code == 0, ran.err
    out = json.loads(ran.out)
    by: dict[str, list[dict]] = {name: [] for name in PAPERS}
    for rec in out["decision_notices"]:
        by[Path(rec["source"]).stem].append(rec)
    kinds = {Path(d["source"]).stem: d["kind"] for d in out["documents"]}
    assert kinds == {name: "decision_notice" for name in PAPERS}
    return by


def test_every_layout_of_a_single_notice_gives_its_record(concord, tmp_path):
    by = _all(concord, tmp_path)
    got = {name: [(r["reference"], r["subject"], r["decision"], r["decision_maker"], r["date"]) for r in recs]
           for name, recs in by.items()}
    want = {name: [(ref, "Replacement of the custody suite roof", decision, maker, "2019-03-14")]
            for name, (ref, decision, maker) in EXPECTED.items()}
    assert got == want


LISTING_ONE_LINE = """Decisions of the Westmarch Commissioner

Decision reference: 045/2019
Subject: Replacement of the custody suite roof
Decision: To approve capital spending of £120,000.
Date of decision: 14 March 2019
Decision maker: Police and Crime Commissioner

Decision reference: 046/2019
Subject: Fleet telematics contract
Decision: To award the contract to a regional supplier.
Date of decision: 2 April 2019
Decision maker: Chief Constable
"""

LISTING_NEXT_LINE = """Decisions of the Westmarch Commissioner

Reference
WM 2019/045
Title
Replacement of the custody suite roof
Decision
To approve capital spending of £120,000.
Date
14 March 2019
Decision maker
Police and Crime Commissioner

Reference
WM 2019/046
Title
Fleet telematics contract
Decision
To award the contract to a regional supplier.
Date
2 April 2019
Decision maker
Deputy Police and Crime Commissioner
"""


def test_a_listing_whose_references_are_numbered_headings_gives_every_record(concord, tmp_path):
    # "Decision reference: 045/2019" reads as a notice's numbered heading; two of them a few lines apart, each
    # with its own subject, decision and date, are two records of a listing, not one notice
    from tests.ingest.test_genres_general import _ingest

    for text, want in ((LISTING_ONE_LINE, [("045/2019", "Police and Crime Commissioner", "2019-03-14"),
                                           ("046/2019", "Chief Constable", "2019-04-02")]),
                       (LISTING_NEXT_LINE, [("WM2019/045", "Police and Crime Commissioner", "2019-03-14"),
                                            ("WM2019/046", "Deputy Police and Crime Commissioner", "2019-04-02")])):
        out = _ingest(concord, tmp_path, "listing.txt", text)
        assert [(d["reference"], d["decision_maker"], d["date"]) for d in out["decision_notices"]] == want
        assert [d["subject"] for d in out["decision_notices"]] == ["Replacement of the custody suite roof",
                                                                   "Fleet telematics contract"]


AGREEMENTS = {
    "one_line": "Collaboration agreements\n\n"
                "Title: Eastern Region Special Operations Unit\nParties: Chief Constables of Norfolk, Suffolk and Essex\n"
                "Date made: 1 April 2014\nPurpose: Regional capability against serious and organised crime.\n\n"
                "Title: Capital Firearms Training\nParties: The Commissioner of Police of the Metropolis and the "
                "Commissioner of the City of London Police\nDate made: June 2016\nPurpose: Shared firearms training.\n",
    "columns": "Collaboration agreements under section 22A\n\n"
               "Agreement:     Eastern Region Special Operations Unit\nParties:       Norfolk, Suffolk and Essex\n"
               "Date:          1 April 2014\nPurpose:       Regional capability against serious and organised crime.\n\n"
               "Agreement:     Capital Firearms Training\nParties:       Metropolitan Police and City of London Police\n"
               "Date:          June 2016\nPurpose:       Shared firearms training.\n",
    "cells": "Section 22A collaboration agreements\n| Title | Parties | Date made | Purpose |\n"
             "| Eastern Region Special Operations Unit | Norfolk, Suffolk and Essex | 1 April 2014 | Organised crime |\n"
             "| Capital Firearms Training | Metropolitan Police and City of London Police | June 2016 | Training |\n",
    "next_line": "Collaboration agreements\n\nTitle of agreement\nEastern Region Special Operations Unit\n"
                 "Parties to the agreement\nNorfolk, Suffolk and Essex\nDate agreement made\n1 April 2014\n"
                 "Purpose of the agreement\nRegional capability against serious and organised crime.\n\n"
                 "Title of agreement\nCapital Firearms Training\nParties to the agreement\nMetropolitan Police and City "
                 "of London Police\nDate agreement made\nJune 2016\nPurpose of the agreement\nShared firearms training.\n",
}


def test_agreement_listings_in_every_layout_give_title_parties_and_date(concord, tmp_path):
    folder = tmp_path / "agreements"
    folder.mkdir()
    for name, text in AGREEMENTS.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    ran = concord("ingest", str(folder), "--json")
    assert ran.code == 0, ran.err
    got: dict[str, list] = {name: [] for name in AGREEMENTS}
    for a in json.loads(ran.out)["agreements"]:
        got[Path(a["source"]).stem].append((a["title"], sorted(a["parties"]), a["start_date"]))
    want = [("Eastern Region Special Operations Unit", ["essex", "norfolk", "suffolk"], "2014-04-01"),
            ("Capital Firearms Training", ["city-of-london", "metropolitan"], "2016-06")]
    assert got == {name: want for name in AGREEMENTS}


def test_a_decision_under_a_numbered_section_heading_loses_its_paragraph_number(concord, tmp_path):
    from tests.ingest.ingesting import ingest_text
    paper = ("Office of the Police and Crime Commissioner for Westmarch\nDecision Record\n\nReference: 2024/016\n"
             "Title: Custody roof\n\n1. Executive summary\n1.1 The custody suite roof leaks.\n\n2. Decision\n"
             f"2.1 {ROOF}\n\nSignature: Jane Roe\nPolice and Crime Commissioner\nDate: 14 March 2024\n")
    [d] = ingest_text(concord, tmp_path, paper)["decision_notices"]
    assert (d["reference"], d["decision"], d["decision_maker"]) == ("2024/016", ROOF, "Jane Roe")
