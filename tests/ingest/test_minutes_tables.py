"""Audit committee minutes headed "Joint Audit Committee - Minutes of the meeting held on 14 June 2022" (the forum before
the record's word, on one line) whose business is a table: the minute's reference with the committee's initials
("JAC 22/15"), the item, what was discussed and decided, and the action agreed. The meeting is found (not a listing of
decisions), its items are the minutes' references and headings, and an entry in the Action column is an action under
its item; an empty Action cell is none. The same minutes with the table's cells between bars or tabs. Bodies and facts
invented; read through the real `concord ingest --json`."""

import pytest

from tests.ingest.ingesting import ingest_text

HEAD = """Joint Audit Committee - Minutes of the meeting held on 14 June 2022

Present: Ruth Ashcombe (Chair), Gareth Pryce, Helen Marsh
In attendance: Tom Elwood (Chief Finance Officer), Priya Kaur (TIAA)

"""
BARS = """| Minute | Item | Discussion and decision | Action |
|---|---|---|---|
| JAC 22/15 | Apologies | None were received. | |
| JAC 22/16 | Internal audit progress report | The Committee noted the report. | PK to circulate the fleet audit report |
| JAC 22/17 | Treasury management | The Committee endorsed the strategy. | None |
"""
TABS = "".join("\t".join(c.strip() for c in line.strip().strip("|").split("|")) + "\n"
               for line in BARS.splitlines() if not line.startswith("|---"))


@pytest.mark.parametrize("table", [BARS, TABS], ids=["bars", "tabs"])
def test_minutes_whose_business_is_a_table(concord, tmp_path, table):
    out = ingest_text(concord, tmp_path, HEAD + table)
    assert out["decision_notices"] == []
    [m] = out["meetings"]
    assert (m["forum"], m["date"]) == ("Joint Audit Committee", "2022-06-14")
    assert (m["members"], m["in_attendance"]) == (["Ruth Ashcombe", "Gareth Pryce", "Helen Marsh"],
                                                  ["Tom Elwood", "Priya Kaur"])
    assert [(i["number"], i["title"]) for i in m["items"]] == [
        ("JAC 22/15", "Apologies"), ("JAC 22/16", "Internal audit progress report"), ("JAC 22/17", "Treasury management")]
    assert [(a["item"], a["text"]) for a in out["actions"]] == [("JAC 22/16", "PK to circulate the fleet audit report")]
