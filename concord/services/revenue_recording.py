"""Revenue budget monitoring, written: a statement checked, then recorded (an import's hundreds at once).

A statement replaces the lines the body's month had (a month recorded again unchanged stays as it
was, version and all). Everything is checked before anything is written; an import's statements
are written together (`record_months`). Reading is `concord.services.revenue`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm.attributes import flag_modified

from concord.domain import monitoring as mon
from concord.domain.access import Permission
from concord.domain.errors import DomainError
from concord.domain.markings import map_legacy
from concord.domain.mtfp import fy
from concord.domain.text import check_title
from concord.domain.vocab import TableKind, Unit
from concord.services.context import Context
from concord.services.revenue import MonthSummary, _body, _body_or_none, _m, _summary
from concord.services.visibility import may_read_row


@dataclass(frozen=True)
class LineIn:
    """One line as a person or a sheet gives it (money as exact Decimal pounds, None for a dash)."""

    label: str
    group: str | None = None
    heading: str | None = None
    full_year_budget: Decimal | None = None
    ytd_budget: Decimal | None = None
    actual: Decimal | None = None
    forecast: Decimal | None = None
    is_total: bool = False
    function: str | None = None   # a collaborated function's name
    agreement: str | None = None  # an agreement's slug


@dataclass(frozen=True)
class MonthIn:
    body: str  # the policing body's slug (its force's id)
    year: int  # 2016 is 2016/17
    month: int  # 1 (April) to 12 (March)
    lines: tuple[LineIn, ...]
    unit: str = "GBP"  # the unit the statement is printed in (rounding tolerance of its totals)
    title: str | None = None
    marking: str = "OFFICIAL"


@dataclass(frozen=True)
class LineProblem:
    """What is wrong with a line (index into MonthIn.lines) or the statement (index None)."""

    index: int | None
    field: str
    value: object
    reason: str

@dataclass(frozen=True)
class Recorded:
    summary: MonthSummary
    changed: bool  # False when the statement already held exactly these lines

def check_month(ctx: Context, new: MonthIn) -> list[LineProblem]:
    """Every problem with a statement before anything is written (an empty list: it may be recorded)."""
    ctx.require(Permission.REGISTER_READ)
    problems: list[LineProblem] = []
    body = _body_or_none(ctx, new.body)
    if body is None:
        problems.append(LineProblem(None, "body", new.body, "is not a policing body in the register "
                                    "(its force's id, e.g. cambridgeshire)"))
    for fld, check in (("month", lambda: mon.check_month(new.month)), ("unit", lambda: Unit(new.unit)),
                       ("year", lambda: _year(new.year)), ("marking", lambda: map_legacy(new.marking))):
        try:
            check()
        except (DomainError, ValueError) as e:
            problems.append(LineProblem(None, fld, getattr(new, fld), getattr(e, "reason", "is not known")))
    if not new.lines:
        problems.append(LineProblem(None, "lines", "", "a statement needs at least one line"))
    for i, line in enumerate(new.lines):
        problems.extend(_line_problems(ctx, body, i, line))
    if not problems:  # record_months need not check this very statement again in this unit of work
        ctx.session.info.setdefault(_CHECKED, {})[id(new)] = new
    return problems


def record_month(ctx: Context, new: MonthIn, expected_version: int | None = None) -> Recorded:
    """Record a body's statement for a month, replacing the lines it had (one write; unchanged lines,
    unchanged statement: its version stays)."""
    return record_months(ctx, [new], expected_version)[0]


def record_months(ctx: Context, news: Sequence[MonthIn], expected_version: int | None = None) -> list[Recorded]:
    """Record statements (an import's hundreds at once): every one is checked first, then the new
    statements are written together — their lines in one bulk INSERT, one audit record per statement
    (who, when, its lines before and after, each with its id), and the casting status of
    their printed totals worked out once (`concord.store.casting`). `expected_version` applies to a
    single statement."""
    checked = ctx.session.info.get(_CHECKED, {})
    for new in news:
        if checked.pop(id(new), None) is new:  # checked just now, in this unit of work, and found right
            continue
        problems = check_month(ctx, new)
        if problems:
            p = problems[0]
            where = "" if p.index is None else f"line {p.index + 1} "
            raise DomainError(f"{where}{p.field}".strip(), p.value, p.reason)
    with ctx.session.no_autoflush:  # the new statements are flushed together, once
        return _record(ctx, news, expected_version)


def _record(ctx: Context, news: Sequence[MonthIn], expected_version: int | None) -> list[Recorded]:
    m = _m()
    out: list[Recorded | None] = [None] * len(news)
    created: list[tuple[int, Any, Any, list[dict[str, Any]]]] = []
    existing = _statement_rows(ctx, [(_body(ctx, n.body).id, n.year, n.month) for n in news])
    for i, new in enumerate(news):
        body = _body(ctx, new.body)
        owner = _cached(ctx, "owner", body.id, lambda: _owner(ctx, body))
        ctx.require(Permission.FINANCE_EDIT, organisation=owner.slug if owner else None)
        lines = [_line_row(ctx, body, k, ln) for k, ln in enumerate(new.lines)]
        mapped = map_legacy(new.marking)
        title = check_title(new.title or f"{body.name}: revenue monitoring {fy(new.year)} month {new.month}",
                            "title", 300)
        row = existing.get((body.id, new.year, new.month))
        if row is None:
            row = m.FinancialTable(policing_body_id=body.id, kind=TableKind.REVENUE, title=title,
                                   financial_year=new.year, period=new.month, unit=Unit(new.unit), monitoring=True,
                                   marking=mapped.marking, legacy_marking=mapped.legacy,
                                   held_until_approved=mapped.held_until_approved,
                                   owner_id=owner.id if owner else None)
            ctx.session.add(row)
            existing[(body.id, new.year, new.month)] = row  # the same month twice: the later replaces it
            created.append((i, body, row, lines))
            continue
        if not may_read_row(ctx, row):
            raise DomainError("month", new.month, f"{body.name} has no statement for that month that you may see")
        ctx.check_version("revenue statement", f"{body.slug} {fy(new.year)} month {new.month}", row,
                          expected_version)
        same = ([_line_values(x) for x in row.lines] == [tuple(v[k] for k in _KEYS) for v in lines]
                and row.title == title and str(row.unit) == str(Unit(new.unit)) and row.marking == mapped.marking)
        if same:
            out[i] = Recorded(_summary(ctx, body, row), changed=False)
            continue
        row.title, row.unit = title, Unit(new.unit)
        row.marking, row.legacy_marking = mapped.marking, mapped.legacy
        row.held_until_approved = mapped.held_until_approved
        flag_modified(row, "title")  # new lines are a new version of the statement
        ctx.session.flush()
        casts = _write_lines(ctx, [(row.id, lines)], replace=True)
        out[i] = Recorded(_summary(ctx, body, row, len(lines), casts.get(row.id)), changed=True)
    if created:
        ctx.session.flush()
        casts = _write_lines(ctx, [(row.id, lines) for _, _, row, lines in created], replace=False)
        for i, body, row, lines in created:
            out[i] = Recorded(_summary(ctx, body, row, len(lines), casts.get(row.id)), changed=True)
    return [r for r in out if r is not None]


_CHECKED = "concord_revenue_checked"


def _write_lines(ctx: Context, tables: Sequence[tuple[int, list[dict[str, Any]]]], replace: bool) -> dict[int, Any]:
    """Statements' lines written in bulk (replacing the lines they had), with one audit record per statement
    listing its lines before and after, then the statements' casting status (returned, by statement)."""
    import datetime as dt

    from concord.store import casting
    from concord.store.audit import plain
    from concord.store.base import table_of

    m = _m()
    bl, audit = table_of(m.BudgetLine), table_of(m.AuditRecord)
    conn = ctx.session.connection()
    now = dt.datetime.now(dt.timezone.utc)
    actor = ctx.session.info.get("actor", "concord")
    ids = [t for t, _ in tables]
    before: dict[int, list[dict[str, Any]]] = {}
    if replace:
        for r in conn.execute(sa.select(bl).where(bl.c.table_id.in_(ids)).order_by(bl.c.position)).mappings():
            before.setdefault(r["table_id"], []).append(
                {k: plain(v) for k, v in r.items() if k not in ("version", "table_id")})
        if before:
            conn.execute(bl.delete().where(bl.c.table_id.in_(ids)))
    values = [{"table_id": t, "version": 1, **v} for t, lines in tables for v in lines]
    after: dict[int, list[dict[str, Any]]] = {}
    if values:
        made = conn.execute(bl.insert().returning(bl.c.id, sort_by_parameter_order=True), values).scalars().all()
        # the audit's plain values: the lines hold only Decimal, text, whole numbers, booleans and None
        for i, v in zip(made, values):
            after.setdefault(v["table_id"], []).append(
                {"id": i, **{k: str(x) if isinstance(x, Decimal) else x for k, x in v.items()
                             if k not in ("version", "table_id")}})
    # one audit record per statement whose lines changed: its lines before and after, each with its id
    records = [{"at": now, "actor": actor, "action": "update", "entity": "financial_table", "entity_id": str(t),
                "before": {"lines": before.get(t, [])}, "after": {"lines": after.get(t, [])}}
               for t in ids if before.get(t) or after.get(t)]
    if records:
        conn.execute(audit.insert(), records)
    casting.refresh(conn, ids)
    wanted = set(ids)
    for obj in list(ctx.session.identity_map.values()):
        if isinstance(obj, m.FinancialTable) and obj.id in wanted:
            ctx.session.expire(obj, ["lines", "casts", "cast_problems"])
    ft = table_of(m.FinancialTable)
    casts: dict[int, Any] = {}
    for i in range(0, len(ids), 500):
        casts.update(conn.execute(sa.select(ft.c.id, ft.c.casts).where(ft.c.id.in_(ids[i:i + 500]))).all())
    return casts


_KEYS = ("position", "label", "section", "heading", "is_total", "full_year_budget", "ytd_budget", "actual",
         "forecast", "function_id", "agreement_id")


def _line_values(row: Any) -> tuple:
    return tuple(getattr(row, k) for k in _KEYS)


def _line_problems(ctx: Context, body: Any, i: int, line: LineIn) -> list[LineProblem]:
    out = []
    try:
        check_title(line.label, "label", 200)
    except DomainError as e:
        out.append(LineProblem(i, "label", line.label, e.reason))
    if line.group:
        try:
            _group(line.group)
        except DomainError as e:
            out.append(LineProblem(i, "group", line.group, e.reason))
    elif not line.is_total:
        out.append(LineProblem(i, "group", "", "every line belongs to a group (a total row without one adds up "
                                                "the whole statement)"))
    if line.heading and len(line.heading) > 120:
        out.append(LineProblem(i, "heading", line.heading, "is longer than 120 characters"))
    if body is not None and line.function:
        try:
            _function(ctx, body, line.function)
        except DomainError as e:
            out.append(LineProblem(i, "function", line.function, e.reason))
    if line.agreement:
        try:
            _agreement(ctx, line.agreement)
        except DomainError as e:
            out.append(LineProblem(i, "agreement", line.agreement, e.reason))
    return out


def _line_row(ctx: Context, body: Any, i: int, ln: LineIn) -> dict[str, Any]:
    function = _function(ctx, body, ln.function) if ln.function else None
    agreement = _agreement(ctx, ln.agreement) if ln.agreement else None
    return {"position": i + 1, "label": ln.label.strip(), "section": _group(ln.group).value if ln.group else None,
            "heading": (ln.heading or "").strip() or None, "is_total": bool(ln.is_total),
            "full_year_budget": ln.full_year_budget, "ytd_budget": ln.ytd_budget, "actual": ln.actual,
            "forecast": ln.forecast, "function_id": function.id if function else None,
            "agreement_id": agreement.id if agreement else None}

# --- lookups ---------------------------------------------------------------------------------

def _year(year: object) -> int:
    if isinstance(year, bool) or not isinstance(year, int) or not 2000 <= year <= 2100:
        raise DomainError("year", year, "must be a financial year's first calendar year, e.g. 2016 for 2016/17")
    return year

def _owner(ctx: Context, body: Any) -> Any:
    m = _m()
    return ctx.session.scalar(sa.select(m.Organisation).where(m.Organisation.slug == f"{body.force_id}-opcc"))

def _statement_rows(ctx: Context, keys: Sequence[tuple[int, int, int]]) -> dict[tuple[int, int, int], Any]:
    """The statements of these (body id, year, month), in one query."""
    ft = _m().FinancialTable
    found: dict[tuple[int, int, int], Any] = {}
    bodies, years = {k[0] for k in keys}, {k[1] for k in keys}
    for i in range(0, len(bodies), 500):
        chunk = sorted(bodies)[i:i + 500]
        for row in ctx.session.scalars(sa.select(ft).where(ft.monitoring.is_(True), ft.policing_body_id.in_(chunk),
                                                           ft.financial_year.in_(years)).order_by(ft.id)):
            found.setdefault((row.policing_body_id, row.financial_year, row.period), row)
    return found

_GROUP_NAMES: dict[str, mon.BudgetGroup] = {}


def _group(text: str) -> mon.BudgetGroup:
    """`monitoring.group_of`, remembered: a sheet names the same few groups on every line."""
    found = _GROUP_NAMES.get(text)
    if found is None:
        found = _GROUP_NAMES[text] = mon.group_of(text)
        if len(_GROUP_NAMES) > 1000:
            _GROUP_NAMES.clear()
    return found


def _cached(ctx: Context, kind: str, key: Any, find: Any) -> Any:
    """A register lookup remembered for the unit of work (an import asks for the same body and function
    on thousands of lines); a lookup that fails is not remembered."""
    cache = ctx.session.info.setdefault("concord_revenue_lookups", {})
    if (kind, key) not in cache:
        cache[(kind, key)] = find()
    return cache[(kind, key)]


def _function(ctx: Context, body: Any, name: str) -> Any:
    return _cached(ctx, "function", (body.id, name.strip().lower()), lambda: _find_function(ctx, body, name))


def _find_function(ctx: Context, body: Any, name: str) -> Any:
    """A collaborated function of an alliance the body's force belongs to, by name (any case)."""
    m = _m()
    q = (sa.select(m.Function).join(m.AllianceMember, m.AllianceMember.alliance_id == m.Function.alliance_id)
         .where(m.AllianceMember.force_id == body.force_id,
                sa.func.lower(m.Function.name) == name.strip().lower()))
    found = ctx.session.scalars(q).unique().all()
    if not found:
        raise DomainError("function", name, f"is not a collaborated function of an alliance {body.name}'s force "
                          "belongs to")
    if len(found) > 1:
        raise DomainError("function", name, "names a function of more than one alliance")
    return found[0]


def _agreement(ctx: Context, slug: str) -> Any:
    return _cached(ctx, "agreement", slug.strip().lower(), lambda: _find_agreement(ctx, slug))


def _find_agreement(ctx: Context, slug: str) -> Any:
    m = _m()
    found = ctx.session.scalar(sa.select(m.Agreement).where(m.Agreement.slug == slug.strip().lower()))
    if found is None:
        raise DomainError("agreement", slug, "is not an agreement in the register (its slug, e.g. seven-force)")
    return found
