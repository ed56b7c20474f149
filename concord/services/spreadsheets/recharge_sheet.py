"""The shared costs and usage recharge sheets (rule 8): an alliance's shared costs of a year, its fleet
profiles with their monthly rates, and the vehicles of a profile each member had on fleet in a month.

A cost or a profile the register holds as it is stays as it is; one that differs is reported (an
import does not rewrite them); a new one is added. Usage recorded again is replaced. The months of
a member's usage of a profile must follow one another: a gap is reported. Each month's rate, amount
and invoice date (monthly in arrears) are computed: exported, never read back.
"""

from __future__ import annotations

from functools import partial
import datetime as dt
import re
from typing import Any

from concord.domain import recharge
from concord.services import recharges
from concord.services.context import Context
from concord.services.spreadsheets import registers, rows
from concord.services.spreadsheets.rows import Plan, folded
from concord.services.spreadsheets.savings_sheet import ALLIANCE
from concord.services.spreadsheets.spec import Column, Loaded, Sheet, SheetSpec, register, year_label

COST_COLUMNS = (
    ALLIANCE, Column("Year", "year", "year"), Column("Cost", "label", aliases=("label",)),
    Column("Consultancy allowance", "allowance", "bool", required=False,
           help="yes for the annual consultancy allowance, kept as its own figure"),
    Column("Amount", "amount", "money"),
)
PROFILE_COLUMNS = (ALLIANCE, Column("Profile", "name"), Column("Monthly rate", "rate", "money"))
USAGE_COLUMNS = (
    ALLIANCE, Column("Force", "force"), Column("Month", "month", help="the calendar month, YYYY-MM (2017-04)"),
    Column("Profile", "profile"), Column("Vehicles on fleet", "vehicles", "int", aliases=("vehicles",)),
    Column("Monthly rate", "rate", "money", required=False, computed=True),
    Column("Amount", "amount", "money", required=False, computed=True),
    Column("Invoice date", "invoiced_on", "date", required=False, computed=True),
)


def load_costs(ctx: Context, sheet: Sheet, write: bool) -> Loaded:
    fields = ("alliance", "year", "label", "amount")
    problems = rows.missing(sheet, fields)
    done = rows.complete(sheet, fields)
    problems += rows.twice(sheet, done, lambda r: (folded(r.values["alliance"]), r.values["year"],
                                                   folded(r.values["label"])), "label",
                           "one cost of a name in an alliance's year")
    have = {(c.alliance, c.year, folded(c.label)): c for c in registers.shared_costs(ctx)}
    plans = []
    for r in done:
        v = r.values
        alliance, allowance = folded(v["alliance"]), bool(v.get("allowance"))
        found = have.get((alliance, v["year"], folded(v["label"])))
        what = f"{sheet.name}: {alliance} {year_label(v['year'])} {v['label']}"
        if found is None:
            plans.append(Plan(r, what, "added", partial(recharges.add_cost, ctx, alliance, v["year"], v["label"], v["amount"], allowance)))
        elif found.amount != v["amount"] or found.consultancy_allowance != allowance:
            problems.append(sheet.problem(r, "amount" if found.amount != v["amount"] else "allowance",
                                          "differs from the shared cost in the register, which an import does not "
                                          "change"))
        else:
            plans.append(Plan(r, what, "", None))
    return rows.carry_out(sheet, plans, problems, write)


def load_profiles(ctx: Context, sheet: Sheet, write: bool) -> Loaded:
    fields = ("alliance", "name", "rate")
    problems = rows.missing(sheet, fields)
    done = rows.complete(sheet, fields)
    problems += rows.twice(sheet, done, lambda r: (folded(r.values["alliance"]), folded(r.values["name"])), "name",
                           "one profile of a name in an alliance")
    have = {(p.alliance, folded(p.name)): p for p in registers.fleet_profiles(ctx)}
    plans = []
    for r in done:
        v = r.values
        alliance = folded(v["alliance"])
        found = have.get((alliance, folded(v["name"])))
        what = f"{sheet.name}: {alliance} {v['name']}"
        if found is None:
            rows.adds(ctx).add(("profile", alliance, folded(v["name"])))
            plans.append(Plan(r, what, "added", partial(recharges.add_profile, ctx, alliance, v["name"], v["rate"])))
        elif found.monthly_rate != v["rate"]:
            problems.append(sheet.problem(r, "rate", "differs from the profile's rate in the register, which an "
                                          "import does not change"))
        else:
            plans.append(Plan(r, what, "", None))
    return rows.carry_out(sheet, plans, problems, write, {"profile": "name"})


def _month(value: Any) -> str | None:
    """YYYY-MM from text as typed, or from a date Excel made of it."""
    if isinstance(value, (dt.date, dt.datetime)):
        return f"{value.year:04d}-{value.month:02d}"
    found = re.fullmatch(r"\s*([0-9]{4})-([0-9]{1,2})(?:-01)?(?: 00:00:00)?\s*", str(value))
    return f"{found[1]}-{int(found[2]):02d}" if found and 1 <= int(found[2]) <= 12 else None


def _next(month: str) -> str:
    year, mon = int(month[:4]), int(month[5:])
    return f"{year + mon // 12:04d}-{mon % 12 + 1:02d}"


def load_usage(ctx: Context, sheet: Sheet, write: bool) -> Loaded:
    fields = ("alliance", "force", "month", "profile", "vehicles")
    problems = rows.missing(sheet, fields)
    plans = []
    good = []
    for r in rows.complete(sheet, fields):
        month = _month(r.values["month"])
        if month is None:
            problems.append(sheet.problem(r, "month", "is not a month as YYYY-MM, e.g. 2017-04"))
        else:
            good.append((r, month))
    key = {id(r): (folded(r.values["alliance"]), str(r.values["force"]).strip().lower(), folded(r.values["profile"]))
           for r, _m in good}
    problems += rows.twice(sheet, [r for r, _m in good], lambda r: (*key[id(r)], _month(r.values["month"])), "month",
                           "a member's vehicles of a profile in a month")
    series: dict[tuple, dict[str, Any]] = {}
    for r, month in good:
        series.setdefault(key[id(r)], {}).setdefault(month, r)
    for (alliance, force, profile), months in series.items():
        ordered = sorted(months)
        month = ordered[0]
        while month < ordered[-1]:
            month = _next(month)
            if month not in months:
                after = months[min(m for m in ordered if m > month)]
                problems.append(sheet.problem(after, "month", f"month {month} of {force}'s {profile} usage is missing "
                                              "between the months of this sheet", value=month))
    profiles = {(p.alliance, folded(p.name)) for p in registers.fleet_profiles(ctx)}
    have = {(u.alliance, u.force, folded(u.profile), u.month): u.vehicles for u in registers.fleet_usage(ctx)}
    for r, month in good:
        alliance, force, profile = key[id(r)]
        if (alliance, profile) not in profiles and ("profile", alliance, profile) not in rows.adds(ctx):
            problems.append(sheet.problem(r, "profile", f"is not a fleet profile of {alliance}: add it on the Fleet "
                                          "profiles sheet"))
            continue
        same = have.get((alliance, force, profile, month)) == r.values["vehicles"]
        plans.append(Plan(r, f"{sheet.name}: {alliance} {force} {month} {r.values['profile']}", "recorded",
                          None if same else partial(recharges.record_usage, ctx, alliance, str(r.values["profile"]).strip(), force,
                                                       month, r.values["vehicles"])))
    return rows.carry_out(sheet, plans, problems, write, {"member": "force"})


def dump_costs(ctx: Context, year: int | None, _month: int | None) -> list[dict[str, Any]]:
    return [{"alliance": c.alliance, "year": year_label(c.year), "label": c.label,
             "allowance": c.consultancy_allowance, "amount": c.amount}
            for c in registers.shared_costs(ctx) if year is None or c.year == year]


def dump_profiles(ctx: Context, _year: int | None, _month: int | None) -> list[dict[str, Any]]:
    return [{"alliance": p.alliance, "name": p.name, "rate": p.monthly_rate} for p in registers.fleet_profiles(ctx)]


def _in(month: str, year: int | None, fmonth: int | None) -> bool:
    first = recharge.month_bounds(month)[0]
    fy = first.year if first.month >= 4 else first.year - 1
    return (year is None or fy == year) and (fmonth is None or (first.month - 4) % 12 + 1 == fmonth)


def dump_usage(ctx: Context, year: int | None, month: int | None) -> list[dict[str, Any]]:
    out = []
    for u in registers.fleet_usage(ctx):
        if not _in(u.month, year, month):
            continue
        invoice = next(iter(recharge.monthly_recharge(u.month, {u.force: u.vehicles}, u.monthly_rate)), None)
        out.append({"alliance": u.alliance, "force": u.force, "month": u.month, "profile": u.profile,
                    "vehicles": u.vehicles, "rate": u.monthly_rate, "amount": invoice.amount if invoice else 0,
                    "invoiced_on": recharge.invoice_date(u.month)})
    return out




COSTS = register(SheetSpec(
    key="shared-costs", name="Shared costs", columns=COST_COLUMNS, load=load_costs, dump=dump_costs,
    about="Shared costs: a row a cost an alliance shares among its members in a year by their share of NRE "
          "(rule 6); the annual consultancy allowance is its own row.", widths={"label": 36}), template="recharge")
PROFILES = register(SheetSpec(
    key="fleet-profiles", name="Fleet profiles", columns=PROFILE_COLUMNS, load=load_profiles, dump=dump_profiles,
    about="Fleet profiles: a row a kind of vehicle an alliance recharges, with its monthly rate a vehicle.",
    widths={"name": 30}), template="recharge")
USAGE = register(SheetSpec(
    key="fleet-usage", name="Fleet usage", columns=USAGE_COLUMNS, load=load_usage, dump=dump_usage,
    about="Fleet usage (rule 8): a row the vehicles of a profile a member had on fleet in a month, invoiced "
          "monthly in arrears; rate, amount and invoice date are computed by Concord (not read back).",
    widths={"profile": 30}), template="recharge")
