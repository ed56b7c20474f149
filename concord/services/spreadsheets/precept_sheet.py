"""The precept sheets: each year's referendum limit (a setting), each body's precept of a year (Band D
and tax base), and the dates of its precept timetable.

A row the register holds as it is stays as it is; otherwise it is set through
`concord.services.precept` (a limit, a precept or a date set again is replaced). The precept
(Band D × tax base) and the rise on the year before are computed: exported, never read back.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from concord.domain import precept as rules
from concord.domain.errors import DomainError
from concord.services import precept
from concord.services.context import Context
from concord.services.spreadsheets import registers, rows
from concord.services.spreadsheets.capital_programme_sheet import BODY, YEAR, _slug
from concord.services.spreadsheets.rows import Plan, folded
from concord.services.spreadsheets.spec import Column, Loaded, Sheet, SheetSpec, register, year_label

LIMIT_COLUMNS = (
    YEAR, Column("Percent", "percent", "percent", required=False, help="the most a Band D may rise, in %"),
    Column("Pounds", "pounds", "money", required=False, help="or in pounds (the greater of the two applies)"),
)
PRECEPT_COLUMNS = (
    BODY, YEAR, Column("Band D", "band_d", "money"),
    Column("Tax base", "tax_base", "decimal", help="Band D equivalent properties"),
    Column("Precept", "precept", "money", required=False, computed=True),
    Column("Rise on the year before %", "increase_percent", "percent", required=False, computed=True),
)
DATE_COLUMNS = (BODY, YEAR, Column("Event", "event"), Column("Date", "falls_on", "date", aliases=("on",)))


def load_limits(ctx: Context, sheet: Sheet, write: bool) -> Loaded:
    problems = rows.missing(sheet, ("year",))
    done = rows.complete(sheet, ("year",))
    problems += rows.twice(sheet, done, lambda r: (r.values["year"],), "year", "a year has one referendum limit")
    have = {x.year: x for x in registers.referendum_limits(ctx)}
    plans = []
    for r in done:
        v = r.values
        if v.get("percent") is None and v.get("pounds") is None:
            problems.append(sheet.problem(r, "percent", "is missing: give a percentage, a sum in pounds, or both"))
            continue
        found = have.get(v["year"])
        same = found is not None and found.percent == v.get("percent") and found.pounds == v.get("pounds")
        plans.append(Plan(r, f"{sheet.name}: {year_label(v['year'])}", "set", None if same else
                          partial(precept.set_limit, ctx, v["year"], v.get("percent"), v.get("pounds"))))
    return rows.carry_out(sheet, plans, problems, write)


def load_precepts(ctx: Context, sheet: Sheet, write: bool) -> Loaded:
    fields = ("body", "year", "band_d", "tax_base")
    problems = rows.missing(sheet, fields)
    done = rows.complete(sheet, fields)
    problems += rows.twice(sheet, done, lambda r: (folded(r.values["body"]), r.values["year"]), "year",
                           "a body has one precept a year")
    have = {(x.body, x.year): x for x in registers.precepts(ctx)}
    plans = []
    for r in done:
        v = r.values
        body = _slug(ctx, sheet, r, problems)
        if body is None:
            continue
        try:
            rules.precept(v["band_d"], v["tax_base"])
        except DomainError as e:
            problems.append(rows.refusal(sheet, r, e))
            continue
        found = have.get((body, v["year"]))
        same = found is not None and found.band_d == v["band_d"] and found.tax_base == v["tax_base"]
        plans.append(Plan(r, f"{sheet.name}: {body} {year_label(v['year'])}", "set", None if same else
                          partial(precept.set_precept, ctx, body, v["year"], v["band_d"], v["tax_base"])))
    return rows.carry_out(sheet, plans, problems, write)


def load_dates(ctx: Context, sheet: Sheet, write: bool) -> Loaded:
    fields = ("body", "year", "event", "falls_on")
    problems = rows.missing(sheet, fields)
    done = rows.complete(sheet, fields)
    problems += rows.twice(sheet, done, lambda r: (folded(r.values["body"]), r.values["year"],
                                                   folded(r.values["event"])), "event",
                           "one date of an event in a body's timetable of a year")
    have = {(x.body, x.year, folded(x.event)): x for x in registers.precept_dates(ctx)}
    plans = []
    for r in done:
        v = r.values
        body = _slug(ctx, sheet, r, problems)
        if body is None:
            continue
        found = have.get((body, v["year"], folded(v["event"])))
        plans.append(Plan(r, f"{sheet.name}: {body} {year_label(v['year'])} {v['event']}", "set",
                          None if found is not None and found.falls_on == v["falls_on"] else
                          partial(precept.add_date, ctx, body, v["year"], v["event"], v["falls_on"])))
    return rows.carry_out(sheet, plans, problems, write, {"on": "falls_on"})


def dump_limits(ctx: Context, year: int | None, _month: int | None) -> list[dict[str, Any]]:
    return [{"year": year_label(x.year), "percent": x.percent, "pounds": x.pounds}
            for x in registers.referendum_limits(ctx) if year is None or x.year == year]


def dump_precepts(ctx: Context, year: int | None, _month: int | None) -> list[dict[str, Any]]:
    out = []
    for x in registers.precepts(ctx):
        if year is not None and x.year != year:
            continue
        view = precept.precept(ctx, x.body, x.year)
        out.append({"body": x.body, "year": year_label(x.year), "band_d": x.band_d, "tax_base": x.tax_base,
                    "precept": view.precept, "increase_percent": view.increase_percent})
    return out


def dump_dates(ctx: Context, year: int | None, _month: int | None) -> list[dict[str, Any]]:
    return [{"body": x.body, "year": year_label(x.year), "event": x.event, "falls_on": x.falls_on}
            for x in registers.precept_dates(ctx) if year is None or x.year == year]




LIMITS = register(SheetSpec(
    key="referendum-limits", name="Referendum limits", columns=LIMIT_COLUMNS, load=load_limits, dump=dump_limits,
    about="Referendum limits: a row a year's limit on a Band D rise (a percentage, pounds, or both: the greater "
          "applies)."), template="mtfp")
PRECEPTS = register(SheetSpec(
    key="precepts", name="Precepts", columns=PRECEPT_COLUMNS, load=load_precepts, dump=dump_precepts,
    about="Precepts: a row a body's Band D and tax base of a year; the precept and the rise on the year before "
          "are computed by Concord (not read back)."), template="mtfp")
DATES = register(SheetSpec(
    key="precept-dates", name="Precept dates", columns=DATE_COLUMNS, load=load_dates, dump=dump_dates,
    about="Precept dates: a row a date of a body's precept timetable of a year.", widths={"event": 44}),
    template="mtfp")
