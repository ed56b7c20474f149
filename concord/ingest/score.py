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
- agreements: by title similarity (token-sort ratio) with parties overlap;
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

CLI: ``python -m concord.ingest.score GOLD_DIR PRED.json|PRED_DIR [--json]``
or ``python -m concord.ingest.score --seeds SEEDS_DIR --gold GOLD_DIR``
(runs ``concord.ingest.pipeline.run`` on the seeds and scores the result).
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from rapidfuzz import fuzz

TYPES = ("documents", "decision_notices", "reports", "meetings", "actions",
         "agreements", "projects", "tables")
LONG = {"decision", "subject", "text"}
TITLES = {"title", "name"}
FIELDS = {
    "documents": ("sha256", "kind", "title", "date"),
    "decision_notices": ("reference", "date", "subject", "decision", "decision_maker", "contact_officer"),
    "reports": ("title", "to", "from", "date", "recommendations", "contact_officer"),
    "meetings": ("forum", "date", "time", "venue", "members", "in_attendance", "apologies", "items"),
    "actions": ("meeting_date", "item", "text", "due"),
    "agreements": ("title", "parties", "lead", "start_date", "review_date", "end_date", "annual_budget_gbp",
                   "cost_basis", "notice_period_months"),
    "projects": ("name", "lead", "status", "phases", "savings"),
    "tables": ("title", "unit", "columns", "rows"),
}
_UNIT = re.compile(r"£\s*'?0{3}|£\s*[km]\b|£", re.I)


def norm(s: Any) -> str:
    s = unicodedata.normalize("NFKC", str(s)).lower()
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    s = re.sub(r"(?<=[a-z])-(?=[a-z])", "", s)
    s = re.sub(r"[^\w\s]|_", " ", s)
    return " ".join(s.split())


def long_eq(a: Any, b: Any) -> bool:
    na, nb = norm(a), norm(b)
    if na == nb:
        return True
    ta, tb = len(na.split()), len(nb.split())
    if min(ta, tb) < 0.8 * max(ta, tb):
        return False
    return fuzz.token_set_ratio(na, nb) >= 90


def title_eq(a: Any, b: Any) -> bool:
    return fuzz.ratio(norm(a), norm(b)) >= 90


def num_eq(a: Any, b: Any) -> bool:
    try:
        return math.isclose(float(a), float(b), rel_tol=0, abs_tol=0.005)
    except (TypeError, ValueError):
        return False


_BASIS = [("nre_share", ("net revenue", "nre")), ("usage", ("usage", "vehicles", "recharge", "invoic")),
          ("equal", ("equal",)), ("fixed", ("fixed", "percentage")), ("host_funded", ("host",))]


def cost_basis(s: Any) -> str | None:
    n = norm(s)
    for cat, words in _BASIS:
        if any(re.search(r"\b" + w, n) for w in words):
            return cat
    return None


def scalar_eq(name: str, g: Any, p: Any) -> bool:
    if isinstance(g, (int, float)) and not isinstance(g, bool):
        return num_eq(g, p)
    if name == "cost_basis":
        cg, cp = cost_basis(g), cost_basis(p)
        return cg == cp if cg or cp else long_eq(g, p)
    if name in LONG:
        return long_eq(g, p)
    if name in TITLES:
        return title_eq(g, p)
    return norm(g) == norm(p)


def _col(c: Any) -> str:
    return norm(_UNIT.sub(" ", str(c)))


def _row_eq(g: dict, p: dict) -> bool:
    gv, pv = g.get("values") or [], p.get("values") or []
    if norm(str(g.get("label", "")).lstrip("*")) != norm(str(p.get("label", "")).lstrip("*")):
        return False
    return len(gv) == len(pv) and all((a is None and b is None) or (a is not None and b is not None and num_eq(a, b))
                                      for a, b in zip(gv, pv))


def _dict_eq(keys_long: tuple[str, ...]) -> Callable[[dict, dict], bool]:
    def eq(g: dict, p: dict) -> bool:
        for k, v in g.items():
            pv = p.get(k) if isinstance(p, dict) else None
            if v is None and pv is None:
                continue
            if v is None or pv is None:
                return False
            if not (title_eq(v, pv) if k in keys_long else scalar_eq(k, v, pv)):
                return False
        return True
    return eq


ELEMENT_EQ: dict[str, Callable[[Any, Any], bool]] = {
    "recommendations": long_eq,
    "rows": _row_eq,
    "columns": lambda g, p: _col(g) == _col(p),
    "items": lambda g, p: norm(str(g.get("number", "")).rstrip(".")) == norm(str(p.get("number", "")).rstrip("."))
    and title_eq(g.get("title", ""), p.get("title", "")),
    "phases": _dict_eq(("name",)),
    "savings": _dict_eq(("period",)),
}


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    gold: int = 0
    pred: int = 0
    matched: int = 0

    def add(self, other: "Counts") -> None:
        for k in ("tp", "fp", "fn", "gold", "pred", "matched"):
            setattr(self, k, getattr(self, k) + getattr(other, k))

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {"gold": self.gold, "pred": self.pred, "matched": self.matched, "tp": self.tp, "fp": self.fp,
                "fn": self.fn, "precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4)}


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


def match_list(gold: list, pred: list, eq: Callable[[Any, Any], bool]) -> tuple[int, list, list]:
    """Greedy one-to-one matching of list elements: (matches, unmatched gold, unmatched pred)."""
    left = list(pred)
    missed = []
    hits = 0
    for g in gold:
        for i, p in enumerate(left):
            if eq(g, p):
                hits += 1
                del left[i]
                break
        else:
            missed.append(g)
    return hits, missed, left


def _size(v: Any) -> int:
    if v is None or v == "" or v == []:
        return 0
    return len(v) if isinstance(v, list) else 1


def compare_fields(kind: str, g: dict, p: dict, c: Counts) -> None:
    for k in FIELDS[kind]:
        gv, pv = g.get(k), p.get(k)
        if isinstance(gv, list) or isinstance(pv, list):
            hits, missed, extra = match_list(list(gv or []), list(pv or []),
                                             ELEMENT_EQ.get(k, lambda a, b: norm(a) == norm(b)))
            c.tp += hits
            c.fn += len(missed)
            c.fp += len(extra)
        elif _size(gv) and _size(pv):
            if scalar_eq(k, gv, pv):
                c.tp += 1
            else:
                c.fp += 1
                c.fn += 1
        elif _size(gv):
            c.fn += 1
        elif _size(pv):
            c.fp += 1


def _labels(t: dict) -> set[str]:
    return {norm(str(r.get("label", "")).lstrip("*")) for r in t.get("rows") or []}


def _tsim(a: Any, b: Any) -> float:
    return fuzz.token_sort_ratio(norm(a or ""), norm(b or ""))


def similarity(kind: str, g: dict, p: dict) -> float:
    """0..100; pairs under 50 are never matched."""
    if kind == "documents":
        return 100.0
    if kind == "decision_notices":
        key = lambda r: re.sub(r"\s", "", str(r.get("reference", ""))).upper()  # noqa: E731
        return 100.0 if key(g) == key(p) else 0.0
    if kind == "reports":
        s = fuzz.ratio(norm(g.get("title", "")), norm(p.get("title", "")))
        return s + (1 if g.get("date") == p.get("date") else 0) if s >= 80 else 0.0
    if kind == "meetings":
        if g.get("date") != p.get("date"):
            return 0.0
        s = fuzz.ratio(norm(g.get("forum", "")), norm(p.get("forum", "")))
        return s if s >= 70 else 0.0
    if kind == "actions":
        if g.get("meeting_date") != p.get("meeting_date"):
            return 0.0
        s = fuzz.token_set_ratio(norm(g.get("text", "")), norm(p.get("text", "")))
        return s if s >= 80 else 0.0
    if kind == "agreements":
        gp, pp = set(g.get("parties") or []), set(p.get("parties") or [])
        jac = len(gp & pp) / len(gp | pp) if gp | pp else 1.0
        s = 0.75 * _tsim(g.get("title"), p.get("title")) + 25 * jac
        return s if s >= 60 else 0.0
    if kind == "projects":
        s = fuzz.ratio(norm(g.get("name", "")), norm(p.get("name", "")))
        return s if s >= 85 else 0.0
    if kind == "tables":
        gl, pl = _labels(g), _labels(p)
        jac = len(gl & pl) / len(gl | pl) if gl | pl else 0.0
        s = 0.4 * _tsim(g.get("title"), p.get("title")) + 60 * jac
        return s if s >= 50 else 0.0
    raise ValueError(kind)


def _src(r: dict) -> str:
    return Path(str(r.get("source") or "")).name


def pairs(kind: str, gold: list[dict], pred: list[dict]) -> list[tuple[int, int]]:
    """One-to-one matches (gold index, predicted index), best similarity first."""
    cands = sorted(((similarity(kind, g, p), i, j) for i, g in enumerate(gold) for j, p in enumerate(pred)
                    if _src(g) == _src(p)), reverse=True)
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for s, i, j in cands:
        if s >= 50 and i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            out.append((i, j))
    return out


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
    ap = argparse.ArgumentParser(prog="python -m concord.ingest.score", description=__doc__.split("\n")[0])
    ap.add_argument("gold_dir", nargs="?", help="directory of gold JSON files")
    ap.add_argument("pred", nargs="?", help="predicted JSON file or directory of JSON files")
    ap.add_argument("--seeds", help="run the ingestion pipeline on this directory and score its output")
    ap.add_argument("--gold", help="gold directory (with --seeds)")
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--json", action="store_true", help="print the scores as JSON")
    a = ap.parse_args(argv)
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
