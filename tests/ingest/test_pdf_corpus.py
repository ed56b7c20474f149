"""Real papers of the corpus (tests/ingest/corpus, dev split) drawn as PDFs read as well as their text does (issue 13):
a governance officer's papers are PDFs, and the same paper must give the same records whichever form it comes in.
These papers lost most of their fields as PDFs before the reader put back the page's paragraph gaps, columns and
indents, and read tables typed as text (attendance in two columns, budget tables, a decision record)."""

import json
from pathlib import Path

import pytest

from devtools.ingest import score_corpus as sc
from devtools.ingest.pdf_drawing import draw_text
from devtools.ingest.score_pdf import as_text_sources

CORPUS = Path(__file__).parent / "corpus"
PAPERS = ("wyp-command-team-2013-01-30", "wyp-cot-2013-07-01", "mpa-finres-2009-12-17-report05",
          "surrey-pcc-decision-55-2023", "west-mercia-decision-pcc-d-2023-04")


@pytest.fixture(scope="module")
def drawn(tmp_path_factory):
    folder = tmp_path_factory.mktemp("pdfs")
    papers = {p.id: p for p in sc.papers(CORPUS)}
    for pid in PAPERS:
        assert papers[pid].split == "dev"
        draw_text(papers[pid].path.read_text(encoding="utf-8"), folder / f"{pid}.pdf")
    return folder, papers


def test_corpus_papers_drawn_as_pdfs_keep_their_fields(concord, drawn):
    folder, papers = drawn
    ran = concord("ingest", str(folder), "--json", "--jobs", "1")
    assert ran.code == 0, ran.err
    pred = as_text_sources(json.loads(ran.out), [papers[pid] for pid in PAPERS])
    scores = {}
    for pid in PAPERS:
        gold = json.loads(papers[pid].gold_path.read_text(encoding="utf-8"))
        scores[pid] = round(sc.score(gold, sc._only(pred, {pid + ".txt"})).overall.f1, 3)
    assert all(f >= 0.9 for f in scores.values()), scores
