"""The write rules hold for every writer, and a refused write leaves nothing behind."""

import datetime as dt
from decimal import Decimal

import pytest
import sqlalchemy as sa

from concord.domain.errors import DomainError
from concord.domain.markings import Marking
from concord.domain.vocab import OfficeKind
from concord.services.reference import ensure_reference_data, office
from concord.store import models as m
from concord.store.db import Store
from concord.store.validate import CONFIRM_DOWNGRADE, MARKING_REASON

D = dt.date


@pytest.fixture
def reg(store: Store) -> Store:
    with store.transaction() as s:
        ensure_reference_data(s)
    return store


def _count(store: Store, model) -> int:  # noqa: ANN001
    with store.reading() as s:
        return s.scalar(sa.select(sa.func.count()).select_from(model))


def test_end_before_start_is_refused_naming_the_field(reg: Store) -> None:
    with pytest.raises(DomainError) as info:
        with reg.transaction() as s:
            s.add(m.Agreement(slug="x", title="X", start_date=D(2020, 4, 1), end_date=D(2019, 3, 31)))
    assert info.value.field == "end_date" and "2019-03-31" in str(info.value) and "before the start" in str(info.value)
    assert _count(reg, m.Agreement) == 0


def test_negative_budget_is_refused(reg: Store) -> None:
    with pytest.raises(DomainError, match="annual_budget.*negative"):
        with reg.transaction() as s:
            s.add(m.Agreement(slug="x", title="X", annual_budget=Decimal("-1")))


def test_a_party_cannot_renew_an_agreement_it_is_not_in(reg: Store) -> None:
    with reg.transaction() as s:
        a = m.Agreement(slug="x", title="Fleet", start_date=D(2019, 1, 1), end_date=D(2021, 3, 31))
        a.parties.append(m.AgreementParty(office_id=office(s, OfficeKind.CHIEF_CONSTABLE, "kent").id))
        s.add(a)
    with pytest.raises(DomainError) as info:
        with reg.transaction() as s:
            outsider = office(s, OfficeKind.CHIEF_CONSTABLE, "essex")
            s.add(m.Renewal(agreement_id=1, office_id=outsider.id, renewed_on=D(2021, 1, 1), new_end_date=D(2024, 3, 31)))
    assert info.value.field == "party" and "Essex" in str(info.value.value) and "not a party" in info.value.reason
    assert _count(reg, m.Renewal) == 0


def test_duplicate_decision_numbers_are_refused(reg: Store) -> None:
    with reg.transaction() as s:
        body = s.scalar(sa.select(m.PolicingBody).where(m.PolicingBody.force_id == "kent"))
        body.notice_prefix = "KPCC"
        s.add(m.DecisionNotice(policing_body_id=body.id, reference="KPCC2020-001", year=2020, number=1,
                               subject="a", decision_text="a"))
    with pytest.raises(DomainError) as info:
        with reg.transaction() as s:
            body_id = s.scalar(sa.select(m.PolicingBody.id).where(m.PolicingBody.force_id == "kent"))
            s.add(m.DecisionNotice(policing_body_id=body_id, reference="KPCC 2020-001", year=2020, number=1, subject="b", decision_text="b"))
    assert info.value.field == "reference" and "duplicates" in info.value.reason
    assert _count(reg, m.DecisionNotice) == 1


def test_nre_must_be_positive(reg: Store) -> None:
    with pytest.raises(DomainError, match="amount"):
        with reg.transaction() as s:
            s.add(m.NetRevenueExpenditure(force_id="kent", financial_year=2016, amount=Decimal("0")))


def test_marking_history_is_kept_and_no_automatic_downgrade(reg: Store) -> None:
    with reg.transaction() as s:
        s.add(m.Agreement(slug="x", title="X", marking=Marking.OFFICIAL_SENSITIVE, legacy_marking="RESTRICTED"))
    with pytest.raises(DomainError, match="never lowered automatically"):
        with reg.transaction() as s:
            s.get(m.Agreement, 1).marking = Marking.OFFICIAL
    with reg.transaction(actor="governance officer") as s:
        s.info[CONFIRM_DOWNGRADE] = True
        s.info[MARKING_REASON] = "approved for publication at the board"
        s.get(m.Agreement, 1).marking = Marking.OFFICIAL
    with reg.reading() as s:
        history = s.scalars(sa.select(m.MarkingChange).order_by(m.MarkingChange.id)).all()
    assert [(h.entity, h.entity_id, h.from_marking, h.to_marking) for h in history] == [
        ("agreement", "1", None, Marking.OFFICIAL_SENSITIVE),
        ("agreement", "1", Marking.OFFICIAL_SENSITIVE, Marking.OFFICIAL),
    ]
    assert history[0].legacy_marking == "RESTRICTED"
    assert history[1].by == "governance officer" and "publication" in history[1].reason


def test_phase_end_before_start_is_refused(reg: Store) -> None:
    with pytest.raises(DomainError, match="planned_end"):
        with reg.transaction() as s:
            p = m.Project(slug="p", name="P")
            p.phases.append(m.ProjectPhase(position=1, name="Build", planned_start=D(2017, 4, 1), planned_end=D(2017, 1, 1)))
            s.add(p)
