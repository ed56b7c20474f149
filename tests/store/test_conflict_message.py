"""A stale update names the record it lost on, never '?'."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from concord.domain.errors import ConflictError


def test_a_lost_race_names_the_table_and_the_row(store) -> None:  # noqa: ANN001
    from concord.store.models import Organisation

    with store.transaction() as s:
        s.add(Organisation(slug="kent-opcc", name="Office of the Kent PCC", kind="policing_body"))
    with store.reading() as r:  # what the user saw (a write lock is taken only when writing)
        mine = r.scalar(sa.select(Organisation).where(Organisation.slug == "kent-opcc"))
    with store.transaction() as second:  # someone else changes it meanwhile
        second.scalar(sa.select(Organisation).where(Organisation.slug == "kent-opcc")).name = "Theirs"
    with pytest.raises(ConflictError) as caught:
        with store.transaction() as first:
            first.add(mine)
            mine.name = "Mine"
    assert caught.value.entity == "organisation" and caught.value.ident == "kent-opcc"
    assert "'?'" not in str(caught.value) and "kent-opcc" in str(caught.value)
