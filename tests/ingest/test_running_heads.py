"""A PDF's running header, printed at the head of every page (concord/ingest/readers/running_heads.py), is no line of
the paper: not a member in a list that runs over the page, not the paper's title. A line that happens to end one
page and open the next, or to end two pages, is no header. Bodies and people invented."""

import json
from pathlib import Path

from concord.ingest.readers.running_heads import blanked, running_lines


def test_a_line_at_the_head_of_most_pages_is_their_header():
    pages = ["Northshire Police and Crime Panel\nMinutes\nAnn Roe", "Northshire Police and Crime Panel\nBob Hill",
             "Northshire Police and Crime Panel\nCat Ray\nDan Fox"]
    assert running_lines(pages) == {"Northshire Police and Crime Panel"}
    assert blanked(pages[1], running_lines(pages)) == " " * 33 + "\nBob Hill"  # (offsets kept)


def test_a_marking_a_page_number_or_a_line_met_by_chance_is_none():
    assert running_lines(["OFFICIAL\nAnn Roe", "OFFICIAL\nBob Hill", "OFFICIAL\nCat Ray"]) == set()
    assert running_lines(["Panel\nAnn Roe\nPresent, as expected", "Bob Hill\nPresent, as expected"]) == set()
    assert running_lines(["Panel\nAnn Roe\nIndependent Member", "Independent Member\nBob Hill"]) == set()
    assert running_lines(["Northshire Police and Crime Panel\nAnn Roe"]) == set()  # one page: nothing to compare


def test_a_running_header_is_no_member_of_a_list_over_the_page(concord, tmp_path: Path):
    from devtools.ingest.pdf_drawing import draw_text

    # a council committee's names, one a paragraph, running over the page (before, the list ended at the header)
    members = "\n\n".join(f"{f} {s.upper()}" for f in ("Ann", "Bob", "Cat", "Dan", "Eve", "Fay", "Gus", "Hal")
                          for s in ("Roe", "Hill", "Ray", "Fox", "Lamb", "Moss"))
    minutes = ("At a MEETING of the POLICY AND RESOURCES COMMITTEE held at Northford on 17th November, 2014.\n\n"
               f"Present:-\n\n{members}\n\nCouncillor Ann ROE, Convener, in the Chair.\n\nI DECLARATION OF INTEREST\n\n"
               "There were none.\n\nII MINUTES\n\nNoted.\n")
    pdf = draw_text(minutes, tmp_path / "committee.pdf", "Northshire Police and Crime Commissioner")
    [m] = json.loads(concord("ingest", str(pdf), "--json").out)["meetings"]
    assert len(m["members"]) == 48 and not any("Northshire" in x for x in m["members"])
