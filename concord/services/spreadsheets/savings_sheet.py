"""The Savings and Collaboration spend sheets: the savings and benefits register, a row a saving, and
what each force spent on an alliance's collaboration in a year.

A saving is known by its alliance, force (empty: the alliance as a whole), period and description;
one the register holds as it is stays as it is, one whose delivered figure alone differs has it
recorded (`savings.deliver`), and one that differs otherwise is reported (an import does not rewrite
a saving). A spend set again is replaced. The shortfall is computed: exported, never read back.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from concord.domain.errors import DomainError
from concord.domain.mtfp import fy
from concord.services import savings
from concord.store import finance_lookups as lookups
from concord.services.context import Context
from concord.services.spreadsheets import registers, rows
from concord.services.spreadsheets.rows import Plan, folded
from concord.services.spreadsheets.spec import Column, Loaded, Sheet, SheetSpec, register, year_label

ALLIANCE = Column("Alliance", "alliance", aliases=("consortium",), help="the alliance's id, e.g. bch")
SAVING_COLUMNS = (
    ALLIANCE,
    Column("Force", "force", required=False, help="a member force's id; empty for the alliance as a whole"),
    Column("Period", "period", help="a financial year (2017/18) or a run of them (2017/18-2019/20)"),
    Column("Project", "project", required=False, help="a project's id in the register"),
    Column("Function", "function", required=False, help="a collaborated function of the alliance"),
    Column("Saving", "description", aliases=("description",)),
    Column("Cashable", "cashable", "bool", required=False, help="yes (the default) or no"),
    Column("Owner", "owner", required=False), Column("Measure", "measure", required=False),
    Column("Baseline", "baseline", "money", required=False), Column("Target", "target", "money", required=False),
    Column("Due date", "due_on", "date", required=False),
    Column("Predicted", "predicted", "money", required=False), Column("Delivered", "delivered", "money", required=False),
    Column("Shortfall", "shortfall", "money", required=False, computed=True),
)
SPEND_COLUMNS = (
    ALLIANCE, Column("Force", "force"), Column("Year", "year", "year"),
    Column("Amount", "amount", "money", aliases=("spend", "collaboration spend")),
    Column("Note", "note", required=False),
    Column("Savings predicted", "predicted", "money", required=False, computed=True),
    Column("Savings delivered", "delivered", "money", required=False, computed=True),
)
_SAME = ("project", "function", "cashable", "owner", "measure", "baseline", "target", "due_on", "predicted")


def _key(alliance: Any, force: Any, period: Any, description: Any) -> tuple[str, ...]:
    return (folded(alliance), folded(force), folded(period), folded(description))


def _known(ctx: Context, sheet: Sheet, r: Any, cache: dict[str, bool], problems: list) -> bool:
    slug = folded(r.values["alliance"])
    if slug not in cache:
        try:
            lookups.alliance(ctx.session, slug)
            cache[slug] = True
        except DomainError as e:
            cache[slug] = False
            problems.append(rows.refusal(sheet, r, e))
    return cache[slug]


def load_savings(ctx: Context, sheet: Sheet, write: bool) -> Loaded:
    problems = rows.missing(sheet, ("alliance", "period", "description"))
    done = rows.complete(sheet, ("alliance", "period", "description"))
    key = lambda r: _key(r.values["alliance"], r.values.get("force"), r.values["period"], r.values["description"])  # noqa: E731
    problems += rows.twice(sheet, done, key, "description", "one saving of an alliance, force and period")
    have = {_key(x.alliance, x.force, x.period, x.description): x for x in savings.register(ctx).lines}
    alliances: dict[str, bool] = {}
    plans = []
    for r in done:
        v = dict(r.values)
        if not _known(ctx, sheet, r, alliances, problems):
            continue
        v["cashable"] = True if v.get("cashable") is None else v["cashable"]
        if v.get("predicted") is None and v.get("delivered") is None:
            problems.append(sheet.problem(r, "predicted", "is missing: give the saving predicted, or delivered, or both"))
            continue
        what = f"{sheet.name}: {folded(v['alliance'])} {v.get('force') or '(alliance)'} {v['period']} {v['description']}"
        found = have.get(key(r))
        args: dict[str, Any] = {f: v.get(f) for f in ("predicted", "delivered", "force", "project", "function", "cashable", "owner",
                                      "measure", "baseline", "target", "due_on")}
        if found is None:
            plans.append(Plan(r, what, "added", partial(savings.add_saving, ctx, folded(v["alliance"]), v["description"], v["period"], **args)))
            continue
        mine = {**args, "project": folded(args["project"]) or None, "function": folded(args["function"]) or None}
        theirs = {f: getattr(found, f) for f in _SAME}
        theirs |= {"project": folded(found.project) or None, "function": folded(found.function) or None}
        differs = [f for f in _SAME if mine[f] != theirs[f]]
        if differs:
            problems.append(sheet.problem(r, differs[0], "differs from the saving in the register, which an import "
                                          "does not change (only what it delivered)"))
        elif v.get("delivered") != found.delivered and v.get("delivered") is not None:
            plans.append(Plan(r, what, "delivered", partial(savings.deliver, ctx, found.id, v["delivered"], found.version)))
        else:
            plans.append(Plan(r, what, "", None))
    return rows.carry_out(sheet, plans, problems, write)


def load_spend(ctx: Context, sheet: Sheet, write: bool) -> Loaded:
    fields = ("alliance", "force", "year", "amount")
    problems = rows.missing(sheet, fields)
    done = rows.complete(sheet, fields)
    problems += rows.twice(sheet, done, lambda r: (folded(r.values["alliance"]), folded(r.values["force"]),
                                                   r.values["year"]), "year", "a force's spend on an alliance a year")
    have = {(x.alliance, x.force, x.year): x for x in registers.collaboration_spend(ctx)}
    alliances: dict[str, bool] = {}
    plans = []
    for r in done:
        v = r.values
        if not _known(ctx, sheet, r, alliances, problems):
            continue
        alliance, force = folded(v["alliance"]), str(v["force"]).strip().lower()
        found = have.get((alliance, force, v["year"]))
        same = found is not None and found.amount == v["amount"] and (found.note or None) == (v.get("note") or None)
        plans.append(Plan(r, f"{sheet.name}: {alliance} {force} {year_label(v['year'])}", "set",
                          None if same else partial(savings.add_spend, ctx, alliance, force, v["year"], v["amount"], v.get("note"))))
    return rows.carry_out(sheet, plans, problems, write, {"member": "force"})


def dump_savings(ctx: Context, year: int | None, _month: int | None) -> list[dict[str, Any]]:
    out = []
    for x in savings.register(ctx).lines:
        if year is not None and fy(year) not in x.period and not x.period.startswith(str(year)):
            continue
        out.append({"alliance": x.alliance, "force": x.force, "period": x.period, "project": x.project,
                    "function": x.function, "description": x.description, "cashable": x.cashable, "owner": x.owner,
                    "measure": x.measure, "baseline": x.baseline, "target": x.target, "due_on": x.due_on,
                    "predicted": x.predicted, "delivered": x.delivered,
                    "shortfall": (x.predicted or 0) - (x.delivered or 0) if x.predicted is not None else None})
    return out


def dump_spend(ctx: Context, year: int | None, _month: int | None) -> list[dict[str, Any]]:
    beside = {(s.force, s.year): s for s in savings.register(ctx).spend}
    out = []
    for x in registers.collaboration_spend(ctx):
        if year is not None and x.year != year:
            continue
        b = beside.get((x.force, fy(x.year)))
        out.append({"alliance": x.alliance, "force": x.force, "year": year_label(x.year), "amount": x.amount,
                    "note": x.note, "predicted": b.predicted if b else None, "delivered": b.delivered if b else None})
    return out


SAVINGS = register(SheetSpec(
    key="savings", name="Savings", columns=SAVING_COLUMNS, load=load_savings, dump=dump_savings,
    about="Savings and benefits: a row a saving, predicted against delivered, per project or function, per force "
          "(empty: the alliance as a whole) and period; the shortfall is computed by Concord (not read back).",
    widths={"description": 44, "owner": 30, "measure": 36}), template="savings")
SPEND = register(SheetSpec(
    key="collaboration-spend", name="Collaboration spend", columns=SPEND_COLUMNS, load=load_spend, dump=dump_spend,
    about="Collaboration spend: what a force spent on an alliance's collaboration in a year, beside the savings "
          "it predicted and delivered that year (computed by Concord, not read back).", widths={"note": 44}),
    template="savings")
