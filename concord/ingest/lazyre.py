"""Patterns compiled when first used, not when their module is imported.

A pattern built from a whole label vocabulary is tens of kilobytes, and Python compiles it in a tenth of a second or
more: at import, every ``concord`` command that reads a paper would pay for all of them, though a paper needs few.
"""

from __future__ import annotations

import re
from typing import Any, cast


class _Lazy:
    __slots__ = ("_source", "_flags", "_compiled")

    def __init__(self, source: str, flags: int) -> None:
        self._source, self._flags = source, flags
        self._compiled: re.Pattern[str] | None = None

    def __getattr__(self, name: str) -> Any:
        if self._compiled is None:
            self._compiled = re.compile(self._source, self._flags)
        return getattr(self._compiled, name)


def compile_lazily(source: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)``, done at the first use of the pattern's attributes (``search``, ``finditer``,
    ``pattern``...). It is no ``re.Pattern`` to ``isinstance``: keep it to code that calls its methods."""
    return cast(re.Pattern[str], _Lazy(source, flags))
