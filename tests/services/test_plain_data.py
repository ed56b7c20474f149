"""The seam's contract, checked over every public service function: it takes
a Context first and returns plain data (frozen dataclasses, values,
collections of them), never an ORM object the caller could lazily load
from or change behind the unit of work's back."""

from __future__ import annotations

import dataclasses
import importlib
import inspect
import pkgutil
import typing

import pytest

import concord.services
from concord.services.context import Context
from concord.store.base import Base

#: set-up and tooling that run before any actor exists, or take a Store to open units of work themselves
NOT_SEAM = {"database", "context", "actors", "passwords", "reference"}


def _modules():
    for info in pkgutil.iter_modules(concord.services.__path__):
        if info.name in NOT_SEAM or info.name.startswith("demo"):
            continue
        yield importlib.import_module(f"concord.services.{info.name}")


def _public_functions():
    for module in _modules():
        for name, fn in inspect.getmembers(module, inspect.isfunction):
            if fn.__module__ == module.__name__ and not name.startswith("_"):
                yield pytest.param(module, name, fn, id=f"{module.__name__.rsplit('.', 1)[1]}.{name}")


def _leaves(tp):  # noqa: ANN001, ANN202
    args = typing.get_args(tp)
    if not args:
        yield tp
    for a in args:
        yield from _leaves(a)


def _orm_in(tp, seen=None) -> list[str]:  # noqa: ANN001
    """ORM classes reachable from a type: directly, in generics, or in a dataclass's fields."""
    seen = seen if seen is not None else set()
    found = []
    for leaf in _leaves(tp):
        if not isinstance(leaf, type) or leaf in seen:
            continue
        seen.add(leaf)
        if issubclass(leaf, Base):
            found.append(leaf.__name__)
        elif dataclasses.is_dataclass(leaf):
            for f in dataclasses.fields(leaf):
                hints = typing.get_type_hints(leaf)
                found += _orm_in(hints[f.name], seen)
    return found


#: what a function that reaches the database without a Context would take first
_DB_HANDLES = {"Session", "ConcordSession", "Connection", "Store", "Engine"}


def _first_param(fn):  # noqa: ANN001, ANN202
    params = list(inspect.signature(fn).parameters.values())
    return params[0] if params else None


@pytest.mark.parametrize("module,name,fn", list(_public_functions()))
def test_public_service_functions_take_a_context_and_return_plain_data(module, name, fn) -> None:  # noqa: ANN001
    """A public function that reaches the register takes the Context first (never a
    session, connection or store of its own); none returns an ORM object."""
    hints = typing.get_type_hints(fn)
    first = _first_param(fn)
    if first is not None:
        kind = hints.get(first.name)
        kind_name = getattr(kind, "__name__", str(kind))
        assert kind_name not in _DB_HANDLES, (
            f"{module.__name__}.{name} takes a {kind_name} first: take the Context (ctx) "
            "and use ctx.session, or make it private")
        if first.name == "ctx":
            assert kind is Context, f"{module.__name__}.{name}: ctx must be a Context"
    assert "return" in hints, f"{module.__name__}.{name} has no return annotation"
    orm = _orm_in(hints["return"])
    assert not orm, f"{module.__name__}.{name} returns ORM objects: {orm}"


def test_returned_dataclasses_are_frozen() -> None:
    loose = []
    for module in _modules():
        for name, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ == module.__name__ and dataclasses.is_dataclass(cls) and \
                    not cls.__dataclass_params__.frozen and not name.startswith("_"):
                loose.append(f"{module.__name__}.{name}")
    assert not loose, f"service dataclasses must be frozen: {loose}"
