"""Constraint failures and column limits as field errors, alike on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from concord.domain.errors import DomainError
from concord.store.base import Base
from concord.store.constraints import constraint_fields


def _org(slug: str, name: str = "An organisation"):  # noqa: ANN202
    from concord.store.models import Organisation

    return Organisation(slug=slug, name=name, kind="force")


def test_every_named_constraint_maps_to_a_field_of_its_table() -> None:
    fields = constraint_fields()
    for table in Base.metadata.tables.values():
        for c in table.constraints:
            if isinstance(c.name, str) and c.name.startswith(("uq_", "fk_", "ck_")):
                assert c.name in fields, c.name
    assert fields["uq_agreement_slug"].field == "slug"
    assert fields["uq_decision_notice_policing_body_id_year_number"].field == "reference"


def test_a_duplicate_is_a_field_error_naming_the_field(store) -> None:  # noqa: ANN001
    with store.transaction() as s:
        s.add(_org("fleet-office"))
    with pytest.raises(DomainError) as err, store.transaction() as s:
        s.add(_org("fleet-office"))
    assert (err.value.field, err.value.value, err.value.reason) == \
        ("slug", "fleet-office", "already exists (must be unique)")


def test_a_missing_parent_is_a_field_error(store) -> None:  # noqa: ANN001
    from concord.store.models import Action

    with pytest.raises(DomainError) as err, store.transaction() as s:
        s.add(Action(meeting_id=987654, text="Do it"))
    assert err.value.reason == "refers to a record that does not exist"


@pytest.mark.parametrize("make, field, limit", [
    (lambda: _org("x" * 81), "slug", "the limit is 80"),
    (lambda: _org("ok-slug", "n" * 201), "name", "the limit is"),
])
def test_lengths_are_refused_with_the_limit_on_every_database(store, make, field, limit) -> None:  # noqa: ANN001
    with pytest.raises(DomainError) as err, store.transaction() as s:
        s.add(make())
    assert err.value.field == field and limit in err.value.reason


@pytest.mark.parametrize("slug", ["", "  ", "Fleet", "fleet\t1", "fleet\n1", "fleet\x1b[0m", "fleet\u202e",
                                  "-fleet", "fleet--1", "fleet-"])
def test_slugs_follow_one_pattern(store, slug: str) -> None:  # noqa: ANN001
    with pytest.raises(DomainError) as err, store.transaction() as s:
        s.add(_org(slug))
    assert err.value.field == "slug"


def test_integers_beyond_32_bits_are_refused_on_every_database(store) -> None:  # noqa: ANN001
    from concord.store.models import Action

    with pytest.raises(DomainError) as err, store.transaction() as s:
        s.add(Action(meeting_id=2**31, text="Do it"))
    assert err.value.field == "meeting_id" and "2147483647" in err.value.reason
