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
ALLOWED_FIRST = {"ctx"}


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


def _is_service(fn) -> bool:  # noqa: ANN001
    params = list(inspect.signature(fn).parameters.values())
    return bool(params) and params[0].name in ALLOWED_FIRST


@pytest.mark.parametrize("module,name,fn", list(_public_functions()))
def test_public_service_functions_return_plain_data(module, name, fn) -> None:  # noqa: ANN001
    hints = typing.get_type_hints(fn)
    if not _is_service(fn):
        pytest.fail(f"{module.__name__}.{name} is public but does not take a Context first: "
                    "make it private (_name) or a service (ctx: Context, ...)")
    assert hints.get(list(inspect.signature(fn).parameters)[0]) is Context
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
