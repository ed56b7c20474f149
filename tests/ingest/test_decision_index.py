"""Decision listings on web pages (concord/ingest/extract/decision_index.py). References and titles invented."""

import json
from pathlib import Path


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
