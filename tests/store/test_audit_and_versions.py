"""Every change writes an audit record; a stale update is refused."""

import datetime as dt
from decimal import Decimal

import pytest
import sqlalchemy as sa

from concord.domain.errors import ConflictError, DomainError
from concord.store.db import Store
from concord.store.models import AuditRecord, Force, NetRevenueExpenditure


def _force(store: Store) -> None:
    with store.transaction(actor="alice") as s:
        s.add(Force(id="kent", name="Kent Police", short_name="Kent", territorial=True, country="england"))


def test_insert_update_and_delete_are_audited_with_before_and_after(store: Store) -> None:
    _force(store)
    with store.transaction(actor="bob") as s:
        s.get(Force, "kent").name = "Kent Constabulary"
    with store.transaction(actor="carol") as s:
        s.delete(s.get(Force, "kent"))
    with store.reading() as s:
        rows = s.scalars(sa.select(AuditRecord).order_by(AuditRecord.id)).all()
    assert [(r.action, r.actor, r.entity, r.entity_id) for r in rows] == [
        ("insert", "alice", "force", "kent"),
        ("update", "bob", "force", "kent"),
        ("delete", "carol", "force", "kent"),
    ]
    assert rows[0].after["name"] == "Kent Police"
    assert rows[1].before == {"name": "Kent Police"}
    assert rows[1].after == {"name": "Kent Constabulary"}
    assert rows[2].before["name"] == "Kent Constabulary"
    assert isinstance(rows[0].at, dt.datetime)


def test_every_update_bumps_the_version(store: Store) -> None:
    _force(store)
    with store.transaction() as s:
        s.get(Force, "kent").country = "wales"
    with store.reading() as s:
        assert s.get(Force, "kent").version == 2


def test_a_stale_update_is_refused_not_lost(store: Store) -> None:
    _force(store)
    first = store.sessions()
    stale = first.get(Force, "kent")  # read at version 1
    with store.transaction() as s:  # someone else saves first
        s.get(Force, "kent").name = "Kent Police (new)"
    stale.name = "Kent Police (stale)"
    with pytest.raises(Exception) as info:
        first.commit()
    first.rollback()
    first.close()
    assert "StaleData" in type(info.value).__name__ or isinstance(info.value, ConflictError)
    with store.reading() as s:
        assert s.get(Force, "kent").name == "Kent Police (new)"


def test_transaction_turns_stale_data_into_conflict_error(store: Store) -> None:
    _force(store)
    with pytest.raises(ConflictError):
        with store.transaction() as s:
            f = s.get(Force, "kent")
            t = Force.__table__
            s.execute(sa.update(t).where(t.c.id == "kent").values(version=t.c.version + 1))
            f.name = "changed"


def test_money_is_exact_and_a_failed_transaction_writes_nothing(store: Store) -> None:
    _force(store)
    with pytest.raises(DomainError):
        with store.transaction() as s:
            s.add(NetRevenueExpenditure(force_id="kent", financial_year=2016, amount=Decimal("280123456.78")))
            s.flush()
            s.add(NetRevenueExpenditure(force_id="kent", financial_year=2016, amount=Decimal("1")))
    with store.reading() as s:
        assert s.scalars(sa.select(NetRevenueExpenditure)).all() == []
        assert s.scalar(sa.select(sa.func.count()).select_from(AuditRecord)) == 1
    with store.transaction() as s:
        s.add(NetRevenueExpenditure(force_id="kent", financial_year=2016, amount=Decimal("280123456.78")))
    with store.reading() as s:
        assert s.scalar(sa.select(NetRevenueExpenditure.amount)) == Decimal("280123456.78")


def test_fractions_of_a_penny_are_refused(store: Store) -> None:
    _force(store)
    with pytest.raises(DomainError, match="fractions of a penny"):
        with store.transaction() as s:
            s.add(NetRevenueExpenditure(force_id="kent", financial_year=2016, amount=Decimal("1.005")))
