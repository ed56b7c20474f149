"""The light table handles used by read-only SQL match the models."""

import sqlalchemy as sa

from concord.store import light
from concord.store.base import Base
from concord.store import models  # noqa: F401  (registers every table)


def _kind(t: sa.types.TypeEngine) -> type:
    if isinstance(t, sa.Enum):
        return sa.String
    for k in (sa.Date, sa.Boolean, sa.JSON, sa.Integer, sa.String):
        if isinstance(t, k) or isinstance(getattr(t, "impl", None), k):
            return k
    return type(t)


def test_every_light_column_is_a_model_column_of_the_same_kind() -> None:
    for handle in light.ALL:
        table = Base.metadata.tables[handle.name]
        for column in handle.columns:
            assert column.name in table.c, f"{handle.name}.{column.name} is not in the models"
            assert _kind(column.type) is _kind(table.c[column.name].type), f"{handle.name}.{column.name}"


def test_the_check_does_not_load_the_orm() -> None:
    import subprocess
    import sys

    code = ("import sys; import concord.services.check; "
            "print('sqlalchemy.orm' in sys.modules, 'concord.store.models' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]
