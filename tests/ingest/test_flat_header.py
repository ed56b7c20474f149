"""A report's header flattened onto one line with its labels in ordinary case, each followed by its colon
(concord/ingest/flat_header.py), and the title that follows an agenda item's number. Body and people invented."""

import json
from pathlib import Path

from concord.ingest.flat_header import unflatten
from tests.ingest.ingesting import ingest_text

LINE = ("1 For Information Public Report to: Resources and Performance Board Date of Meeting: 12th March 2019 "
        "Report of: Chief Constable Report Author: Ann Lowe E-mail: ann.lowe@example.org Agenda Item: 7 Capital "
        "Programme Monitoring 2018/19 as at January 2019 1. Purpose of the Report 1.1 To update the Board on the "
        "capital programme.")


def test_colon_labels_in_ordinary_case_go_back_onto_lines_of_their_own():
    out = unflatten(LINE)
    assert len(out) == len(LINE)  # every offset where it was
    lines = out.split("\n")
    assert "Report to:\tResources and Performance Board" in lines
    assert "Date of Meeting:\t12th March 2019" in lines
    assert "Agenda Item:\t7 Capital Programme Monitoring 2018/19 as at January 2019" in lines


def test_a_sentence_with_one_colon_label_stays_as_it_is():
    text = "The date: to be confirmed by the Board at its next meeting, with the report of the Treasurer."
    assert unflatten(text) == text


def test_flattened_header_gives_the_report_and_the_item_title(concord, tmp_path: Path):
    p = tmp_path / "capital.txt"
    p.write_text("Capital Programme Monitoring\n\n" + LINE + "\n", encoding="utf-8")
    ran = concord("ingest", str(p), "--json")
    assert ran.code == 0, ran.err
    [r] = json.loads(ran.out)["reports"]
    assert (r["to"], r["from"], r["date"]) == ("Resources and Performance Board", "Chief Constable", "2019-03-12")
    assert r["title"] == "Capital Programme Monitoring 2018/19 as at January 2019"


MEMO = """ITEM 7a TO: NORTHSHIRE POLICE AUTHORITY DATE: 14 June 2006

BY:

CHAIR OF THE AUDIT PANEL

TITLE:

ANNUAL REPORT OF THE AUDIT PANEL

SUMMARY: A report to the Authority on the work of the Audit Panel in 2005/06.
"""


def test_a_memo_header_with_the_item_number_before_its_to_and_date(concord, tmp_path: Path):
    assert unflatten(MEMO).split("\n")[:3] == ["ITEM 7a", "TO: NORTHSHIRE POLICE AUTHORITY", "DATE: 14 June 2006"]
    p = tmp_path / "memo.txt"
    p.write_text(MEMO, encoding="utf-8")
    ran = concord("ingest", str(p), "--json")
    assert ran.code == 0, ran.err
    out = json.loads(ran.out)
    assert out["documents"][0]["kind"] == "report"
    [r] = out["reports"]
    assert (r["title"], r["to"], r["from"], r["date"]) == (
        "ANNUAL REPORT OF THE AUDIT PANEL", "NORTHSHIRE POLICE AUTHORITY", "CHAIR OF THE AUDIT PANEL", "2006-06-14")


RUN_ON = (LINE + " 2. Recommendations 2.1 Recommendation 1 That the Board notes the capital forecast. 2.2 "
          "Recommendation 2 That the Board approves the slippage of £1.2m into 2019/20. 2.3 Background The "
          "programme was approved in February 2018. 3. Financial Implications 3.1 None.")


def test_the_paper_run_onto_the_header_line_gives_its_numbered_recommendations(concord, tmp_path: Path):
    out = unflatten(RUN_ON)
    assert len(out) == len(RUN_ON)
    assert "2. Recommendations" in out.split("\n")
    p = tmp_path / "capital.txt"
    p.write_text("Capital Programme Monitoring\n\n" + RUN_ON + "\n", encoding="utf-8")
    ran = concord("ingest", str(p), "--json")
    assert ran.code == 0, ran.err
    [r] = json.loads(ran.out)["reports"]
    # without the "Recommendation 1" numbering, and not the Background paragraph numbered on after them
    assert r["recommendations"] == ["That the Board notes the capital forecast.",
                                    "That the Board approves the slippage of £1.2m into 2019/20."]


SHORT_LABELS = """WESTSHIRE POLICE AUTHORITY

Report: 7 Date: 12 May 2010 By: Treasurer

Capital programme 2010/11

Summary
This report sets out the capital programme for 2010/11, which was prepared by: the Treasurer and the Chief Constable.

A. Recommendations
That 1. members approve the capital programme of £12.4m; and 2. note the spending profile set out in appendix 1.
"""


def test_a_one_line_header_with_a_papers_number_and_short_labels(concord, tmp_path: Path):
    """A header of one line, "Report: 7 Date: 12 May 2010 By: Treasurer", as a web page copies it: its number, date
    and author each read; and the recommendations run onto one line are each its own."""
    rep = ingest_text(concord, tmp_path, SHORT_LABELS)["reports"]
    assert [(r["title"], r["from"], r["date"]) for r in rep] == [("Capital programme 2010/11", "Treasurer",
                                                                   "2010-05-12")]
    assert rep[0]["recommendations"] == ["members approve the capital programme of £12.4m",
                                         "note the spending profile set out in appendix 1."]


def test_short_labels_count_only_with_a_capital_and_their_colon():
    text = "The plan was agreed by: the Board on Date: 12 May 2010 and sent to: all members of the Authority."
    assert unflatten(text) == text


def test_a_lead_in_with_a_dash_is_no_part_of_the_recommendation(concord, tmp_path: Path):
    text = SHORT_LABELS.replace("A. Recommendations\nThat 1. members approve the capital programme of £12.4m; and 2. "
                                "note the spending profile set out in appendix 1.",
                                "A. Recommendations\nMembers are invited to - Approve the capital programme of £12.4m.")
    [rep] = ingest_text(concord, tmp_path, text)["reports"]
    assert rep["recommendations"] == ["Approve the capital programme of £12.4m."]
