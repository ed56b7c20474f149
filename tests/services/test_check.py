"""`concord check` over a small register built for each case."""

import datetime as dt
import json
from decimal import Decimal

import pytest
import sqlalchemy as sa

from concord.domain.findings import Kind
from concord.domain.vocab import ActionStatus, AgreementStatus, OfficeKind, TableKind, Unit
from concord.services import check
from concord.services.context import reading, system_actor


def run_check(store, *args):  # noqa: ANN001, ANN002, ANN201
    with reading(store, system_actor("test")) as ctx:
        return check.run_check(ctx, *args)
from concord.services.reference import ensure_reference_data, office
from concord.store import models as m
from concord.store.db import Store

D = dt.date


@pytest.fixture
def reg(store: Store) -> Store:
    with store.transaction() as s:
        ensure_reference_data(s)
    return store


def _agreement(s, **kw):  # noqa: ANN001, ANN003
    a = m.Agreement(slug=kw.pop("slug", "a"), title=kw.pop("title", "Test agreement"),
                    status=AgreementStatus.IN_FORCE, **kw)
    s.add(a)
    return a


def test_expiry_names_the_parties_that_have_not_renewed(reg: Store) -> None:
    with reg.transaction() as s:
        a = _agreement(s, start_date=D(2018, 4, 1), end_date=D(2021, 3, 31))
        kent = office(s, OfficeKind.CHIEF_CONSTABLE, "kent")
        essex = office(s, OfficeKind.CHIEF_CONSTABLE, "essex")
        a.parties += [m.AgreementParty(office_id=kent.id), m.AgreementParty(office_id=essex.id)]
        a.renewals.append(m.Renewal(office_id=kent.id, renewed_on=D(2020, 12, 1), new_end_date=D(2024, 3, 31)))
    found = [f for f in run_check(reg, D(2021, 1, 15), 90) if f.kind == Kind.AGREEMENT_EXPIRY]
    assert len(found) == 1
    assert found[0].date == D(2021, 3, 31)
    assert "The Chief Constable of Essex Police" in found[0].detail
    assert "Kent" not in found[0].detail
    assert not found[0].overdue
    # outside the window: nothing yet
    assert not [f for f in run_check(reg, D(2020, 6, 1), 90) if f.kind == Kind.AGREEMENT_EXPIRY]
    # after the end date, unrenewed: overdue
    late = [f for f in run_check(reg, D(2021, 4, 2), 90) if f.kind == Kind.AGREEMENT_EXPIRY]
    assert late[0].overdue


def test_review_due_and_lapsed(reg: Store) -> None:
    with reg.transaction() as s:
        _agreement(s, review_date=D(2016, 10, 21), end_date=D(2017, 3, 31))
    soon = [f for f in run_check(reg, D(2016, 10, 1), 30) if f.kind == Kind.AGREEMENT_REVIEW]
    assert soon and not soon[0].overdue and "20 days" in soon[0].detail
    lapsed = [f for f in run_check(reg, D(2016, 11, 1), 30) if f.kind == Kind.AGREEMENT_REVIEW]
    assert lapsed and lapsed[0].overdue


def test_earliest_exit_after_notice(reg: Store) -> None:
    with reg.transaction() as s:
        _agreement(s, end_date=D(2021, 2, 1), notice_period_months=12, notice_to="the host force")
    exits = [f for f in run_check(reg, D(2021, 1, 15), 30) if f.kind == Kind.EARLIEST_EXIT]
    assert exits and exits[0].date == D(2022, 1, 15)


def _meeting(s, day: dt.date, notice_clear_days: int | None = None, slug: str = "bcb",  # noqa: ANN001
             name: str = "Board"):
    forum = m.Forum(slug=slug, name=name, kind="board", notice_clear_days=notice_clear_days)
    s.add(forum)
    s.flush()
    meeting = m.Meeting(forum_id=forum.id, date=day)
    s.add(meeting)
    s.flush()
    return meeting


def test_overdue_actions_only(reg: Store) -> None:
    with reg.transaction() as s:
        meeting = _meeting(s, D(2016, 11, 10))
        s.add_all([
            m.Action(meeting_id=meeting.id, number="1", text="Report back on vetting", owner="A. Owner", due=D(2016, 12, 1)),
            m.Action(meeting_id=meeting.id, number="2", text="Done already", due=D(2016, 12, 1), status=ActionStatus.DONE),
            m.Action(meeting_id=meeting.id, number="3", text="Not yet due", due=D(2017, 6, 1)),
        ])
    found = [f for f in run_check(reg, D(2017, 1, 1)) if f.kind == Kind.ACTION_OVERDUE]
    assert [f.subject for f in found] == ["Board 2016-11-10 action 1"]
    assert "31 days overdue" in found[0].detail and found[0].overdue


def test_papers_sent_too_late_for_two_clear_working_days(reg: Store) -> None:
    with reg.transaction() as s:
        meeting = _meeting(s, D(2016, 12, 16), notice_clear_days=2)
        no_rule = _meeting(s, D(2016, 12, 16), slug="other", name="Other")
        s.add_all([m.Paper(meeting_id=meeting.id, title="On time", dispatched_on=D(2016, 12, 13), needs_decision=True),
                   m.Paper(meeting_id=meeting.id, title="Too late", dispatched_on=D(2016, 12, 14), needs_decision=True),
                   m.Paper(meeting_id=meeting.id, title="For noting", dispatched_on=D(2016, 12, 15)),
                   m.Paper(meeting_id=no_rule.id, title="No rule", dispatched_on=D(2016, 12, 15), needs_decision=True)])
        item = m.AgendaItem(meeting_id=meeting.id, position=1, number="1", title="Approve", needs_decision=True)
        s.add(item)
        s.flush()
        s.add(m.Paper(meeting_id=meeting.id, agenda_item_id=item.id, title="For its item", dispatched_on=D(2016, 12, 15)))
    found = [f for f in run_check(reg, D(2017, 1, 1)) if f.kind == Kind.PAPER_LATE]
    assert sorted(f.subject for f in found) == ["Board 2016-12-16: For its item", "Board 2016-12-16: Too late"]
    found = [f for f in found if f.subject.endswith("Too late")]
    assert "2016-12-13" in found[0].detail and "in-principle decision" in found[0].detail


def test_decision_notice_numbering_gaps(reg: Store) -> None:
    with reg.transaction() as s:
        from sqlalchemy import select

        body = s.scalar(select(m.PolicingBody).where(m.PolicingBody.force_id == "cambridgeshire"))
        body.notice_prefix = "CPCC"
        for n in (7, 8, 10):
            s.add(m.DecisionNotice(policing_body_id=body.id, reference=f"CPCC2019-{n:03d}", year=2019,
                                   number=n, subject="s", decision_text="d"))
    found = [f for f in run_check(reg, D(2019, 6, 1)) if f.kind == Kind.NOTICE_NUMBER_GAP]
    assert any("9" in f.detail for f in found)
    assert all("CPCC" in f.subject for f in found)


def test_printed_totals_that_do_not_cast(reg: Store) -> None:
    with reg.transaction() as s:
        good = m.FinancialTable(kind=TableKind.REVENUE, title="Casts", unit=Unit.GBP)
        good.lines += [m.BudgetLine(position=1, label="Pay", actual=Decimal("100.00")),
                       m.BudgetLine(position=2, label="Non-pay", actual=Decimal("50.00")),
                       m.BudgetLine(position=3, label="Total", is_total=True, actual=Decimal("150.00"))]
        bad = m.FinancialTable(kind=TableKind.REVENUE, title="Does not cast", unit=Unit.GBP)
        bad.lines += [m.BudgetLine(position=1, label="Pay", actual=Decimal("100.00")),
                      m.BudgetLine(position=2, label="Non-pay", actual=Decimal("50.00")),
                      m.BudgetLine(position=3, label="Total", is_total=True, actual=Decimal("160.00"))]
        s.add_all([good, bad])
    found = [f for f in run_check(reg, D(2017, 1, 1)) if f.kind == Kind.TOTAL_DOES_NOT_CAST]
    assert [f.subject for f in found] == ["Does not cast: Total"]
    assert "£160.00" in found[0].detail and "£150.00" in found[0].detail


def test_check_json_and_strict_exit_codes(cli, reg: Store) -> None:
    with reg.transaction() as s:
        meeting = _meeting(s, D(2016, 11, 10))
        s.add(m.Action(meeting_id=meeting.id, text="Overdue", due=D(2016, 12, 1)))
    code, out, _ = cli("check", "--as-of", "2017-01-01", "--json")
    data = json.loads(out)
    assert code == 0 and data["as_of"] == "2017-01-01"
    assert {"kind", "subject", "date", "detail"} <= set(data["findings"][0])
    assert cli("check", "--as-of", "2017-01-01", "--strict")[0] == 1
    assert cli("check", "--as-of", "2016-11-30", "--strict")[0] == 0
    code, _, err = cli("check", "--as-of", "15/01/2021")
    assert code == 2 and "--as-of" in err and "YYYY-MM-DD" in err


def test_a_section_total_adds_up_its_own_section_only(reg: Store) -> None:
    with reg.transaction() as s:
        t = m.FinancialTable(kind=TableKind.REVENUE, title="Sections", unit=Unit.GBP)
        t.lines += [m.BudgetLine(position=1, label="Officers", section="Pay", actual=Decimal("100.00")),
                    m.BudgetLine(position=2, label="Staff", section="Pay", actual=Decimal("50.00")),
                    m.BudgetLine(position=3, label="Total pay", section="Pay", is_total=True, actual=Decimal("150.00")),
                    m.BudgetLine(position=4, label="Premises", section="Non-pay", actual=Decimal("30.00")),
                    m.BudgetLine(position=5, label="Total non-pay", section="Non-pay", is_total=True, actual=Decimal("30.00")),
                    m.BudgetLine(position=6, label="Grand total", is_total=True, actual=Decimal("180.00"))]
        s.add(t)
    assert not [f for f in run_check(reg, D(2017, 1, 1)) if f.kind == Kind.TOTAL_DOES_NOT_CAST]
    with reg.transaction() as s:  # a correction to one line makes two totals wrong
        line = s.scalars(sa.select(m.BudgetLine).where(m.BudgetLine.label == "Staff")).one()
        line.actual = Decimal("70.00")
    found = sorted(f.subject for f in run_check(reg, D(2017, 1, 1)) if f.kind == Kind.TOTAL_DOES_NOT_CAST)
    assert found == ["Sections: Grand total", "Sections: Total pay"]


def test_draft_minutes_not_approved_at_the_next_meeting(reg: Store) -> None:
    from concord.domain.vocab import MeetingStatus, MinuteStatus

    with reg.transaction() as s:
        first = _meeting(s, D(2016, 11, 10))
        s.add(m.Meeting(forum_id=first.forum_id, date=D(2016, 12, 16), status=MeetingStatus.HELD))
        s.add(m.Minute(meeting_id=first.id, status=MinuteStatus.DRAFT, legacy_marking="PROTECT until Approved",
                       held_until_approved=True))
    assert not [f for f in run_check(reg, D(2016, 12, 1)) if f.kind == Kind.MINUTES_NOT_APPROVED]
    found = [f for f in run_check(reg, D(2017, 1, 5)) if f.kind == Kind.MINUTES_NOT_APPROVED]
    assert [(f.subject, f.date) for f in found] == [("Board 2016-11-10", D(2016, 12, 16))] and found[0].overdue
    with reg.transaction() as s:
        s.scalars(sa.select(m.Minute)).one().status = MinuteStatus.APPROVED
    assert not [f for f in run_check(reg, D(2017, 1, 5)) if f.kind == Kind.MINUTES_NOT_APPROVED]
