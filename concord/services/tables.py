"""A financial table read from a paper, as register rows.

Columns are matched by their headers: a revenue monitoring table
(budget, year-to-date budget, actual, forecast), a capital programme
(brought forward, original, amendments, actual, commitments) or an MTFP
table (one column per financial year). Anything else is kept as an MTFP
-style table of labelled figures per column position, so that no figure
read from a paper is dropped. Figures are stored in pounds, exactly.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from concord.domain.errors import DomainError
from concord.domain.vocab import TableKind, Unit
from concord.store import models as m

_FACTOR = {Unit.GBP: Decimal(1), Unit.GBP_THOUSANDS: Decimal(1000), Unit.GBP_MILLIONS: Decimal(1_000_000),
           Unit.PERCENT: Decimal(1)}
_YEAR = re.compile(r"\b(20\d\d)\s*[/-]\s*\d{2,4}\b|\b(20\d\d)\b")

REVENUE = {"full_year_budget": ("full year budget", "annual budget", "revised budget", "budget"),
           "ytd_budget": ("ytd budget", "year to date budget", "budget to date", "profiled budget"),
           "actual": ("actual", "ytd actual", "spend to date", "actual to date"),
           "forecast": ("forecast", "projected outturn", "outturn", "forecast outturn")}
CAPITAL = {"brought_forward": ("brought forward", "b/f", "slippage"),
           "original": ("original", "original programme", "original budget"),
           "amendments": ("amendments", "changes", "virements"),
           "actual": ("actual", "spend to date", "actual to date"),
           "commitments": ("commitments", "committed")}


def _norm(text: str) -> str:
    return re.sub(r"[^a-z/ ]+", " ", text.lower()).strip()


def _match(columns: list[str], wanted: Mapping[str, tuple[str, ...]]) -> dict[str, int]:
    """Column positions for each field, longest synonym first so 'ytd budget' beats 'budget'."""
    found: dict[str, int] = {}
    taken: set[int] = set()
    pairs = sorted(((syn, field) for field, syns in wanted.items() for syn in syns), key=lambda x: -len(x[0]))
    for syn, field in pairs:
        if field in found:
            continue
        for i, col in enumerate(columns):
            if i not in taken and syn in _norm(col) and "variance" not in _norm(col):
                found[field] = i
                taken.add(i)
                break
    return found


def _table_from_payload(s: Session, p: dict[str, Any]) -> m.FinancialTable:
    title = (p.get("title") or "").strip() or "Untitled table"
    try:
        unit = Unit(p.get("unit") or "GBP")
    except ValueError:
        raise DomainError("unit", p.get("unit"), f"must be one of {', '.join(u.value for u in Unit)}") from None
    columns = [str(c) for c in p.get("columns") or []]
    rows = p.get("rows") or []
    factor = _FACTOR[unit]
    table = m.FinancialTable(title=title[:300], unit=unit, kind=TableKind.OTHER)
    revenue, capital = _match(columns, REVENUE), _match(columns, CAPITAL)
    years = [(i, year) for i, year in enumerate(map(_year, columns)) if year]
    if "brought_forward" in capital or ("original" in capital and "amendments" in capital):
        table.kind = TableKind.CAPITAL
        for pos, row in enumerate(rows, start=1):
            code, name = _code(row.get("label") or "")
            table.schemes.append(m.CapitalScheme(position=pos, code=code, name=name[:200], is_total=_is_total(name),
                                                 **{f: _value(row, i, factor) for f, i in capital.items()}))
    elif "actual" in revenue and ("full_year_budget" in revenue or "ytd_budget" in revenue):
        table.kind = TableKind.REVENUE
        for pos, row in enumerate(rows, start=1):
            label = (row.get("label") or "").strip() or f"Row {pos}"
            table.lines.append(m.BudgetLine(position=pos, label=label[:200], is_total=_is_total(label),
                                            **{f: _value(row, i, factor) for f, i in revenue.items()}))
    else:
        table.kind = TableKind.MTFP if years else TableKind.OTHER
        seen: set[tuple[str, int]] = set()
        for pos, row in enumerate(rows, start=1):
            label = ((row.get("label") or "").strip() or f"Row {pos}")[:200]
            for i, year in (years or list(enumerate(range(1, len(columns) + 1)))):
                if (label, year) in seen:
                    continue
                seen.add((label, year))
                table.mtfp.append(m.MtfpLine(position=pos, label=label, financial_year=year,
                                             amount=_value(row, i, factor), is_total=_is_total(label)))
    s.add(table)
    return table


def _year(col: str) -> int | None:
    found = _YEAR.search(col)
    return int(found.group(1) or found.group(2)) if found else None


def _code(label: str) -> tuple[str | None, str]:
    found = re.match(r"\s*([A-Z]{1,4}\s?\d{2}/\d{1,3})\s*[-–:]?\s*(.*)", label)
    if found:
        return found.group(1).replace(" ", ""), found.group(2) or found.group(1)
    return None, label.strip() or "(unnamed)"


def _is_total(label: str) -> bool:
    return bool(re.search(r"\btotal\b", label, re.I))


def _value(row: dict, index: int, factor: Decimal) -> Decimal | None:
    values = row.get("values") or []
    if index >= len(values) or values[index] is None:
        return None
    try:
        return (Decimal(str(values[index])) * factor).quantize(Decimal("0.01"))
    except ArithmeticError:
        raise DomainError("values", values[index], "is not a number") from None
