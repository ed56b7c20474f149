"""Defect 2: an ingested paper keeps its protective marking when accepted (rule 18).

Every test runs the installed `concord` in a fresh process.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa

REPORT = """Protective marking: {marking}

To: Business Coordination Board
From: Chief Executive
Date: 16 December 2016

FLEET REPLACEMENT PROGRAMME

1. Purpose
1.1 This paper sets out the fleet replacement programme for marked vehicles.

2. Recommendation
2.1 The Board is asked to note the programme.

Contact officer: Jane Smith
"""

NOTICE = """{marking}

Police and Crime Commissioner for Cambridgeshire
Decision Notice

Reference: CPCC2019-011
Date: 1 July 2019

Subject: Extension of the custody contract

Decision: The Commissioner approves the extension of the custody contract for two years.

Decision maker: Jason Ablewhite
Contact officer: Dorothy Gregson
"""

#: printed → (marking, legacy wording kept, held until approved)
CASES = {
    "OFFICIAL-SENSITIVE": ("OFFICIAL-SENSITIVE", None, False),
    "RESTRICTED": ("OFFICIAL-SENSITIVE", "RESTRICTED", False),
    "PROTECT": ("OFFICIAL", "PROTECT", False),
    "PROTECT until Approved": ("OFFICIAL", "PROTECT until Approved", True),
    "OFFICIAL—SENSITIVE": ("OFFICIAL-SENSITIVE", None, False),
    # a Welsh body's marking, kept as printed (the dash as the store keeps it)
    "SWYDDOGOL-SENSITIF": ("OFFICIAL-SENSITIVE", "SWYDDOGOL-SENSITIF", False),
    "CYFRINACH": ("SECRET", "CYFRINACH", False),
}


def write_papers(folder: Path, marking: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "fleet.txt").write_text(REPORT.format(marking=marking), encoding="utf-8")
    (folder / "notice.txt").write_text(NOTICE.format(marking=marking), encoding="utf-8")
    return folder


def _rows(db_url: str, sql: str) -> list[tuple]:
    engine = sa.create_engine(db_url)
    try:
        with engine.connect() as conn:
            return [tuple(r) for r in conn.execute(sa.text(sql))]
    finally:
        engine.dispose()


def _item(db_url: str, record_type: str) -> int:
    return _rows(db_url, f"SELECT id FROM review_item WHERE record_type = '{record_type}' ORDER BY id")[0][0]


@pytest.mark.parametrize("printed", list(CASES))
def test_accepted_records_keep_the_marking_their_paper_prints(concord, db_url: str, tmp_path: Path,
                                                              printed: str) -> None:  # noqa: ANN001
    marking, legacy, held = CASES[printed]
    assert concord("init").code == 0
    ran = concord("ingest", write_papers(tmp_path / "papers", printed))
    assert ran.code == 0, ran.err
    ran = concord("review", "accept", _item(db_url, "decision_notice"), "--set", "policing_body=cambridgeshire")
    assert ran.code == 0, ran.err
    ran = concord("review", "accept", "--all")
    assert ran.code == 0 and "Traceback" not in ran.err, ran.err
    expected = (marking, legacy, held)
    assert [(m, lg, bool(h)) for m, lg, h in _rows(
        db_url, "SELECT marking, legacy_marking, held_until_approved FROM paper")] == [expected]
    assert [(m, lg, bool(h)) for m, lg, h in _rows(
        db_url, "SELECT marking, legacy_marking, held_until_approved FROM decision_notice")] == [expected]
    # the stored text of each paper carries it too
    assert {(m, lg, bool(h)) for m, lg, h in _rows(
        db_url, "SELECT marking, legacy_marking, held_until_approved FROM document_revision")} == {expected}
    # and the history says where the marking came from
    reasons = [r for (r,) in _rows(db_url, "SELECT reason FROM marking_change WHERE entity = 'paper'")]
    assert reasons and all("fleet.txt" in r for r in reasons)


def test_a_reviewer_cannot_lower_the_marking_or_release_a_held_record(concord, db_url: str,
                                                                      tmp_path: Path) -> None:  # noqa: ANN001
    concord("init")
    concord("ingest", write_papers(tmp_path / "restricted", "RESTRICTED"))
    item = _item(db_url, "report")
    ran = concord("review", "accept", item, "--set", "marking=OFFICIAL")
    assert ran.code == 2 and "marking" in ran.err and "OFFICIAL" in ran.err and "lower" in ran.err, ran.err
    assert _rows(db_url, "SELECT count(*) FROM paper") == [(0,)]
    concord("ingest", write_papers(tmp_path / "held", "PROTECT until Approved"))
    held = _rows(db_url, "SELECT id FROM review_item WHERE record_type = 'report' ORDER BY id DESC")[0][0]
    ran = concord("review", "accept", held, "--set", "held_until_approved=false")
    assert ran.code == 2 and "held_until_approved" in ran.err, ran.err
    # raising a marking in review is allowed, and kept
    ran = concord("review", "accept", item, "--set", "marking=SECRET")
    assert ran.code == 0, ran.err
    assert _rows(db_url, "SELECT marking FROM paper") == [("SECRET",)]
