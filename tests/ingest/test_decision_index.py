"""Decision listings printed one cell a line (concord/ingest/extract/decision_index.py): the cells after an entry's
reference are its title, and a decision only under a column that names it ("Summary of Decision"); a cell that is
only a date is the entry's date. References, titles and dates invented."""

import json
from pathlib import Path

STACKED = """Key decisions 2019

Decision
Date
Summary
2019/001
14.01.19
Estates strategy refresh
The Commissioner approved the refresh of the estates strategy for consultation.
2019/002
28.01.19
Victims' services contract
The contract for victims' services was extended by twelve months.
2019/003
11.02.19
Precept proposal 2019/20
The proposed precept was put to the panel.
"""


def _decisions(concord, tmp_path: Path, text: str) -> list[dict]:
    p = tmp_path / "listing.txt"
    p.write_text(text, encoding="utf-8")
    ran = concord("ingest", str(p), "--json")
    assert ran.code == 0, ran.err
    return json.loads(ran.out)["decision_notices"]


def test_cells_under_no_decision_column_give_title_and_date_not_a_decision(concord, tmp_path):
    recs = _decisions(concord, tmp_path, STACKED)
    assert [(r["reference"], r["date"], r["subject"]) for r in recs] == [
        ("2019/001", "2019-01-14", "Estates strategy refresh"),
        ("2019/002", "2019-01-28", "Victims' services contract"),
        ("2019/003", "2019-02-11", "Precept proposal 2019/20")]
    assert all(not r["decision"] for r in recs)  # prose under no decision heading: nothing rather than a guess


def test_a_summary_of_decision_column_gives_the_decision(concord, tmp_path):
    recs = _decisions(concord, tmp_path, STACKED.replace("Summary\n", "Summary of Decision\n", 1))
    assert recs[0]["subject"] == "Estates strategy refresh"
    assert recs[0]["decision"] == "The Commissioner approved the refresh of the estates strategy for consultation."


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
