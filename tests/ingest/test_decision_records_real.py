"""Decision records in the layouts of the twelfth round's real papers (a PFCC's "Decision Record" pages and a PCC's
page of decisions with links to their PDFs; tests/ingest/corpus, LABELLING.md "Twelfth round (h/zdec)"), each rule
pinned here on an invented body: "The Police, Fire and Crime Commissioner has taken the decision to:" under a
"Decision taken" label is the decision, not a signer's "Name, Role" line; "Details of advice taken" ends it; the
record's heading printed again at the page's foot is no second record; a decision record followed by its supporting
report is a decision notice, and takes the report's subject when it prints none; the report's "Supporting Report to the
..." names its addressee and "Decision(s) Recommended" heads its recommendations; the heading under a site's one-word
section label is the page's title; a link's file size ("PDF (241 KB)") is no listing's reference, and a page of
decisions each stated by the office over its date, or a year's table of decisions under its column heads, is a listing
of decisions (titled by the heading naming them) with no record. Every paper goes through one run of the real `concord ingest DIR --json`."""

import json
from pathlib import Path

_DECISION = ("The Police, Fire and Crime Commissioner has taken the decision to: Approve capital spending of "
             "£120,000 on the refurbishment of the custody suite.")
_TAKEN = """Decision taken:
The Police, Fire and Crime Commissioner has taken the decision to:
Approve capital spending of £120,000 on the refurbishment of the custody suite.
Details of advice taken:
Professional financial and legal advice has been sought to ensure the decision represents value for money.
"""
_SIGNED = """Jane Doe
Police, Fire and Crime Commissioner
14/03/2019
"""

PAPERS = {
    # the record's heading again at the page's foot
    "repeated_heading": "Decision Record 17- Custody Suite Refurbishment\n\n" + _TAKEN + "\n" + _SIGNED +
                        "\nDecision Record 17- Custody Suite Refurbishment\n",
    # the form's heading, its number below it, and the supporting report after "END"
    "supporting_report": "DECISION RECORD\nDecision Record Number 45\nThis document records a decision taken by the "
                         "Police, Fire and Crime Commissioner.\n" + _TAKEN + _SIGNED + """END
Northvale Police, Fire and Crime Commission
Supporting Report to the Police, Fire and Crime Commissioner
Date of Report: 1st March 2019
Subject: Refurbishment of the Northvale custody suite
Report Author: Sam Green, Head of Estates
1. Purpose of Report
1.1 To refurbish the custody suite.
2. Decision(s) Recommended:
2.1 To approve capital spending of £120,000 on the refurbishment
2.2 To note the programme of works.
3. Relevant background:
3.1 The custody suite was built in 1994.
""",
    # a site's one-word section label over the page's heading
    "section_label": "Information\n\nDecision Record 56 – Custody Suite Refurbishment\n\n" + _TAKEN,
}

# decisions listed one a paragraph with a date and a link to their PDF: no reference, no record
LISTING = """Decisions taken by the PCC
The Police and Crime Commissioner approves grant funding to Northvale Youth Trust for a summer programme.
Date: 2025-01-10 / PDF (241 KB)
The Police and Crime Commissioner approves grant funding to Northvale Women's Aid for a refuge worker.
Date: 2025-01-08 / PDF (251 KB)
The PCC supports the extension of the training project with the probation service.
Date: 2024-10-31 / PDF (242 KB)
"""

# a year's table of decisions (its column heads one a line) whose entries print no reference: a listing, no record
TABLE = """View the Commissioner's latest decisions

This page is where you can view the latest decisions made by the Police and Crime Commissioner.

2024 Decisions
Summary of Decision
Supporting Document

Community Grants Fund – Round 2

This decision relates to the second round of funding of the 2024/2025 financial year, which closed on 28/10/2024.

Supporting Document

Control Room Refurbishment

A decision is necessary for additional funds of £98,000 to remove asbestos flooring.

Supporting Document
"""


def _run(concord, tmp_path: Path, papers: dict[str, str]) -> dict:
    folder = tmp_path / "papers"
    folder.mkdir()
    for name, text in papers.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    ran = concord("ingest", str(folder), "--json")
    assert ran.code == 0, ran.err
    return json.loads(ran.out)


def test_decision_records_of_a_pfcc(concord, tmp_path):
    out = _run(concord, tmp_path, {**PAPERS, "listing": LISTING, "table": TABLE})
    got: dict[str, list[tuple]] = {}
    for r in out["decision_notices"]:
        got.setdefault(Path(r["source"]).stem, []).append(
            (r["reference"], r["subject"], r["decision"], r["decision_maker"], r["date"]))
    assert got == {
        "repeated_heading": [("17", "Custody Suite Refurbishment", _DECISION, "Jane Doe", "2019-03-14")],
        "supporting_report": [("45", "Refurbishment of the Northvale custody suite", _DECISION, "Jane Doe",
                               "2019-03-14")],
        "section_label": [("56", "Custody Suite Refurbishment", _DECISION, None, None)],
    }
    docs = {Path(d["source"]).stem: d for d in out["documents"]}
    assert {name: docs[name]["kind"] for name in docs} == {name: "decision_notice"
                                                            for name in [*PAPERS, "listing", "table"]}
    assert docs["listing"]["title"] == "Decisions taken by the PCC"
    assert docs["table"]["title"] == "View the Commissioner's latest decisions"
    assert docs["supporting_report"]["date"] == "2019-03-14"
    assert docs["section_label"]["title"] == "Decision Record 56 – Custody Suite Refurbishment"
    [report] = out["reports"]
    assert (report["to"], report["recommendations"]) == (
        "Police, Fire and Crime Commissioner",
        ["To approve capital spending of £120,000 on the refurbishment", "To note the programme of works."])


def test_an_office_with_a_comma_is_no_signer(concord, tmp_path):
    # "Staffordshire Police, Fire and Crime Commissioner" is the office, not "Staffordshire Police" and a role
    text = ("Decision Record 18- Fleet Telematics\n\nDecision taken\nTo award the telematics contract to a regional "
            "supplier.\n\nStaffordshire Police, Fire and Crime Commissioner\n")
    [r] = _run(concord, tmp_path, {"office": text})["decision_notices"]
    assert (r["reference"], r["decision"]) == ("18", "To award the telematics contract to a regional supplier.")
    assert r["decision_maker"] != "Staffordshire Police"
