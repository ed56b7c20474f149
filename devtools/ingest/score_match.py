"""Which gold record a predicted one stands for: one-to-one matching per record type, best similarity first,
within one source. See ``devtools.ingest.score``."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from devtools.ingest.score_rules import norm


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
        # versions of one agreement share title and parties: the dates they agree on tell them apart
        s += sum(0.5 for k in ("start_date", "review_date", "end_date") if g.get(k) and g.get(k) == p.get(k))
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
