"""Reports with a police-authority header (concord/ingest/extract/reports.py): a title printed above a
``Report: / Date: / By:`` header that the split left in the part before it, a recommendation lead-in run into the
first recommendation after its colon, a lead-in on a line of its own over numbered recommendations, and a word the
page printed twice in the committee's name. Bodies and figures invented."""

import json
from pathlib import Path

import pytest

from concord.ingest.extract.recommendations import _without_lead_in

PAGE = """Contents

Report 4 of the 2 May 2007 meeting of the Resources committee Committee and sets out the 2007/08 capital plan.

Warning: archived material.

2007/08 capital plan

Report: 4
Date: 2 May 2007
By: Treasurer


The report sets out the capital plan for approval.

A. Recommendation

Members are asked to

  1. Note the capital plan for 2007/08,
  2. Approve the use of the capital reserve for the estates programme

B. Supporting information

1. The plan was drawn up with the force.
"""


def test_title_above_the_header_numbered_items_under_a_lead_in_and_a_doubled_word(concord, tmp_path: Path):
    p = tmp_path / "plan.txt"
    p.write_text(PAGE, encoding="utf-8")
    ran = concord("ingest", str(p), "--json")
    assert ran.code == 0, ran.err
    [r] = json.loads(ran.out)["reports"]
    assert r["title"] == "2007/08 capital plan"  # not the "Report" label
    assert r["to"] == "Resources Committee"
    assert r["recommendations"] == ["Note the capital plan for 2007/08",
                                    "Approve the use of the capital reserve for the estates programme"]


@pytest.mark.parametrize("text, rec", [
    ("Members are invited to: Note the forecast position.", "Note the forecast position."),
    ("That members are invited to: 1. Note the year to date position.", "Note the year to date position."),
    ("The Committee is asked to: approve the virements.", "approve the virements."),
    # a sentence, not a lead-in: kept whole
    ("It is recommended that the report is noted.", "It is recommended that the report is noted."),
    ("That the Commissioner approves the forecast movements.", "That the Commissioner approves the forecast movements."),
])
def test_lead_in_before_its_colon_is_no_part_of_the_recommendation(text, rec):
    assert _without_lead_in(text) == rec


STACKED = """NORTHSHIRE POLICE AUTHORITY

Meeting:
Date:
Report of:
Subject:
Resources Committee
12 March 2009
Treasurer
Revenue budget monitoring 2008/09

Purpose
To inform members of the forecast outturn.

Recommendation
That the report be noted.

Person to contact: Jane Doe
"""

PROSE_HEADER = """Agenda item 7

Southvale Police and Crime Panel
10 February 2014

Police and Crime Commissioner's proposed precept 2014/15

Report of the Chief Executive of the Office of the Police and Crime Commissioner for Southvale

Purpose
1. To set out the proposed precept.

Recommendations
2. The Panel is asked to review the proposed precept.

Contact officer: Sam Blue, Chief Executive
"""


def test_a_two_column_header_turned_into_text_column_by_column(concord, tmp_path: Path):
    p = tmp_path / "stacked.txt"
    p.write_text(STACKED, encoding="utf-8")
    ran = concord("ingest", str(p), "--json")
    assert ran.code == 0, ran.err
    [r] = json.loads(ran.out)["reports"]
    assert (r["title"], r["to"], r["from"], r["date"]) == (
        "Revenue budget monitoring 2008/09", "Resources Committee", "Treasurer", "2009-03-12")
    assert r["contact_officer"] == "Jane Doe"


def test_a_prose_header_meeting_and_date_on_lines_of_their_own_and_a_long_report_of(concord, tmp_path: Path):
    p = tmp_path / "precept.txt"
    p.write_text(PROSE_HEADER, encoding="utf-8")
    ran = concord("ingest", str(p), "--json")
    assert ran.code == 0, ran.err
    [r] = json.loads(ran.out)["reports"]
    assert r["from"] == "Chief Executive of the Office of the Police and Crime Commissioner for Southvale"  # whole
    assert (r["to"], r["date"]) == ("Southvale Police and Crime Panel", "2014-02-10")
    assert r["title"] == "Police and Crime Commissioner's proposed precept 2014/15"  # not the agenda item line


def test_a_committee_whose_name_has_commas_in_the_report_line(concord, tmp_path: Path):
    p = tmp_path / "capital.txt"
    p.write_text(PAGE.replace("meeting of the Resources committee Committee",
                              "meeting of the Finance, Estates and Value Committee"), encoding="utf-8")
    ran = concord("ingest", str(p), "--json")
    assert ran.code == 0, ran.err
    [r] = json.loads(ran.out)["reports"]
    assert r["to"] == "Finance, Estates and Value Committee"
