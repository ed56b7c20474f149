"""The demo data set: the facts of the seed papers, loaded once and only once."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
import sqlalchemy as sa

from concord.domain.findings import Kind
from concord.domain.vocab import ActionStatus, AttendanceRole, CostBasis, OfficeKind, VersionKind
from concord.services import check
from concord.services.context import reading, system_actor
from concord.demo import load_demo
from concord.services.reference import ensure_reference_data
from concord.store import models as m
from concord.store.base import Base


def run_check(store, *args):  # noqa: ANN001, ANN002, ANN201
    with reading(store, system_actor("test")) as ctx:
        return check.run_check(ctx, *args)


@pytest.fixture(scope="module")
def demo(module_store):  # noqa: ANN001
    """One loaded demo register for the whole module: the tests read it, and the one
    that loads it again checks that nothing is added."""
    store = module_store
    with store.transaction() as s:
        ensure_reference_data(s)
    with store.transaction() as s:
        added = load_demo(s)
    return store, added


def _counts(store) -> dict[str, int]:  # noqa: ANN001
    with store.reading() as s:
        return {t.name: s.scalar(sa.select(sa.func.count()).select_from(t))
                for t in Base.metadata.sorted_tables if t.name != "audit_record"}


def _agreement(s, slug: str) -> m.Agreement:  # noqa: ANN001
    return s.scalar(sa.select(m.Agreement).where(m.Agreement.slug == slug))


def test_load_reports_what_it_added(demo) -> None:
    _, added = demo
    assert added["agreements"] == 6  # ERSOU among them, published as its summary (rule 15)
    assert added["published summaries"] == 1
    assert added["decision notices"] == 4
    assert added["alliances"] == 4
    assert all(n >= 0 for n in added.values())


def test_second_load_adds_nothing(demo) -> None:
    store, _ = demo
    before = _counts(store)
    with store.transaction() as s:
        again = load_demo(s)
    assert again and set(again.values()) == {0}
    assert _counts(store) == before


def test_seven_force_agreement(demo) -> None:
    store, _ = demo
    with store.reading() as s:
        a = _agreement(s, "seven-force")
        assert (a.start_date, a.review_date, a.end_date) == (
            dt.date(2015, 10, 22), dt.date(2016, 10, 21), dt.date(2021, 3, 31))
        assert a.annual_budget == Decimal("1200000.00") and a.one_off_budget == Decimal("150000.00")
        assert a.cost_basis is CostBasis.NRE_SHARE
        offices = [p.office for p in a.parties]
        assert len(offices) == 14
        assert sum(o.kind is OfficeKind.CHIEF_CONSTABLE for o in offices) == 7
        assert {o.force_id for o in offices} == {
            "bedfordshire", "cambridgeshire", "essex", "hertfordshire", "kent", "norfolk", "suffolk"}
        versions = a.versions
        assert versions[0].kind is VersionKind.ORIGINAL
        assert versions[-1].changes["end_date"] == ["2019-03-31", "2021-03-31"]
        notice = s.get(m.DecisionNotice, versions[-1].decision_notice_id)
        assert notice.reference == "CPCC2019-007"


def test_some_parties_have_not_renewed_beyond_march_2021(demo) -> None:
    store, _ = demo
    expiry = [f for f in run_check(store, dt.date(2021, 1, 15))
              if f.kind == Kind.AGREEMENT_EXPIRY and f.subject == "Seven Force Strategic Collaboration Programme"]
    assert len(expiry) == 1 and expiry[0].date == dt.date(2021, 3, 31)
    detail = expiry[0].detail
    assert "The Police and Crime Commissioner for Kent" in detail
    assert "Cambridgeshire" not in detail


def test_seven_force_nres_are_estimates(demo) -> None:
    store, _ = demo
    with store.reading() as s:
        rows = s.scalars(sa.select(m.NetRevenueExpenditure).where(m.NetRevenueExpenditure.financial_year == 2016))
        nre = {r.force_id: r for r in rows}
    assert set(nre) == {"bedfordshire", "cambridgeshire", "essex", "hertfordshire", "kent", "norfolk", "suffolk"}
    assert all(r.is_estimate for r in nre.values())
    assert nre["kent"].amount > nre["essex"].amount > nre["hertfordshire"].amount > nre["bedfordshire"].amount


def test_btp_joined_chiltern_on_1_may_2019(demo) -> None:
    store, _ = demo
    with store.reading() as s:
        a = _agreement(s, "chiltern")
        assert a.review_date == dt.date(2022, 4, 30) and a.cost_basis is CostBasis.USAGE
        btp = [p for p in a.parties if p.office.force_id == "btp"]
        assert len(btp) == 1 and btp[0].joined_on == dt.date(2019, 5, 1)
        assert len(a.parties) == 9  # the nine corporations sole
        joins = [v for v in a.versions if v.kind is VersionKind.MEMBER_JOINS]
        assert joins and joins[0].effective_from == dt.date(2019, 5, 1)
        member = s.scalar(sa.select(m.AllianceMember).join(m.Alliance)
                          .where(m.Alliance.slug == "chiltern", m.AllianceMember.force_id == "btp"))
        assert member.joined_on == dt.date(2019, 5, 1)


def test_single_online_home_host_holds_half_the_vote(demo) -> None:
    store, _ = demo
    with store.reading() as s:
        a = _agreement(s, "single-online-home")
        assert a.host_force_id == "metropolitan" and a.notice_period_months == 12
        weights = {p.office.force_id: p.vote_weight for p in a.parties if p.vote_weight is not None}
        assert weights["metropolitan"] == Decimal(50)
        assert sum(weights.values()) == Decimal(100)


def test_decision_notices_007_to_010(demo) -> None:
    store, _ = demo
    with store.reading() as s:
        notices = s.scalars(sa.select(m.DecisionNotice).order_by(m.DecisionNotice.number)).all()
        assert [n.reference for n in notices] == [f"CPCC2019-{n:03d}" for n in (7, 8, 9, 10)]
        assert all(n.decision is not None and n.decision.agreement_id for n in notices)
        assert all(n.policing_body.notice_prefix == "CPCC" for n in notices)
        assert notices[1].signed_on == dt.date(2019, 5, 16)
    assert not [f for f in run_check(store, dt.date(2021, 1, 15))
                if f.kind in (Kind.NOTICE_NUMBER_GAP, Kind.NOTICE_NUMBER_DUPLICATE)]


def test_bcb_meetings_of_november_and_december_2016(demo) -> None:
    store, _ = demo
    with store.reading() as s:
        bcb = s.scalar(sa.select(m.Forum).where(m.Forum.slug == "cambridgeshire-bcb"))
        assert bcb.public is False
        dec = s.scalar(sa.select(m.Meeting).where(m.Meeting.forum_id == bcb.id,
                                                  m.Meeting.date == dt.date(2016, 12, 16)))
        titles = [i.title for i in dec.items]
        assert len(titles) == 14
        assert any("Chiltern" in t for t in titles) and any("Police and Crime Plan" in t for t in titles)
        nov = s.scalar(sa.select(m.Meeting).where(m.Meeting.forum_id == bcb.id,
                                                  m.Meeting.date == dt.date(2016, 11, 10)))
        roles = {a.person.name: a.role for a in nov.attendance}
        assert roles["Dorothy Gregson"] is AttendanceRole.MEMBER
        assert roles["Jason Ablewhite"] is AttendanceRole.APOLOGIES
        assert roles["Claire George"] is AttendanceRole.IN_ATTENDANCE
        minute = s.scalar(sa.select(m.Minute).where(m.Minute.meeting_id == nov.id))
        assert minute.legacy_marking == "PROTECT until Approved" and minute.held_until_approved
        assert minute.approved_at_meeting_id == dec.id
        papers = s.scalars(sa.select(m.Paper).where(m.Paper.meeting_id == dec.id)).all()
        assert all(p.dispatched_on for p in papers)


def test_check_finds_a_late_paper_and_an_overdue_action(demo) -> None:
    store, _ = demo
    found = run_check(store, dt.date.today())
    assert [f for f in found if f.kind == Kind.PAPER_LATE]
    overdue = [f for f in found if f.kind == Kind.ACTION_OVERDUE]
    assert len(overdue) == 1 and "10.3(i)" in overdue[0].subject
    with store.reading() as s:
        assert s.scalar(sa.select(sa.func.count()).select_from(m.Action)
                        .where(m.Action.status == ActionStatus.OPEN)) >= 1


def test_month_6_finance_as_printed(demo) -> None:
    store, _ = demo
    with store.reading() as s:
        total = s.scalar(sa.select(m.BudgetLine).where(
            m.BudgetLine.label == "Policing Budget Delegated to Chief Constable"))
        assert total.is_total and total.full_year_budget == Decimal("127499000.00")
        erp = s.scalar(sa.select(m.CapitalScheme).where(m.CapitalScheme.code == "CP16/05"))
        assert (erp.original, erp.amendments) == (Decimal("624000.00"), Decimal("56000.00"))
        gap = s.scalars(sa.select(m.MtfpLine).where(m.MtfpLine.label == "Budget gap (cumulative)")
                        .order_by(m.MtfpLine.financial_year)).all()
        assert [g.amount for g in gap] == [Decimal(n) * 1000 for n in (3819, 5342, 5781, 6381)]


def test_projects_phases_and_savings(demo) -> None:
    store, _ = demo
    with store.reading() as s:
        erp = s.scalar(sa.select(m.Project).where(m.Project.slug == "bch-erp"))
        assert len(erp.phases) >= 3
        # one register of savings: the seeds' £5.0m is one line, of its project, and the project's savings are its lines
        [saving] = s.scalars(sa.select(m.SavingsLine).where(m.SavingsLine.period == "2017/18-2019/20"))
        assert saving.predicted == Decimal("5000000.00") and saving.project.slug == "bch-collaboration-savings"
        ict = s.scalar(sa.select(m.Project).where(m.Project.slug == "bch-ict"))
        assert [x.period for x in ict.savings] == ["2014/15", "2015/16", "2016/17", "2017/18"]
        assert {x.alliance_id for x in ict.savings} == {ict.alliance_id}


def test_the_loader_writes_rows_in_batches_not_one_flush_each(store) -> None:  # noqa: ANN001
    """Rows that nothing refers to wait for the next batch: far fewer flushes than rows added."""
    flushes = []
    with store.transaction() as s:
        ensure_reference_data(s)
    with store.transaction() as s:
        sa.event.listen(s, "after_flush", lambda *_: flushes.append(1))
        added = load_demo(s)
    rows = sum(n for label, n in added.items() if label != "fields filled in")
    assert rows > 500
    assert len(flushes) < rows / 2, (len(flushes), rows)
