"""An item's title without the reference of the paper it takes, printed in brackets after it ("MATTERS ARISING (PAPER
REF NAB 11/20/05)", "Risk register (Paper 4)"): found on a national board's minutes; the paper here is invented."""

from __future__ import annotations

from pathlib import Path

from tests.ingest.ingesting import ingest_text

MINUTES = """Minutes of the Northern Advisory Board held on 25 November 2020

Present: Ann Other (Chair), Bob Hill, Cat Ray

1. WELCOME AND INTRODUCTIONS
The Chair welcomed members.

2. MATTERS ARISING FROM THE LAST MEETING (PAPER REF NAB 11/20/05)
The Board noted the actions.

3. Risk register (Paper 4)
The Board reviewed the register.

4. Budget 2021/22 (verbal update)
The Director reported on the budget.
"""


def test_a_papers_reference_in_brackets_is_no_part_of_the_items_title(concord, tmp_path: Path):
    out = ingest_text(concord, tmp_path, MINUTES)
    [m] = out["meetings"]
    assert [i["title"] for i in m["items"]] == ["WELCOME AND INTRODUCTIONS", "MATTERS ARISING FROM THE LAST MEETING",
                                                "Risk register", "Budget 2021/22 (verbal update)"]
