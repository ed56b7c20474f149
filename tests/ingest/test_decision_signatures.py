"""Single decision notices whose reference label is abbreviated, or whose signature block is printed in a layout the
earlier shapes did not show (concord/ingest/extract/decision_notices.py, decision_makers.py, decision_dates.py): "Ref
No. 2019.045" with its value after one space; the office alone on its line under the decision ("Police and Crime
Commissioner for Northvale"), which ends the decision and, by an empty Signature label, signs it; "Approved by the
Police and Crime Commissioner on 14 March 2019" under the decision; a date alone on a line, or in a column, of the
signature block; a Decision maker label over a stated decision a blank line below. The bodies, people and facts are
invented; every paper goes through one run of the real `concord ingest DIR --json`."""

import json
from pathlib import Path

import pytest

from tests.ingest.ingesting import ingest_text

_HEAD = """DECISION NOTICE

Reference: 2019/045
Subject: Purchase of mobile data terminals

Decision: To approve capital spending of £420,000 on mobile data terminals.
"""
_DECISION = "To approve capital spending of £420,000 on mobile data terminals."

PAPERS = {
    "ref_no_dot": """Police and Crime Commissioner for Northvale
Decision Record Form
Ref No. 2019.045

Title of decision: Purchase of mobile data terminals

Summary of decision: To approve capital spending of £420,000 on mobile data terminals.

Background: The force needs 400 new terminals.

Decision maker: Alan Grant, Police and Crime Commissioner
Date signed: 14/03/2019
""",
    "office_over_empty_signature": _HEAD + """
Police and Crime Commissioner for Northvale
Signature
Date: 14 March 2019
""",
    "office_under_decision": _HEAD + """Police and Crime Commissioner for Northvale
Signature: Alan Grant
Date: 14 March 2019
""",
    "maker_label_over_office": _HEAD + """
Decision maker:
Deputy Police and Crime Commissioner
Date: 14 March 2019
""",
    "approved_by_line": _HEAD + "Approved by the Police and Crime Commissioner on 14 March 2019\n",
    "date_alone_in_block": _HEAD + """
Signed
Jane Doe
Chief Executive (under delegated authority)
14 March 2019
""",
    "date_in_column": _HEAD + """
Signed ........................ Date ..........
Alan Grant, Police and Crime Commissioner       14 March 2019
""",
    "maker_over_stated": """Skip to main content
Home > Transparency > Decisions

Purchase of mobile data terminals

Decision number: 045/2019
Date: 14 March 2019
Decision maker: Police and Crime Commissioner

The Commissioner approved capital spending of £420,000 on mobile data terminals.
""",
    # the title on its label's line, a sentence of explanation below it with no blank line between
    "title_then_sentence": """Northvale PCC | Decisions
Home > Decisions > 2019

Decision 045/2019

Subject: Purchase of mobile data terminals
The force needs 400 new terminals to replace devices that are no longer supported.
Decision: To approve capital spending of £420,000 on mobile data terminals.
Date: 14 March 2019
""",
    # the title alone under the form's name, over the Reference line
    "title_under_form_name": """Police and Crime Commissioner for Northvale
Decision Record
Purchase of mobile data terminals
Reference: 045/2019

Decision
To approve capital spending of £420,000 on mobile data terminals.

Signed: Alan Grant
Date: 14 March 2019
""",
}

_TITLE = "Purchase of mobile data terminals"
EXPECTED = {
    "ref_no_dot": ("2019.045", _TITLE, _DECISION, "Alan Grant", "2019-03-14"),
    "office_over_empty_signature": ("2019/045", _TITLE, _DECISION, "Police and Crime Commissioner for Northvale",
                                    "2019-03-14"),
    "office_under_decision": ("2019/045", _TITLE, _DECISION, "Alan Grant", "2019-03-14"),
    "maker_label_over_office": ("2019/045", _TITLE, _DECISION, "Deputy Police and Crime Commissioner", "2019-03-14"),
    "approved_by_line": ("2019/045", _TITLE, _DECISION, "Police and Crime Commissioner", "2019-03-14"),
    "date_alone_in_block": ("2019/045", _TITLE, _DECISION, "Jane Doe", "2019-03-14"),
    "date_in_column": ("2019/045", _TITLE, _DECISION, "Alan Grant", "2019-03-14"),
    "maker_over_stated": ("045/2019", _TITLE,
                          "The Commissioner approved capital spending of £420,000 on mobile data terminals.",
                          "Police and Crime Commissioner", "2019-03-14"),
    "title_then_sentence": ("045/2019", _TITLE, _DECISION, None, "2019-03-14"),
    "title_under_form_name": ("045/2019", _TITLE, _DECISION, "Alan Grant", "2019-03-14"),
}

# a paper whose only "No." line is an item number, under no reference label: no decision record
NOT_A_NOTICE = """Minutes of the Northvale Police and Crime Panel

No. 12 Purchase of mobile data terminals
The Panel noted the report.

Date: 14 March 2019
"""


def _run(concord, tmp_path: Path, papers: dict[str, str]) -> dict:
    folder = tmp_path / "papers"
    folder.mkdir()
    for name, text in papers.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    ran = concord("ingest", str(folder), "--json")
    assert ran.code == 0, ran.err
    return json.loads(ran.out)


def test_signature_blocks_and_abbreviated_labels(concord, tmp_path):
    out = _run(concord, tmp_path, {**PAPERS, "not_a_notice": NOT_A_NOTICE})
    got: dict[str, list[tuple]] = {}
    for r in out["decision_notices"]:
        got.setdefault(Path(r["source"]).stem, []).append(
            (r["reference"], r["subject"], r["decision"], r["decision_maker"], r["date"]))
    assert got == {name: [want] for name, want in EXPECTED.items()}
    docs = {Path(d["source"]).stem: d for d in out["documents"]}
    assert {name: docs[name]["kind"] for name in PAPERS} == {name: "decision_notice" for name in PAPERS}


# listings: cards whose title stands over their Reference line, under the page's "Decisions" heading; entries headed by
# their number and title, each with Decision, Decision maker and Date labels below (never a report's header block)
CARDS = """Decisions

Purchase of mobile data terminals
Reference: 045/2019
Date: 14 March 2019
Decision maker: PCC
Decision: To approve capital spending of £420,000 on mobile data terminals.

Fleet telematics contract
Reference: 046/2019
Date: 21 March 2019
Decision maker: Deputy PCC
Decision: To award the contract to a regional supplier.
"""
ENTRIES = """Key decisions 2019

045/2019 Purchase of mobile data terminals
Decision: To approve capital spending of £420,000 on mobile data terminals.
Decision maker: PCC
Date: 14 March 2019

046/2019 Fleet telematics contract
Decision: To award the contract to a regional supplier.
Decision maker: Deputy PCC
Date: 21 March 2019

047/2019 Custody suite refurbishment
Decision: To approve capital spending of £120,000.
Decision maker: PCC
Date: 28 March 2019
"""
# each entry's title label above its reference label, the reference line also read as a decision's number heading
TITLED = """Decisions 2019

Decision title: Purchase of mobile data terminals
Decision number: 045/2019
Decision date: 14 March 2019
Decision summary: To approve capital spending of £420,000 on mobile data terminals.

Decision title: Fleet telematics contract
Decision number: 046/2019
Decision date: 21 March 2019
Decision summary: To award the contract to a regional supplier.
"""
_LISTED = [("045/2019", _TITLE, _DECISION, "PCC", "2019-03-14"),
           ("046/2019", "Fleet telematics contract", "To award the contract to a regional supplier.", "Deputy PCC",
            "2019-03-21")]


def test_listing_cards_and_entries_with_labels_below(concord, tmp_path):
    out = _run(concord, tmp_path, {"cards": CARDS, "entries": ENTRIES, "titled": TITLED})
    got: dict[str, list[tuple]] = {}
    for r in out["decision_notices"]:
        got.setdefault(Path(r["source"]).stem, []).append(
            (r["reference"], r["subject"], r["decision"], r["decision_maker"], r["date"]))
    assert got["cards"] == _LISTED
    assert got["entries"] == _LISTED + [("047/2019", "Custody suite refurbishment",
                                         "To approve capital spending of £120,000.", "PCC", "2019-03-28")]
    assert [r[:3] + r[4:] for r in got["titled"]] == [r[:3] + r[4:] for r in _LISTED]
    assert out["reports"] == []


def _labelled(label: str, n: int) -> str:
    return (f"DECISION NOTICE\n\nReference: 2019/{n:03d}\nSubject: Purchase of mobile data terminals\n\n{label}:\n"
            f"{_DECISION}\n\nSignature: Alan Grant\nDate: 14 March 2019\n")


# the decision's label names its maker or its reasons; a label that only asks for a decision holds none, and a
# longer label is never read as "Decision" followed by the rest of its words
DECISION_LABELS = ["PCC Decision", "Commissioner's decision", "Decision by the Police and Crime Commissioner",
                   "Decisions made", "Details of the decision", "Decision and rationale",
                   "The Police and Crime Commissioner's decision", "Deputy PCC decision", "Decision(s) taken"]
REQUEST_LABELS = ["Decision sought", "Decision being sought", "Decision requested"]


def test_decision_labels_in_other_words(concord, tmp_path):
    labels = DECISION_LABELS + REQUEST_LABELS
    out = _run(concord, tmp_path, {f"d{n}": _labelled(label, n) for n, label in enumerate(labels)})
    got = {r["reference"]: r["decision"] for r in out["decision_notices"]}
    assert got == {f"2019/{n:03d}": _DECISION if label in DECISION_LABELS else ""
                   for n, label in enumerate(labels)}


SUBJECT_LABELS = ["Subject title", "Title / Subject", "Subject of report", "Title of the report", "Name of the decision",
                  "Subject heading", "Title of Decision Report", "Paper title"]


def test_subject_labels_in_other_words(concord, tmp_path):
    papers = {f"s{n}": (f"DECISION NOTICE\n\nReference: 2019/{n:03d}\n{label}: {_TITLE}\n\nDecision:\n{_DECISION}\n\n"
                        "Signature: Alan Grant\nDate: 14 March 2019\n") for n, label in enumerate(SUBJECT_LABELS)}
    out = _run(concord, tmp_path, papers)
    assert {r["reference"]: r["subject"] for r in out["decision_notices"]} == {
        f"2019/{n:03d}": _TITLE for n in range(len(SUBJECT_LABELS))}


# references in other shapes: after "Record of Decision –", and a prefix, a two-digit year and a number with spaces
REFERENCE_HEADS = {"Record of Decision – 2019/045": "2019/045", "Decision Reference: PCC 19 045": "PCC19045",
                   "Ref No. 19.045": "19.045", "Decision No. 2019/45": "2019/45"}


def test_references_in_other_shapes(concord, tmp_path):
    papers = {f"r{n}": (f"{head}\n\nSubject: {_TITLE}\n\nDecision: {_DECISION}\n\nSignature: Alan Grant\n"
                        "Date: 14 March 2019\n") for n, head in enumerate(REFERENCE_HEADS)}
    out = _run(concord, tmp_path, papers)
    got = {Path(r["source"]).stem: r["reference"] for r in out["decision_notices"]}
    assert got == {f"r{n}": ref for n, ref in enumerate(REFERENCE_HEADS.values())}


# who signs: a "Print name" or "Name" line by the Signature label, or a signature label naming the office
SIGNERS = {
    "name_above": "Name: Alan Grant\nPosition: Police and Crime Commissioner\nSignature:\nDate: 14 March 2019\n",
    "print_name": "Print name: Alan Grant\nSignature: ____________\nDate: 14 March 2019\n",
    "office_signature": "Police and Crime Commissioner's signature: Alan Grant\nDate: 14 March 2019\n",
    "signature_of_office": "Signature of Police and Crime Commissioner: Alan Grant\nDate: 14 March 2019\n",
    # the signature typed by its initial, the name printed in full on a Name line above it
    "initial_signature": "Name: Alan Grant\nPosition: Police and Crime Commissioner\nSignature: A Grant\n"
                         "Date: 14 March 2019\n",
}


def test_signers_named_beside_the_signature(concord, tmp_path):
    papers = {name: _HEAD + "\n" + block for name, block in SIGNERS.items()}
    out = _run(concord, tmp_path, papers)
    got = {Path(r["source"]).stem: (r["decision_maker"], r["date"], r["decision"]) for r in out["decision_notices"]}
    assert got == {name: ("Alan Grant", "2019-03-14", _DECISION) for name in SIGNERS}


def test_a_contact_officers_name_line_stays_the_contacts(concord, tmp_path):
    text = _HEAD + ("\nContact Officer\nName: Karen Wells\nJob title: Head of Fleet\n\nSignature: Alan Grant\n"
                    "Date: 14 March 2019\n")
    [r] = _run(concord, tmp_path, {"contact": text})["decision_notices"]
    assert (r["contact_officer"], r["decision_maker"], r["decision"]) == ("Karen Wells", "Alan Grant", _DECISION)


@pytest.mark.parametrize("close, maker", [
    ("Deputy Police and Crime Commissioner\nTom Pike\n12 March 2019\n", "Tom Pike"),
    ("Decision approved by the Police and Crime Commissioner, Jane Roe, on 12 March 2019.\n", "Jane Roe"),
], ids=["office-over-name-over-date", "office-then-holder-between-commas"])
def test_the_signatory_under_the_office_or_named_after_it(concord, tmp_path, close, maker):
    """The office alone on its line over the signatory's name and the date; "approved by the <office>, <name>, on
    <date>": the person who signed is the maker, the date the day it was decided."""
    notice = ("OFFICE OF THE POLICE AND CRIME COMMISSIONER FOR NORTHSHIRE\nDECISION RECORD\n\nReference: 2019/14\n"
              "Subject: Funding for the Northshire Victim Hub\n\nDecision:\nI approve a grant of £120,000 to the "
              "Northshire Victim Hub for 2019/20.\n\n" + close)
    [d] = ingest_text(concord, tmp_path, notice)["decision_notices"]
    assert (d["decision_maker"], d["date"]) == (maker, "2019-03-12")
    assert d["decision"] == "I approve a grant of £120,000 to the Northshire Victim Hub for 2019/20."


FORM_CELLS = """PCC DECISION NOTICE

| Decision number | 2022/031 |
| Title | Funding of the domestic abuse perpetrator programme |
| Decision | I approve the funding of £180,000 for the domestic abuse perpetrator programme. |
| Signature | J. Smith |
| Name | Jane Smith |
| Date | 12 May 2022 |
"""


def test_a_forms_name_cell_beside_a_signature_by_initial(concord, tmp_path):  # noqa: ANN001
    """A Word form's rows as cells ("| Signature | J. Smith |" over "| Name | Jane Smith |"): the name in full."""
    (notice,) = ingest_text(concord, tmp_path, FORM_CELLS)["decision_notices"]
    assert (notice["reference"], notice["decision_maker"], notice["date"]) == ("2022/031", "Jane Smith", "2022-05-12")
