"""Extraction measured on synthetic papers generated from randomised facts
(PDF with ruled and unruled tables, DOCX, HTML, text with OCR damage).

Thresholds: 0.9 F1 for decision notices, reports, meetings and tables —
their fields are labelled ("Subject", "To", "Date", a table's header) so a
sound extractor should get nearly all of them; 0.8 for actions, agreements
and projects, whose facts sit inside sentences ("... by 3 May 2021",
"shall come into force on ..."), where a miss on one date of a record is
more forgivable. The issue's target on the seeds is 0.95 overall."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from devtools.ingest import score as sc
from devtools.ingest.synth import generate

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"
THRESHOLDS = {"decision_notices": 0.9, "reports": 0.9, "meetings": 0.9, "tables": 0.9,
              "actions": 0.8, "agreements": 0.8, "projects": 0.8}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> tuple[Path, dict]:
    out = tmp_path_factory.mktemp("synth")
    expected = generate(out, papers=21, seed=2024, pages=1, packs=1, pack_pages=8, balanced=True)
    return out, expected


def test_corpus_covers_every_kind_and_format(corpus):
    out, expected = corpus
    assert {f["format"] for f in expected["files"]} >= {"pdf-ruled", "pdf-unruled", "docx", "html", "txt", "txt-ocr"}
    for kind in THRESHOLDS:
        assert expected[kind], kind
    for doc in expected["documents"]:
        assert hashlib.sha256((out / doc["source"]).read_bytes()).hexdigest() == doc["sha256"]


def test_generator_is_deterministic(tmp_path, corpus):
    again = generate(tmp_path, papers=21, seed=2024, pages=1, packs=1, pack_pages=8, balanced=True)
    strip = lambda e: {k: v for k, v in e.items() if k not in ("documents", "files")}  # noqa: E731  (PDF dates differ)
    assert strip(again) == strip(corpus[1])


def test_expected_facts_score_one_against_themselves(corpus):
    expected = corpus[1]
    assert sc.score(expected, json.loads(json.dumps(expected))).overall.f1 == 1.0


def test_generator_text_is_free_of_the_seeds(corpus):
    if not SEEDS.is_dir():
        pytest.fail(f"seed papers not found at {SEEDS}: the tests expect the shared seeds beside the checkout")
    out, _ = corpus
    text = " ".join(p.read_text(encoding="utf-8") for p in out.glob("*.txt"))
    text += " ".join(p.read_text(encoding="utf-8") for p in out.glob("*.html"))
    for name in ("Ablewhite", "Gregson", "Gowler", "Chiltern", "CPCC", "Seven Force", "Hinchingbrooke"):
        assert name not in text


@pytest.fixture(scope="module")
def scores(corpus) -> sc.Score:
    pipeline = pytest.importorskip("concord.ingest.pipeline")
    out, expected = corpus
    paths = sorted(p for p in out.iterdir() if p.name != "expected.json")
    return sc.score(expected, pipeline.run(paths, jobs=2).as_json())


@pytest.mark.parametrize("kind", sorted(THRESHOLDS))
def test_extraction_f1_on_synthetic_papers(scores, kind):
    c = scores.per_type[kind]
    assert c.f1 >= THRESHOLDS[kind], f"{kind}: {c.as_dict()}\n{sc.render(scores)}"
