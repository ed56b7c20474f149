"""A label pattern compiles only the phrases a line's first word can begin, yet finds what the whole vocabulary's
alternation finds: the same labels, at the same places, for the same fields."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from concord.ingest import vocab
from concord.ingest.lazyre import compile_lazily

PATTERNS = {
    "decision (loose)": vocab.pattern("decision"),
    "decision (strict)": vocab.pattern("decision", strict=True),
    "meeting people": vocab.pattern("meeting", names=("members", "attendance", "apologies"), strict=True),
    "report": vocab.pattern("report"),
    "agreement": vocab.pattern("agreement", names=("title", "parties", "date", "purpose"), strict=True,
                               extra=(("parties", r"Signator(?:y|ies)"),)),
}
PHRASES = sorted({p for g in ("decision", "meeting", "report", "agreement") for v in vocab.data()[g].values()
                  if isinstance(v, list) for p in v if isinstance(p, str)})
PREFIXES = ["", "1. ", "2.Apologies ", "(b) ", "iv) ", "1.1 ", "• ", "| ", "ITEM 3: ", "Item 4. ", "* ", "  ", "A. "]
AFTER = [": ", ":", " - ", "  ", "\t", " ", "", " | ", ".", ";"]
VALUES = ["Jane Roe", "10th February 2015", "2019/045", "the Board noted the report", "", "Mr A Smith, Chair",
          "College of Policing"]


def _whole(pat: vocab.LabelPattern, text: str) -> list[tuple[tuple[int, int], str]]:
    """What the whole alternation finds, tried at the same line starts (the behaviour before patterns per word)."""
    out, last = [], -1
    for start, _ in pat._starts(text, 0, len(text)):
        if start < last:
            continue
        m = pat.rx.match(text, start)
        if m:
            last = m.end()
            out.append((m.span(), vocab.field_of(m)))
    return out


def _line(prefix: str, phrase: str, case: str, after: str, value: str) -> str:
    shown = {"as printed": phrase, "upper": phrase.upper(), "lower": phrase.lower(), "plural": phrase + "s",
             "glued": phrase + value.replace(" ", "")[:6]}[case]
    return prefix + shown + after + value


lines = st.builds(_line, st.sampled_from(PREFIXES), st.sampled_from(PHRASES),
                  st.sampled_from(["as printed", "upper", "lower", "plural", "glued"]), st.sampled_from(AFTER),
                  st.sampled_from(VALUES))
prose = st.sampled_from(["The following members were present", "The Chair welcomed everyone", "Decisions taken",
                         "Member(s) of the public", "Date10th February 2015", "", "Present", "The decision"])


@settings(max_examples=300)
@given(st.lists(st.one_of(lines, prose), min_size=1, max_size=8), st.sampled_from(sorted(PATTERNS)))
def test_a_pattern_per_first_word_finds_what_the_whole_alternation_finds(rows: list[str], name: str) -> None:
    pat = PATTERNS[name]
    text = "\n".join(rows) + "\n"
    found = [(m.span(), vocab.field_of(m)) for m in pat.finditer(text)]
    assert found == _whole(pat, text)
    for start in [0] + [m.end() for m in re.finditer("\n", text)][:-1]:
        end = text.index("\n", start)
        for mine, whole in ((pat.match(text, start), pat.rx.match(text, start)),
                            (pat.fullmatch(text, start, end), pat.rx.fullmatch(text, start, end))):
            assert (mine and (mine.span(), vocab.field_of(mine))) == (whole and (whole.span(), vocab.field_of(whole)))


def test_the_labels_of_a_decision_record_are_found_with_their_fields() -> None:
    text = "Decision Number: 2021/045\nTitle: Body worn video\nDecision maker: Police and Crime Commissioner\n" \
           "Date10th March 2021\nThe Commissioner decided to buy them.\n"
    found = [(vocab.field_of(m), m.group(0).strip()) for m in PATTERNS["decision (strict)"].finditer(text)]
    assert found[0][0] == "reference" and found[1][0] == "subject" and found[2][0] == "maker"
    assert ("date", "Date") in found
    assert len(found) == 4  # the sentence is no label


def test_a_pattern_is_compiled_when_first_used_not_when_made() -> None:
    pat = vocab.LabelPattern((("present", "(?P<members__0>Present)[ \t]*:"),))
    assert pat._by_word == {}
    assert pat.match("Present: Jane Roe") is not None
    assert set(pat._by_word) == {("present",)}
    assert pat.match("Absent: Jo Bloggs") is None  # no phrase begins with "absent": nothing compiled for it
    assert pat._by_word[("absent",)] is None


def test_a_lazily_compiled_pattern_behaves_as_the_compiled_one() -> None:
    lazy = compile_lazily(r"(?i)\bapologies\b", re.M)
    assert lazy.pattern == r"(?i)\bapologies\b"
    assert [m.span() for m in lazy.finditer("APOLOGIES\nNone\napologies: Jo")] == [(0, 9), (15, 24)]
    assert lazy.sub("x", "apologies") == "x"
    try:
        compile_lazily("(unclosed").search("a")
    except re.error as exc:
        assert "missing )" in str(exc)
    else:
        raise AssertionError("a bad pattern is refused when first used")
