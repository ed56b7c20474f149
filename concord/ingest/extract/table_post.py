"""Financial tables after reading: lettered columns (``D Budget B/Fwd``), an
unlabelled total row, and a table continued over several pages
(``Appendix 1 (Cont)``) joined back into one."""

from __future__ import annotations

import re
from typing import Any

_LETTERED = re.compile(r"^([A-Z])\s+(?=\S)")
_CONT = re.compile(r"(?i)\s*[(\[]?\b(?:cont(?:inued|'d|d)?|continuation)\b\.?[)\]]?\s*$")
_PLACEHOLDER = re.compile(r"^column \d+$")
_LABEL_ONLY = re.compile(r"(?i)^(?:table|appendix|annex|schedule|figure)\s+[\w.]{1,6}$")
_UNIT_NOTE = re.compile(r"(?i)\s*\((?:all\s+)?(?:figures|amounts|values)?\s*(?:in\s+)?£[^)]{0,8}\)|\s*\(£[^)]{0,8}\)")
# a sentence that only gives the unit ("All figures are in £000.", "Figures shown in £m"): no part of a title
_UNIT_SENTENCE = re.compile(r"(?i)(?:^|(?<=[.:;]))\s*(?:all\s+)?(?:figures|amounts|values|numbers|sums)\s+(?:are\s+)?"
                            r"(?:shown\s+|given\s+|stated\s+|expressed\s+)?(?:in\s+)?£\s?['’]?\w*\s*\.?\s*$")
_TABLE_BELOW = re.compile(r"(?i)^(?:\d+(?:\.\d+)*\.?\s+)?(?:the\s+)?(?:following\s+)?(?:table|figures)\s+(?:below\s+)?"
                          r"(?:shows|sets\s+out|summari[sz]es|gives|presents)\s+(?:the\s+)?(?P<x>.+?)"
                          r"(?:\s*,?\s+(?:based\s+on|using|in\s+line\s+with)\b.*)?[\s:.]*$")


_PARAGRAPH = re.compile(r"\d{1,2}\.\d{1,2}\.?\s")


def title(printed: str, caption: str | None) -> str:
    """A table's title: its printed label with the caption beside it ("Table 2: Revenue budget ..."),
    a sentence introducing it reduced to what it shows, a unit note dropped."""
    t = _UNIT_NOTE.sub("", _UNIT_SENTENCE.sub("", printed)).strip(" *:")
    m = _TABLE_BELOW.match(t)
    if m:
        x = m.group("x").strip()
        t = x[:1].upper() + x[1:]
    if _PARAGRAPH.match(t) or t.endswith("."):
        t = ""  # a numbered paragraph or a sentence of the text above the table: no caption
    base = _CONT.sub("", t).strip()
    if caption and (not t or _LABEL_ONLY.match(base)):
        return f"{t}: {caption}" if t else caption
    return t or caption or ""


def lettered_columns(rec: dict[str, Any]) -> None:
    """Columns printed with their letters for formulas: the letter kept aside, the name without it."""
    cols = rec["columns"]
    ms = [_LETTERED.match(c) for c in cols]
    if len(cols) >= 3 and sum(1 for m in ms if m) >= len(cols) - 1:
        rec["column_letters"] = [m.group(1) if m else None for m in ms]
        rec["columns"] = [c[m.end():] if m else c for c, m in zip(cols, ms)]


def realign(rows: list[list[str]], data_idx: list[int], headers: list[str], is_figure) -> None:
    """Rows printed one cell to the right (a stray empty cell before the figures), seen as figures in a
    last column that has no header while the others have: the stray cell is dropped, the row moves back."""
    if len(headers) < 4 or headers[-1].strip() or not any(h.strip() for h in headers):
        return
    spill = [i for i in data_idx if rows[i][-1].strip()]
    if not spill or len(spill) > 0.4 * len(data_idx):
        return
    for i in spill:
        r = rows[i]
        first = next((k for k, c in enumerate(r) if c.strip() and is_figure(c)), None)
        if first is None:
            continue
        # the nearest empty cell (or a bare dash) at or before the first figure
        stray = next((k for k in range(first, -1, -1) if not any(ch.isalnum() for ch in r[k])), None)
        if stray is not None:
            rows[i] = r[:stray] + r[stray + 1:] + [""]


def unlabelled_total(rec: dict[str, Any], is_total) -> None:
    """A last row with no label whose figures are the sums of the rows above is the total."""
    rows = rec["rows"]
    if len(rows) < 3 or rows[-1]["label"]:
        return
    above = [r for r in rows[:-1] if not is_total(r["label"])]
    last = rows[-1]["values"]
    if not any(v is not None for v in last):
        return
    if not rows[-1].get("refs"):
        rows[-1]["label"] = "Total"  # figures alone under the list: the total (checked against the rows later)
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


def _label(title: str) -> str:
    """The part of a title that a continuation repeats: "Appendix 1 (Cont): ..." is "appendix 1"."""
    return _CONT.sub("", title.split(":")[0]).strip().lower()


def join_continued(recs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A table whose title says it continues (or repeats the title) with the same columns joins the one before."""
    out: list[dict[str, Any]] = []
    for rec in recs:
        _drop_empty_placeholders(rec)
        prev = out[-1] if out else None
        base = _label(rec["title"])
        if prev is not None and (base and len(prev["columns"]) == len(rec["columns"]) and (
                _CONT.search(rec["title"].split(":")[0]) or rec["title"] == prev["title"]) and
                _label(prev["title"]) == base or _header_repeated(prev, rec)):
            prev["rows"].extend(rec["rows"])
            prev.setdefault("_continued", []).append(rec.get("_provenance"))
            continue
        out.append(rec)
    return out


def _page(rec: dict[str, Any]) -> int | None:
    return (rec.get("_provenance") or {}).get("page")


def _header_repeated(prev: dict[str, Any], rec: dict[str, Any]) -> bool:
    """A table with no title at the top of the page after another's, under the same column heads: the rest of that
    table, its header row repeated on the new page as a word processor repeats it."""
    last = ([_page(prev)] + [(c or {}).get("page") for c in prev.get("_continued", [])])[-1]
    return (not rec["title"] and bool(rec["columns"]) and rec["columns"] == prev["columns"] and
            last is not None and _page(rec) == last + 1)


_GLUED = re.compile(r"^(?P<label>.*[A-Za-z).:])\s+(?P<fig>\(?[-–−]?£?\d{1,3}(?:,\d{3})*(?:\.\d+)?\)?%?|[-–—])$")


_MONEY_END = re.compile(r"(?i)(?:budget|actuals?|forecast|outturn|variance|spend|expenditure|£\S*|\(£\S*\)|%)\s*$")


def split_glued_figures(rows: list[list[str]], data_idx: list[int], headers: list[str], money_head) -> None:
    """A space-aligned table whose longest label runs to within one space of the first column of figures, so
    that label and figure were read as one cell on every line ("Police pay 61,250" under "Budget £000"): where
    most rows' first cell ends in a figure and its heading names a money column, the figure gets a column of its
    own with that heading. ``money_head(heading)`` gives where the money heading starts in it, or None."""
    if not data_idx or not headers or not rows[data_idx[0]]:
        return
    glued = [_GLUED.match(rows[i][0].strip()) for i in data_idx]
    at = money_head(headers[0])
    if at is None or sum(1 for m in glued if m) < max(2, 0.6 * len(data_idx)):
        return
    label_head, money = headers[0][:at].strip(), headers[0][at:].strip()
    if not _MONEY_END.search(money) or len(money.split()) > 6:
        return  # "Budget area": the label column's own heading
    for r in rows:
        r.insert(1, "")
    for i, m in zip(data_idx, glued):
        if m:
            rows[i][0], rows[i][1] = m.group("label").strip(), m.group("fig")
    headers[0:1] = [label_head, money]
