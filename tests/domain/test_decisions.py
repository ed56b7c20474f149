import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from concord.domain.decisions import (
    NoticeRef, NumberingProblem, ProblemKind, decision_needs, numbering_problems, parse_notice_reference,
)
from concord.domain.errors import DomainError
from concord.domain.vocab import DecisionKind


@pytest.mark.parametrize("text, ref", [
    ("CPCC2019-007", NoticeRef("CPCC", 2019, 7)),
    ("CPCC 2019 - 007", NoticeRef("CPCC", 2019, 7)),
    ("  cpcc2019/12 ", NoticeRef("CPCC", 2019, 12)),
    ("S-DN-2014-06", NoticeRef("S-DN", 2014, 6)),
    ("PCC/D/2015/28", NoticeRef("PCC/D", 2015, 28)),
    ("DN/07/2016", NoticeRef("DN", 2016, 7)),
    ("OPCC 2020 \u2013 101", NoticeRef("OPCC", 2020, 101)),
])
def test_parse_notice_reference(text: str, ref: NoticeRef) -> None:
    assert parse_notice_reference(text) == ref


@pytest.mark.parametrize("text", ["", "CPCC", "2019-007", "CPCC2019", "CPCC-19-007", "CPCC2019-000",
                                  "CPCC2019-007x", "C P C C 2019 007 8"])
def test_bad_references(text: str) -> None:
    with pytest.raises(DomainError) as err:
        parse_notice_reference(text)
    assert err.value.field == "reference" and err.value.value == text


def test_canonical_text() -> None:
    assert str(NoticeRef("CPCC", 2019, 7)) == "CPCC2019-007"


@settings(max_examples=100)
@given(st.from_regex(r"[A-Z]{2,6}", fullmatch=True), st.integers(1990, 2099), st.integers(1, 9999))
def test_parse_round_trip(code: str, year: int, number: int) -> None:
    ref = NoticeRef(code, year, number)
    assert parse_notice_reference(str(ref)) == ref


def refs(code: str, year: int, *numbers: int) -> list[NoticeRef]:
    return [NoticeRef(code, year, n) for n in numbers]


def test_gaps_between_lowest_and_highest() -> None:
    problems = numbering_problems(refs("CPCC", 2019, 7, 8, 10, 13))
    assert problems == [NumberingProblem(ProblemKind.GAP, "CPCC", 2019, (9, 11, 12))]
    assert problems[0].describe() == "CPCC 2019: missing numbers 9, 11\u201312"


def test_from_one_reports_the_start_of_the_year() -> None:
    problems = numbering_problems(refs("CPCC", 2019, 4, 5, 7), from_one=True)
    assert problems == [NumberingProblem(ProblemKind.GAP, "CPCC", 2019, (1, 2, 3, 6))]
    assert problems[0].describe() == "CPCC 2019: missing numbers 1\u20133, 6"
    assert numbering_problems(refs("CPCC", 2019, 4, 5, 6)) == []


def test_duplicates_and_gaps_per_body_per_year() -> None:
    problems = numbering_problems(refs("X", 2020, 1, 2, 2, 2, 4) + refs("X", 2021, 1, 1) + refs("A", 2020, 1, 2))
    assert [(p.kind, p.body_code, p.year, p.numbers) for p in problems] == [
        (ProblemKind.GAP, "X", 2020, (3,)),
        (ProblemKind.DUPLICATE, "X", 2020, (2,)),
        (ProblemKind.DUPLICATE, "X", 2021, (1,)),
    ]
    assert problems[1].describe() == "X 2020: number used more than once: 2 (3 times)"
    assert problems[0].kind == "gap" and problems[1].kind == "duplicate"


def test_no_refs_no_problems() -> None:
    assert numbering_problems([]) == []


@settings(max_examples=100)
@given(st.lists(st.integers(1, 60), min_size=1, max_size=40))
def test_numbering_laws(numbers: list[int]) -> None:
    problems = numbering_problems(refs("B", 2022, *numbers))
    missing = {n for p in problems if p.kind is ProblemKind.GAP for n in p.numbers}
    dupes = {n for p in problems if p.kind is ProblemKind.DUPLICATE for n in p.numbers}
    assert missing == set(range(min(numbers), max(numbers) + 1)) - set(numbers)
    assert dupes == {n for n in numbers if numbers.count(n) > 1}


PARTIES = ["cc-beds", "cc-cambs", "cc-herts", "pcc-beds", "pcc-cambs", "pcc-herts"]


def test_in_principle_at_a_meeting_needs_consent_of_affected_parties() -> None:
    needs = decision_needs(DecisionKind.IN_PRINCIPLE, ["pcc-herts", "cc-beds"], False, PARTIES)
    assert needs.consent_from == ("cc-beds", "pcc-herts")
    assert needs.written_agreement_from == ()
    assert needs.outstanding(consented=["cc-beds"]) == ["pcc-herts"]
    assert needs.outstanding(consented=["cc-beds", "pcc-herts"]) == []


def test_outside_a_meeting_needs_written_agreement_of_all() -> None:
    needs = decision_needs("in_principle", [], True, PARTIES)
    assert needs.written_agreement_from == tuple(PARTIES)
    assert needs.outstanding(agreed_in_writing=PARTIES[:4]) == ["pcc-cambs", "pcc-herts"]
    assert not needs.unconditional


def test_executive_decisions_need_neither() -> None:
    needs = decision_needs(DecisionKind.EXECUTIVE, [], True, ["pcc-beds"])
    assert needs.unconditional and needs.outstanding() == []


def test_decision_needs_bad_input() -> None:
    with pytest.raises(DomainError, match="material_impact_parties"):
        decision_needs("in_principle", ["someone"], False, PARTIES)
    with pytest.raises(DomainError, match="kind: whim"):
        decision_needs("whim", [], False, PARTIES)
    with pytest.raises(DomainError, match="parties"):
        decision_needs("in_principle", [], False, ["a", "a"])
