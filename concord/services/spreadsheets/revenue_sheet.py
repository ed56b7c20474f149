"""The Revenue sheet: monitoring statements, one row a line, a statement per body, year and month.

Rows of the same body, year and month make one statement, in the order of the sheet; importing
it replaces that month's statement (a month imported again unchanged stays as it was, version and
all). Variance and forecast variance are Concord's to compute (rule 9): exported, never read back.
The months of a body's year in one sheet must follow one another: a gap is reported.
"""

from __future__ import annotations

from typing import Any

from concord.domain import monitoring as mon
from concord.services import revenue
from concord.services import revenue_recording as recording
from concord.services.context import Context
from concord.services.spreadsheets.spec import Column, Loaded, Sheet, SheetSpec, group_rows, register, year_label

COLUMNS = (
    Column("Body", "body", help="the policing body: its force's id, e.g. cambridgeshire"),
    Column("Year", "year", "year", help="the financial year, e.g. 2016/17"),
    Column("Month", "month", "month", help="1 (April) to 12 (March)"),
    Column("Group", "group", help="employees, pensions, premises, transport, supplies, income, collaboration, "
                                  "holding (or their titles); empty on the statement's total"),
    Column("Heading", "heading", required=False, help="the heading within the group, e.g. a portfolio"),
    Column("Line", "label", aliases=("label", "description", "category")),
    Column("Total", "is_total", "bool", required=False, help="yes on a printed total row"),
    Column("Full-year budget", "full_year_budget", "money", aliases=("budget", "annual budget", "ofyb", "fyb")),
    Column("YTD budget", "ytd_budget", "money", aliases=("year to date budget", "ytdb", "budget to date")),
    Column("Actual", "actual", "money", aliases=("ytd actual", "actual to date")),
    Column("Variance", "variance", "money", required=False, computed=True),
    Column("Full-year forecast", "forecast", "money", aliases=("forecast", "forecast outturn", "outturn")),
    Column("Forecast variance", "forecast_variance", "money", required=False, computed=True,
           aliases=("full year forecast variance",)),
    Column("Function", "function", required=False, help="a collaborated function of the register"),
    Column("Agreement", "agreement", required=False, help="an agreement's slug, e.g. bch-ict"),
    Column("Unit", "unit", required=False, help="GBP (the default), GBP_thousands or GBP_millions: how the "
                                                "statement was printed, for the rounding of its totals"),
    Column("Statement", "title", required=False, help="the statement's title"),
    Column("Marking", "marking", required=False),
)
_KEY = ("body", "year", "month")
_STATEMENT = ("unit", "title", "marking")


_CHECKED = "concord_revenue_sheet_checked"


def load(ctx: Context, sheet: Sheet, write: bool) -> Loaded:
    checked = ctx.session.info.setdefault(_CHECKED, {}).pop(id(sheet), None)
    if write and checked is not None and checked[0] is sheet:  # checked just now in this unit of work: write those
        return _done(sheet, checked[1], recording.record_months(ctx, checked[1]))
    problems = []
    for r in sheet.rows:
        for f in ("body", "year", "month", "label"):
            if r.values.get(f) is None and f in sheet.letters and r.shown.get(f, "") == "":
                why = "is missing: every row names its month" if f == "month" else "is missing"
                problems.append(sheet.problem(r, f, why))
    months = group_rows([r for r in sheet.rows if all(r.values.get(f) is not None for f in _KEY)], _KEY)
    by_year: dict[tuple, dict[int, Any]] = {}
    for (body, year, month), rows in months.items():
        by_year.setdefault((str(body).lower(), year), {})[month] = rows[0]
    for (body, year), firsts in by_year.items():
        for gap in mon.missing_months(firsts):
            after = firsts[min(m for m in firsts if m > gap)]
            problems.append(sheet.problem(after, "month", f"month {gap} of {year_label(year)} for {body} is missing "
                                          "between the months of this sheet", value=str(gap)))
    statements = []
    for (body, year, month), rows in months.items():
        new, mine = _statement(sheet, str(body), year, month, rows)
        problems.extend(mine)
        if new is None:
            continue
        if not write:  # when writing, record_months checks each statement unless it was checked just now
            for p in recording.check_month(ctx, new):
                row = rows[0] if p.index is None else rows[p.index]
                problems.append(sheet.problem(row, _field(p.field), p.reason, value=_shown(p.value)))
        statements.append(new)
    if problems:
        return Loaded(problems=tuple(problems))
    if not write:  # the import writes next, in the same unit of work: these statements, as checked
        ctx.session.info[_CHECKED][id(sheet)] = (sheet, statements)
    return _done(sheet, statements, recording.record_months(ctx, statements) if write else [None] * len(statements))


def _done(sheet: Sheet, statements: list, recorded: list) -> Loaded:
    done = []
    for new, rec in zip(statements, recorded):
        what = f"{sheet.name}: {new.body} {year_label(new.year)} month {new.month}, {len(new.lines)} lines"
        if rec is None:
            done.append(f"{what}: would be recorded")
        else:
            done.append(f"{what}: {'recorded' if rec.changed else 'unchanged'} (version {rec.summary.version})")
    return Loaded(done=tuple(done))


def _field(name: str) -> str | None:
    """The sheet's field for a field the service names (None: the statement as a whole)."""
    return name if name in {c.field for c in COLUMNS} else None


def _shown(value: Any) -> str:
    return "" if value is None else str(value)


def _statement(sheet: Sheet, body: str, year: int, month: int, rows: list) -> tuple[recording.MonthIn | None, list]:
    problems = []
    statement: dict[str, Any] = {}
    for f in _STATEMENT:
        values = {r.values.get(f) for r in rows if r.values.get(f) is not None}
        if len(values) > 1:
            problems.append(sheet.problem(rows[0], f, f"differs between the rows of {body} {year_label(year)} month "
                                          f"{month}: one statement has one {f}"))
        statement[f] = next(iter(values), None)
    lines = tuple(recording.LineIn(
        label=str(r.values.get("label") or ""), group=r.values.get("group"), heading=r.values.get("heading"),
        full_year_budget=r.values.get("full_year_budget"), ytd_budget=r.values.get("ytd_budget"),
        actual=r.values.get("actual"), forecast=r.values.get("forecast"), is_total=bool(r.values.get("is_total")),
        function=r.values.get("function"), agreement=r.values.get("agreement")) for r in rows)
    new = recording.MonthIn(body=body, year=year, month=month, lines=lines, unit=statement["unit"] or "GBP",
                          title=statement["title"], marking=statement["marking"] or "OFFICIAL")
    return (None if problems else new), problems


def dump(ctx: Context, year: int | None, month: int | None) -> list[dict[str, Any]]:
    out = []
    for s in revenue.months(ctx, None, year):
        if month is not None and s.month != month:
            continue
        st = revenue.statement(ctx, s.body, s.year, s.month)
        for v in st.lines:
            ln = v.line
            f = ln.figures
            out.append({"body": s.body, "year": year_label(s.year), "month": s.month,
                        "group": ln.group.value if ln.group else None, "heading": ln.heading, "label": ln.label,
                        "is_total": ln.is_total, "full_year_budget": f.full_year_budget, "ytd_budget": f.ytd_budget,
                        "actual": f.actual, "variance": None if ln.is_total else f.variance, "forecast": f.forecast,
                        "forecast_variance": None if ln.is_total else f.forecast_variance,
                        "function": ln.function, "agreement": ln.agreement, "unit": st.unit, "title": s.title,
                        "marking": s.marking})
    return out


SPEC = register(SheetSpec(
    key="revenue", name="Revenue", columns=COLUMNS, load=load, dump=dump,
    about="Revenue budget monitoring: a row a line; the rows of a body, year and month are that month's "
          "statement. Variance and forecast variance are computed by Concord (not read back).",
    widths={"label": 44, "heading": 28, "group": 14, "title": 40, "function": 28}), template="revenue")
