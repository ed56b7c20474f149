"""Sheet specifications: the columns of each finance sheet, their types, and how cells are read.

A `SheetSpec` names a sheet ("Revenue"), lists its columns (a header, the field it fills, a
type, whether it must be there, whether Concord computes it), and carries two functions: `load`
turns the sheet's parsed rows into service calls (checking everything first and writing only
when asked), and `dump` gives the rows of the register for export. Specs are kept in
`REGISTRY` by a short key (`revenue`, `capital`, `mtfp-scenarios`, ...); another area adds its
own sheets with `register(spec)`, and import, export and templates pick them up.

Money is exact. A cell's number becomes Decimal pounds: an integer exactly, a float read from
XLSX through its shortest repr (`Decimal(repr(x))`, so 1234.56 stays 1234.56) and rounded to the
penny only when it is within a millionth of a pound of a whole penny (Excel's binary arithmetic
leaves such dust: 0.1 + 0.2 is stored as 0.30000000000000004); any larger fraction of a penny is
reported, never rounded. Text in a money cell is read as a person types it (£1,234.56, -1,234)
and reported when it is not a number. An empty cell or a dash is no figure (a printed dash).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from concord.domain.errors import DomainError
from concord.domain.money import MONEY_LIMIT, to_money

PENNY = Decimal("0.01")
DUST = Decimal("0.000001")
TYPES = ("text", "money", "year", "month", "int", "bool", "percent", "decimal", "date")


@dataclass(frozen=True)
class Column:
    header: str
    field: str
    type: str = "text"
    required: bool = True
    computed: bool = False  # Concord works it out: exported, never read back
    aliases: tuple[str, ...] = ()
    help: str = ""

    def __post_init__(self) -> None:
        if self.type not in TYPES:
            raise ValueError(f"column {self.header}: unknown type {self.type}")


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a workbook, where a person finds it: sheet, row (1 is the header) and column."""

    sheet: str
    row: int | None
    column: str | None  # the column's header
    letter: str | None  # its letter in the sheet (A, B, ... AA)
    value: str  # the cell as the person sees it ("" when empty)
    reason: str

    def __str__(self) -> str:
        where = [f"sheet '{self.sheet}'"]
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.column:
            where.append(f"column {self.letter} ({self.column})" if self.letter else f"column {self.column}")
        shown = f"'{self.value}' " if self.value != "" else ""
        return f"{', '.join(where)}: {shown}{self.reason}"


@dataclass(frozen=True)
class Row:
    """One row of a sheet, read: its number in the sheet and each field's value (None when empty)."""

    number: int
    values: dict[str, Any]
    shown: Mapping[str, str]  # each field's cell as the person sees it


class Shown(Mapping[str, str]):
    """A row's cells as the person sees them, by field, worked out only when asked (most never are)."""

    __slots__ = ("_cells", "_fields")

    def __init__(self, cells: Sequence[Any], fields: Mapping[str, int]) -> None:
        self._cells, self._fields = cells, fields

    def __getitem__(self, field_name: str) -> str:
        i = self._fields[field_name]
        return shown(self._cells[i] if i < len(self._cells) else None)

    def __iter__(self) -> Iterator[str]:
        return iter(self._fields)

    def __len__(self) -> int:
        return len(self._fields)


@dataclass(frozen=True)
class Sheet:
    """A sheet as read: its rows, and the letter of each field's column (for problems)."""

    spec: SheetSpec
    name: str
    rows: tuple[Row, ...]
    letters: dict[str, str]

    def problem(self, row: Row | None, field_name: str | None, reason: str, value: str | None = None) -> Problem:
        column = self.spec.column(field_name) if field_name else None
        shown = value if value is not None else (row.shown.get(field_name, "") if row and field_name else "")
        return Problem(self.name, row.number if row else None, column.header if column else field_name,
                       self.letters.get(field_name or ""), shown, reason)


@dataclass(frozen=True)
class Loaded:
    """What a sheet's rows came to: problems (then nothing is written), and what was or would be done."""

    problems: tuple[Problem, ...] = ()
    done: tuple[str, ...] = ()


#: (ctx, sheet, write) -> Loaded: check every row, and write only when `write` and nothing is wrong
Loader = Callable[[Any, Sheet, bool], Loaded]
#: (ctx, year, month) -> rows of values by field, in the order of the sheet
Dumper = Callable[[Any, int | None, int | None], list[dict[str, Any]]]


@dataclass(frozen=True)
class SheetSpec:
    key: str
    name: str
    columns: tuple[Column, ...]
    about: str
    load: Loader | None = None  # None: a template only, import not yet supported
    dump: Dumper | None = None
    not_yet: str = ""  # why import is not supported yet
    widths: dict[str, int] = field(default_factory=dict)

    def column(self, field_name: str) -> Column:
        for c in self.columns:
            if c.field == field_name:
                return c
        raise KeyError(field_name)

    def match(self, header: str) -> Column | None:
        h = norm(header)
        for c in self.columns:
            if h == norm(c.header) or h in (norm(a) for a in c.aliases):
                return c
        return None


REGISTRY: dict[str, SheetSpec] = {}
#: the templates `concord finance template KIND` makes, each a list of sheet keys
TEMPLATES: dict[str, tuple[str, ...]] = {}


def register(spec: SheetSpec, template: str | None = None) -> SheetSpec:
    """Add a sheet to import, export and (under `template`) the templates."""
    REGISTRY[spec.key] = spec
    if template:
        TEMPLATES[template] = TEMPLATES.get(template, ()) + (spec.key,)
    return spec


def by_name(name: str) -> SheetSpec | None:
    n = norm(name)
    for spec in REGISTRY.values():
        if n in (norm(spec.name), norm(spec.key)):
            return spec
    return None


def norm(text: str) -> str:
    return re.sub(r"[^a-z0-9%]+", " ", str(text).lower().replace("&", " and ")).strip()


def letter(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA."""
    out = ""
    index += 1
    while index:
        index, r = divmod(index - 1, 26)
        out = chr(65 + r) + out
    return out


def shown(value: Any) -> str:
    """A cell as a person sees it (never a Python repr)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return repr(value).removesuffix(".0")
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


class CellError(ValueError):
    """A cell that is not what its column holds; the message is the reason."""


def parse(kind: str, value: Any) -> Any:
    """A cell's value as its column's type, None when empty; CellError with the reason otherwise."""
    if isinstance(value, str):
        value = value.strip()
        if value == "" or (kind not in ("text",) and value in ("-", "–", "—")):
            return None
    if value is None:
        return None
    return _PARSERS[kind](value)


def _text(value: Any) -> str:
    if isinstance(value, str):
        return value
    return shown(value)


def money(value: Any) -> Decimal:
    kind = type(value)
    if kind is int:  # the common cells first: whole pounds, and pounds and pence from Excel
        if abs(value) >= MONEY_LIMIT:
            raise CellError(f"is too large: amounts must be less than £{MONEY_LIMIT:,}")
        return Decimal(value)
    if kind is float and abs(value) < MONEY_LIMIT:
        exact = Decimal(repr(value))
        pence = exact.quantize(PENNY)
        if abs(exact - pence) > DUST:
            raise CellError("has a fraction of a penny: give pounds and whole pence")
        return pence
    if isinstance(value, bool) or isinstance(value, (dt.date, dt.time)):
        raise CellError("is not an amount of money")
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise CellError("is not a finite amount of money")
        exact = Decimal(repr(value))
        pence = exact.quantize(PENNY)
        if abs(exact - pence) > DUST:
            raise CellError("has a fraction of a penny: give pounds and whole pence")
        value = pence
    if isinstance(value, str):
        text = value.replace(",", "")
        negative = text.startswith("(") and text.endswith(")")  # (1,234) is -1,234 in a finance sheet
        text = text.strip("()") if negative else text
        if not re.fullmatch(r"[-+]?£?\s*[-+]?[0-9]*\.?[0-9]+", text):
            raise CellError("is text, not a number")
        value = ("-" if negative else "") + text.replace("£", "").replace(" ", "")
    try:
        return to_money(value, "amount")
    except DomainError as e:
        raise CellError(e.reason) from None


def _integer(value: Any) -> int:
    if isinstance(value, bool):
        raise CellError("is not a whole number")
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, int):
        return value
    if isinstance(value, str) and re.fullmatch(r"-?[0-9]{1,9}", value):
        return int(value)
    raise CellError("is text, not a whole number" if isinstance(value, str) else "is not a whole number")


def _year(value: Any) -> int:
    """2016, or 2016/17 as finance officers write a financial year."""
    if isinstance(value, str):
        found = re.fullmatch(r"(20[0-9]{2})(?:\s*[/-]\s*([0-9]{2}|20[0-9]{2}))?", value)
        if not found:
            raise CellError("is not a financial year (e.g. 2016/17 or 2016)")
        first = int(found.group(1))
        if found.group(2) and int(found.group(2)[-2:]) != (first + 1) % 100:
            raise CellError("is not a financial year: the second year follows the first (2016/17)")
        return first
    year = _integer(value)
    if not 2000 <= year <= 2100:
        raise CellError("is not a financial year (e.g. 2016/17 or 2016)")
    return year


def _month(value: Any) -> int:
    month = _integer(value)
    if not 1 <= month <= 12:
        raise CellError("is not a month of the financial year: 1 (April) to 12 (March)")
    return month


def _bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)) and value in (0, 1):
        return bool(value)
    if isinstance(value, str) and value.lower() in ("yes", "y", "true", "total", "no", "n", "false"):
        return value.lower() in ("yes", "y", "true", "total")
    raise CellError("is not yes or no")


def _decimal(value: Any) -> Decimal:
    if isinstance(value, bool):
        raise CellError("is not a number")
    if isinstance(value, float):
        return Decimal(repr(value))
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, str):
        try:
            number = Decimal(value.replace(",", "").rstrip("% "))
        except InvalidOperation:
            raise CellError("is text, not a number") from None
        if not number.is_finite():
            raise CellError("is not a finite number")
        return number
    raise CellError("is not a number")


def _date(value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            raise CellError("is not a date (e.g. 2017-03-31)") from None
    raise CellError("is not a date")


_PARSERS: dict[str, Callable[[Any], Any]] = {
    "text": _text, "money": money, "year": _year, "month": _month, "int": _integer, "bool": _bool,
    "percent": _decimal, "decimal": _decimal, "date": _date,
}


def year_label(year: int) -> str:
    return f"{year}/{(year + 1) % 100:02d}"


def group_rows(rows: Sequence[Row], fields: Sequence[str]) -> dict[tuple, list[Row]]:
    """Rows by the values of some fields, in the order first seen."""
    out: dict[tuple, list[Row]] = {}
    for r in rows:
        out.setdefault(tuple(r.values.get(f) for f in fields), []).append(r)
    return out
