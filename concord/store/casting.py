"""Do a table's printed totals cast? Worked out when its lines are written.

Rule 9 flags a printed total that differs from the sum of its rows by
more than rounding. The sums are taken in SQL (whole pence) for the
tables whose lines changed, judged by `concord.domain.budget.cast_check`,
and kept on the table (`casts`, `cast_problems`), so that `concord
check` reads the answer instead of adding up every budget line again.
A total row with a `section` adds up the lines of that section; one
without adds up every line of the table that is not a total.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.orm import Session

from concord.domain import budget, monitoring
from concord.store.session import ConcordSession
from concord.store.base import table_of
from concord.store.models.finance import BudgetLine, CapitalScheme, FinancialTable

REVENUE_COLUMNS = ("full_year_budget", "ytd_budget", "actual", "forecast")
CAPITAL_COLUMNS = ("brought_forward", "original", "amendments", "actual", "commitments")
_LINES = ((BudgetLine, REVENUE_COLUMNS), (CapitalScheme, CAPITAL_COLUMNS))
_TOUCHED = "concord_casting_touched"
_CHUNK = 500


def refresh(conn: sa.Connection, table_ids: Iterable[int] | None = None) -> int:
    """Recompute the casting status of these tables (all when None). Returns tables updated."""
    ids = None if table_ids is None else sorted(set(table_ids))
    if ids is not None and not ids:
        return 0
    if ids is None:
        return _refresh_chunk(conn, None)
    return sum(_refresh_chunk(conn, ids[i:i + _CHUNK]) for i in range(0, len(ids), _CHUNK))


def _refresh_chunk(conn: sa.Connection, ids: list[int] | None) -> int:
    ft = table_of(FinancialTable)
    units = dict(conn.execute(sa.select(ft.c.id, ft.c.unit) if ids is None
                              else sa.select(ft.c.id, ft.c.unit).where(ft.c.id.in_(ids))).all())
    problems: dict[int, list[dict]] = defaultdict(list)
    with_totals: set[int] = set()
    for model, columns in _LINES:
        t = table_of(model)
        label = t.c.label if "label" in t.c else t.c.name
        raw = [sa.type_coerce(t.c[c], sa.BigInteger) for c in columns]
        where = [] if ids is None else [t.c.table_id.in_(ids)]
        totals = conn.execute(sa.select(t.c.table_id, t.c.section, label, *raw)
                              .where(t.c.is_total.is_(True), *where)).all()
        if not totals:
            continue
        wanted = sorted({r[0] for r in totals})
        sums = conn.execute(sa.select(t.c.table_id, t.c.section, sa.func.count(), *[sa.func.sum(r) for r in raw])
                            .where(t.c.is_total.is_(False), t.c.table_id.in_(wanted))
                            .group_by(t.c.table_id, t.c.section)).all()
        by_section: dict[tuple[int, str | None], tuple] = {}
        whole: dict[int, list] = {}
        for table_id, section, count, *values in sums:
            by_section[(table_id, section)] = (count, values)
            acc = whole.setdefault(table_id, [0, [0] * len(columns)])
            acc[0] += count
            acc[1] = [a + (v or 0) for a, v in zip(acc[1], values)]
        for table_id, section, name, *printed in totals:
            with_totals.add(table_id)
            members = monitoring.span_of(name) if not section and model is BudgetLine else None
            if members:  # a sub-total across groups (gross or net revenue expenditure): those groups' lines
                parts = [by_section.get((table_id, g.value), (0, [0] * len(columns))) for g in members]
                count = sum(p[0] for p in parts)
                values = [sum(p[1][i] or 0 for p in parts) for i in range(len(columns))]
            else:
                count, values = by_section.get((table_id, section), (0, [0] * len(columns))) if section \
                    else whole.get(table_id, (0, [0] * len(columns)))
            for column, shown, summed in zip(columns, printed, values):
                if shown is None:
                    continue
                result = budget.cast_check(_pounds(shown), [_pounds(summed or 0)], unit=str(units[table_id]),
                                           rows_count=count)
                if result.flagged:
                    problems[table_id].append({"total": name, "section": section, "column": column,
                                               "printed": str(result.printed), "computed": str(result.computed),
                                               "difference": str(result.difference)})
    touched = set(units) if ids is None else set(ids)
    if touched:  # one UPDATE run for every table (executemany)
        conn.execute(ft.update().where(ft.c.id == sa.bindparam("table_id"))
                     .values(casts=sa.bindparam("new_casts"), cast_problems=sa.bindparam("new_problems")),
                     [{"table_id": t, "new_casts": None if t not in with_totals else not problems.get(t),
                       "new_problems": problems.get(t) or sa.null()} for t in sorted(touched)])
    return len(touched)


def _pounds(pence: int) -> Decimal:
    return Decimal(int(pence)) / 100


@event.listens_for(ConcordSession, "before_flush")
def _note(session: Session, _ctx, _instances) -> None:  # noqa: ANN001
    touched = session.info.setdefault(_TOUCHED, set())
    for obj in list(session.new) + list(session.dirty) + list(session.deleted):
        if isinstance(obj, (BudgetLine, CapitalScheme)):
            touched.add(obj.table_id if obj.table_id is not None else obj)
        elif isinstance(obj, FinancialTable) and obj in session.new:
            touched.add(obj)


@event.listens_for(ConcordSession, "after_flush")
def _recompute(session: Session, _ctx) -> None:  # noqa: ANN001
    touched = session.info.pop(_TOUCHED, set())
    if not touched:
        return
    ids = set()
    for item in touched:
        if isinstance(item, int):
            ids.add(item)
        elif isinstance(item, FinancialTable):
            ids.add(item.id)
        elif item.table_id is not None:
            ids.add(item.table_id)
    refresh(session.connection(), ids)
    for obj in session.identity_map.values():
        if isinstance(obj, FinancialTable) and obj.id in ids:
            session.expire(obj, ["casts", "cast_problems"])
