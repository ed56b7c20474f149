"""Minutes whose actions stand in a table of words (an action log "No. | Action | Owner | Due", or a minutes table's
Action column), printed as a PDF: the PDF's reader keeps only the tables it sees drawn or of figures, so the actions are
read from the page's columns, each action's wrapped cell joined to its row. As a PDF they are the same actions as the
same minutes saved as text. Bodies and facts invented; drawn by devtools' PDF drawing and read through the real `concord
ingest --json`."""

import json

import pytest

from devtools.ingest.pdf_drawing import draw_text

HEAD = """Minutes of the Northshire Joint Audit Committee held on 14 June 2022

Present: Ruth Ashcombe (Chair), Gareth Pryce, Helen Marsh
In attendance: Tom Elwood (Chief Finance Officer), Priya Kaur (TIAA)

"""
LOG = HEAD + """1. Internal audit progress report
The Committee noted the report.

2. Risk register
Noted.

Action log
| No. | Action | Owner | Due |
|---|---|---|---|
| 1 | Report on the fleet audit timetable | Chief Finance Officer | September 2022 |
| 2 | Circulate the cyber security assurance report to every member of the committee | Head of ICT | 31 July 2022 |
"""
TABLE = HEAD + """| Minute | Item | Discussion | Action |
|---|---|---|---|
| JAC 22/15 | Apologies | None were received. | |
| JAC 22/16 | Internal audit progress report | The Committee noted the report. | PK to circulate the fleet audit report |
| JAC 22/17 | Treasury management | The Committee endorsed the strategy. | |
"""


def _actions(concord, path) -> list:
    ran = concord("ingest", str(path), "--json")
    assert ran.code == 0, ran.err
    return [(a["text"], a["due"]) for a in json.loads(ran.out)["actions"]]


@pytest.mark.parametrize("text, want", [
    (LOG, [("Report on the fleet audit timetable", "2022-09"),
           ("Circulate the cyber security assurance report to every member of the committee", "2022-07-31")]),
    (TABLE, [("PK to circulate the fleet audit report", None)])], ids=["log", "minutes table"])
def test_actions_in_a_table_of_words_as_text_and_as_a_pdf(concord, tmp_path, text, want):
    (tmp_path / "minutes.txt").write_text(text, encoding="utf-8")
    draw_text(text, tmp_path / "minutes.pdf")
    assert _actions(concord, tmp_path / "minutes.txt") == want
    assert _actions(concord, tmp_path / "minutes.pdf") == want
