"""The Capital sheet: capital programme tables as printed, one row a scheme (or a printed total).

Rows of the same body, year, month and table make one table, in the order of the sheet. A scheme
number given twice in one table for the same scheme is reported (a scheme split into parts, as
CP16/07 is in the papers, keeps its number on each part under the part's own name). The revised
budget and the variance are computed (rule 9): exported, never read back.
"""

from __future__ import annotations

from typing import Any

from concord.services import capital_tables
from concord.services.context import Context
from concord.services.spreadsheets.spec import Column, Loaded, Sheet, SheetSpec, group_rows, register, year_label

COLUMNS = (
    Column("Body", "body"),
    Column("Year", "year", "year"),
    Column("Month", "month", "month", required=False),
    Column("Table", "title", help="the table's title, as printed"),
    Column("Section", "section", required=False),
    Column("Scheme number", "code", required=False, aliases=("scheme no", "code", "ref")),
    Column("Scheme", "name", aliases=("scheme name", "description")),
    Column("Total", "is_total", "bool", required=False),
    Column("Brought forward", "brought_forward", "money", aliases=("b/f", "b fwd", "slippage")),
    Column("Original programme", "original", "money", aliases=("original", "original budget")),
    Column("Amendments", "amendments", "money"),
    Column("Revised budget", "revised", "money", required=False, computed=True),
    Column("Actual", "actual", "money"),
    Column("Commitments", "commitments", "money"),
    Column("Variance", "variance", "money", required=False, computed=True),
    Column("Unit", "unit", required=False),
    Column("Marking", "marking", required=False),
)
_KEY = ("body", "year", "month", "title")


def load(ctx: Context, sheet: Sheet, write: bool) -> Loaded:
    problems = []
    for r in sheet.rows:
        for f in ("body", "year", "title", "name"):
            if r.values.get(f) is None and f in sheet.letters and r.shown.get(f, "") == "":
                problems.append(sheet.problem(r, f, "is missing"))
    tables = group_rows([r for r in sheet.rows if all(r.values.get(f) is not None for f in ("body", "year", "title"))],
                        _KEY)
    news = []
    for (body, year, month, title), rows in tables.items():
        seen: dict[tuple, int] = {}
        for r in rows:
            code = r.values.get("code")
            if code and not r.values.get("is_total"):
                key = (str(code).upper(), str(r.values.get("name") or "").casefold())
                if key in seen:
                    problems.append(sheet.problem(r, "code", f"is given twice in table '{title}' (also row {seen[key]})"))
                seen.setdefault(key, r.number)
        for f in ("unit", "marking"):
            if len({r.values.get(f) for r in rows}) > 1:
                problems.append(sheet.problem(rows[0], f, f"differs between the rows of table '{title}'"))
        news.append(capital_tables.TableIn(
            body=str(body), year=year, month=month, title=str(title), unit=rows[0].values.get("unit") or "GBP",
            marking=rows[0].values.get("marking") or "OFFICIAL",
            schemes=tuple(capital_tables.SchemeIn(
                name=str(r.values.get("name") or ""), code=r.values.get("code"), section=r.values.get("section"),
                is_total=bool(r.values.get("is_total")),
                **{f: r.values.get(f) for f in capital_tables.FIGURES}) for r in rows)))
    if problems:
        return Loaded(problems=tuple(problems))
    done = []
    for new in news:
        what = f"{sheet.name}: {new.body} {year_label(new.year)} '{new.title}', {len(new.schemes)} rows"
        if write:
            w = capital_tables.write_table(ctx, new)
            done.append(f"{what}: {'recorded' if w.changed else 'unchanged'} (version {w.table.version})")
        else:
            done.append(f"{what}: would be recorded")
    return Loaded(done=tuple(done))


def dump(ctx: Context, year: int | None, month: int | None) -> list[dict[str, Any]]:
    out = []
    for t in capital_tables.tables(ctx, year, month):
        for s in t.schemes:
            out.append({"body": t.body, "year": year_label(t.year) if t.year else None, "month": t.month,
                        "title": t.title, "section": s.section, "code": s.code, "name": s.name, "is_total": s.is_total,
                        **{f: getattr(s, f) for f in capital_tables.FIGURES},
                        "revised": None if s.is_total else s.revised, "variance": None if s.is_total else s.variance,
                        "unit": t.unit, "marking": t.marking})
    return out


SPEC = register(SheetSpec(
    key="capital", name="Capital", columns=COLUMNS, load=load, dump=dump,
    about="Capital programme: a row a scheme (or a printed total); the rows of a body, year, month and table are "
          "that table. Revised budget and variance are computed by Concord (not read back).",
    widths={"title": 44, "name": 40}), template="capital")
