"""An audit committee's agenda printed as a table (item, title, presenter, paper or verbal, time, received) and read
back with its rows run together, several to a line, read through the real `concord ingest --json` in a fresh process:
each item once, its title without the columns after it. The committee, presenters and items are invented."""

from __future__ import annotations

from tests.ingest.ingesting import one_meeting

AGENDA = """JOINT AUDIT COMMITTEE

12 March 2021 at 10.00am

Committee Room 1, Police Headquarters, Northtown, NT1 1AA

Papers AGENDA attached/to Time follow Public Meeting of the Joint Audit Committee 1 Welcome and Apologies JB 10.00

2 Declarations of Interests Members

3 Minutes and Actions of 10 December 2020 HK Paper 10:05 Received 4 Treasury Management Update RS Paper 10.15 Received 5 External Audit Plan KPMG Verbal 10:35

6 Internal Audit Progress Report Mazars Paper 10:50 Received 7 Risk Register PF Paper 11:05 Received

8 Any Other Business JB Verbal 11:30
"""

PLAIN = """JOINT AUDIT COMMITTEE

12 March 2021 at 10.00am

AGENDA

1 Welcome and Apologies
2 Minutes of the last meeting
3 Annual Governance Report
4 Performance Update
"""


def test_rows_run_together_give_their_items(concord, tmp_path):
    m = one_meeting(concord, tmp_path, AGENDA)
    assert [(i["number"], i["title"]) for i in m["items"]] == [
        ("1", "Welcome and Apologies"), ("2", "Declarations of Interests"),
        ("3", "Minutes and Actions of 10 December 2020"), ("4", "Treasury Management Update"),
        ("5", "External Audit Plan"), ("6", "Internal Audit Progress Report"), ("7", "Risk Register"),
        ("8", "Any Other Business")]


def test_a_titles_own_last_word_stays(concord, tmp_path):
    m = one_meeting(concord, tmp_path, PLAIN)
    assert [i["title"] for i in m["items"]] == [
        "Welcome and Apologies", "Minutes of the last meeting", "Annual Governance Report", "Performance Update"]
