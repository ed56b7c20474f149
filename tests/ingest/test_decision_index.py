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
