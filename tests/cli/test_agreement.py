"""Keeping agreements from the command line, and bad input refused whole."""

import pytest
import sqlalchemy as sa

from concord.store.models import Agreement, AgreementParty, AgreementVersion, Renewal, WithdrawalNotice

ADD = ["agreement", "add", "fleet", "--title", "Regional Fleet Collaboration", "--party", "kent",
       "--party", "essex", "--start", "2019-04-01", "--end", "2022-03-31", "--review", "2021-04-01",
       "--annual-budget", "£250,000", "--cost-basis", "usage", "--notice-months", "12", "--lead", "kent"]


def _count(store, model) -> int:  # noqa: ANN001
    with store.reading() as s:
        return s.scalar(sa.select(sa.func.count()).select_from(model))


@pytest.fixture
def fleet(cli, store):  # noqa: ANN001
    assert cli("init")[0] == 0
    code, out, err = cli(*ADD)
    assert code == 0, err
    return store


def test_add_renew_extend_join_withdraw(cli, fleet) -> None:  # noqa: ANN001
    assert _count(fleet, AgreementParty) == 4
    code, out, err = cli("agreement", "renew", "fleet", "--party", "kent", "--on", "2022-01-10", "--until", "2025-03-31")
    assert code == 0, err
    assert _count(fleet, Renewal) == 2
    code, out, _ = cli("check", "--as-of", "2022-02-01", "--json")
    assert "Essex" in out and "The Chief Constable of Kent Police" not in out.split("not yet renewed by")[1].split('"')[0]
    assert cli("agreement", "extend", "fleet", "--until", "2025-03-31", "--effective", "2022-03-01")[0] == 0
    assert cli("agreement", "join", "fleet", "--party", "btp", "--on", "2022-05-01")[0] == 0
    with fleet.reading() as s:
        kinds = s.scalars(sa.select(AgreementVersion.kind).order_by(AgreementVersion.number)).all()
        assert [k.value for k in kinds] == ["original", "term_extended", "member_joins"]
        assert s.scalar(sa.select(Agreement.end_date)).isoformat() == "2025-03-31"
    code, out, _ = cli("agreement", "withdraw", "fleet", "--party", "essex:pcc", "--given-on", "2022-06-15")
    assert code == 0 and "2023-06-15" in out
    code, out, _ = cli("agreement", "show", "fleet")
    assert "British Transport Police" in out and "term_extended" in out
    assert "fleet" in cli("agreement", "list")[1]


@pytest.mark.parametrize("change,field", [
    (["--end", "2018-03-31"], "end_date"),
    (["--party", "atlantis"], "atlantis"),
    (["--annual-budget", "-5"], "--annual-budget"),
    (["--start", "2019-13-01"], "--start"),
    (["--cost-basis", "vibes"], "cost_basis"),
])
def test_bad_input_is_refused_with_nothing_written(cli, store, change: list[str], field: str) -> None:  # noqa: ANN001
    cli("init")
    args = list(ADD)
    flag = change[0]
    if flag in args and flag != "--party":
        args[args.index(flag) + 1] = change[1]
    else:
        args += change
    code, _, err = cli(*args)
    assert code == 2
    assert field in err
    assert _count(store, Agreement) == 0


def test_a_party_renewing_an_agreement_it_is_not_in(cli, fleet) -> None:  # noqa: ANN001
    code, _, err = cli("agreement", "renew", "fleet", "--party", "norfolk", "--on", "2022-01-10", "--until", "2025-03-31")
    assert code == 2 and "Norfolk" in err and "not a party" in err
    assert _count(fleet, Renewal) == 0


def test_withdrawal_by_an_outsider_and_unknown_agreement(cli, fleet) -> None:  # noqa: ANN001
    code, _, err = cli("agreement", "withdraw", "fleet", "--party", "suffolk", "--given-on", "2022-06-15")
    assert code == 2 and "not a party" in err
    assert _count(fleet, WithdrawalNotice) == 0
    code, _, err = cli("agreement", "show", "nope")
    assert code == 2 and "nope" in err


def test_when_every_party_renews_the_term_runs_on(cli, fleet) -> None:  # noqa: ANN001
    cli("agreement", "renew", "fleet", "--party", "kent", "--on", "2022-01-10", "--until", "2025-03-31")
    with fleet.reading() as s:
        assert s.scalar(sa.select(Agreement.end_date)).isoformat() == "2022-03-31"
    cli("agreement", "renew", "fleet", "--party", "essex", "--on", "2022-01-20", "--until", "2024-03-31")
    with fleet.reading() as s:
        assert s.scalar(sa.select(Agreement.end_date)).isoformat() == "2024-03-31"  # the earliest all agreed
        last = s.scalars(sa.select(AgreementVersion).order_by(AgreementVersion.number.desc())).first()
        assert last.kind.value == "term_extended" and "every party" in last.summary
    code, out, _ = cli("check", "--as-of", "2022-03-01", "--json")
    assert "agreement_expiry" not in out


def test_provision_types_need_their_own_set_of_parties(cli, fleet) -> None:  # noqa: ANN001
    from concord.store.models import AgreementProvision

    # kent and essex with both their offices: a force collaboration provision fits
    code, out, err = cli("agreement", "provision", "fleet", "--clause", "3.1", "--type", "force")
    assert code == 0, err
    # a policing body collaboration provision needs two or more policing bodies: fits too
    assert cli("agreement", "provision", "fleet", "--clause", "3.2", "--type", "policing_body")[0] == 0
    # chiefs alone cannot make an agreement at all (s22A(1))
    code, _, err = cli("agreement", "add", "chiefs", "--title", "Chiefs only", "--party", "kent:chief",
                       "--party", "essex:chief", "--start", "2020-01-01")
    assert code == 2 and "two or more policing bodies" in err
    # Kent's two offices and Essex's commissioner: a force collaboration provision concerning Essex
    # needs Essex's chief constable too
    assert cli("agreement", "add", "pcc-kent", "--title", "Kent support", "--party", "kent", "--party", "essex:pcc",
               "--start", "2020-01-01")[0] == 0
    code, _, err = cli("agreement", "provision", "pcc-kent", "--clause", "1", "--type", "force")
    assert code == 2 and "--type" in err and "essex but its chief officer is not a party" in err
    code, _, err = cli("agreement", "provision", "pcc-kent", "--clause", "1", "--type", "telepathy")
    assert code == 2 and "telepathy" in err
    assert _count(fleet, AgreementProvision) == 2
    assert "Clause 3.1: force collaboration provision" in cli("agreement", "show", "fleet")[1]


def test_an_agreement_cannot_take_the_address_of_the_add_page(cli, store) -> None:  # noqa: ANN001
    """`/agreements/new` is the form that adds one: an agreement called `new` could never be opened."""
    assert cli("init")[0] == 0
    code, _, err = cli("agreement", "add", "new", *ADD[3:])
    assert code == 2 and "slug: new is reserved" in err, err
    assert _count(store, Agreement) == 0
