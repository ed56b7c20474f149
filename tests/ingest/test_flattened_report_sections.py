"""A report flattened onto one line by a document host: its author's value ends where the first section's heading
("Summary") begins; a recommendations heading with no colon ("A. Recommendation That members note ...") and the list
run on after "Members are invited to:" ("- Note ... - Approve ...") go back onto lines of their own. Dev corpus papers
flattened as a host prints them, and an invented one, read through the real `concord ingest` in a fresh process; and
the same paper reads the same whatever the process's hash seed."""

import json

from tests.ingest.ingesting import flattened_corpus_paper, ingest_text


def _report(concord, tmp_path, text: str) -> dict:  # noqa: ANN001
    reports = ingest_text(concord, tmp_path, text)["reports"]
    assert len(reports) == 1, reports
    return reports[0]


def test_the_author_ends_at_the_summary_and_the_recommendation_is_read(concord, tmp_path):  # noqa: ANN001
    text, gold = flattened_corpus_paper("mpa-finance-2005-06-23-report06")
    r = _report(concord, tmp_path, text)
    assert r["from"] == gold["reports"][0]["from"] == "Commissioner"  # (not "Commissioner Summary")
    assert r["recommendations"] == gold["reports"][0]["recommendations"]


def test_a_dashed_list_after_invited_to(concord, tmp_path):  # noqa: ANN001
    text, gold = flattened_corpus_paper("mpa-finance-2007-01-18-report04")
    assert _report(concord, tmp_path, text)["recommendations"] == gold["reports"][0]["recommendations"]


NUMBERED = ("Source: https://example.org/reports/7\n Northshire Police Authority Resources Committee Capital programme "
            "monitoring 2010/11 Report: 7 Date: 14 October 2010 By: Treasurer Summary This report sets out the capital "
            "programme's position at the end of September. A. Recommendations The Committee is invited to: 1. note the "
            "forecast underspend of £2.1m 2. approve the addition of the custody suite scheme to the programme "
            "3. agree to review the estates projects in January. B. Supporting information 1. The programme for the "
            "year is £31.4m. 2. The forecast is £29.3m at the end of September. 3. The custody scheme costs £1.2m. "
            "4. The estates projects are behind their timetable.\n")


def test_a_numbered_list_after_invited_to(concord, tmp_path):  # noqa: ANN001
    r = _report(concord, tmp_path, NUMBERED)
    assert r["from"] == "Treasurer"
    assert r["recommendations"] == ["note the forecast underspend of £2.1m",
                                    "approve the addition of the custody suite scheme to the programme",
                                    "agree to review the estates projects in January."]


def test_a_paper_reads_the_same_whatever_the_hash_seed(concord, tmp_path):  # noqa: ANN001
    """A page of no known heading is told its genre by its words; the words it names, and the genre's sums, do not
    depend on the order a process happens to keep a set in."""
    text, _ = flattened_corpus_paper("cheshire-pcc-collaboration")
    (tmp_path / "page.txt").write_text(text, encoding="utf-8")
    runs = {concord("ingest", "page.txt", "--json", env={"PYTHONHASHSEED": str(seed)}).out for seed in range(6)}
    assert len(runs) == 1
    assert json.loads(runs.pop())["documents"][0]["kind"] == "agreement"
