"""Financial tables after reading: lettered columns (``D Budget B/Fwd``), an
unlabelled total row, and a table continued over several pages
(``Appendix 1 (Cont)``) joined back into one."""

from __future__ import annotations

import re
from typing import Any

_LETTERED = re.compile(r"^([A-Z])\s+(?=\S)")
_CONT = re.compile(r"(?i)\s*[(\[]?\b(?:cont(?:inued|'d|d)?|continuation)\b\.?[)\]]?\s*$")
_PLACEHOLDER = re.compile(r"^column \d+$")


def lettered_columns(rec: dict[str, Any]) -> None:
    """Columns printed with their letters for formulas: the letter kept aside, the name without it."""
    cols = rec["columns"]
    ms = [_LETTERED.match(c) for c in cols]
    if len(cols) >= 3 and sum(1 for m in ms if m) >= len(cols) - 1:
        rec["column_letters"] = [m.group(1) if m else None for m in ms]
        rec["columns"] = [c[m.end():] if m else c for c, m in zip(cols, ms)]


def unlabelled_total(rec: dict[str, Any], is_total) -> None:
    """A last row with no label whose figures are the sums of the rows above is the total."""
    rows = rec["rows"]
    if len(rows) < 3 or rows[-1]["label"]:
        return
    above = [r for r in rows[:-1] if not is_total(r["label"])]
    last = rows[-1]["values"]
    if not any(v is not None for v in last):
        return
    for k, v in enumerate(last):
        if v is None:
            continue
        vals = [r["values"][k] or 0 for r in above if k < len(r["values"])]
        tol = max(1.0, 0.5 * len(vals)) if float(v).is_integer() else 0.05 * len(vals)
        # the sum of the rows above, or of the last few (a total printed over part of the list)
        if not any(abs(sum(vals[-n:]) - v) <= tol for n in range(2, len(vals) + 1)):
            return
    rows[-1]["label"] = "Total"


def _drop_empty_placeholders(rec: dict[str, Any]) -> None:
    keep = [k for k, c in enumerate(rec["columns"])
            if not (_PLACEHOLDER.match(c) and all(r["values"][k] is None for r in rec["rows"]))]
    if len(keep) < len(rec["columns"]):
        rec["columns"] = [rec["columns"][k] for k in keep]
        for key in ("column_types", "column_letters"):
            if key in rec:
                rec[key] = [rec[key][k] for k in keep]
        for r in rec["rows"]:
            r["values"] = [r["values"][k] for k in keep]


def join_continued(recs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A table whose title says it continues (or repeats the title) with the same columns joins the one before."""
    out: list[dict[str, Any]] = []
    for rec in recs:
        _drop_empty_placeholders(rec)
        prev = out[-1] if out else None
        base = _CONT.sub("", rec["title"]).strip()
        if prev is not None and base and len(prev["columns"]) == len(rec["columns"]) and (
                _CONT.search(rec["title"]) or rec["title"] == prev["title"]) and \
                _CONT.sub("", prev["title"]).strip() == base:
            prev["rows"].extend(rec["rows"])
            prev.setdefault("_continued", []).append(rec.get("_provenance"))
            continue
        out.append(rec)
    return out
