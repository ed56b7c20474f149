"""Financial tables: columns typed from their headers, numbers read the way
finance papers print them (``(434)`` negative, ``-`` empty, ``£'000`` units),
and the sums checked: variance = actual − budget, printed totals against rows.
"""

from __future__ import annotations

import re
from typing import Any

from concord.ingest.document import Document, Table
from concord.ingest.extract import table_post
from concord.ingest.extract.bar_tables import bar_tables
from concord.ingest.extract.flat_tables import flat_tables

# (the pound sign before or inside the bracket or the minus: "(£250)", "£(250)", "-£250", "£-250")
_NUMBER = re.compile(r"^(?:£\s*)?(?P<neg>\()?\s*(?P<sign>[-–−])?\s*£?\s*(?P<num>\d{1,3}(?:,\d{3})+|\d+)(?P<dec>\.\d+)?"
                     r"\s*(?P<pct>%)?\s*(?(neg)\))$")
_DASHES = {"-", "–", "—"}
_UNIT_CELL = re.compile(r"(?i)^\(?£\s?['’]?(?:000s?|k|m|bn)\)?$")
# a figure printed in words: "£889k underspend", "£1,980k (to be partially offset by ...)"
_WORDED = re.compile(r"(?i)^(?P<sign>[-–−]\s?)?(?P<fig>£\s?(?P<sign2>[-–−]\s?)?\d[\d,]*(?:\.\d+)?)\s?(?P<unit>k|m|bn)?\s*"
                     r"(?P<dir>underspend|under|overspend|over|surplus|deficit)?\s*(?:\([^)]*\))?$")
_SUFFIX = re.compile(r"(?i)\d\s?(m|k)\s*$")
_EMPTY = {"-", "–", "—", "", "n/a", "na", "nil", "*", "0-", "--"}
_THOUSANDS = re.compile(r"£\s?['’]?000|£\s?k\b|\(£k\)|£ thousands|\bthousands\b|£000s|\bk£", re.I)
_MILLIONS = re.compile(r"£\s?m\b|£\s?['’]?m\b|£ millions?|\(£m\)|\bmillions\b", re.I)
_MONEY_CUE = re.compile(r"(?i)£|budget|actual|variance|forecast|outturn|spend|cost|income|expenditure|"
                        r"capital|revenue|saving|funding|allocation|grant|precept|reserve")
_TOTAL = re.compile(r"(?i)^\s*(?:sub[- ]?total|total|grand\s+total|net\s+(?:revenue|budget|cost)|gross)\b|\btotal\s*$")
COLUMN_TYPES = [
    ("forecast_variance", r"forecast\s+variance|variance\s+(?:to|against)\s+(?:forecast|full)|fy\s+variance"),
    ("ytd_budget", r"ytd\s*b(?:udget)?|year[- ]to[- ]date\s+budget|ytdb|profiled\s+budget"),
    ("variance", r"variance|over\s*/\s*\(?under\)?|under\s*/\s*over"),
    ("forecast", r"forecast|projected|outturn\s+forecast"),
    ("actual", r"actual|spent|spend\s+to\s+date|expenditure\s+to\s+date|committed"),
    ("budget", r"budget|ofyb|estimate|programme|allocation|plan\b"),
    ("percent", r"%|percent"),
    ("note", r"^notes?\b|notes\s+at|^para"),
    ("reference", r"scheme\s+no|ref(?:erence)?\b|proj(?:ect)?\s+no|code"),
]
_COLTYPE_RX = [(k, re.compile(rx, re.I)) for k, rx in COLUMN_TYPES]


def number(text: str) -> float | int | None:
    """A printed figure as a number: ``(1,257)`` → -1257, ``-`` → None, ``59.9%`` → 59.9."""
    t = text.strip().replace("\u2212", "-").rstrip("*").strip()
    if t.lower() in _EMPTY or _UNIT_CELL.match(t):
        return None
    m = _NUMBER.match(t)
    if not m:
        inner = re.fullmatch(r"\((£[^()]+)\)", t)  # "(£1.2m)": a negative figure with its unit
        bracketed = number(inner.group(1)) if inner else None
        if bracketed is not None:
            return -abs(bracketed)
        w = _WORDED.match(t)
        if not w or not (w.group("unit") or w.group("dir") or "(" in t):
            return None
        value = number(w.group("fig"))
        if value is None:
            return None
        if w.group("sign") and value > 0:  # "-£0.6m" ("£-0.6m" is read by the figure itself)
            value = -value
        return -value if (w.group("dir") or "").lower() in ("underspend", "under", "surplus") else value
    value = float(m.group("num").replace(",", "") + (m.group("dec") or ""))
    if m.group("neg") or m.group("sign"):
        value = -value
    return int(value) if value == int(value) and not m.group("dec") else value


def is_number(text: str) -> bool:
    t = text.strip()
    return t.lower() not in _EMPTY and number(t) is not None


def column_type(header: str) -> str:
    for kind, rx in _COLTYPE_RX:
        if rx.search(header):
            return kind
    return "value"


def extract(doc: Document) -> list[dict[str, Any]]:
    out = []
    plain = doc.media_type == "text/plain"
    for t in doc.tables + (bar_tables(doc) if plain and "|" in doc.text else []) + (flat_tables(doc) if plain else []):
        rec = from_table(t, doc.source)
        if rec:
            out.append(rec)
    joined = table_post.join_continued(out)
    for rec in joined:
        if rec.get("_continued"):  # a table over pages: its figures checked again, the total against every row
            rec.pop("_checks", None)
            checks = _checks(rec)
            if checks:
                rec["_checks"] = checks
    return joined


def _checks(rec: dict[str, Any]) -> list[dict[str, Any]]:
    return (check_formulas(rec) if any(_FORMULA.search(c) for c in rec["columns"]) else check_variance(rec)) \
        + check_totals(rec)


def from_table(t: Table, source: str) -> dict[str, Any] | None:
    rows = [[c.text for c in r] for r in t.rows]
    width = max((len(r) for r in rows), default=0)
    rows = [r + [""] * (width - len(r)) for r in rows]
    data_idx = [i for i, r in enumerate(rows) if (sum(is_number(c) for c in r) >= 1 or sum(
        c.strip() in _DASHES for c in r) >= 2) and any(c and not is_number(c) and c.lower() not in _EMPTY for c in r)]
    if len(data_idx) < 2 or width < 2:
        return None
    first_data = data_idx[0]
    caption = _caption(rows[0]) if first_data else None
    header_rows = rows[1 if caption else 0:first_data]
    headers = [" ".join(h[k] for h in header_rows if h[k]).strip() for k in range(width)]
    table_post.realign(rows, data_idx, headers, lambda c: is_number(c) or c.strip() in _DASHES)
    table_post.split_glued_figures(rows, data_idx, headers, _money_head)
    width = len(headers)
    # which columns hold figures, which the label
    numeric_cols: list[int] = []
    text_cols: list[int] = []
    for k in range(width):
        cells = [rows[i][k] for i in data_idx if rows[i][k] and rows[i][k].lower() not in _EMPTY]
        nums = sum(is_number(c) for c in cells)
        (numeric_cols if cells and nums >= 0.6 * len(cells) else text_cols).append(k)
    numeric_cols = [k for k in numeric_cols if column_type(headers[k]) not in ("note", "reference")]
    if not numeric_cols or not text_cols:
        return None
    label_col = _label_column(rows, data_idx, text_cols, headers)
    context = " ".join([t.title or ""] + headers + [rows[0][0] if rows else ""])
    if not _MONEY_CUE.search(context) and not any("£" in c for r in rows for c in r):
        return None
    unit = ("GBP_thousands" if _THOUSANDS.search(context) else "GBP_millions" if _MILLIONS.search(context)
            else "percent" if all(column_type(headers[k]) == "percent" for k in numeric_cols) else "GBP")
    if unit == "GBP":  # "£150.2m" in every figure's cell: the unit printed with each figure
        figures = [rows[i][k] for i in data_idx for k in numeric_cols
                   if is_number(rows[i][k]) and not rows[i][k].rstrip().endswith("%")]  # "1.2%" has no unit
        units = {m.group(1).lower() for m in (_SUFFIX.search(c) for c in figures) if m}
        if len(units) == 1 and sum(1 for c in figures if _SUFFIX.search(c)) >= 0.8 * len(figures):
            unit = {"m": "GBP_millions", "k": "GBP_thousands"}.get(units.pop(), unit)
    columns = [headers[k] or f"column {k + 1}" for k in numeric_cols]
    out_rows: list[dict[str, Any]] = []
    section = None
    for i in range(first_data, len(rows)):
        r = rows[i]
        label = r[label_col]
        values = [number(r[k]) for k in numeric_cols]
        if not any(is_number(r[k]) for k in numeric_cols) and not any(
                r[k].strip() in ("-", "–") for k in numeric_cols):
            if label and len(label) < 100:
                section = label
            continue
        if not label:
            label = next((c for c in r if c and not is_number(c)), "")
        label = _FOOTNOTE.sub("", label)
        row: dict[str, Any] = {"label": label, "values": values}
        if section:
            row["section"] = section
        refs = [r[k] for k in text_cols if k != label_col and r[k]]
        if refs:
            row["refs"] = refs
        out_rows.append(row)
    if len(out_rows) < 2:
        return None
    rec: dict[str, Any] = {"title": table_post.title(t.title or "", caption), "unit": unit, "columns": columns,
                           "rows": out_rows, "source": source}
    if caption and caption != rec["title"]:
        rec["caption"] = caption
    rec["column_types"] = [column_type(c) for c in columns]
    table_post.lettered_columns(rec)
    table_post.unlabelled_total(rec, lambda label: bool(_TOTAL.search(label)))
    checks = _checks(rec)
    if checks:
        rec["_checks"] = checks
    rec["confidence"] = 0.85 if t.method in ("html", "docx", "tabs", "ruled", "pipes") else 0.7
    rec["_provenance"] = {"file": source, "page": t.page, "method": t.method,
                          **({"bbox": [round(v, 1) for v in t.bbox]} if t.bbox else {})}
    if t.method in ("stacked", "flattened") and \
            all(not headers[k] or _UNIT_CELL.match(headers[k].strip()) for k in numeric_cols):
        rec["columns"] = []  # a unit over the figures ("£000s") and no heading: the table names no column
    return rec


def _money_head(header: str) -> int | None:
    """Where a column heading of figures starts in ``header`` ("Division Budget £000" → 9), or None."""
    found = [m.start() for kind, rx in _COLTYPE_RX[:6] for m in [rx.search(header)] if m]
    return min(found) if found else None


def _caption(row: list[str]) -> str | None:
    """A first row that is the table's caption: text in its first cell, no figures, little else."""
    first = row[0].strip() if row else ""
    filled = [c for c in row if c.strip()]
    if len(first) < 12 or is_number(first) or any(is_number(c) for c in row) or len(filled) > max(1, len(row) // 3):
        return None
    return first


_CODE = re.compile(r"^[A-Z]{0,5}\d[\w/.-]*$")
# a footnote mark after a row's label ("Fleet replacement¹", "Overtime*", "Estates†", "Grants [2]")
_FOOTNOTE = re.compile(r"\s*(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+|[*†‡]+|\[\d{1,2}\])$")


def _label_column(rows, data_idx, text_cols, headers) -> int:
    for k in text_cols:
        cells = [rows[i][k] for i in data_idx if rows[i][k]]
        if not cells or column_type(headers[k]) in ("note", "reference"):
            continue
        if sum(bool(_CODE.match(c)) for c in cells) > 0.5 * len(cells):
            continue
        if sum(len(c) for c in cells) / len(cells) >= 6:
            return k
    return max(text_cols, key=lambda k: sum(len(rows[i][k]) for i in data_idx))


_LETTER = re.compile(r"^([A-Z])\s")
_FORMULA = re.compile(r"\(([A-Z](?:\s*[-+–]\s*[A-Z])+)\)")


def check_formulas(rec: dict[str, Any]) -> list[dict[str, Any]]:
    """Columns whose header prints their formula over lettered columns: ``K Variance (J-G)``."""
    letters = {c: k for k, c in enumerate(rec.get("column_letters") or []) if c}
    for k, h in enumerate(rec["columns"]):
        m = _LETTER.match(h)
        if m:
            letters[m.group(1)] = k
    out = []
    for k, h in enumerate(rec["columns"]):
        f = _FORMULA.search(h)
        if not f or not letters:
            continue
        terms = re.findall(r"([-+–]?)\s*([A-Z])", f.group(1))
        if not all(t[1] in letters for t in terms):
            continue
        for row in rec["rows"]:
            vals = row["values"]
            got = vals[k]
            if got is None:
                continue
            total = sum((-1 if sign in "-–" and sign else 1) * (vals[letters[c]] or 0) for sign, c in terms)
            if abs(total - got) > 1.0:
                out.append({"check": "formula", "row": row["label"], "column": h, "printed": got,
                            "computed": total})
    return out


def _tol(values: list[float]) -> float:
    return max(1.0, 0.5 * len(values)) if all(float(v).is_integer() for v in values) else 0.01 * len(values)


def check_variance(rec: dict[str, Any]) -> list[dict[str, Any]]:
    """variance = actual − budget (YTD budget when printed); forecast variance = forecast − budget. A column headed
    only "Variance" beside both spend to date and a forecast against the year's budget may be either ("Budget / Spend
    to date / Forecast / Variance"): it is flagged only when neither explains it."""
    types = rec["column_types"]
    out = []
    budget = types.index("ytd_budget") if "ytd_budget" in types else (types.index("budget") if "budget" in types else None)
    full = types.index("budget") if "budget" in types else None
    pairs: list[tuple[str, int, list[tuple[int, int]]]] = []
    if "variance" in types and "actual" in types and budget is not None:
        against = [(types.index("actual"), budget)]
        if "forecast" in types and "forecast_variance" not in types and full is not None:
            against.append((types.index("forecast"), full))
        pairs.append(("variance", types.index("variance"), against))
    if "forecast_variance" in types and "forecast" in types and full is not None:
        pairs.append(("forecast_variance", types.index("forecast_variance"), [(types.index("forecast"), full)]))
    for name, v, against in pairs:
        for row in rec["rows"]:
            vals = row["values"]
            (a, b), others = against[0], against[1:]
            if vals[v] is None or vals[a] is None or vals[b] is None:
                continue  # (the figures it is checked against first not all printed: nothing to check)
            expects = [vals[a] - vals[b]] + [vals[x] - vals[y] for x, y in others
                                             if vals[x] is not None and vals[y] is not None]
            if all(abs(e - vals[v]) > 1.0 and abs(-e - vals[v]) > 1.0 for e in expects):
                out.append({"check": name, "row": row["label"], "printed": vals[v], "computed": expects[0]})
    return out


def check_totals(rec: dict[str, Any]) -> list[dict[str, Any]]:
    """A printed total against the rows above it: it must equal the sum of the
    rows since the previous total (or of the last few of them, for nested
    subtotals), within rounding; otherwise the row is flagged."""
    out = []
    block: list[dict[str, Any]] = []
    for row in rec["rows"]:
        if not _TOTAL.search(row["label"]):
            block.append(row)
            continue
        if len(block) >= 2:
            for k, printed in enumerate(row["values"]):
                if printed is None or rec["column_types"][k] == "percent":
                    continue
                vals = [b["values"][k] or 0 for b in block]
                sums = [sum(vals[-n:]) for n in range(2, len(vals) + 1)]
                if not any(abs(s - printed) <= _tol(vals[-n:]) for n, s in enumerate(sums, start=2)):
                    out.append({"check": "total", "row": row["label"], "column": rec["columns"][k],
                                "printed": printed, "computed": round(sums[-1], 2)})
        block = []
    return out
