"""A Welsh body's paper marked in Welsh stays out of every public output (rule 18).

Welsh bodies print the Government Security Classifications in Welsh: SWYDDOGOL (OFFICIAL), SWYDDOGOL-SENSITIF
(OFFICIAL-SENSITIVE), CYFRINACH (SECRET). Before, ingestion read none of them: a paper marked only
"SWYDDOGOL – SENSITIF" went in as unmarked, so the register treated it as OFFICIAL and published it once accepted.
The papers (invented) go in through the real `concord ingest --auto-accept` in a fresh process; then everything the
public can reach is crawled.
"""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa

from tests.web.public_crawl import crawl, everything

EDITOR = "editor@cambridgeshire-opcc.example"

_REPORT = """{marking}

Report to the Joint Chief Officer Board
Date: 4 March 2025
Report of: Chief Finance Officer
Subject: {subject}

1. Purpose
1.1 This paper sets out the {canary} review for the Board.

2. Recommendation
2.1 The Board is recommended to note the contents of this report.
"""

#: the printed marking → (the paper's subject, a word found only in that paper)
PAPERS = {
    "SWYDDOGOL – SENSITIF": ("Review of firearms licensing", "pangolinsensitif"),
    "CYFRINACH": ("Review of covert tasking", "civetcyfrinach"),
    "OFFICIAL – SENSITIVE / SWYDDOGOL – SENSITIF": ("Review of custody healthcare", "quollbilingual"),
    "SWYDDOGOL": ("Review of vehicle recovery", "tapirswyddogol"),  # OFFICIAL: public once accepted
}


def test_a_paper_marked_in_welsh_is_kept_at_its_marking_and_never_published(concord, db_url: str,
                                                                             tmp_path: Path) -> None:  # noqa: ANN001
    assert concord("demo").code == 0
    folder = tmp_path / "papers"
    folder.mkdir()
    for n, (marking, (subject, canary)) in enumerate(PAPERS.items()):
        (folder / f"paper-{n}.txt").write_text(_REPORT.format(marking=marking, subject=subject, canary=canary),
                                               encoding="utf-8")
    ran = concord("ingest", folder, "--auto-accept", user=EDITOR)
    assert ran.code == 0, ran.err
    engine = sa.create_engine(db_url)
    with engine.connect() as conn:
        kept = {r.title: (r.marking, r.legacy_marking) for r in conn.execute(sa.text(
            "SELECT title, marking, legacy_marking FROM paper WHERE source_revision_id IS NOT NULL"))}
    engine.dispose()
    assert kept == {
        "Review of firearms licensing": ("OFFICIAL-SENSITIVE", "SWYDDOGOL - SENSITIF"),
        "Review of covert tasking": ("SECRET", "CYFRINACH"),
        "Review of custody healthcare": ("OFFICIAL-SENSITIVE", "OFFICIAL – SENSITIVE / SWYDDOGOL – SENSITIF"),
        "Review of vehicle recovery": ("OFFICIAL", "SWYDDOGOL"),
    }

    from concord.web import create_app

    app = create_app(db_url, secret_key="a test key, not secret", config={"TESTING": True})
    try:
        pages = crawl(app.test_client(), extra=("/public/search?q=review",))
    finally:
        app.extensions["concord.store"].dispose()
    text = everything(pages)
    for marking, (subject, canary) in PAPERS.items():
        if marking == "SWYDDOGOL":
            assert subject in text, "the OFFICIAL paper is public: the crawl reaches ingested papers"
        else:
            assert subject not in text and canary not in text, f"a paper marked {marking} reached the public"
