import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from concord.domain.errors import DomainError
from concord.domain.markings import (
    Marking, MarkingChange, current_marking, is_publishable, map_legacy, minutes_public, propose_change,
)
from concord.domain.vocab import MinuteStatus

O, OS, S, TS = Marking.OFFICIAL, Marking.OFFICIAL_SENSITIVE, Marking.SECRET, Marking.TOP_SECRET
AT = dt.datetime(2017, 3, 1, 10, 0, tzinfo=dt.UTC)


def test_levels_rise() -> None:
    assert [m.level for m in (O, OS, S, TS)] == [0, 1, 2, 3]


@pytest.mark.parametrize("text, marking, legacy, held", [
    ("OFFICIAL", O, None, False),
    ("official", O, None, False),
    ("OFFICIAL-SENSITIVE", OS, None, False),
    ("OFFICIAL SENSITIVE", OS, None, False),
    ("OFFICIAL-SENSITIVE PERSONAL", OS, "OFFICIAL-SENSITIVE PERSONAL", False),
    ("TOP SECRET", TS, None, False),
    ("PROTECT", O, "PROTECT", False),
    ("PROTECT - PERSONAL", O, "PROTECT - PERSONAL", False),
    ("PROTECT until Approved", O, "PROTECT until Approved", True),
    ("RESTRICTED", OS, "RESTRICTED", False),
    ("Restricted (until approved)", OS, "Restricted (until approved)", True),
    ("CONFIDENTIAL", S, "CONFIDENTIAL", False),
    ("NOT PROTECTIVELY MARKED", O, "NOT PROTECTIVELY MARKED", False),
    ("OFFICIAL until approved", O, "OFFICIAL until approved", True),
    # in Welsh, the wording kept as printed
    ("SWYDDOGOL", O, "SWYDDOGOL", False),
    ("SWYDDOGOL – SENSITIF", OS, "SWYDDOGOL – SENSITIF", False),
    ("Swyddogol-Sensitif Personol", OS, "Swyddogol-Sensitif Personol", False),
    ("CYFRINACH", S, "CYFRINACH", False),
    ("CYFRINACH IAWN", TS, "CYFRINACH IAWN", False),
    # in both languages: the stricter of the two
    ("OFFICIAL-SENSITIVE / SWYDDOGOL-SENSITIF", OS, "OFFICIAL-SENSITIVE / SWYDDOGOL-SENSITIF", False),
    ("OFFICIAL / SWYDDOGOL-SENSITIF", OS, "OFFICIAL / SWYDDOGOL-SENSITIF", False),
    ("SWYDDOGOL-SENSITIF / OFFICIAL", OS, "SWYDDOGOL-SENSITIF / OFFICIAL", False),
    ("SWYDDOGOL – SENSITIF until approved", OS, "SWYDDOGOL – SENSITIF until approved", True),
])
def test_map_legacy(text, marking, legacy, held) -> None:  # noqa: ANN001
    mapped = map_legacy(text)
    assert (mapped.marking, mapped.legacy, mapped.held_until_approved) == (marking, legacy, held)
    m, verbatim = map_legacy(text)  # unpacks as a pair
    assert m is marking and verbatim == legacy


@pytest.mark.parametrize("text", [
    "OFFICIAL—SENSITIVE", "OFFICIAL–SENSITIVE", "OFFICIAL [SENSITIVE]", "OFFICIAL (SENSITIVE)", "OFFICIAL SENSITIVE",
    "official-sensitive", "Official Sensitive", "OFFICIAL_SENSITIVE", "OFFICIAL : SENSITIVE", "OFFICIAL - SENSITIVE",
    "OFFICIALSENSITIVE", "OFFICIAL\u2011SENSITIVE",
])
def test_every_spelling_of_official_sensitive(text: str) -> None:
    assert map_legacy(text).marking is OS


@pytest.mark.parametrize("text", ["", "   ", "SECRETIVE", "PRIVATE", "OFFICIAL SECRET", "OFFICIAL BUT SENSITIVE",
                                  "OFFICIAL-NOT-SENSITIVE", "OFFICIAL - INTERNAL", "PROTECT SECRET", "O-S",
                                  "OFFICIAL SENSITIVE EXTRA", "SWYDDOGOL SENSITIVE", "OFFICIAL SENSITIF",
                                  "SWYDDOGOL CYFRINACH"])
def test_unknown_marking(text: str) -> None:
    with pytest.raises(DomainError) as err:
        map_legacy(text)
    assert err.value.field == "marking"


def test_publishable() -> None:
    assert is_publishable(O, approved=False, held_until_approved=False)
    assert not is_publishable(O, approved=False, held_until_approved=True)
    assert is_publishable(O, approved=True, held_until_approved=True)
    assert not is_publishable(OS, approved=True, held_until_approved=False)
    assert not is_publishable(S, approved=True, held_until_approved=False)


def test_change_records_what_when_why_who() -> None:
    change = propose_change(O, OS, "contains tactics", "J. Officer", automatic=True, at=AT)
    assert change == MarkingChange(O, OS, "contains tactics", "J. Officer", AT, True, False)


def test_automatic_downgrade_refused_but_a_person_may_confirm_one() -> None:
    with pytest.raises(DomainError, match="would lower OFFICIAL-SENSITIVE automatically"):
        propose_change(OS, O, "approved at meeting", "system", automatic=True, at=AT)
    change = propose_change(OS, O, "approved at meeting", "Governance Officer", automatic=False, at=AT)
    assert change.is_downgrade and change.confirmed_by_person


def test_change_needs_reason_who_and_a_real_change() -> None:
    with pytest.raises(DomainError, match="reason"):
        propose_change(O, OS, " ", "x", automatic=False)
    with pytest.raises(DomainError, match="by"):
        propose_change(O, OS, "why", "", automatic=False)
    with pytest.raises(DomainError, match="already"):
        propose_change(O, O, "why", "x", automatic=False)
    assert propose_change(O, OS, "why", "x", automatic=False).at.tzinfo is not None


def test_history_chain() -> None:
    a = propose_change(O, OS, "tactics", "x", automatic=False, at=AT)
    b = propose_change(OS, O, "declassified", "y", automatic=False, at=AT)
    assert current_marking(O, [a, b]) is O
    assert current_marking(O, [a]) is OS
    with pytest.raises(DomainError, match=r"history\[1\]"):
        current_marking(O, [a, a])


def test_minutes_public() -> None:
    assert not minutes_public(MinuteStatus.DRAFT, None)
    assert minutes_public(MinuteStatus.APPROVED, dt.date(2017, 2, 1))
    assert not minutes_public("approved", dt.date(2017, 2, 1), as_of=dt.date(2017, 1, 31))
    assert minutes_public("approved", True, as_of=dt.date(2017, 1, 31))
    assert not minutes_public("approved", dt.date(2017, 2, 1), marking=OS)
    with pytest.raises(DomainError, match="approved_at_meeting"):
        minutes_public("approved", None)
    with pytest.raises(DomainError, match="approved_at_meeting: 2017-02-01 is set but the minutes are a draft"):
        minutes_public("draft", dt.date(2017, 2, 1))


printed_words = st.lists(st.sampled_from(["OFFICIAL", "SENSITIVE", "SECRET", "TOP", "PROTECT", "RESTRICTED",
                                          "CONFIDENTIAL", "PERSONAL", "BUT", "NOT", "INTERNAL", "COMMERCIAL",
                                          "SWYDDOGOL", "SENSITIF", "CYFRINACH", "IAWN", "PERSONOL"]),
                         min_size=1, max_size=4)
separators = st.sampled_from([" ", "-", "\u2014", "\u2013", "_", " [", "] ", ": ", " - "])


@given(printed_words, st.lists(separators, min_size=4, max_size=4), st.booleans())
def test_a_marking_is_never_read_lower_than_a_marking_word_it_holds(words, seps, lower) -> None:  # noqa: ANN001
    text = "".join(w + s for w, s in zip(words, seps)).strip(" -_[]:\u2014\u2013")
    text = text.lower() if lower else text
    try:
        mapped = map_legacy(text)
    except DomainError:
        return  # refused: never mapped down
    floor = {"SENSITIVE": OS, "RESTRICTED": OS, "SECRET": S, "CONFIDENTIAL": S, "SENSITIF": OS, "CYFRINACH": S}
    for w in words:
        if w in floor:
            assert mapped.marking.level >= floor[w].level, (text, mapped)


@pytest.mark.parametrize("text, found", [
    ("Protective marking: OFFICIAL—SENSITIVE\nTo: the Board", "OFFICIAL—SENSITIVE"),
    ("Classification: OFFICIAL [SENSITIVE]  Date: 1 May", "OFFICIAL [SENSITIVE]"),
    ("PROTECT until Approved", "PROTECT until Approved"),
    ("SECRET UK EYES ONLY", "SECRET UK EYES ONLY"),
    ("Marcio: SWYDDOGOL-SENSITIF\nAt: y Bwrdd", "SWYDDOGOL-SENSITIF"),
    ("CYFRINACH IAWN", "CYFRINACH IAWN"),
    ("it is no secret that costs rose", None),
])
def test_a_reader_finds_the_whole_printed_marking(text: str, found: str | None) -> None:
    from concord.domain.markings import PRINTED

    hit = PRINTED.search(text)
    assert (hit.group(0) if hit else None) == found
    if found:
        assert map_legacy(found).marking.level >= (OS.level if any(w in found for w in (
            "SENSITIVE", "SECRET", "SENSITIF", "CYFRINACH")) else 0)
