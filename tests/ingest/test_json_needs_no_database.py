"""`concord ingest --json` and `--explain` read papers and print what they hold: they open no database, so a paper can
be looked at on a machine with no register; storing the same paper needs one, and says so when it is missing."""

from __future__ import annotations

import json

from tests.conftest import NO_DATABASE

NOTICE = """Decision Notice 2020/031
Subject: Replacement of the control room telephony
Decision: I approve the replacement of the control room telephony at a cost of £420,000.
Signed: Jane Wilkins
Date: 3 April 2020
"""


def test_reading_a_paper_opens_no_database_and_storing_it_needs_one(concord, tmp_path) -> None:  # noqa: ANN001
    paper = tmp_path / "notice.txt"
    paper.write_text(NOTICE, encoding="utf-8")
    nowhere = {"CONCORD_DATABASE_URL": NO_DATABASE}
    ran = concord("ingest", paper, "--json", env=nowhere)
    assert ran.code == 0, ran.err
    (notice,) = json.loads(ran.out)["decision_notices"]
    assert (notice["reference"], notice["decision_maker"]) == ("2020/031", "Jane Wilkins")
    explained = concord("ingest", paper, "--explain", env=nowhere)
    assert explained.code == 0 and "decision_notice" in explained.out
    stored = concord("ingest", paper, env=nowhere)
    assert stored.code != 0
    assert "cannot connect to the database" in stored.err and "no-database.db" in stored.err
