import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from concord.domain import agreements as ag
from concord.domain.agreements import DateStatus, Renewal, Version
from concord.domain.errors import DomainError
from concord.domain.vocab import VersionKind

D = dt.date
SIX = ["cc-beds", "cc-cambs", "cc-herts", "pcc-beds", "pcc-cambs", "pcc-herts"]


def test_unrenewed_parties_needs_every_party_in_writing() -> None:
    end = D(2017, 3, 31)
    renewals = [Renewal("cc-beds", D(2020, 3, 31)),
                Renewal("pcc-beds", D(2020, 3, 31), in_writing=False),   # oral: does not count
                Renewal("cc-herts", D(2017, 3, 31)),                    # not beyond the end date
                Renewal("pcc-herts", D(2020, 3, 31), renewed_on=D(2017, 1, 5))]
    assert ag.unrenewed_parties(SIX, renewals, end) == ["cc-cambs", "cc-herts", "pcc-beds", "pcc-cambs"]
    everyone = [Renewal(p, D(2020, 3, 31)) for p in SIX]
    assert ag.unrenewed_parties(SIX, everyone, end) == []


@pytest.mark.parametrize("review, status", [
    (None, DateStatus.NONE),
    (D(2016, 10, 21), DateStatus.DUE_SOON),
    (D(2016, 10, 31), DateStatus.DUE_SOON),   # exactly 30 days ahead
    (D(2016, 11, 1), DateStatus.NOT_DUE),
    (D(2016, 10, 1), DateStatus.DUE_SOON),    # today
    (D(2016, 9, 30), DateStatus.LAPSED),
])
def test_review_status(review, status) -> None:  # noqa: ANN001
    assert ag.review_status(review, D(2016, 10, 1), 30) is status


def test_end_status_and_bad_window() -> None:
    assert ag.end_status(D(2017, 3, 31), D(2017, 4, 1), 60) is DateStatus.LAPSED
    with pytest.raises(DomainError, match="within_days"):
        ag.review_status(D(2017, 1, 1), D(2017, 1, 1), -1)


@pytest.mark.parametrize("given_on, months, exit_on", [
    (D(2021, 1, 15), 12, D(2022, 1, 15)),   # Single Online Home: 12 months to the host force
    (D(2021, 8, 31), 6, D(2022, 2, 28)),    # end of month clipped
    (D(2023, 8, 31), 6, D(2024, 2, 29)),    # leap year
    (D(2021, 1, 31), 1, D(2021, 2, 28)),
    (D(2021, 3, 1), 0, D(2021, 3, 1)),
])
def test_earliest_exit_date(given_on, months, exit_on) -> None:  # noqa: ANN001
    assert ag.earliest_exit_date(given_on, months) == exit_on


def test_earliest_exit_bad_months() -> None:
    with pytest.raises(DomainError, match="notice_months: -1"):
        ag.earliest_exit_date(D(2021, 1, 1), -1)


@settings(max_examples=100)
@given(st.dates(D(2000, 1, 1), D(2080, 1, 1)), st.integers(0, 120))
def test_exit_is_never_sooner_than_the_notice_and_stays_in_the_target_month(day, months) -> None:  # noqa: ANN001
    exit_on = ag.earliest_exit_date(day, months)
    assert (exit_on.year - day.year) * 12 + exit_on.month - day.month == months
    assert exit_on.day == day.day or exit_on.day < day.day and (exit_on + dt.timedelta(days=1)).day == 1


def test_validate_term() -> None:
    ag.validate_term(D(2016, 4, 1), D(2019, 3, 31), D(2018, 4, 1))
    ag.validate_term(D(2016, 4, 1), None)
    with pytest.raises(DomainError) as err:
        ag.validate_term(D(2016, 4, 1), D(2016, 3, 31))
    assert err.value.field == "end_date" and "2016-03-31" in str(err.value) and "before the start" in str(err.value)
    with pytest.raises(DomainError, match="review_date: 2020-01-01.*after the end"):
        ag.validate_term(D(2016, 4, 1), D(2019, 3, 31), D(2020, 1, 1))
    with pytest.raises(DomainError, match="review_date.*before the start"):
        ag.validate_term(D(2016, 4, 1), None, D(2015, 1, 1))


def test_three_plus_one_extensions() -> None:
    assert ag.check_extensions(36, [12]) == 48
    assert ag.check_extensions(36, [12, 12, 12]) == 72
    assert ag.check_extensions(36, []) == 36
    with pytest.raises(DomainError, match="add up to 48 months, more than the original term of 36"):
        ag.check_extensions(36, [24, 24])
    with pytest.raises(DomainError, match=r"extension_months\[0\]"):
        ag.check_extensions(36, [0])
    with pytest.raises(DomainError, match="original_term_months"):
        ag.check_extensions(0, [])


def test_versions_number_on_and_move_forward() -> None:
    v1 = ag.next_version([], VersionKind.ORIGINAL, D(2016, 4, 1), SIX)
    assert v1 == Version(1, VersionKind.ORIGINAL, D(2016, 4, 1), tuple(SIX))
    v2 = ag.next_version([v1], "term_extended", D(2019, 4, 1), SIX)
    assert (v2.number, v2.kind, v2.needs_approval_by, v2.needs_publication) == (2, VersionKind.TERM_EXTENDED, tuple(SIX), True)
    # several parties may join on the same day: versions of the same date (defect 11)
    v3 = ag.next_version([v1, v2], VersionKind.MEMBER_JOINS, D(2019, 4, 1))
    assert (v3.number, v3.effective_from) == (3, D(2019, 4, 1))
    with pytest.raises(DomainError, match="effective_from: '?2019-03-31'? is before version 3.*never backdated"):
        ag.next_version([v1, v2, v3], VersionKind.VARIATION, D(2019, 3, 31))
    with pytest.raises(DomainError, match="only for the first version"):
        ag.next_version([v1], VersionKind.ORIGINAL, D(2020, 1, 1))
    with pytest.raises(DomainError, match="must be original"):
        ag.next_version([], VersionKind.MEMBER_JOINS, D(2020, 1, 1))
    with pytest.raises(DomainError, match="kind: rewrite"):
        ag.next_version([v1], "rewrite", D(2020, 1, 1))


def test_reexports() -> None:
    assert ag.missing_topics(list(ag.CHECKLIST)) == []
    assert ag.ProvisionType.FORCE == "force"
