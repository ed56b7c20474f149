"""Write ``concord/ingest/data/genre_words.json`` (``concord.ingest.genre_model``) from the development split of the
corpus of real papers, and say how well it generalises.

``python -m devtools.ingest.genre_train --corpus tests/ingest/corpus`` writes the file; ``--check`` says whether the
file is what the corpus gives; ``--cv`` trains once per development body without that body's papers and classifies
them (leave one body out): the model's accuracy on bodies it never saw. Held-out papers are never read.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from concord.ingest.genre_model import Model, features
from devtools.ingest import score_corpus

TOP = 200  # the words that tell kinds apart best (mutual information) that the model keeps
MIN_BODIES = 8  # a word enters the model when this many different bodies use it
OUT = Path(__file__).resolve().parents[2] / "concord" / "ingest" / "data" / "genre_words.json"
# the document kinds of the extraction format the model tells apart; a pack is read as an agenda with its papers
KINDS = {"minutes": "minutes", "agenda": "agenda", "pack": "agenda", "decision_notice": "decision_notice",
         "report": "report", "agreement": "agreement"}

Example = tuple[str, str, set[str]]  # body, kind, features


def examples(corpus: str | Path) -> list[tuple[str, Example]]:
    out = []
    for p in score_corpus.select(score_corpus.papers(corpus), "dev"):
        gold = json.loads(p.gold_path.read_text(encoding="utf-8"))
        kind = KINDS.get(gold["documents"][0]["kind"]) if gold.get("documents") else None
        if kind:
            out.append((p.id, (p.body, kind, features(p.path.read_text(encoding="utf-8", errors="replace")))))
    return out


def train(rows: list[Example], min_bodies: int = MIN_BODIES, top: int = TOP) -> dict[str, Any]:
    """Per kind, the papers that use each word, each body's papers weighing one body in all."""
    users: dict[str, set[str]] = defaultdict(set)
    for body, _, words in rows:
        for w in words:
            users[w].add(body)
    vocab = {w for w, b in users.items() if len(b) >= min_bodies}
    per_body = Counter(body for body, _, _ in rows)
    counts: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for body, kind, words in rows:
        for w in words & vocab:
            counts[kind][w] += 1 / per_body[body]
    n = {k: sum(1 / per_body[b] for b, kk, _ in rows if kk == k) for k in counts}
    keep = set(sorted(vocab, key=lambda w: (-round(_information(w, counts, n), 12), w))[:top])
    return {"min_bodies": min_bodies, "top": top, "bodies": len(per_body), "papers": len(rows),
            "kinds": {k: {"papers": round(n[k], 6),
                          "words": {w: round(c, 6) for w, c in sorted(counts[k].items()) if w in keep}}
                      for k in sorted(counts)}}


def _information(word: str, counts: dict[str, dict[str, float]], n: dict[str, float]) -> float:
    """The mutual information between a paper's having ``word`` and its kind (papers weighted by body)."""
    total = sum(n.values())
    has = sum(counts[k].get(word, 0.0) for k in n)
    out = 0.0
    for k in n:
        for present in (True, False):
            c = counts[k].get(word, 0.0)
            joint = (c if present else n[k] - c) / total
            margin = (has if present else total - has) / total
            if joint > 0 and margin > 0:
                out += joint * math.log(joint / (margin * n[k] / total))
    return out


def cross_validate(rows: list[tuple[str, Example]], min_bodies: int = MIN_BODIES, top: int = TOP) -> tuple[float, list[str]]:
    """Leave one body out: the share of papers whose kind (minutes and agenda counted as one) the model trained
    without their body gives, and a line per miss."""
    right, misses = 0, []
    for body in sorted({b for _, (b, _, _) in rows}):
        model = Model.from_counts(train([e for _, e in rows if e[0] != body], min_bodies, top))
        for pid, (b, kind, words) in rows:
            if b != body:
                continue
            got = model.rank(words)
            ok = got is not None and (got.kind == kind or {got.kind, kind} <= {"minutes", "agenda"})
            right += ok
            if not ok:
                misses.append(f"{pid}: {kind} -> {got.kind if got else None}")
    return right / len(rows), misses


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m devtools.ingest.genre_train")
    ap.add_argument("--corpus", default="tests/ingest/corpus")
    ap.add_argument("--check", action="store_true", help="exit 1 when the file is not what the corpus gives")
    ap.add_argument("--cv", action="store_true", help="leave-one-body-out accuracy on the development split")
    args = ap.parse_args(argv)
    rows = examples(args.corpus)
    data = json.dumps(train([e for _, e in rows]), indent=0, sort_keys=True) + "\n"
    if args.cv:
        acc, misses = cross_validate(rows)
        print(f"leave one body out: {acc:.3f} of {len(rows)} papers from "
              f"{len({e[0] for _, e in rows})} bodies")
        print("\n".join(misses))
        return 0
    if args.check:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == data
        print("genre_words.json is up to date" if same else
              "genre_words.json is stale: run python -m devtools.ingest.genre_train")
        return 0 if same else 1
    OUT.write_text(data, encoding="utf-8")
    print(f"wrote {OUT} ({len(rows)} papers)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
