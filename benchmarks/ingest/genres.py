"""Field F1 of ingestion on a corpus of real papers, per genre and per field, for one split.

    python benchmarks/ingest/genres.py CORPUS_DIR [--split dev|heldout] [--markdown]

CORPUS_DIR holds index.csv (id, body, genre, split, source), papers/<id>.txt and gold/<id>.json in the
form of EXTRACTION_FORMAT.md. The papers of the split are read by ``concord.ingest.pipeline.run`` and
scored with ``devtools.ingest.score`` (the same matching and agreement rules as the seeds).
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from concord.ingest import pipeline  # noqa: E402
from devtools.ingest import score as sc  # noqa: E402
from devtools.ingest import score_rules  # noqa: E402


def measure(corpus: Path, split: str) -> dict:
    rows = [r for r in csv.DictReader((corpus / "index.csv").open(encoding="utf-8")) if r["split"] == split]
    golds = {r["id"]: json.loads((corpus / "gold" / f"{r['id']}.json").read_text(encoding="utf-8")) for r in rows}
    pred = pipeline.run([corpus / "papers" / f"{r['id']}.txt" for r in rows]).as_json()

    def score(ids: list[str]) -> sc.Score:
        return sc.score(sc.merge([golds[i] for i in ids]) | {"documents": [d for i in ids for d in golds[i]["documents"]]},
                        pred)

    genres: dict[str, list[str]] = {}
    for r in rows:
        genres.setdefault(r["genre"], []).append(r["id"])
    out = {"split": split, "papers": len(rows), "bodies": len({r["body"] for r in rows}),
           "genres": {g: {"papers": len(ids), **_prf(score(ids).overall)} for g, ids in sorted(genres.items())},
           "overall": _prf(score(list(golds)).overall), "fields": {}}
    fields = dict(score_rules.FIELDS)
    try:
        for kind, names in fields.items():
            for f in names:
                score_rules.FIELDS[kind] = (f,)
                c = score(list(golds)).per_type[kind]
                if c.tp + c.fp + c.fn:
                    out["fields"][f"{kind}.{f}"] = _prf(c)
            score_rules.FIELDS[kind] = names
    finally:
        score_rules.FIELDS.update(fields)
    return out


def _prf(c: sc.Counts) -> dict:
    return {"p": round(c.precision, 3), "r": round(c.recall, 3), "f1": round(c.f1, 3), "tp": c.tp, "fp": c.fp,
            "fn": c.fn}


def markdown(m: dict) -> str:
    lines = [f"**{m['split']}**: {m['papers']} papers from {m['bodies']} bodies; overall field F1 "
             f"**{m['overall']['f1']}** (P {m['overall']['p']}, R {m['overall']['r']}).", "",
             "| Genre | Papers | P | R | F1 |", "|---|---|---|---|---|"]
    lines += [f"| {g} | {v['papers']} | {v['p']} | {v['r']} | {v['f1']} |" for g, v in m["genres"].items()]
    lines += ["", "| Field | P | R | F1 | TP | FP | FN |", "|---|---|---|---|---|---|---|"]
    lines += [f"| {k} | {v['p']} | {v['r']} | {v['f1']} | {v['tp']} | {v['fp']} | {v['fn']} |"
              for k, v in m["fields"].items()]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--split", default="dev")
    ap.add_argument("--markdown", action="store_true")
    a = ap.parse_args(argv)
    m = measure(a.corpus, a.split)
    print(markdown(m) if a.markdown else json.dumps(m, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
