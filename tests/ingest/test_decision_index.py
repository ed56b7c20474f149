"""Decision listings on web pages (concord/ingest/extract/decision_index.py). References and titles invented."""

import json
from pathlib import Path

from tests.ingest.ingesting import ingest_text


def test_a_listing_page_is_titled_by_its_heading_not_the_site_logos_or_result_count(concord, tmp_path):
    page = ("Skip to main content\nCounty Hall logo Northshire Council logo\nHome\nShowing 1-20 of 310 results found\n\n"
            "Commissioner's decisions\n\n  • DN 101 Estates Review\n\n    Reference code: DN 101\n"
            "  • DN 102 Fleet Contract\n\n    Reference code: DN 102\n  • DN 103 Custody Suite\n\n"
            "    Reference code: DN 103\n")
    p = tmp_path / "page.txt"
    p.write_text(page, encoding="utf-8")
    ran = concord("ingest", str(p), "--json")
    assert ran.code == 0, ran.err
    out = json.loads(ran.out)
    assert out["documents"][0]["title"] == "Commissioner's decisions"
    assert [d["subject"] for d in out["decision_notices"]] == ["Estates Review", "Fleet Contract", "Custody Suite"]


AGENDA_RANGES = {
    # a timed agenda whose slots a converter put on lines of their own, page ranges in brackets
    "slots": "Northvale Joint Audit Panel\n4 June 2019\n10:20 – 10:25\n1. Welcome and apologies\n[1 - 4]\n"
             "10:40 – 11:00\n3. Internal audit progress report\n[36 - 103]\n11:00 – 11:20\n4. Risk register\n"
             "[104 - 120]\n11:20 – 11:40\n5. Treasury management report\n[121 - 140]\n",
    "one_line": "Northvale Joint Audit Panel\n4 June 2019\n10:40 – 11:00 3. Internal audit progress report [36 - 103]\n"
                "11:00 – 11:20 4. Risk register [104 - 120]\n11:20 – 11:40 5. Treasury management report [121 - 140]\n",
    "tight": "Northvale Joint Audit Panel\nItems to note\nInternal audit progress report [36-103]\n"
             "Risk register [104-120]\nTreasury management report [121-140]\nPrecept [141-160]\n",
    "pages": "Northvale Joint Audit Panel\n4 June 2019\nInternal audit progress report pp. 36-103\n"
             "Risk register pp. 104-120\nTreasury management report pp. 121-140\n",
}


def test_agenda_page_ranges_are_no_decision_references(concord, tmp_path):
    folder = tmp_path / "papers"
    folder.mkdir()
    for name, text in AGENDA_RANGES.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    # a listing whose references look like ranges still reads ("045-2019": the year is the second number)
    (folder / "listing.txt").write_text("Northvale PCC decisions 2019\n045-2019 Estates review\n046-2019 Fleet contract\n"
                                        "047-2019 Custody suite\n", encoding="utf-8")
    ran = concord("ingest", str(folder), "--json")
    assert ran.code == 0, ran.err
    got = [(Path(d["source"]).stem, d["reference"]) for d in json.loads(ran.out)["decision_notices"]]
    assert got == [("listing", "045-2019"), ("listing", "046-2019"), ("listing", "047-2019")]


LISTINGS = {
    # a register with no subject column: each row's decision is its words
    "no_subject": "Westmarch Office of the Police and Crime Commissioner\nRegister of decisions 2025/26\n\n"
                  "| Ref | Date | Decision |\n| --- | --- | --- |\n"
                  "| WM/2025/031 | 02/06/2025 | To approve the award of the cleaning contract to the lowest bidder |\n"
                  "| WM/2025/032 | 16/06/2025 | To accept the Home Office grant for safer streets |\n"
                  "| WM/2025/033 | 30/06/2025 | To approve the sale of the former section house at Millbrook |\n",
    # one decision's subject is the sum it approves, nothing more
    "a_sum": "Westmarch Office of the Police and Crime Commissioner\nDecisions made by the Commissioner\n\n"
             "WM/2025/041 Appointment of the Chief Finance Officer\nWM/2025/042 £1,250,000\n"
             "WM/2025/043 Custody suite refurbishment\nWM/2025/044 Fleet replacement programme\n",
}
# figures in hundreds, no thousands separator and no bracket left where a reference was read
BUDGET = """WESTMARCH POLICE AUTHORITY
Revenue budget monitoring: quarter 2

                         Annual      Forecast
                         Budget      Outturn     Variance
                         £000        £000        £000
Police officer pay       612         609         (3)
Police staff pay         241         246         5
Overtime                 23          21          (2)
Premises                 88          91          3
Total                    964         967         3
"""


def test_listed_decisions_with_no_subject_or_a_figure_for_one_are_kept_and_budget_rows_are_not(concord, tmp_path):
    folder = tmp_path / "papers"
    folder.mkdir()
    for name, text in {**LISTINGS, "budget": BUDGET}.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    ran = concord("ingest", str(folder), "--json")
    assert ran.code == 0, ran.err
    out = json.loads(ran.out)
    got = {}
    for d in out["decision_notices"]:
        got.setdefault(d["source"], []).append((d["reference"], d["subject"] or d["decision"][:22]))
    assert got.pop("no_subject.txt") == [("WM/2025/031", "To approve the award o"), ("WM/2025/032", "To accept the Home Off"),
                                         ("WM/2025/033", "To approve the sale of")]
    assert got.pop("a_sum.txt") == [("WM/2025/041", "Appointment of the Chief Finance Officer"),
                                    ("WM/2025/042", "£1,250,000"), ("WM/2025/043", "Custody suite refurbishment"),
                                    ("WM/2025/044", "Fleet replacement programme")]
    assert got == {}  # "Police staff pay 241 246 5": a budget table's row, no decision 241
    kinds = {d["source"]: (d["kind"], d["title"]) for d in out["documents"]}
    assert kinds["budget.txt"] == ("report", "Revenue budget monitoring: quarter 2")


SUMMARY_TABLES = {
    # "Summary" beside a Title column says what the paper is about: no decision
    "titled": "Decisions of the Commissioner\n\n| Reference | Title | Summary | Date |\n"
              "| DN 101 | Estates review | A review of the police estate in the north. | 3 May 2021 |\n"
              "| DN 102 | Fleet contract | The fleet contract ends in March. | 4 May 2021 |\n",
    # with no Title column, the summary is what the decision is about
    "untitled": "Decisions of the Commissioner\n\n| Reference | Date | Summary |\n"
                "| DN 101 | 3 May 2021 | Estates review |\n| DN 102 | 4 May 2021 | Fleet contract |\n",
    # a column headed as the decision's summary holds the decision
    "decision_summary": "Decisions of the Commissioner\n\n| Reference | Title | Decision Summary | Date |\n"
                        "| DN 101 | Estates review | To close two stations. | 3 May 2021 |\n"
                        "| DN 102 | Fleet contract | To extend the contract by a year. | 4 May 2021 |\n",
}


def test_a_listing_column_headed_summary_is_no_decision(concord, tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    for name, text in SUMMARY_TABLES.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    ran = concord("ingest", str(folder), "--json")
    assert ran.code == 0, ran.err
    got: dict[str, list[tuple]] = {}
    for r in json.loads(ran.out)["decision_notices"]:
        got.setdefault(Path(r["source"]).stem, []).append((r["reference"], r["subject"], r["decision"], r["date"]))
    assert got == {
        "titled": [("DN101", "Estates review", "", "2021-05-03"), ("DN102", "Fleet contract", "", "2021-05-04")],
        "untitled": [("DN101", "Estates review", "", "2021-05-03"), ("DN102", "Fleet contract", "", "2021-05-04")],
        "decision_summary": [("DN101", "Estates review", "To close two stations.", "2021-05-03"),
                             ("DN102", "Fleet contract", "To extend the contract by a year.", "2021-05-04")],
    }


def test_a_listing_page_that_keeps_one_entry_gives_its_record(concord, tmp_path):
    # the entry's reference printed again under its label says it is an entry of a listing, not a stray number
    page = ("Skip to main content\nHome\nShowing 101-120 of 310 results found\n\nCommissioner's decisions\n\n"
            "  • DN 146 Estates Review Contract Variation\n\n    Page type: Decision\n\n    • Date signed:\n"
            "    • Reference code: DN 146\n    The estate review needs more time, so the contract is to be varied.\n")
    lone = "Commissioner's decisions\n\nThe fleet plan for 2021 is set out below.\n\n  • 146 vehicles to replace\n"
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "page.txt").write_text(page, encoding="utf-8")
    (folder / "lone.txt").write_text(lone, encoding="utf-8")
    ran = concord("ingest", str(folder), "--json")
    assert ran.code == 0, ran.err
    out = json.loads(ran.out)
    assert [(Path(r["source"]).stem, r["reference"], r["subject"], r["decision"]) for r in out["decision_notices"]] == \
        [("page", "DN146", "Estates Review Contract Variation", "")]
    assert {Path(d["source"]).stem: d["title"] for d in out["documents"]}["page"] == "Commissioner's decisions"


LISTING_LAYOUTS = {
    # each record's reference printed last in its paragraph
    "reference_last": "Decisions made by the Commissioner\n\n"
                      "Issue: Estates review\nDecision: To close two stations.\nDate: 3 May 2021\n"
                      "Decision maker: Police and Crime Commissioner\nReference: 101/2021\n\n"
                      "Issue: Fleet contract\nDecision: To extend the contract by a year.\nDate: 4 May 2021\n"
                      "Decision maker: Chief Constable\nReference: 102/2021\n\n"
                      "Issue: Custody suite\nDecision: To refurbish the suite.\nDate: 5 May 2021\n"
                      "Decision maker: Police and Crime Commissioner\nReference: 103/2021\n",
    # each record's title alone on the line over its labels
    "title_over_labels": "Decisions 2021\n\nEstates review\nDecision number: 101/2021\nDate of decision: 3 May 2021\n"
                         "Decision: To close two stations.\n\nFleet contract\nDecision number: 102/2021\n"
                         "Date of decision: 4 May 2021\nDecision: To extend the contract by a year.\n\nCustody suite\n"
                         "Decision number: 103/2021\nDate of decision: 5 May 2021\nDecision: To refurbish the suite.\n",
    # cards: the title, then "Reference:" and "Date:" under it
    "cards": "Our decisions\n\nEstates review\nReference: 101/2021\nDate: 3 May 2021\nRead more\n\n"
             "Fleet contract\nReference: 102/2021\nDate: 4 May 2021\nRead more\n\n"
             "Custody suite\nReference: 103/2021\nDate: 5 May 2021\nRead more\n",
    # a table without its header: the cell that names the decision, not the status in the last cell
    "status_cells": "Decisions register 2021/22\n101/2021 | Estates review | 03/05/2021 | Approved\n"
                    "102/2021 | Fleet contract | 04/05/2021 | Approved\n103/2021 | Custody suite | 05/05/2021 | Deferred\n",
    # the date over each entry, the reference in brackets after the title
    "dated_above": "Decisions\n\n3 May 2021\nEstates review (101/2021)\nThe Commissioner closed two stations.\n\n"
                   "4 May 2021\nFleet contract (102/2021)\nThe Commissioner extended the contract.\n\n"
                   "5 May 2021\nCustody suite (103/2021)\nThe Commissioner approved the works.\n",
    # a line for each entry, its labelled fields under it
    "fields_under_lines": "Record of decisions\n\n101/2021 – Estates review\nDecision: To close two stations.\n"
                          "Date: 3 May 2021\n\n102/2021 – Fleet contract\nDecision: To extend the contract by a year.\n"
                          "Date: 4 May 2021\n\n103/2021 – Custody suite\nDecision: To refurbish the suite.\n"
                          "Date: 5 May 2021\n",
}


def test_listing_records_keep_their_own_fields(concord, tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    for name, text in LISTING_LAYOUTS.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    ran = concord("ingest", str(folder), "--json")
    assert ran.code == 0, ran.err
    got: dict[str, list[tuple]] = {}
    for r in json.loads(ran.out)["decision_notices"]:
        got.setdefault(Path(r["source"]).stem, []).append((r["reference"], r["subject"], r["decision"], r["date"]))
    got_bare = {k: got.pop(k, []) for k in ("cards", "status_cells", "dated_above")}
    want = [("101/2021", "Estates review", "To close two stations.", "2021-05-03"),
            ("102/2021", "Fleet contract", "To extend the contract by a year.", "2021-05-04"),
            ("103/2021", "Custody suite", "To refurbish the suite.", "2021-05-05")]
    assert got == {"reference_last": want, "fields_under_lines": want, "title_over_labels": want}
    # no decision is printed under a decision label in these: the records keep their titles and dates only, but for
    # a sentence that says what the office decided ("The Commissioner approved the works."), as on a single notice;
    # one that tells what was done ("The Commissioner closed two stations.") is no decision
    bare = [(r, subj, "", d) for r, subj, _, d in want]
    # (a sentence whose verb decides, "extended", "approved", states the entry's decision; "closed" tells of an act)
    stated = bare[:1] + [("102/2021", "Fleet contract", "The Commissioner extended the contract.", "2021-05-04"),
                         ("103/2021", "Custody suite", "The Commissioner approved the works.", "2021-05-05")]
    assert got_bare == {"cards": bare, "status_cells": bare, "dated_above": stated}


REGISTER = """Decision Register 2019

Decision Number    Title                         Decision Maker    Date
PCC 01/2019        Custody healthcare contract   PCC               12/02/2019
PCC 02/2019        Community safety grants       DPCC              19/02/2019
PCC 03/2019        Precept 2019/20               PCC               26/02/2019
"""


def test_a_register_under_a_heading_like_a_records_is_read_row_by_row(concord, tmp_path):
    """A register printed as a table with its columns set apart by spaces, under a heading that also reads as one
    record's ("Decision Register 2019"): each row is a decision with its own title, maker and date, not one record
    whose subject runs across a row and whose decision is the heading's last words."""
    out = ingest_text(concord, tmp_path, REGISTER)
    got = [(d["reference"], d["subject"], d["decision_maker"], d["date"]) for d in out["decision_notices"]]
    assert got == [("PCC01/2019", "Custody healthcare contract", "PCC", "2019-02-12"),
                   ("PCC02/2019", "Community safety grants", "DPCC", "2019-02-19"),
                   ("PCC03/2019", "Precept 2019/20", "PCC", "2019-02-26")]


CARDS = """Decision log

Purchase of drones
Reference: 2021/045 | Date: 12/03/2021 | Decision maker: PCC

Custody healthcare contract
Reference: 2021/046 | Date: 19/03/2021 | Decision maker: Deputy PCC

Victims' fund grants
Reference: 2021/047 | Date: 26/03/2021 | Decision maker: PCC
"""


def test_an_entrys_line_of_labelled_cells_under_its_title(concord, tmp_path):
    """Each entry a title over a line of labelled cells ("Reference: ... | Date: ... | Decision maker: ..."): the
    title is the subject, the cells give the date and the maker; no cell is read as the subject."""
    out = ingest_text(concord, tmp_path, CARDS)
    got = [(d["reference"], d["subject"], d["date"], d["decision_maker"]) for d in out["decision_notices"]]
    assert got == [("2021/045", "Purchase of drones", "2021-03-12", "PCC"),
                   ("2021/046", "Custody healthcare contract", "2021-03-19", "Deputy PCC"),
                   ("2021/047", "Victims' fund grants", "2021-03-26", "PCC")]


DECIDED_BY = """Decisions

Reference: PCC/2022/014
Title: Body worn video replacement
Decision by: PCC
Date: 4 March 2022

Reference: PCC/2022/015
Title: Victims' hub lease
Decision by: Deputy PCC
Date: 11 March 2022
"""


def test_decision_by_names_the_maker_and_ends_the_title(concord, tmp_path):
    out = ingest_text(concord, tmp_path, DECIDED_BY)
    assert [(d["subject"], d["decision_maker"]) for d in out["decision_notices"]] == [
        ("Body worn video replacement", "PCC"), ("Victims' hub lease", "Deputy PCC")]
