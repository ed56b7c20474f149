"""Protective markings printed in Welsh, alone, beside the English, labelled or in a page's footer, mark the paper
(rule 18): SWYDDOGOL is OFFICIAL, SWYDDOGOL-SENSITIF is OFFICIAL-SENSITIVE, CYFRINACH is SECRET and CYFRINACH IAWN
is TOP SECRET. Before, none was read and such a paper went into the review queue as unmarked. The marking line is the
page's furniture, never the paper's title. Papers invented; read through the real `concord ingest` in a fresh
process."""

from __future__ import annotations

import pytest

from concord.domain.markings import map_legacy
from tests.ingest.ingesting import MARKED_REPORT, ingest_text

@pytest.mark.parametrize("line, marking", [
    ("SWYDDOGOL – SENSITIF", "OFFICIAL-SENSITIVE"),
    ("SWYDDOGOL-SENSITIF PERSONOL", "OFFICIAL-SENSITIVE"),
    ("SWYDDOGOL-SENSITIF / OFFICIAL-SENSITIVE", "OFFICIAL-SENSITIVE"),
    ("OFFICIAL / SWYDDOGOL-SENSITIF", "OFFICIAL-SENSITIVE"),
    ("Dosbarthiad: SWYDDOGOL-SENSITIF", "OFFICIAL-SENSITIVE"),
    ("SWYDDOGOL SENSITIF: Nid i'w gyhoeddi", "OFFICIAL-SENSITIVE"),
    ("Tudalen 2 o 5   SWYDDOGOL-SENSITIF", "OFFICIAL-SENSITIVE"),
    ("CYFRINACH", "SECRET"),
    ("CYFRINACH IAWN", "TOP SECRET"),
    ("SWYDDOGOL", "OFFICIAL"),
])
def test_a_marking_printed_in_welsh_marks_the_paper(concord, tmp_path, line: str, marking: str) -> None:  # noqa: ANN001
    out = ingest_text(concord, tmp_path, MARKED_REPORT.format(line=line))
    printed = out["documents"][0]["marking"]
    assert printed is not None, f"{line!r} marked nothing"
    assert map_legacy(printed).marking.value == marking
    assert out["reports"][0]["title"] == "Review of firearms licensing"


def test_a_welsh_marking_heading_a_notice_is_furniture_not_its_title(concord, tmp_path) -> None:  # noqa: ANN001
    out = ingest_text(concord, tmp_path, """SWYDDOGOL-SENSITIF
Police and Crime Commissioner for Gwent
Record of Decision

Reference: 2025/07
Date: 14 March 2025
Title: Extension of the custody healthcare contract

Decision: The Commissioner approves the extension of the custody healthcare contract for one year.

Decision maker: Jane Evans
""")
    assert map_legacy(out["documents"][0]["marking"]).marking.value == "OFFICIAL-SENSITIVE"
    notice = out["decision_notices"][0]
    assert notice["subject"] == "Extension of the custody healthcare contract"
