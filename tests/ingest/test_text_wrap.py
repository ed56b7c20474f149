"""concord.ingest.readers.text_wrap: a page wrapped at a fixed width has its wrapped lines joined, every offset kept."""

from __future__ import annotations

import textwrap

from concord.ingest.readers.text_wrap import unwrapped, width

PARAGRAPHS = [
    "The committee received the internal audit progress report, which set out the work completed since the last "
    "meeting and the reviews planned for the rest of the financial year, including payroll and fleet.",
    "Members asked whether the delays to the fleet review would affect the annual opinion of the head of internal "
    "audit, and were told that the review would be finished before the end of the year.",
    "The committee noted the report and asked that the revised plan be circulated to members by the end of the "
    "month, together with a note on the resources available to deliver it.",
    "The chief finance officer presented the treasury management report for the half year and explained how the "
    "investments held by the commissioner had performed against the benchmark rate over the period.",
]


def test_a_wrapped_page_has_its_paragraphs_joined_again():
    text = "\n\n".join(textwrap.fill(p, 70) for p in PARAGRAPHS)
    assert width(text.split("\n")) is not None
    out = unwrapped(text)
    assert len(out) == len(text)  # every offset kept
    assert out.split("\n\n") == PARAGRAPHS


def test_a_page_with_its_paragraphs_on_lines_of_their_own_is_left_as_it_was():
    text = "\n\n".join(PARAGRAPHS * 4)
    assert width(text.split("\n")) is None
    assert unwrapped(text) is text


def test_a_line_that_stops_short_or_a_label_or_a_list_entry_after_a_full_line_are_not_joined():
    text = "\n\n".join(textwrap.fill(p, 70) for p in PARAGRAPHS)
    full = textwrap.fill(PARAGRAPHS[0], 70).split("\n")[0]
    extra = f"\n\n{full}\nVenue: Police Headquarters\n{full}\n2. Treasury management\n{full}\n• Jane Roe\nShort line\nNext"
    out = unwrapped(text + extra)
    assert out.endswith(extra)


def test_a_table_row_after_a_full_line_is_not_joined():
    text = "\n\n".join(textwrap.fill(p, 70) for p in PARAGRAPHS)
    full = textwrap.fill(PARAGRAPHS[0], 70).split("\n")[0]
    extra = f"\n\n{full}\nName | Role |\n---|---|\nJane Roe | Chair |"
    assert unwrapped(text + extra).endswith(extra)


def test_lines_each_a_sentence_of_like_length_are_not_read_as_wrapped():
    lines = [f"We use some essential cookies to make our website number {k} work." for k in range(14)]
    text = "\n".join(lines)
    assert unwrapped(text) == text
