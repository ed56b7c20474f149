"""Parsing helpers shared by commands: dates, numbers, money, ids, output.

Every helper turns what a person typed into a value, or raises
DomainError(field, value as typed, reason) — exit 2, never a traceback.
The bounds are in `concord.domain.text`; pass them to Typer as
`min=`/`max=` for counts (the help then states the range).
"""

from __future__ import annotations

import datetime as dt
import io
import os
import re
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path
from typing import TextIO, TypeVar

import typer

from concord.domain import text
from concord.domain.errors import DomainError
from concord.domain.money import to_money

T = TypeVar("T")


def parse_date(value: str | None, field: str) -> dt.date | None:
    """YYYY-MM-DD between 1900-01-01 and 2199-12-31, or None when not given."""
    if value is None:
        return None
    return text.parse_date(value, field)


def parse_decimal(value: str, field: str, low: Decimal, high: Decimal) -> Decimal:
    """A plain decimal number (ASCII digits, optional sign and point) within low..high."""
    s = value.strip()
    if not re.fullmatch(r"-?(?:[0-9]{1,30}(?:\.[0-9]{0,30})?|\.[0-9]{1,30})", s, re.ASCII):
        raise DomainError(field, value, "is not a number (e.g. 50 or 33.5)")
    number = Decimal(s)
    if not low <= number <= high:
        raise DomainError(field, value, f"is out of range: a number from {low} to {high}")
    return number


def parse_money(value: str | None, field: str, allow_negative: bool = False) -> Decimal | None:
    """Pounds and whole pence as typed (£1,200,000.00, 1.2m), or None when not given."""
    if value is None:
        return None
    return to_money(value, field, allow_negative=allow_negative)


class Bounded:
    """A Typer `parser=`: a whole number typed in ASCII digits within low..high,
    else a usage error (exit 2) naming the option, the value and the range —
    never an overflow further on."""

    __name__ = "integer"

    def __init__(self, low: int, high: int, what: str = "a whole number") -> None:
        self.low, self.high, self.what = low, high, what

    def __call__(self, value: object) -> int:
        if isinstance(value, int) and not isinstance(value, bool):
            value = str(value)
        try:
            return text.parse_integer(str(value), "value", self.low, self.high, self.what)
        except DomainError as exc:
            raise typer.BadParameter(f"{value} {exc.reason}") from None

    def __repr__(self) -> str:
        return f"Bounded({self.low}, {self.high})"


#: a record number (an id) as typed: 1 to 2147483647 on every database
RECORD_NUMBER = Bounded(1, text.ID_MAX, "a record number")


def count(high: int, low: int = 0, what: str = "a number") -> Bounded:
    """A count the command bounds (state the range in the option's help)."""
    return Bounded(low, high, what)


def output_path(path: Path | None, field: str, folder: bool = False) -> Path | None:
    """A file (or, with `folder`, a folder) the command may write, checked before
    any work: not a folder where a file is wanted, and in a folder that exists
    and is writable."""
    if path is None:
        return None
    if folder:
        if path.exists() and not path.is_dir():
            raise DomainError(field, str(path), "is a file: name a folder to write into")
        parent = next((p for p in (path, *path.parents) if p.exists()), Path("."))
    else:
        if path.is_dir():
            raise DomainError(field, str(path), "is a folder: name a file to write")
        parent = path.parent if str(path.parent) else Path(".")
        if not parent.is_dir():
            raise DomainError(field, str(path), f"cannot be written: the folder {parent} does not exist")
    if not os.access(parent, os.W_OK | os.X_OK):
        raise DomainError(field, str(path), f"cannot be written: no permission to write in {parent}")
    return path


def terminal_safe(value: str) -> str:
    """Text from the register made safe to print: control characters, escape
    sequences and bidirectional overrides are shown as \\uNNNN."""
    if text.unsafe_character(value, allow_newlines=True) is None:
        return value
    out = []
    for ch in value:
        if ch not in "\n\t" and text.unsafe_character(ch) is not None:
            out.append(f"\\u{ord(ch):04x}")  # as JSON writes it, so JSON output stays valid
        else:
            out.append(ch)
    return "".join(out)


class SafeStream(io.TextIOBase):
    """Standard output that escapes what `terminal_safe` escapes: whatever a
    command prints from the register cannot move the cursor, retitle the
    terminal or reverse the text."""

    def __init__(self, inner: TextIO) -> None:
        self.inner = inner

    def write(self, s: str) -> int:
        self.inner.write(terminal_safe(s))
        return len(s)

    def flush(self) -> None:
        self.inner.flush()

    def isatty(self) -> bool:
        return self.inner.isatty()

    def fileno(self) -> int:
        return self.inner.fileno()

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return getattr(self.inner, "encoding", "utf-8")

    @property
    def buffer(self):  # noqa: ANN201  (click writes bytes here for binary output)
        return self.inner.buffer


def interactive() -> bool:
    return sys.stderr.isatty()


@contextmanager
def progress(label: str, total: int | None = None) -> Iterator:
    """A progress bar on a terminal; plain lines otherwise.

    Yields `advance(n=1, note=None)`.
    """
    if interactive():
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                      TimeElapsedColumn(), transient=True) as bar:
            task = bar.add_task(label, total=total)

            def advance(n: int = 1, note: str | None = None) -> None:
                bar.update(task, advance=n, description=f"{label} {note}" if note else label)

            yield advance
    else:
        def advance(n: int = 1, note: str | None = None) -> None:  # noqa: ARG001
            return None

        yield advance


def track(items: Iterable[T], label: str, total: int | None = None) -> Iterator[T]:
    with progress(label, total) as advance:
        for item in items:
            yield item
            advance()
