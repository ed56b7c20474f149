"""The MTFP sheets: scenarios (a base year's budget) and their assumptions, a row a year.

Importing a scenario the register does not have adds it; one it has with the same base figures is
left as it is; one with other base figures is reported (changing a scenario's base year is not a
service yet: add a scenario under a new name). Each year's assumptions are set in year order, and a
year whose assumptions are already those of the sheet is left as it is. Net revenue expenditure,
financing and the gap are computed (`concord.domain.mtfp`): exported, never read back.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from concord.domain import mtfp as plan
from concord.domain.errors import DomainError
from concord.services import mtfp
from concord.services.context import Context
from concord.services.spreadsheets.spec import (
    Column, Loaded, Problem, Sheet, SheetSpec, group_rows, register, year_label,
)

BASE = ("officer_pay", "staff_pay", "energy", "other_costs", "grant", "tax_base", "band_d", "other_financing")
SCENARIO_COLUMNS = (
    Column("Body", "body"),
    Column("Scenario", "name"),
    Column("Base year", "base_year", "year"),
    Column("Officer pay", "officer_pay", "money"),
    Column("Staff pay", "staff_pay", "money"),
    Column("Energy", "energy", "money"),
    Column("Other costs", "other_costs", "money"),
    Column("Grant", "grant", "money"),
    Column("Tax base", "tax_base", "decimal", help="Band D equivalent properties"),
    Column("Band D", "band_d", "money"),
    Column("Other financing", "other_financing", "money", required=False),
    Column("Marking", "marking", required=False),
)
RATES = mtfp.RATES
ASSUMPTION_COLUMNS = (
    Column("Body", "body"),
    Column("Scenario", "name"),
    Column("Year", "year", "year"),
    *(Column(f"{r.replace('_', ' ').capitalize()} %", r, "percent", aliases=(r.replace("_", " "),)) for r in RATES),
    Column("Savings", "savings", "money", required=False),
    Column("Net revenue expenditure", "net_revenue_expenditure", "money", required=False, computed=True),
    Column("Financing", "financing", "money", required=False, computed=True),
    Column("Gap (cumulative)", "gap", "money", required=False, computed=True),
)


def _or_zero(value: Any) -> Decimal:
    return Decimal(0) if value is None else Decimal(value)


def _base(values: dict[str, Any]) -> dict[str, Decimal]:
    """A scenario's base figures from a row (an empty figure is nought)."""
    return {f: _or_zero(values.get(f)) for f in BASE}


def _existing(ctx: Context, body: str, name: str) -> mtfp.Scenario | None:
    try:
        return mtfp.scenario(ctx, body, name)
    except DomainError:
        return None


def load_scenarios(ctx: Context, sheet: Sheet, write: bool) -> Loaded:
    problems: list[Problem] = []
    done: list[str] = []
    for r in sheet.rows:
        v: dict[str, Any] = r.values
        missing = [c.field for c in SCENARIO_COLUMNS if c.required and v.get(c.field) is None]
        if missing:
            problems.extend(sheet.problem(r, f, "is missing") for f in missing)
            continue
        try:
            plan.BaseYear(year=v["base_year"], **_base(v))  # type: ignore[arg-type]
        except DomainError as e:
            problems.append(sheet.problem(r, e.field if e.field in BASE else None, e.reason))
            continue
        found = _existing(ctx, v["body"], v["name"])
        what = f"{sheet.name}: {v['body']}/{v['name']}"
        if found is not None:
            base = found.plan[0]
            differs = [f for f in BASE if Decimal(getattr(base, f)) != Decimal(v.get(f) or 0)]
            if base.year != v["base_year"] or differs:
                problems.append(sheet.problem(r, differs[0] if differs else "base_year",
                                              "differs from the scenario in the register; changing a scenario's "
                                              "base year is not supported: add it under a new name"))
            else:
                done.append(f"{what}: unchanged")
            continue
        if write and not problems:
            mtfp.add_scenario(ctx, mtfp.NewScenario(body=v["body"], name=v["name"], base_year=v["base_year"],
                                                    marking=v.get("marking") or "OFFICIAL",
                                                    **_base(v)))
            done.append(f"{what}: added")
        else:
            done.append(f"{what}: would be added")
    return Loaded(tuple(problems), () if problems else tuple(done))


def load_assumptions(ctx: Context, sheet: Sheet, write: bool) -> Loaded:
    problems: list[Problem] = []
    done: list[str] = []
    groups = group_rows([r for r in sheet.rows if r.values.get("body") and r.values.get("name")], ("body", "name"))
    for r in sheet.rows:
        for f in ("body", "name", "year"):
            if r.values.get(f) is None:
                problems.append(sheet.problem(r, f, "is missing"))
    for (body, name), rows in groups.items():
        rows = sorted((r for r in rows if r.values.get("year") is not None), key=lambda r: r.values["year"])
        found = _existing(ctx, body, name)
        for r in rows:
            rates = {k: _or_zero(r.values.get(k)) for k in RATES}
            try:
                plan.Assumptions(**{k: Decimal(p) / 100 for k, p in rates.items()})
            except DomainError as e:
                problems.append(sheet.problem(r, e.field, e.reason))
                continue
            same = found is not None and {k: Decimal(v) for k, v in found.assumptions.get(r.values["year"], {}).items()} \
                == {k: Decimal(v) for k, v in rates.items()} and _savings(found, r.values["year"]) == \
                (r.values.get("savings") or Decimal(0))
            what = f"{sheet.name}: {body}/{name} {year_label(r.values['year'])}"
            if same:
                done.append(f"{what}: unchanged")
            elif write and not problems:
                try:
                    found = mtfp.assume(ctx, body, name, r.values["year"], rates, r.values.get("savings"))
                except DomainError as e:
                    problems.append(sheet.problem(r, e.field if e.field in RATES + ("year", "savings") else None,
                                                  e.reason))
                    continue
                done.append(f"{what}: set")
            else:
                done.append(f"{what}: would be set")
    return Loaded(tuple(problems), () if problems else tuple(done))


def _savings(found: mtfp.Scenario, year: int) -> Decimal:
    before = sum((Decimal(y.savings) for y in found.plan if y.year == year - 1), Decimal(0))
    now = sum((Decimal(y.savings) for y in found.plan if y.year == year), Decimal(0))
    return now - before if year - 1 in {y.year for y in found.plan} else now


def _all(ctx: Context, year: int | None) -> list[mtfp.Scenario]:
    out = []
    for s in mtfp.scenarios(ctx):
        last = s.years[-1] if s.years else s.base_year
        if year is None or s.base_year <= year <= last:
            out.append(mtfp.scenario(ctx, s.body, s.name))
    return out


def dump_scenarios(ctx: Context, year: int | None, _month: int | None) -> list[dict[str, Any]]:
    return [{"body": s.body, "name": s.name, "base_year": year_label(s.plan[0].year), "marking": s.marking,
             **{f: getattr(s.plan[0], f) for f in BASE}} for s in _all(ctx, year)]


def dump_assumptions(ctx: Context, year: int | None, _month: int | None) -> list[dict[str, Any]]:
    out = []
    for s in _all(ctx, year):
        for y in s.plan[1:]:
            out.append({"body": s.body, "name": s.name, "year": year_label(y.year),
                        **{k: v for k, v in s.assumptions.get(y.year, {}).items()}, "savings": _savings(s, y.year),
                        "net_revenue_expenditure": y.net_revenue_expenditure, "financing": y.financing, "gap": y.gap})
    return out


SCENARIOS = register(SheetSpec(
    key="mtfp-scenarios", name="MTFP scenarios", columns=SCENARIO_COLUMNS, load=load_scenarios,
    dump=dump_scenarios, about="MTFP scenarios: a row a scenario, its base year's budget in pounds."),
    template="mtfp")
ASSUMPTIONS = register(SheetSpec(
    key="mtfp-assumptions", name="MTFP assumptions", columns=ASSUMPTION_COLUMNS, load=load_assumptions,
    dump=dump_assumptions, about="MTFP assumptions: a row a scenario's year after its base year, percentages as "
                                 "printed (1.99 is 1.99 %); net revenue expenditure, financing and the gap are "
                                 "computed by Concord (not read back)."), template="mtfp")
