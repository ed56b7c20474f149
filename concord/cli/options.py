"""Parsing helpers shared by commands: dates, money, output."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from concord.domain.errors import DomainError

T = TypeVar("T")


def parse_date(value: str | None, field: str) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise DomainError(field, value, "is not a date in the form YYYY-MM-DD") from None


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
