"""What the sheets of one-row-a-record registers share: checks of required cells and of keys given
twice, what an import of this run will add (so that a later sheet may name it in a dry run), and
each row's plan, carried out through its service when the import writes.

A plan is one row's service call, or None when the register already holds the row as it is (then
nothing is written: a workbook exported from Concord imports back unchanged). A service's refusal
(DomainError) is reported at the row, in the column it names, and the import writes nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from concord.domain.errors import DomainError
from concord.services.context import Context
from concord.services.spreadsheets.spec import Loaded, Problem, Row, Sheet

_ADDS = "concord_sheet_adds"


@dataclass(frozen=True)
class Plan:
    row: Row
    what: str  # "Capital schemes: cambridgeshire 2016/17 CP16/05 ..."
    verb: str  # what it does: "added", "set", "approved" ("" when unchanged)
    call: Callable[[], Any] | None  # None: unchanged


def missing(sheet: Sheet, fields: Iterable[str]) -> list[Problem]:
    """A problem for each empty cell of a required field (and nothing for a column already reported missing)."""
    fields = tuple(fields)
    return [sheet.problem(r, f, "is missing") for r in sheet.rows for f in fields
            if r.values.get(f) is None and f in sheet.letters and r.shown.get(f, "") == ""]


def complete(sheet: Sheet, fields: Sequence[str]) -> list[Row]:
    """The rows whose required fields all hold a value."""
    return [r for r in sheet.rows if all(r.values.get(f) is not None for f in fields)]


def twice(sheet: Sheet, rows: Sequence[Row], key: Callable[[Row], tuple], field: str, what: str) -> list[Problem]:
    """A problem for each row whose key an earlier row of the sheet already gave."""
    seen: dict[tuple, int] = {}
    out = []
    for r in rows:
        k = key(r)
        if k in seen:
            out.append(sheet.problem(r, field, f"is given twice: {what} (also row {seen[k]})"))
        else:
            seen[k] = r.number
    return out


def folded(value: Any) -> str:
    return " ".join(str(value or "").split()).casefold()


def adds(ctx: Context) -> set[tuple]:
    """What the sheets checked so far in this import would add (keys such as ("programme", body, year))."""
    found: set[tuple] = ctx.session.info.setdefault(_ADDS, set())
    return found


def forget_adds(ctx: Context) -> None:
    ctx.session.info.pop(_ADDS, None)


def refusal(sheet: Sheet, row: Row | None, e: DomainError, fields: dict[str, str] | None = None) -> Problem:
    """A service's refusal at a row: in the column of the field it names (`fields` maps a service's field
    names to the sheet's), its value as typed."""
    name = (fields or {}).get(e.field, e.field)
    known = name in sheet.letters or any(c.field == name for c in sheet.spec.columns)
    value = "" if e.value is None else str(e.value)
    return sheet.problem(row, name if known else None, e.reason if known else f"{e.field} '{value}' {e.reason}"
                         if value else f"{e.field} {e.reason}", value=value if known else "")


def carry_out(sheet: Sheet, plans: Sequence[Plan], problems: list[Problem], write: bool,
              fields: dict[str, str] | None = None) -> Loaded:
    """Each plan's call when writing and nothing is wrong; what was (or would be) done."""
    if problems:
        return Loaded(problems=tuple(problems))
    done = []
    for p in plans:
        if p.call is None:
            done.append(f"{p.what}: unchanged")
        elif not write:
            done.append(f"{p.what}: would be {p.verb}")
        else:
            try:
                p.call()
            except DomainError as e:
                problems.append(refusal(sheet, p.row, e, fields))
                continue
            done.append(f"{p.what}: {p.verb}")
    return Loaded(problems=tuple(problems), done=() if problems else tuple(done))
