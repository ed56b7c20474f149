"""Rules 1 and 3 as pure functions: renewal in time, the state on a day, exit dates."""

import datetime as dt

import pytest

from concord.domain import agreements as ag
from concord.domain.errors import DomainError
from concord.domain.provisions import PartyOffice, check_agreement_parties, check_provision_parties, party_offices
from concord.domain.vocab import OfficeKind

D = dt.date
CC, PB = OfficeKind.CHIEF_CONSTABLE, OfficeKind.POLICING_BODY
END = D(2021, 3, 31)


def test_a_renewal_after_the_end_date_counts_for_nothing() -> None:
    late = [ag.Renewal("a", D(2023, 3, 31), renewed_on=D(2021, 4, 2)), ag.Renewal("b", D(2023, 3, 31), renewed_on=END)]
    assert ag.unrenewed_parties(["a", "b"], late, END) == ["a"]
    assert ag.term_runs_on(["a", "b"], late, END) is None
    with pytest.raises(DomainError, match="after the agreement ended on 2021-03-31"):
        ag.check_renewal_date(D(2021, 4, 1), END)
    ag.check_renewal_date(END, END)


def test_the_term_runs_on_to_the_earliest_date_all_agreed() -> None:
    rs = [ag.Renewal("a", D(2024, 3, 31), renewed_on=D(2021, 1, 1)), ag.Renewal("b", D(2023, 3, 31), renewed_on=D(2021, 1, 2))]
    assert ag.term_runs_on(["a", "b"], rs, END) == D(2023, 3, 31)
    assert ag.term_runs_on([], rs, END) is None


def test_state_on_a_day() -> None:
    assert ag.state_on(D(2017, 4, 1), None, D(2015, 6, 1)) is ag.State.NOT_STARTED
    assert ag.state_on(D(2015, 10, 22), END, END) is ag.State.IN_FORCE
    assert ag.state_on(D(2015, 10, 22), END, D(2021, 4, 1)) is ag.State.ENDED
    assert ag.state_on(None, None, D(2000, 1, 1)) is ag.State.IN_FORCE


def test_parties_on_a_day_and_at_the_end() -> None:
    assert ag.is_party_on(D(2019, 5, 1), None, D(2019, 5, 1))
    assert not ag.is_party_on(D(2019, 5, 1), None, D(2019, 4, 30))
    assert not ag.is_party_on(None, D(2022, 1, 1), D(2022, 1, 1))
    assert ag.parties_at_end([("a", None), ("b", D(2021, 1, 31)), ("c", D(2021, 6, 1))], END) == ["a", "c"]


def test_withdrawal_exit_dates() -> None:
    assert ag.withdrawal_exit_date(D(2021, 1, 15), 12, False, None) == D(2022, 1, 15)
    # committed for the duration: the earliest exit is the end date, not the day of notice
    assert ag.withdrawal_exit_date(D(2020, 6, 1), None, True, END) == END
    with pytest.raises(DomainError, match="committed for the duration"):
        ag.withdrawal_exit_date(D(2020, 6, 1), None, True, None)
    with pytest.raises(DomainError, match="after the agreement ended"):
        ag.withdrawal_exit_date(D(2021, 6, 1), 12, False, END)


def test_two_or_more_policing_bodies_make_an_agreement() -> None:
    assert "two or more policing bodies" in check_agreement_parties(party_offices("kent"))[0]
    assert "include 0" in check_agreement_parties(party_offices("kent:chief") + party_offices("essex:chief"))[0]
    assert check_agreement_parties(party_offices("kent") + party_offices("essex")) == []


def test_btp_is_its_chief_constable_and_the_chiltern_nine_are_valid() -> None:
    assert party_offices("btp") == [PartyOffice(CC, "btp")]
    assert party_offices("btp:body") == [PartyOffice(PB, "btp")]
    nine = [o for f in ("bedfordshire", "cambridgeshire", "hertfordshire", "thames-valley", "btp")
            for o in party_offices(f)]
    assert len(nine) == 9
    assert check_agreement_parties(nine) == []
    assert check_provision_parties("force", nine) == []
    # a territorial force still needs its policing body in a force collaboration provision
    assert check_provision_parties("force", [o for o in nine if o != PartyOffice(PB, "thames-valley")]) == [
        "force collaboration provision concerns thames-valley but its policing body is not a party"]


def test_party_specs_refused_with_the_value_typed() -> None:
    for bad in ("atlantis", "kent:mayor", ":chief", ""):
        with pytest.raises(DomainError):
            party_offices(bad)


def test_a_non_territorial_police_authority_by_its_name() -> None:
    from concord.domain.provisions import party_from_title

    assert party_from_title("The British Transport Police Authority") == PartyOffice(PB, "btp")
    assert party_from_title("The Chief Constable of British Transport Police") == PartyOffice(CC, "btp")
