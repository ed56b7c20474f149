from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from concord.domain.errors import DomainError
from concord.domain.votes import Basis, Vote, parse_basis, tally, vote_weights

D = Decimal
F, A, X = Vote.FOR, Vote.AGAINST, Vote.ABSTAIN
SOH = ["metropolitan", "kent", "essex", "sussex", "surrey"]


def test_host_holds_half_the_rest_split_equally() -> None:
    w = vote_weights(SOH, host="metropolitan")
    assert w == {"metropolitan": D("50"), "kent": D("12.5"), "essex": D("12.5"),
                 "sussex": D("12.5"), "surrey": D("12.5")}
    assert sum(w.values()) == 100


def test_thirds_total_exactly_100() -> None:
    w = vote_weights(["a", "b", "c"])
    assert w == {"a": D("33.333334"), "b": D("33.333333"), "c": D("33.333333")}
    assert sum(w.values()) == D(100)
    w = vote_weights(["host", "x", "y", "z"], host="host")
    assert w["x"] == D("16.666667") and w["z"] == D("16.666666")
    assert sum(w.values()) == D(100)


def test_other_host_share_and_lone_host() -> None:
    w = vote_weights(["h", "a", "b"], host="h", host_share=D(40))
    assert w == {"h": D(40), "a": D(30), "b": D(30)}
    assert vote_weights(["h"], host="h") == {"h": D(100)}


@pytest.mark.parametrize("members, host, share, field", [
    ([], None, D(50), "members"),
    (["a", "a"], None, D(50), "members"),
    (["a", "b"], "c", D(50), "host"),
    (["a", "b"], "a", D(0), "host_share"),
    (["a", "b"], "a", D(100), "host_share"),
    (["a", "b"], "a", D(101), "host_share"),
])
def test_bad_membership(members, host, share, field) -> None:  # noqa: ANN001
    with pytest.raises(DomainError) as err:
        vote_weights(members, host, share)
    assert err.value.field == field


def test_host_and_any_one_other_carries() -> None:
    w = vote_weights(SOH, host="metropolitan")
    t = tally(w, {"metropolitan": F, "kent": F, "essex": A, "sussex": A, "surrey": A})
    assert (t.for_weight, t.against_weight, t.carried) == (D("62.5"), D("37.5"), True)
    assert t.describe() == "carried by 62.5 % to 37.5 %"
    assert tally(w, {"metropolitan": F, "kent": F, "essex": A, "sussex": A, "surrey": A}, Basis.ALL).carried


def test_host_alone_against_everyone_is_a_tie_and_falls() -> None:
    w = vote_weights(SOH, host="metropolitan")
    t = tally(w, {"metropolitan": F, "kent": A, "essex": A, "sussex": A, "surrey": A})
    assert t.tied and not t.carried
    assert t.describe() == "not carried: tied at 50.0 % to 50.0 %"


def test_thirds_tie_is_not_decided_by_rounding() -> None:
    w = vote_weights(["a", "b", "c"])
    t = tally(w, {"a": F, "b": A, "c": X})  # a holds 33.333334, b 33.333333
    assert t.tied and not t.carried
    assert t.describe() == "not carried: tied at 33.3 % to 33.3 % (33.3 % abstained)"


def test_abstentions_and_absentees_count_for_neither_side() -> None:
    w = vote_weights(["a", "b", "c", "d"])
    t = tally(w, {"a": F, "b": X})
    assert t.carried and t.abstain_weight == D(25) and t.absent_weight == D(50)
    assert t.describe() == "carried by 25.0 % to 0.0 % (25.0 % abstained; 50.0 % did not vote)"
    assert not tally(w, {"a": F, "b": X}, Basis.ALL).carried
    lost = tally(w, {"a": F, "b": A, "c": A})
    assert not lost.carried and lost.describe() == "not carried: 25.0 % for, 50.0 % against (25.0 % did not vote)"


def test_bad_votes() -> None:
    w = vote_weights(["a", "b"])
    with pytest.raises(DomainError, match="votes: z"):
        tally(w, {"z": F})
    with pytest.raises(DomainError, match="votes a"):
        tally(w, {"a": "maybe"})  # type: ignore[dict-item]
    assert tally(w, {"a": "for", "b": "for"}).carried  # type: ignore[dict-item]


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=1, max_value=60), st.booleans(),
       st.integers(min_value=1, max_value=99), st.data())
def test_weights_total_100_and_equal_members_differ_by_at_most_a_millionth(n, with_host, share, data) -> None:  # noqa: ANN001
    members = [f"m{i:02d}" for i in range(n)]
    host = members[0] if with_host else None
    w = vote_weights(members, host, D(share))
    assert sum(w.values()) == D(100)
    others = [v for m, v in w.items() if m != host] if host and n > 1 else list(w.values())
    assert max(others) - min(others) <= D("0.000001")
    votes = {m: data.draw(st.sampled_from(list(Vote))) for m in members}
    t = tally(w, votes)
    assert t.for_weight + t.against_weight + t.abstain_weight + t.absent_weight == D(100)
    flipped = tally(w, {m: {F: A, A: F}.get(v, v) for m, v in votes.items()})
    assert not (t.carried and flipped.carried)


def test_the_rule_for_carrying_is_a_setting_and_is_said() -> None:
    # 40 for, 20 against, 20 abstain, 20 absent
    w = {"a": D(40), "b": D(20), "c": D(20), "d": D(20)}
    cast = {"a": Vote.FOR, "b": Vote.AGAINST, "c": Vote.ABSTAIN}
    assert tally(w, cast, Basis.CAST).carried           # 40 > half of 60 cast for or against
    assert not tally(w, cast, Basis.PRESENT).carried    # 40 is not more than half of 80 present
    assert not tally(w, cast, Basis.ALL).carried        # 40 is not more than half of 100
    assert tally(w, {**cast, "d": Vote.ABSTAIN}, "cast").carried
    assert {tally(w, cast, b).basis.rule for b in Basis} == {b.rule for b in Basis}
    assert tally(w, {"a": F, "b": F, "c": A}, Basis.PRESENT).carried  # 60 of 80 present


def test_an_unknown_rule_is_refused() -> None:
    with pytest.raises(DomainError) as err:
        parse_basis("most", "--basis")
    assert err.value.field == "--basis" and err.value.value == "most"
    assert parse_basis(" ALL ") is Basis.ALL


weights_and_votes = st.integers(1, 7).flatmap(lambda n: st.tuples(
    st.just([f"m{i}" for i in range(n)]),
    st.lists(st.sampled_from([Vote.FOR, Vote.AGAINST, Vote.ABSTAIN, None]), min_size=n, max_size=n)))


@given(weights_and_votes)
def test_all_is_the_strictest_rule_and_cast_the_loosest(data) -> None:  # noqa: ANN001
    members, how = data
    w = vote_weights(members)
    cast = {m: v for m, v in zip(members, how) if v is not None}
    carried = {b: tally(w, cast, b).carried for b in Basis}
    assert carried[Basis.ALL] <= carried[Basis.PRESENT] <= carried[Basis.CAST]
