"""concord.ingest.spacing: a double spaced page set back to single spacing, every offset kept."""

from __future__ import annotations

from concord.ingest.spacing import double_spaced, single_spaced

LINES = [f"Line {k} of the paper" for k in range(12)]


def test_a_page_with_a_blank_line_between_every_two_lines_is_set_to_single_spacing():
    text = "\n\n".join(LINES[:6]) + "\n\n\n\n" + "\n\n".join(LINES[6:])
    out = single_spaced(text)
    assert len(out) == len(text)  # every offset stays where it was
    assert [ln.rstrip() for ln in out.split("\n")] == LINES[:6] + [""] * 2 + LINES[6:]
    for line in LINES:
        assert out.index(line) == text.index(line)


def test_a_single_spaced_page_is_left_as_it_was():
    text = "\n".join(LINES[:6]) + "\n\n" + "\n".join(LINES[6:])
    assert not double_spaced(text)
    assert single_spaced(text) is text


def test_a_page_with_more_than_a_few_lines_next_to_each_other_is_not_double_spaced():
    text = "\n\n".join(LINES[:8]) + "\n" + "\n".join(LINES[8:])
    assert not double_spaced(text)


def test_too_few_lines_say_nothing_about_spacing():
    text = "\n\n".join(LINES[:4])
    assert not double_spaced(text) and single_spaced(text) == text


def test_blank_lines_holding_spaces_count_as_blank_and_indentation_is_kept():
    text = "\n \n".join(LINES[:9]) + "\n\n    indented line"
    out = single_spaced(text)
    assert len(out) == len(text)
    assert out.split("\n")[-1] == "    indented line"
    assert [ln.strip() for ln in out.split("\n")][:9] == LINES[:9]
