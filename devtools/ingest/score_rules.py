"""Scoring rules: how two values agree (normalised strings, long text, titles, numbers, cost bases, list
elements) and how the fields of a matched pair of records are counted. See ``devtools.ingest.score``."""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
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


def compare_fields(kind: str, g: dict, p: dict, c: Counts, fields: tuple[str, ...] | None = None) -> None:
    """Count the fields of one pair into `c` (only `fields` when given)."""
    for k in fields or FIELDS[kind]:
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
