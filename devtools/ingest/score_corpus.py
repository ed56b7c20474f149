"""Score ingestion on the corpus of real papers (tests/ingest/corpus), per split, genre and field.

A corpus directory holds ``index.csv`` (id, body, genre, split, source), ``papers/<id>.<ext>`` (the paper,
its source address on the first line) and ``gold/<id>.json`` (EXTRACTION_FORMAT.md). The split of a body is
fixed by ``split_of`` (a hash of its name), so nobody can move a body between dev and held-out by hand.

``python -m devtools.ingest.score --corpus tests/ingest/corpus --split dev [--by genre|field] [--pred DIR|FILE]``
runs the ingestion pipeline on the papers of the split (or reads predictions) and prints precision, recall and
F1 per genre (default) or per record type and field.
"""

from __future__ import annotations

import csv
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from devtools.ingest.score import load, merge, score
from devtools.ingest.score_match import _src, pairs
from devtools.ingest.score_rules import FIELDS, TYPES, Counts, compare_fields

SPLITS = ("dev", "heldout")
GENRES = ("jac_minutes", "panel_minutes", "decision_listing", "decision_notice", "pa_report",
          "budget_monitoring", "agreement_listing")


def split_of(body: str) -> str:
    """Held out when the SHA-256 of the body's name is 0 or 1 modulo 5 (about 40 % of bodies)."""
    return "heldout" if int(hashlib.sha256(body.encode("utf-8")).hexdigest(), 16) % 5 < 2 else "dev"


@dataclass(frozen=True)
class Paper:
    id: str
    body: str
    genre: str
    split: str
    source: str
    path: Path
    gold_path: Path


def papers(corpus: str | Path) -> list[Paper]:
    root = Path(corpus)
    out = []
    with (root / "index.csv").open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            found = sorted((root / "papers").glob(row["id"] + ".*"))
            out.append(Paper(row["id"], row["body"], row["genre"], row["split"], row["source"],
                             found[0] if found else root / "papers" / (row["id"] + ".txt"),
                             root / "gold" / (row["id"] + ".json")))
    return out


def select(items: list[Paper], split: str | None = None, genre: str | None = None) -> list[Paper]:
    return [p for p in items if (not split or split == "all" or p.split == split) and (not genre or p.genre == genre)]


def predict(items: list[Paper], jobs: int = 1) -> dict[str, Any]:
    from concord.ingest import pipeline
    return pipeline.run([p.path for p in items], jobs=jobs).as_json()


def _only(data: dict, sources: set[str]) -> dict:
    return {k: [r for r in data.get(k, []) if _src(r) in sources] for k in TYPES}


def by_genre(items: list[Paper], pred: dict) -> dict[str, Counts]:
    """Overall field counts per genre, and 'overall' across the papers given."""
    out: dict[str, Counts] = {}
    for genre in sorted({p.genre for p in items}):
        group = [p for p in items if p.genre == genre]
        gold = merge([json.loads(p.gold_path.read_text(encoding="utf-8")) for p in group])
        out[genre] = score(gold, _only(pred, {p.path.name for p in group})).overall
    gold = merge([json.loads(p.gold_path.read_text(encoding="utf-8")) for p in items])
    out["overall"] = score(gold, _only(pred, {p.path.name for p in items})).overall
    return out


def by_field(items: list[Paper], pred: dict) -> dict[str, Counts]:
    """Field counts per record type and field ('decision_notices.reference', ...), over the papers given."""
    gold = merge([json.loads(p.gold_path.read_text(encoding="utf-8")) for p in items])
    pred = _only(pred, {p.path.name for p in items})
    out: dict[str, Counts] = {}
    for kind in TYPES:
        g, pr = gold.get(kind, []), pred.get(kind, [])
        matched = pairs(kind, g, pr)
        for field in FIELDS[kind]:
            c = Counts(gold=len(g), pred=len(pr), matched=len(matched))
            for i, j in matched:
                compare_fields(kind, g[i], pr[j], c, (field,))
            for i in set(range(len(g))) - {i for i, _ in matched}:
                compare_fields(kind, g[i], {}, c, (field,))
            for j in set(range(len(pr))) - {j for _, j in matched}:
                compare_fields(kind, {}, pr[j], c, (field,))
            if c.tp + c.fp + c.fn:
                out[f"{kind}.{field}"] = c
    return out


def render(title: str, rows: dict[str, Counts], papers_per_row: dict[str, int] | None = None) -> str:
    lines = [title, f"{'':<34}{'papers':>7}{'tp':>6}{'fp':>6}{'fn':>6}{'P':>8}{'R':>8}{'F1':>8}"]
    for k, c in rows.items():
        n = "" if papers_per_row is None else str(papers_per_row.get(k, ""))
        lines.append(f"{k:<34}{n:>7}{c.tp:>6}{c.fp:>6}{c.fn:>6}{c.precision:>8.3f}{c.recall:>8.3f}{c.f1:>8.3f}")
    return "\n".join(lines)


def run(corpus: str | Path, split: str = "dev", by: str = "genre", pred_path: str | None = None,
        jobs: int = 1, as_json: bool = False) -> str:
    items = select(papers(corpus), split)
    pred = load(pred_path) if pred_path else predict(items, jobs)
    rows = by_genre(items, pred) if by == "genre" else by_field(items, pred)
    if as_json:
        return json.dumps({k: c.as_dict() for k, c in rows.items()}, indent=2)
    counts = {g: len([p for p in items if p.genre == g]) for g in {p.genre for p in items}}
    counts["overall"] = len(items)
    return render(f"corpus {Path(corpus).name}, split {split}, by {by}", rows, counts if by == "genre" else None)
