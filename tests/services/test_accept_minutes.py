"""Accepting ingested minutes makes them the draft minutes of their meeting (rule 11), through `concord`."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa

MINUTES = """DRAFT MINUTES of the Example Police and Crime Panel

Tuesday, 15 September 2020 10.30 am

Venue: Council Chamber, County Hall

Present: Councillor Ann Example (Chair), Councillor Bob Sample

1. Apologies for absence
Apologies were received from Councillor Cy Other.

2. Minutes of the previous meeting
The minutes of the meeting held on 30 June 2020 were agreed as a true record.

3. Declarations of interest
There were none.
"""


def _rows(url: str, sql: str) -> list[tuple]:
    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            return [tuple(r) for r in conn.execute(sa.text(sql))]
    finally:
        engine.dispose()


def test_accepted_minutes_are_the_draft_minutes_of_their_meeting(concord, db_url: str, tmp_path: Path) -> None:  # noqa: ANN001
    assert concord("init").code == 0
    paper = tmp_path / "minutes.txt"
    paper.write_text(MINUTES, encoding="utf-8")
    ran = concord("ingest", str(paper))
    assert ran.code == 0, ran.err
    assert _rows(db_url, "SELECT record_type FROM review_item WHERE record_type = 'meeting'") == [("meeting",)]
    accepted = concord("review", "accept", "--all")
    assert accepted.code == 0, accepted.err
    minutes = _rows(db_url, "SELECT m.date, mi.status, mi.held_until_approved, mi.text FROM minute mi "
                            "JOIN meeting m ON m.id = mi.meeting_id")
    assert len(minutes) == 1
    day, status, held, text = minutes[0]
    assert str(day) == "2020-09-15" and status == "draft" and bool(held) and "minutes.txt" in text
    # accepting again adds no second set of minutes
    assert concord("ingest", str(paper)).code == 0
    concord("review", "accept", "--all")
    assert _rows(db_url, "SELECT count(*) FROM minute") == [(1,)]
