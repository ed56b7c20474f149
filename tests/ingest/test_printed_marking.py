"""The marking a paper prints on a line of its own, with its descriptor in brackets or after a dash
("OFFICIAL-SENSITIVE [PERSONAL]", "OFFICIAL SENSITIVE - COMMERCIAL"), as page headers print it: read as that marking,
never lost (before, such a line marked nothing and the paper was read as unmarked). A line that only begins like a
marking is none."""

import pytest

from concord.ingest.marking import printed_marking


@pytest.mark.parametrize("line, marking, printed", [
    ("OFFICIAL-SENSITIVE [PERSONAL]", "OFFICIAL-SENSITIVE", "OFFICIAL-SENSITIVE [PERSONAL]"),
    ("OFFICIAL SENSITIVE - PERSONAL", "OFFICIAL-SENSITIVE", "OFFICIAL SENSITIVE - PERSONAL"),
    ("OFFICIAL-SENSITIVE (COMMERCIAL)", "OFFICIAL-SENSITIVE", "OFFICIAL-SENSITIVE (COMMERCIAL)"),
    ("  OFFICIAL – SENSITIVE: POLICY", "OFFICIAL-SENSITIVE", "OFFICIAL – SENSITIVE: POLICY"),
    ("OFFICIAL-SENSITIVE", "OFFICIAL-SENSITIVE", "OFFICIAL-SENSITIVE"),
    ("PROTECT - POLICY", "OFFICIAL", "PROTECT - POLICY"),
])
def test_a_marking_line_with_its_descriptor(line: str, marking: str, printed: str) -> None:
    found = printed_marking(f"Report to the Board\n{line}\nDate: 4 March 2025\n")
    assert found is not None and (found.marking.value, found.printed) == (marking, printed)


@pytest.mark.parametrize("line", ["OFFICIAL - The Board noted the report", "Official Journal of the EU",
                                  "Secret ballot (Standing Order 12)"])
def test_a_line_that_only_begins_like_a_marking_marks_nothing(line: str) -> None:
    assert printed_marking(f"Report to the Board\n{line}\n") is None
