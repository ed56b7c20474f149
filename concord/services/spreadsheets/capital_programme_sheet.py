"""The capital programme sheets: programmes, their schemes, their financing, and amendments (a row an
amendment's line), each body's programme of a year.

A row the register holds as it is stays as it is. A new programme, scheme, financing line or
amendment is added through `concord.services.capital`; a scheme's actual, commitments, forecast
and progress are updated; a proposed amendment the sheet gives as approved is approved by its
decision. What the services cannot change (a scheme's budget, a financing line's figures, an
approved amendment made proposed) is reported. A scheme number given twice for the same scheme is
reported (a number split into parts, as CP16/07 is in the papers, keeps it on each part under the
part's own name). Revised budgets, variance, % spent and slippage are computed: exported, never read.
"""

from __future__ import annotations

from functools import partial
import re
from decimal import Decimal
from typing import Any

from concord.domain.errors import DomainError
from concord.services import capital, capital_views
from concord.services.context import Context
from concord.store.finance_lookups import policing_body
from concord.services.spreadsheets import registers, rows
from concord.services.spreadsheets.rows import Plan, folded
from concord.services.spreadsheets.spec import Column, Loaded, Sheet, SheetSpec, register, year_label

BODY, YEAR = Column("Body", "body", help="the policing body: its force's id, e.g. cambridgeshire"), \
    Column("Year", "year", "year", help="the financial year, e.g. 2016/17")
PROGRAMME_COLUMNS = (
    BODY, YEAR, Column("Title", "title"),
    Column("Unit", "unit", required=False, help="GBP (the default), GBP_thousands or GBP_millions: how the "
                                                "programme was printed, for the rounding of its balance"),
    Column("Marking", "marking", required=False),
)
SCHEME_FIGURES = ("brought_forward", "original", "actual", "commitments")
SCHEME_COLUMNS = (
    BODY, YEAR, Column("Scheme number", "code", required=False, aliases=("scheme no", "code", "ref")),
    Column("Scheme", "name", aliases=("scheme name", "description")),
    Column("Category", "category", required=False),
    Column("Brought forward", "brought_forward", "money", aliases=("b/f", "b fwd", "slippage b/f")),
    Column("Original programme", "original", "money", aliases=("original", "original budget")),
    Column("Approved amendments", "approved_amendments", "money", required=False, computed=True),
    Column("Proposed amendments", "proposed_amendments", "money", required=False, computed=True),
    Column("Revised budget", "revised", "money", required=False, computed=True),
    Column("Actual", "actual", "money"),
    Column("Commitments", "commitments", "money"),
    Column("Variance", "variance", "money", required=False, computed=True),
    Column("% spent", "percent_spent", "percent", required=False, computed=True),
    Column("Forecast outturn", "forecast", "money", required=False, aliases=("forecast",)),
    Column("Slippage", "slippage", "money", required=False, computed=True),
    Column("Progress", "progress", required=False),
)
FINANCING_COLUMNS = (
    BODY, YEAR, Column("Financing", "label", aliases=("source of finance", "label")),
    Column("Source", "source", required=False, computed=True, help="grant, reserve, receipt, RCCO or borrowing: "
                                                                   "read by Concord from the label"),
    Column("Brought forward", "brought_forward", "money", aliases=("b/f",)),
    Column("Original programme", "original", "money", aliases=("original",)),
    Column("Approved amendments", "approved_amendments", "money", required=False, computed=True),
    Column("Proposed amendments", "proposed_amendments", "money", required=False, computed=True),
    Column("Revised", "revised", "money", required=False, computed=True),
    Column("Applied", "applied", "money", required=False),
)
AMENDMENT_COLUMNS = (
    BODY, YEAR, Column("Amendment", "description", help="the rows of one amendment share its description"),
    Column("Status", "status", help="proposed or approved"),
    Column("Proposed on", "proposed_on", "date", required=False),
    Column("Approved on", "approved_on", "date", required=False),
    Column("Decision", "decision", required=False, help="a decision notice's reference (CPCC2016-029), "
                                                        "'decision N', or the approval as printed"),
    Column("Scheme number", "code", required=False), Column("Scheme", "name", required=False),
    Column("Financing", "financing", required=False, help="a financing line's label (instead of a scheme)"),
    Column("Amount", "amount", "money"),
)


def _programmes(ctx: Context) -> dict[tuple[str, int], capital_views.ProgrammeView]:
    cache: dict = {}
    for s in capital.programmes(ctx):
        cache[(s.body, s.year)] = capital.programme(ctx, s.body, s.year)
    return cache


def _slug(ctx: Context, sheet: Sheet, r: Any, problems: list) -> str | None:
    try:
        return str(policing_body(ctx.session, str(r.values["body"])).slug)
    except DomainError as e:
        problems.append(rows.refusal(sheet, r, e))
        return None


def _scheme_key(code: Any, name: Any) -> tuple[str, str]:
    return (str(code or "").strip().upper(), folded(name))


def load_programmes(ctx: Context, sheet: Sheet, write: bool) -> Loaded:
    problems = rows.missing(sheet, ("body", "year", "title"))
    done = rows.complete(sheet, ("body", "year", "title"))
    problems += rows.twice(sheet, done, lambda r: (folded(r.values["body"]), r.values["year"]), "year",
                           "a body has one capital programme a year")
    have, units = _programmes(ctx), registers.programme_units(ctx)
    plans = []
    for r in done:
        v = r.values
        body = _slug(ctx, sheet, r, problems)
        if body is None:
            continue
        what = f"{sheet.name}: {body} {year_label(v['year'])}"
        unit = v.get("unit") or "GBP"
        found = have.get((body, v["year"]))
        if found is None:
            rows.adds(ctx).add(("programme", body, v["year"]))
            plans.append(Plan(r, what, "added", partial(capital.add_programme, ctx, body, v["year"], v["title"], v.get("marking") or "OFFICIAL", unit=unit)))
        elif found.summary.title != v["title"].strip() or units.get((body, v["year"])) != unit:
            problems.append(sheet.problem(r, "title" if found.summary.title != v["title"].strip() else "unit",
                                          "differs from the programme in the register, which an import does not "
                                          "change"))
        else:
            plans.append(Plan(r, what, "", None))
    return rows.carry_out(sheet, plans, problems, write)


def _needs_programme(ctx: Context, sheet: Sheet, r: Any, body: str, year: int,
                     have: dict, problems: list) -> capital_views.ProgrammeView | None:
    found = have.get((body, year))
    if found is None and ("programme", body, year) not in rows.adds(ctx):
        problems.append(sheet.problem(r, "year", f"{body} has no capital programme for {year_label(year)}: add it "
                                      "on the Capital programmes sheet", value=year_label(year)))
    return found


def load_schemes(ctx: Context, sheet: Sheet, write: bool) -> Loaded:
    problems = rows.missing(sheet, ("body", "year", "name", *SCHEME_FIGURES))
    done = rows.complete(sheet, ("body", "year", "name"))
    problems += rows.twice(sheet, done, lambda r: (folded(r.values["body"]), r.values["year"],
                                                   *_scheme_key(r.values.get("code"), r.values["name"])),
                           "code", "the same scheme number and name in one programme")
    have = _programmes(ctx)
    plans = []
    for r in done:
        v = r.values
        body = _slug(ctx, sheet, r, problems)
        if body is None:
            continue
        try:
            code = capital._code(v.get("code"))
        except DomainError as e:
            problems.append(rows.refusal(sheet, r, e))
            continue
        programme = _needs_programme(ctx, sheet, r, body, v["year"], have, problems)
        what = f"{sheet.name}: {body} {year_label(v['year'])} {code + ' ' if code else ''}{v['name']}"
        key = _scheme_key(code, v["name"])
        found = next((s for s in programme.schemes if _scheme_key(s.code, s.name) == key), None) if programme else None
        figures: dict[str, Any] = {f: v.get(f) if v.get(f) is not None else Decimal(0) for f in SCHEME_FIGURES}
        if found is None:
            rows.adds(ctx).add(("scheme", body, v["year"], key))
            plans.append(Plan(r, what, "added", partial(capital.add_scheme, ctx, body, v["year"], code, v["name"], v.get("category"),
                                                forecast=v.get("forecast"), progress=v.get("progress"), **figures)))
            continue
        fixed = [f for f in ("brought_forward", "original") if getattr(found, f) != figures[f]]
        if (v.get("category") or None) != (found.category or None):
            fixed.append("category")
        if fixed:
            problems.append(sheet.problem(r, fixed[0], "differs from the scheme in the register, which an import "
                                          "does not change (amend the programme instead)"))
            continue
        changed: dict[str, Any] = {f: figures[f] for f in ("actual", "commitments") if getattr(found, f) != figures[f]}
        changed |= {f: v[f] for f in ("forecast", "progress") if v.get(f) is not None and v[f] != getattr(found, f)}
        plans.append(Plan(r, what, "updated", partial(capital.update_scheme, ctx, body, v["year"], str(found.id), **changed)
                          if changed else None))
    return rows.carry_out(sheet, plans, problems, write)


def load_financing(ctx: Context, sheet: Sheet, write: bool) -> Loaded:
    problems = rows.missing(sheet, ("body", "year", "label", "brought_forward", "original"))
    done = rows.complete(sheet, ("body", "year", "label"))
    problems += rows.twice(sheet, done, lambda r: (folded(r.values["body"]), r.values["year"],
                                                   folded(r.values["label"])), "label",
                           "a programme has one financing line of a name")
    have = _programmes(ctx)
    plans = []
    for r in done:
        v = r.values
        body = _slug(ctx, sheet, r, problems)
        if body is None:
            continue
        programme = _needs_programme(ctx, sheet, r, body, v["year"], have, problems)
        what = f"{sheet.name}: {body} {year_label(v['year'])} {v['label']}"
        found = next((f for f in programme.financing if folded(f.label) == folded(v["label"])), None) \
            if programme else None
        figures: dict[str, Any] = {f: v.get(f) if v.get(f) is not None else Decimal(0)
                                   for f in ("brought_forward", "original")}
        if found is None:
            rows.adds(ctx).add(("financing", body, v["year"], folded(v["label"])))
            plans.append(Plan(r, what, "added", partial(capital.add_financing, ctx, body, v["year"], v["label"],
                                                applied=v.get("applied"), **figures)))
            continue
        differs = [f for f in figures if getattr(found, f) != figures[f]]
        if v.get("applied") != found.applied:
            differs.append("applied")
        if differs:
            problems.append(sheet.problem(r, differs[0], "differs from the financing line in the register, which "
                                          "an import does not change (amend the programme instead)"))
        else:
            plans.append(Plan(r, what, "", None))
    return rows.carry_out(sheet, plans, problems, write)


def _line_key(kind: str, label: str, amount: Decimal) -> tuple[str, str, Decimal]:
    return (kind, folded(label), amount)


def _scheme_label(code: Any, name: Any) -> str:
    return f"{code or ''} {name or ''}".strip()


def _approve(ctx: Context, body: str, year: int, ident: int, v: dict[str, Any]) -> None:
    """Approve by the decision as exported ("decision 12", a notice's reference) or as printed."""
    text = str(v.get("decision") or "").strip()
    number = re.fullmatch(r"(?:decision\s+)?(\d+)", text, re.IGNORECASE)
    decision: str | None = number.group(1) if number else None
    if decision is None and text:
        try:
            capital._decision(ctx, text)
            decision = text
        except DomainError:
            decision = None
    if not text:
        raise DomainError("decision", "", "is missing: an approved amendment names the decision that approved it")
    if v.get("approved_on") is None:
        raise DomainError("approved_on", "", "is missing: an approved amendment has the date of its approval")
    capital.approve_amendment(ctx, body, year, ident, decision, v["approved_on"],
                              reference=None if decision else text)


def _propose(ctx: Context, body: str, year: int, description: str, lines: list[tuple[Any, ...]],
             first: dict[str, Any]) -> None:
    view = capital.programme(ctx, body, year)
    ids = {_scheme_key(s.code, s.name): s.id for s in view.schemes}
    payments = [(str(ids.get(_scheme_key(code, name), code or name)), amount)
                for kind, code, name, amount in lines if kind == "scheme"]
    financing = [(name, amount) for kind, _code, name, amount in lines if kind == "financing"]
    made = capital.propose_amendment(ctx, body, year, description, payments, financing, first.get("proposed_on"))
    if first["status"] == "approved":
        _approve(ctx, body, year, made.id, first)


def load_amendments(ctx: Context, sheet: Sheet, write: bool) -> Loaded:
    problems = rows.missing(sheet, ("body", "year", "description", "status", "amount"))
    done = rows.complete(sheet, ("body", "year", "description", "status", "amount"))
    have = _programmes(ctx)
    groups: dict[tuple, list] = {}
    for r in done:
        v = r.values
        if folded(v["status"]) not in ("proposed", "approved"):
            problems.append(sheet.problem(r, "status", "is neither proposed nor approved"))
            continue
        if bool(v.get("financing")) == bool(v.get("code") or v.get("name")):
            problems.append(sheet.problem(r, "financing" if v.get("financing") else "name",
                                          "name a scheme (its number and name) or a financing line, one of the two"))
            continue
        body = _slug(ctx, sheet, r, problems)
        if body is not None:
            groups.setdefault((body, v["year"], folded(v["description"])), []).append(r)
    plans = []
    for (body, year, _d), members in groups.items():
        first = members[0].values
        for f in ("status", "proposed_on", "approved_on", "decision"):
            if len({folded(m.values.get(f)) for m in members}) > 1:
                problems.append(sheet.problem(members[0], f, "differs between the rows of one amendment"))
        programme = _needs_programme(ctx, sheet, members[0], body, year, have, problems)
        lines = []
        for m in members:
            v = m.values
            if v.get("financing"):
                lines.append(("financing", None, v["financing"], v["amount"]))
                known = programme is not None and any(folded(f.label) == folded(v["financing"])
                                                      for f in programme.financing)
                if not known and ("financing", body, year, folded(v["financing"])) not in rows.adds(ctx):
                    problems.append(sheet.problem(m, "financing", "is not a financing line of the programme"))
            else:
                lines.append(("scheme", v.get("code"), v.get("name"), v["amount"]))
                key = _scheme_key(v.get("code"), v.get("name"))
                known = programme is not None and any(
                    _scheme_key(s.code, s.name) == key or (not v.get("name") and (s.code or "") == key[0])
                    for s in programme.schemes)
                if not known and ("scheme", body, year, key) not in rows.adds(ctx):
                    problems.append(sheet.problem(m, "name" if v.get("name") else "code",
                                                  "is not a scheme of the programme"))
        wanted = sorted(_line_key(k, _scheme_label(c, n) if k == "scheme" else n, a) for k, c, n, a in lines)
        found = None
        if programme is not None:
            for a in programme.amendments:
                got = sorted(_line_key("scheme" if x.scheme else "financing", x.scheme or x.financing or "", x.amount)
                             for x in a.lines)
                if folded(a.description) == folded(first["description"]) and got == wanted:
                    found = a
                    break
        what = f"{sheet.name}: {body} {year_label(year)} '{first['description']}'"
        status = folded(first["status"])
        if found is None:
            plans.append(Plan(members[0], what, "proposed" if status == "proposed" else "proposed and approved",
                              partial(_propose, ctx, body, year, first["description"], lines,
                                      {**first, "status": folded(first["status"])})))
        elif found.status == status:
            plans.append(Plan(members[0], what, "", None))
        elif status == "approved":
            plans.append(Plan(members[0], what, "approved",
                              partial(_approve, ctx, body, year, found.id, first)))
        else:
            problems.append(sheet.problem(members[0], "status", "is proposed, but the register has the amendment "
                                          "approved: an approval is not undone by import"))
    return rows.carry_out(sheet, plans, problems, write, {"approved_on": "approved_on", "amendment": "description"})


# --- export ----------------------------------------------------------------------------------

def _views(ctx: Context, year: int | None) -> list[capital_views.ProgrammeView]:
    return [capital.programme(ctx, s.body, s.year) for s in capital.programmes(ctx) if year is None or s.year == year]


def dump_programmes(ctx: Context, year: int | None, _month: int | None) -> list[dict[str, Any]]:
    units = registers.programme_units(ctx)
    return [{"body": v.summary.body, "year": v.summary.label, "title": v.summary.title,
             "unit": units.get((v.summary.body, v.summary.year)), "marking": v.summary.marking}
            for v in _views(ctx, year)]


def dump_schemes(ctx: Context, year: int | None, _month: int | None) -> list[dict[str, Any]]:
    return [{"body": v.summary.body, "year": v.summary.label, "code": s.code, "name": s.name,
             "category": s.category, "brought_forward": s.brought_forward, "original": s.original,
             "approved_amendments": s.approved_amendments, "proposed_amendments": s.proposed_amendments,
             "revised": s.revised, "actual": s.actual, "commitments": s.commitments, "variance": s.variance,
             "percent_spent": s.percent_spent, "forecast": s.forecast, "slippage": s.slippage,
             "progress": s.progress}
            for v in _views(ctx, year) for s in v.schemes]


def dump_financing(ctx: Context, year: int | None, _month: int | None) -> list[dict[str, Any]]:
    return [{"body": v.summary.body, "year": v.summary.label, "label": f.label, "source": f.source,
             "brought_forward": f.brought_forward, "original": f.original,
             "approved_amendments": f.approved_amendments, "proposed_amendments": f.proposed_amendments,
             "revised": f.revised, "applied": f.applied}
            for v in _views(ctx, year) for f in v.financing]


def dump_amendments(ctx: Context, year: int | None, _month: int | None) -> list[dict[str, Any]]:
    out = []
    for v in _views(ctx, year):
        by_label = {_scheme_label(s.code, s.name): s for s in v.schemes}
        for a in v.amendments:
            for x in a.lines:
                s = by_label.get(x.scheme or "")
                out.append({"body": v.summary.body, "year": v.summary.label, "description": a.description,
                            "status": a.status, "proposed_on": a.proposed_on, "approved_on": a.approved_on,
                            "decision": a.decision, "code": s.code if s else None,
                            "name": s.name if s else None, "financing": x.financing, "amount": x.amount})
    return out


_COMPUTED = "computed by Concord (not read back)"
PROGRAMMES = register(SheetSpec(
    key="capital-programmes", name="Capital programmes", columns=PROGRAMME_COLUMNS, load=load_programmes,
    dump=dump_programmes, about="Capital programmes: a row a body's programme of a year.",
    widths={"title": 44}), template="capital")
SCHEMES = register(SheetSpec(
    key="capital-schemes", name="Capital schemes", columns=SCHEME_COLUMNS, load=load_schemes, dump=dump_schemes,
    about="Capital schemes: a row a scheme of a programme; amendments, revised budget, variance, % spent and "
          f"slippage are {_COMPUTED}.", widths={"name": 40, "category": 28, "progress": 50}), template="capital")
FINANCING = register(SheetSpec(
    key="capital-financing", name="Capital financing", columns=FINANCING_COLUMNS, load=load_financing,
    dump=dump_financing, about="Capital financing: a row a source of finance of a programme; its kind, "
                               f"amendments and revised figure are {_COMPUTED}.", widths={"label": 44}),
    template="capital")
AMENDMENTS = register(SheetSpec(
    key="capital-amendments", name="Capital amendments", columns=AMENDMENT_COLUMNS, load=load_amendments,
    dump=dump_amendments, about="Capital amendments: a row a line of an amendment (a scheme's payments or a "
                                "financing line); the rows of a body, year and description are one amendment, "
                                "proposed or approved by its decision.",
    widths={"description": 44, "name": 40, "financing": 36}), template="capital")
