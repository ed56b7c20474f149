"""Single decision notices whose reference, title or maker is printed in a shape the first layouts did not show
(concord/ingest/decision_cues.py, concord/ingest/extract/decision_notices.py): a reference with dots or written
"17 of 2021"; a page whose only heading is its "Ref:" line; a "Decision Log" heading with the title after the
number; an office named by its area over the approval ("Eastvale Police and Crime Commissioner" / "I hereby approve
the above proposal"); a decision stated in the present tense over a list of what it covers. The bodies, people and
facts are invented; every paper goes through one run of the real `concord ingest DIR --json`."""

import json
from pathlib import Path

PAPERS = {
    "dotted": """Office of the Police and Crime Commissioner for Lincolnshire

Decision Notice PCC.017.2021

Title: Replacement of body worn video cameras

Decision
To approve the purchase of 900 cameras at a cost of £310,000.

Signed
Harriet Moss
Police and Crime Commissioner
Date: 3 May 2021
""",
    "of_year": """POLICE AND CRIME COMMISSIONER FOR LINCOLNSHIRE

Decision Number 17 of 2021

Subject: Replacement of body worn video cameras

Decision: To approve the purchase of 900 cameras at a cost of £310,000.

Signature: Harriet Moss
Date of decision: 3 May 2021
""",
    "of_year_titled": """DECISION 12 of 2019 - ESTATES STRATEGY 2019-2023

Executive Summary
The estates strategy sets out how the force's buildings will change over four years.

Decision: To approve the estates strategy.

Signature: Harriet Moss
Date: 10 June 2019
""",
    "office_letters": """DECISION NOTICE NO: 2020-045-WM

Title: Custody suite refurbishment

Decision: To approve capital spending of £120,000.

Signature: Harriet Moss
Date: 14 March 2019
""",
    "ref_on_top": """Skip to main content

Ref: PCC/D/2021/07

The current cameras are at the end of their life and the force has asked for capital to replace them.

It is proposed that the PCC:
  • Approve the purchase of 900 cameras at a cost of £310,000.

Lincolnshire Police and Crime Commissioner

I hereby approve the above proposal.
""",
    "stated_list": """Ref: PCC/D/2021/08

The force has asked for two vans for its rural teams.

The PCC supports the purchase:
1) of a van for the north team up to £30,000
funded from the capital budget for 2021/22
2) of a van for the south team up to £30,000

1) North team
The north team has no van of its own.
""",
    "furniture_over_title": """Skip to content
Home > Decisions
Custody suite refurbishment

Decision number: 045/2019
Date: 14 March 2019
Decision: To approve capital spending of £120,000.
""",
    "number_and_title": """Lincolnshire Office of the Police and Crime Commissioner
Decision 045/2019: Custody suite refurbishment
Decision: To approve capital spending of £120,000.
Signed by the Police and Crime Commissioner on 14 March 2019
""",
    "title_after_ref": """Police and Crime Commissioner for Lincolnshire
Decision Notice
Reference: 045/2019 – Custody suite refurbishment
Decision: To approve capital spending of £120,000.
PCC signature: Harriet Moss
Date: 14 March 2019
""",
    "number_below_heading": """DECISION RECORD
Decision No. 045/2019
Subject: Custody suite refurbishment
Decision: To approve capital spending of £120,000.
Decision taken by: Police & Crime Commissioner Harriet Moss
Signed on 14 March 2019
""",
    "signed_inline": """Decision Notice 045/2019
Proposal title: Custody suite refurbishment
Decision: To approve capital spending of £120,000.
Signed (Police and Crime Commissioner): Harriet Moss Date: 14 March 2019
""",
    "approved_by": """Decision Notice 045/2019
Subject: Custody suite refurbishment
Decision: To approve capital spending of £120,000.
Decision approved by: Sam Lee, Deputy Police and Crime Commissioner
Date approved: 14 March 2019
""",
    "log_heading": """Decision Log 017/2021 – Replacement of Body Worn Video Cameras

The PCC has considered the request from the force to replace its cameras. If you would like to view the decision
paper please click here
""",
}

EXPECTED = {  # reference, subject, decision, maker, date
    "dotted": ("PCC.017.2021", "Replacement of body worn video cameras",
               "To approve the purchase of 900 cameras at a cost of £310,000.", "Harriet Moss", "2021-05-03"),
    "of_year": ("17of2021", "Replacement of body worn video cameras",
                "To approve the purchase of 900 cameras at a cost of £310,000.", "Harriet Moss", "2021-05-03"),
    # the number written out in the heading, its title's years after it no reference
    "of_year_titled": ("12of2019", "ESTATES STRATEGY 2019-2023", "To approve the estates strategy.", "Harriet Moss",
                       "2019-06-10"),
    # the office's letters after the heading's number are part of it
    "office_letters": ("2020-045-WM", "Custody suite refurbishment", "To approve capital spending of £120,000.",
                       "Harriet Moss", "2019-03-14"),
    # the proposal asks for the decision; the approval names the office by its area
    "ref_on_top": ("PCC/D/2021/07", "", "", "Lincolnshire Police and Crime Commissioner", None),
    "stated_list": ("PCC/D/2021/08", "", "The PCC supports the purchase: 1) of a van for the north team up to £30,000 "
                    "funded from the capital budget for 2021/22 2) of a van for the south team up to £30,000", "PCC", None),
    "log_heading": ("017/2021", "Replacement of Body Worn Video Cameras", "", None, None),
    # the title after the number in the Reference label's value; a signature label that names the office
    "title_after_ref": ("045/2019", "Custody suite refurbishment", "To approve capital spending of £120,000.",
                        "Harriet Moss", "2019-03-14"),
    # the number on the line below the form's heading; "Signed on <date>" dates it
    "number_below_heading": ("045/2019", "Custody suite refurbishment", "To approve capital spending of £120,000.",
                             "Harriet Moss", "2019-03-14"),
    # the office in brackets after "Signed" and the Date label after the name are no part of the name
    "signed_inline": ("045/2019", "Custody suite refurbishment", "To approve capital spending of £120,000.",
                      "Harriet Moss", "2019-03-14"),
    "approved_by": ("045/2019", "Custody suite refurbishment", "To approve capital spending of £120,000.",
                    "Sam Lee", "2019-03-14"),
    # the site's skip link and breadcrumb over the title are no part of it
    "furniture_over_title": ("045/2019", "Custody suite refurbishment", "To approve capital spending of £120,000.",
                             None, "2019-03-14"),
    # the number and the title on one line head the record; the sentence says who signed it and when
    "number_and_title": ("045/2019", "Custody suite refurbishment", "To approve capital spending of £120,000.",
                         "Police and Crime Commissioner", "2019-03-14"),
}


def _run(concord, tmp_path: Path, papers: dict[str, str]) -> dict:
    folder = tmp_path / "papers"
    folder.mkdir()
    for name, text in papers.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    ran = concord("ingest", str(folder), "--json")
    assert ran.code == 0, ran.err
    return json.loads(ran.out)


def test_references_titles_and_makers_in_other_shapes(concord, tmp_path):
    out = _run(concord, tmp_path, {**PAPERS, "letter": LETTER, "bare_number": BARE_NUMBER, "listing": LISTING})
    got: dict[str, list[tuple]] = {name: [] for name in PAPERS}
    for r in out["decision_notices"]:
        got.setdefault(Path(r["source"]).stem, []).append(
            (r["reference"], r["subject"], r["decision"], r["decision_maker"], r["date"]))
    listed = [r[0] for r in got.pop("listing", [])]
    assert listed in ([], ["045/2019", "046/2019"])  # never one notice made of the first entry
    assert got == {name: [want] for name, want in EXPECTED.items()}
    docs = {Path(d["source"]).stem: d for d in out["documents"]}
    assert {name: docs[name]["kind"] for name in PAPERS} == {name: "decision_notice" for name in PAPERS}
    # a heading that names the reference and the title is the paper's title, reference and all
    assert docs["log_heading"]["title"] == "Decision Log 017/2021 – Replacement of Body Worn Video Cameras"
    assert docs["ref_on_top"]["title"] is None


# a letter's reference over a letter, and a bare number over a form: no decision record is made of either
LETTER = """Our ref: HR/2021/07

Dear Ms Moss,

Thank you for your letter about the replacement of body worn video cameras. The force will reply shortly.

Yours sincerely
"""
BARE_NUMBER = """Ref: 12

The current cameras are at the end of their life.

Lincolnshire Police and Crime Commissioner

I hereby approve the above proposal.
"""

# a page of lines each headed by a decision's number and title is a listing, not one notice headed by the first
LISTING = """Decisions 2019

Decision 045/2019: Custody suite refurbishment
Decision: To approve capital spending of £120,000.

Decision 046/2019: Fleet telematics contract
Decision: To award the contract to a regional supplier.
"""
