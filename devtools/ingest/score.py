"""Score extraction output against a gold set: field-level precision,
recall and F1 per record type and overall.

Both sides are dicts in the shape of EXTRACTION_FORMAT.md. Only records
whose ``source`` is one of the gold documents' sources are scored, so a
prediction over more files than the gold set covers is not penalised.

Matching records (one-to-one, greedy on similarity, within one source):
- documents: by source;
- decision_notices: by reference, upper-cased with spaces removed;
- reports: by normalised title (fuzzy ratio >= 80);
- meetings: by date, then forum (fuzzy ratio >= 70);
- actions: by meeting_date, then text (token-set ratio >= 80);
- agreements: by title similarity (token-sort ratio) with parties overlap, then the dates they agree on
  (two versions of one agreement);
- projects: by normalised name (fuzzy ratio >= 85; "ICT" is not "Seven
  Force ICT");
- tables: by title similarity together with the overlap of row labels.

Counting, per field of a matched pair: a value present on both sides is a
true positive when it agrees, else one false positive and one false
negative; present only in gold is a false negative, only predicted a false
positive; null on both sides is not counted. Every field of an unmatched
gold (predicted) record counts as false negatives (positives). List fields
count one per element: ``members``, ``parties``, ``recommendations``... are
compared as sets; ``items``, ``phases``, ``savings`` and table ``rows`` as
multisets of whole entries (a table row counts only when its label and every
value agree), table ``columns`` as sets.

Agreement rules:
- strings: Unicode NFKC, lower case, curly quotes straightened, a hyphen
  inside a word dropped (Co-ordination = Coordination), other punctuation
  and runs of white space to one space;
- long free text (decision, subject, action text, recommendations): token-set
  ratio >= 90 (rapidfuzz) AND the shorter has at least 80 % of the longer's
  tokens, so a truncated sentence does not pass;
- titles and names: ratio >= 90 after normalisation;
- cost_basis: mapped to the CostBasis vocabulary (NRE share, usage,
  equal, fixed, host funded) by keywords, else compared as long text;
- numbers: equal to the penny (abs diff < 0.005); dates: equal ISO strings;
- table columns: unit markers (£'000, £000, £k, £m, £) removed first; row
  labels: leading '*' removed.

CLI: ``python -m devtools.ingest.score GOLD_DIR PRED.json|PRED_DIR [--json]``
or ``python -m devtools.ingest.score --seeds SEEDS_DIR --gold GOLD_DIR``
(runs ``concord.ingest.pipeline.run`` on the seeds and scores the result),
or ``python -m devtools.ingest.score --corpus DIR --split dev|heldout|all [--by genre|field]``
(the corpus of real papers, per genre or per field: ``devtools.ingest.score_corpus``).
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from devtools.ingest.score_match import _src, pairs, similarity  # noqa: F401  (re-exported)
from devtools.ingest.score_rules import (ELEMENT_EQ, FIELDS, TYPES, Counts, _row_eq, compare_fields,  # noqa: F401
                                        cost_basis, long_eq, match_list, norm, num_eq, scalar_eq, title_eq)


@dataclass
class Score:
    per_type: dict[str, Counts] = field(default_factory=dict)

    @property
    def overall(self) -> Counts:
        total = Counts()
        for c in self.per_type.values():
            total.add(c)
        return total

    def as_dict(self) -> dict[str, Any]:
        return {"per_type": {k: v.as_dict() for k, v in self.per_type.items()}, "overall": self.overall.as_dict()}


def score_type(kind: str, gold: list[dict], pred: list[dict]) -> Counts:
    c = Counts(gold=len(gold), pred=len(pred))
    matched = pairs(kind, gold, pred)
    c.matched = len(matched)
    for i, j in matched:
        compare_fields(kind, gold[i], pred[j], c)
    for i in set(range(len(gold))) - {i for i, _ in matched}:
        compare_fields(kind, gold[i], {}, c)
    for j in set(range(len(pred))) - {j for _, j in matched}:
        compare_fields(kind, {}, pred[j], c)
    return c


def score(gold: dict, pred: dict) -> Score:
    sources = {_src(d) for d in gold.get("documents", [])}
    result = Score()
    for kind in TYPES:
        g = [r for r in gold.get(kind, []) if not sources or _src(r) in sources]
        p = [r for r in pred.get(kind, []) if not sources or _src(r) in sources]
        result.per_type[kind] = score_type(kind, g, p)
    return result


def table_rows_recovered(gold_tables: list[dict], pred_tables: list[dict]) -> tuple[int, int]:
    """(gold rows recovered exactly, gold rows), over tables matched as above."""
    hits = sum(match_list(gold_tables[i].get("rows") or [], pred_tables[j].get("rows") or [], _row_eq)[0]
               for i, j in pairs("tables", gold_tables, pred_tables))
    return hits, sum(len(t.get("rows") or []) for t in gold_tables)


def merge(docs: list[dict]) -> dict:
    out: dict[str, list] = {k: [] for k in TYPES}
    for d in docs:
        for k in TYPES:
            out[k].extend(d.get(k) or [])
    return out


def load(path: str | Path) -> dict:
    path = Path(path)
    files = sorted(path.glob("*.json")) if path.is_dir() else [path]
    return merge([json.loads(f.read_text(encoding="utf-8")) for f in files])


def render(result: Score) -> str:
    lines = [f"{'record type':<18}{'gold':>6}{'pred':>6}{'match':>7}{'P':>8}{'R':>8}{'F1':>8}"]
    rows = list(result.per_type.items()) + [("overall", result.overall)]
    for k, c in rows:
        lines.append(f"{k:<18}{c.gold:>6}{c.pred:>6}{c.matched:>7}{c.precision:>8.3f}{c.recall:>8.3f}{c.f1:>8.3f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m devtools.ingest.score", description=__doc__.split("\n")[0])
    ap.add_argument("gold_dir", nargs="?", help="directory of gold JSON files")
    ap.add_argument("pred", nargs="?", help="predicted JSON file or directory of JSON files")
    ap.add_argument("--seeds", help="run the ingestion pipeline on this directory and score its output")
    ap.add_argument("--gold", help="gold directory (with --seeds)")
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--json", action="store_true", help="print the scores as JSON")
    ap.add_argument("--corpus", help="score a corpus directory (index.csv, papers/, gold/); see score_corpus")
    ap.add_argument("--split", default="dev", choices=("dev", "heldout", "all"), help="corpus split (with --corpus)")
    ap.add_argument("--by", default="genre", choices=("genre", "field"), help="corpus rows (with --corpus)")
    ap.add_argument("--pred", dest="corpus_pred", help="predictions to score instead of running the pipeline (with --corpus)")
    a = ap.parse_args(argv)
    if a.corpus:
        from devtools.ingest import score_corpus
        print(score_corpus.run(a.corpus, a.split, a.by, a.corpus_pred, a.jobs, a.json))
        return 0
    gold_dir = a.gold or a.gold_dir
    if not gold_dir:
        ap.error("give GOLD_DIR PRED, or --seeds DIR --gold DIR")
    gold = load(gold_dir)
    if a.seeds:
        try:
            from concord.ingest import pipeline
        except ImportError as exc:
            print(f"concord.ingest.pipeline is not available: {exc}", file=sys.stderr)
            return 2
        paths = sorted(str(p) for p in Path(a.seeds).iterdir() if p.is_file() and p.name != "README.md")
        pred = pipeline.run(paths, jobs=a.jobs).as_json()
    elif a.pred:
        pred = load(a.pred)
    else:
        ap.error("give PRED or --seeds")
    result = score(gold, pred)
    print(json.dumps(result.as_dict(), indent=2) if a.json else render(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
