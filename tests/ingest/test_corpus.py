"""The corpus of real papers (issue 13): every paper keeps its source address, every gold file is valid
EXTRACTION_FORMAT.md, the split is the recorded hash rule, and both splits cover every genre."""

from __future__ import annotations

import copy
import hashlib
import json
import re
from collections import Counter
from pathlib import Path

import pytest

from devtools.ingest import score_corpus as sc
from devtools.ingest.score_rules import FIELDS, TYPES

CORPUS = Path(__file__).parent / "corpus"
PAPERS = sc.papers(CORPUS)
DATE = re.compile(r"^\d{4}-\d{2}(-\d{2})?$")
SLUG = re.compile(r"^[a-z]+(-[a-z]+)*$")


def _gold(p: sc.Paper) -> dict:
    return json.loads(p.gold_path.read_text(encoding="utf-8"))


def test_index_names_existing_papers_and_gold_files():
    ids = [p.id for p in PAPERS]
    assert len(ids) == len(set(ids))
    assert {f.stem for f in (CORPUS / "papers").iterdir()} == set(ids)
    assert {f.stem for f in (CORPUS / "gold").glob("*.json")} == set(ids)


@pytest.mark.parametrize("paper", PAPERS, ids=lambda p: p.id)
def test_paper_starts_with_its_source_address(paper):
    first = paper.path.read_text(encoding="utf-8").split("\n", 1)[0]
    assert first == f"Source: {paper.source}"
    assert re.match(r"^https?://\S+$", paper.source)


@pytest.mark.parametrize("paper", PAPERS, ids=lambda p: p.id)
def test_gold_file_is_extraction_format(paper):
    gold = _gold(paper)
    assert set(TYPES) <= set(gold)
    [doc] = gold["documents"]
    assert doc["sha256"] == hashlib.sha256(paper.path.read_bytes()).hexdigest()
    assert doc["kind"] in {"decision_notice", "report", "minutes", "agenda", "agreement", "plan", "pack", "other"}
    for kind in TYPES:
        for rec in gold[kind]:
            assert rec["source"] == paper.path.name
            assert set(FIELDS[kind]) <= set(rec), (kind, set(FIELDS[kind]) - set(rec))
            for k, v in rec.items():
                if k in {"date", "start_date", "review_date", "end_date", "meeting_date", "due"} and v is not None:
                    assert DATE.match(v), (k, v)
    for r in gold["decision_notices"]:
        assert r["reference"] and " " not in r["reference"]
    for m in gold["meetings"]:
        assert m["date"] and m["forum"]
        assert m["time"] is None or re.match(r"^\d{2}:\d{2}$", m["time"])
    for a in gold["agreements"]:
        assert all(SLUG.match(x) for x in a["parties"]) and (a["lead"] is None or a["lead"] in a["parties"])
    for t in gold["tables"]:
        assert t["unit"] in {"GBP", "GBP_thousands", "GBP_millions", "percent"}


def test_split_is_the_recorded_rule_and_holds_out_a_third_of_the_bodies():
    bodies = {p.body: p.split for p in PAPERS}
    assert all(p.split == sc.split_of(p.body) for p in PAPERS)
    assert len(bodies) >= 25
    assert not any("cambridgeshire" in b.lower() for b in bodies)
    assert 3 * sum(s == "heldout" for s in bodies.values()) >= len(bodies)


def test_both_splits_cover_every_genre():
    seen = Counter((p.split, p.genre) for p in PAPERS)
    assert {p.genre for p in PAPERS} == set(sc.GENRES)
    for split in sc.SPLITS:
        for genre in sc.GENRES:
            assert seen[(split, genre)] >= 1, (split, genre)


def test_gold_scored_against_itself_is_perfect_per_genre_and_field():
    items = sc.select(PAPERS, "all")
    pred = sc.merge([_gold(p) for p in items])
    assert all(c.f1 == 1.0 for c in sc.by_genre(items, copy.deepcopy(pred)).values())
    fields = sc.by_field(items, pred)
    assert "decision_notices.reference" in fields and "meetings.members" in fields
    assert all(c.f1 == 1.0 for c in fields.values())


def test_a_missing_meeting_lowers_recall_of_its_genre_only():
    items = sc.select(PAPERS, "dev")
    pred = sc.merge([_gold(p) for p in items])
    pred["meetings"] = pred["meetings"][1:]
    rows = sc.by_genre(items, pred)
    hit = [g for g, c in rows.items() if g != "overall" and c.recall < 1.0]
    assert len(hit) == 1 and rows[hit[0]].precision == 1.0


def test_corpus_cli_prints_every_genre_of_the_split(capsys):
    from devtools.ingest.score import main
    gold_dir = CORPUS / "gold"
    assert main(["--corpus", str(CORPUS), "--split", "heldout", "--pred", str(gold_dir)]) == 0
    out = capsys.readouterr().out
    for genre in sc.GENRES:
        assert re.search(rf"^{genre}\s+\d+\s+\d+\s+0\s+0\s+1\.000\s+1\.000\s+1\.000$", out, re.M), genre
