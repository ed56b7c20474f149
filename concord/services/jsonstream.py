"""JSON read as a stream of events, safely: no recursion, a depth limit,
duplicate keys refused, numbers kept exact.

`ijson.basic_parse` turns bytes into events without building anything;
values are built here with an explicit stack, so a file nested a million
deep is refused at the limit instead of exhausting the stack or memory,
and an object that names a key twice (where the last would silently win)
is refused.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import IO, Any

import ijson

from concord.domain.errors import DomainError

MAX_DEPTH = 40
Event = tuple[str, Any]


class Events:
    """The events of one JSON text, with one event of look-ahead."""

    def __init__(self, fh: IO[bytes], where: str) -> None:
        self.where = where
        self._it = ijson.basic_parse(fh, use_float=False)

    def __iter__(self) -> Iterator[Event]:
        return self

    def __next__(self) -> Event:
        try:
            return next(self._it)
        except StopIteration:
            raise
        except ijson.JSONError as exc:
            raise DomainError("PATH", self.where, f"is not valid JSON ({_why(exc)})") from None
        except UnicodeDecodeError:
            raise DomainError("PATH", self.where, "is not UTF-8 text") from None

    def next(self, what: str) -> Event:
        try:
            return next(self)
        except StopIteration:
            raise DomainError("PATH", self.where, f"ends early: {what} expected") from None


def _why(exc: Exception) -> str:
    text = str(exc)
    if text.startswith(("b'", 'b"')):
        text = text[2:]
    first = text.replace("\\n", "\n").strip().splitlines()[0] if text.strip() else type(exc).__name__
    if "invalid bytes in UTF8" in first:
        return "it is not UTF-8 text"
    if "premature EOF" in first:
        return "it ends early: the file is cut short"
    return first[:120]


def value(events: Events, first: Event, depth: int, field: str) -> Any:
    """Build the JSON value that starts with `first`, at nesting `depth`."""
    kind, v = first
    if kind not in ("start_map", "start_array"):
        return v
    stack: list[tuple[Any, Any]] = []  # (container, pending key or keys seen)
    root: Any = None

    def open_(kind_: str) -> None:
        nonlocal root
        if depth + len(stack) + 1 > MAX_DEPTH:
            raise DomainError(field, f"(nested more than {MAX_DEPTH} deep)",
                              f"is nested too deeply (the limit is {MAX_DEPTH} levels)")
        container: Any = {} if kind_ == "start_map" else []
        stack.append((container, None))

    def put(item: Any) -> None:
        container, key = stack[-1]
        if isinstance(container, dict):
            container[key] = item
            stack[-1] = (container, None)
        else:
            container.append(item)

    open_(kind)
    while True:
        kind, v = events.next("the end of a value")
        if kind in ("start_map", "start_array"):
            open_(kind)
        elif kind in ("end_map", "end_array"):
            done, _ = stack.pop()
            if not stack:
                return done
            put(done)
        elif kind == "map_key":
            container, _ = stack[-1]
            if v in container:
                raise DomainError(field, v, "is a key given twice in one object: refused, "
                                  "since one of the two would be silently lost")
            stack[-1] = (container, v)
        else:
            put(v)


def expect(events: Events, kind: str, what: str) -> Any:
    got, v = events.next(what)
    if got != kind:
        raise DomainError("PATH", events.where, f"is not a Concord file: {what} expected, found {_name(got, v)}")
    return v


def _name(kind: str, v: Any) -> str:
    return {"start_map": "an object", "start_array": "a list", "end_map": "the end of an object",
            "end_array": "the end of a list", "map_key": f"the key {v!s}"}.get(kind, f"the value {_shown(v)}")


def _shown(v: Any) -> str:
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    return str(v)[:60]


def load_small(fh: IO[bytes], where: str, limit: int) -> Any:
    """A whole, small JSON document (a CSV metadata file), read safely."""
    data = fh.read(limit + 1)
    if len(data) > limit:
        raise DomainError("PATH", where, f"is larger than {limit // 1024} KiB")
    return loads(data, where)


def loads(data: bytes | str, where: str, depth: int = 0) -> Any:
    import io

    raw = data.encode("utf-8") if isinstance(data, str) else data
    events = Events(io.BytesIO(raw), where)
    try:
        first = next(events)
    except StopIteration:
        raise DomainError("PATH", where, "is empty, not JSON") from None
    result = value(events, first, depth, where)
    for _ in events:  # ijson refuses trailing garbage as it reaches it
        pass
    return result

