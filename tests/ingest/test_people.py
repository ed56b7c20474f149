"""Attendees of a meeting (concord/ingest/extract/people.py) when a two-column attendance table was flattened into
one run of text: the block labels printed in capitals inside the run decide who is a member and who is in
attendance, a numbered agenda heading ends the run, and ``ABSENT`` people are neither. Body and people invented."""

import json
from pathlib import Path

import pytest

from concord.ingest.extract.attendee_lines import label_segments
from concord.ingest.name_runs import split_people


def test_capitals_label_inside_a_members_run_starts_a_block_in_attendance():
    run = ("Mr Ivo Grant (Chair) Ms Ana Field POLICE SERVICE OF (2) Mr Ed Stone, Chief Constable WESTSHIRE IN "
           "(2) Ms Lu Park ATTENDANCE: Mrs Bea Hill")
    segments, ended = label_segments(run, "members")
    assert not ended
    assert [t for t, _ in segments] == ["members", "attendance", "attendance", "attendance"]
    assert split_people(segments[0][1]) == ["Ivo Grant", "Ana Field"]


def test_postnominals_and_surnames_in_capitals_are_no_label():
    segments, _ = label_segments("Mr Jon Bell MLA Ms Kay Moss JP OBE Mr GREY Dr Ann Lowe", "members")
    assert [t for t, _ in segments] == ["members"]


def test_absent_and_apologies_labels_and_a_flattened_item_heading():
    segments, ended = label_segments(
        "Mr Ivo Grant ABSENT: Mrs Joy Dane OFFICIALS Ms Lu Park 1. APOLOGIES Apologies were received from Ms Al Roy",
        "members")
    assert ended
    assert [t for t, _ in segments] == ["members", "absent", "attendance"]


@pytest.mark.parametrize("run, names", [
    ("Mr Nelson McCausland Ms Roisin Gale", ["Nelson McCausland", "Roisin Gale"]),
    ("Mr Tom Rowland Ms Kim Day", ["Tom Rowland", "Kim Day"]),
    ("Mr G Ridleyand Mr P Garfoot", ["G Ridley", "P Garfoot"]),
    ("Superintendent Al Crane, Operations Command Mr Rob Dunn", ["Al Crane", "Rob Dunn"]),
    ("Mr Jon Bell Prof Ann Lowe, C/Superintendent Kim Day, Urban Region", ["Jon Bell", "Ann Lowe", "Kim Day"]),
])
def test_names_run_together_in_a_flattened_list(run, names):
    assert split_people(run) == names


BOARD = (
    "WESTSHIRE POLICING BOARD MINUTES OF THE MEETING OF THE WESTSHIRE POLICING BOARD HELD ON THURSDAY 4 MARCH 2021 "
    "AT 10.00 AM IN HARBOUR HOUSE, PORTTOWN PRESENT: Mr Ivo Grant Chair Dr Ana Field Vice-Chair Mr Jon Bell MLA "
    "Ms Kay Moss Mr Tim Rowland ABSENT: Mrs Joy Dane POLICE SERVICE OF (1) Mr Ed Stone, Chief Constable WESTSHIRE "
    "IN (1) Ms Lu Park, Deputy Chief Constable ATTENDANCE: (1) Superintendent Al Crane BOARD OFFICIALS Mrs Bea Hill, "
    "Chief Executive Mr Rob Dunn, Director of Resources Two Board Officials (1) Item 6 only 1. APOLOGIES Apologies "
    "were received from Ms Sue Ray. 2. CONFLICTS OF INTEREST No conflicts of interest were declared. 3. MINUTES OF "
    "THE MEETING HELD ON 4 FEBRUARY 2021 It was RESOLVED:- That the minutes of the Board meeting held on 4 February "
    "2021 be approved. 4. CHIEF CONSTABLE'S REPORT The Chief Constable presented his report on performance."
)  # a PDF converter's single line, longer than a line of a page


def test_flattened_board_minutes_put_each_block_where_it_belongs(concord, tmp_path: Path):
    p = tmp_path / "board.txt"
    p.write_text(BOARD, encoding="utf-8")
    ran = concord("ingest", str(p), "--json")
    assert ran.code == 0, ran.err
    [m] = json.loads(ran.out)["meetings"]
    assert m["members"] == ["Ivo Grant", "Ana Field", "Jon Bell", "Kay Moss", "Tim Rowland"]
    assert m["in_attendance"] == ["Ed Stone", "Lu Park", "Al Crane", "Bea Hill", "Rob Dunn"]
    assert m["apologies"] == ["Sue Ray"]


def test_flattened_board_minutes_items_are_numbered_headings_in_capitals(concord, tmp_path: Path):
    text = BOARD.replace("Two Board Officials (1) Item 6 only", "Two Board Officials 1 OFFICIAL 552017 (1) Item 6 only")
    p = tmp_path / "board.txt"
    p.write_text(text, encoding="utf-8")
    ran = concord("ingest", str(p), "--json")
    assert ran.code == 0, ran.err
    [m] = json.loads(ran.out)["meetings"]
    assert [(i["number"], i["title"]) for i in m["items"]] == [
        ("1", "APOLOGIES"), ("2", "CONFLICTS OF INTEREST"), ("3", "MINUTES OF THE MEETING HELD ON 4 FEBRUARY 2021"),
        ("4", "CHIEF CONSTABLE'S REPORT")]  # a one-word heading, a date in a heading; the page footer is none


def test_minutes_title_is_the_heading_up_to_its_date(concord, tmp_path: Path):
    p = tmp_path / "board.txt"
    p.write_text(BOARD, encoding="utf-8")
    ran = concord("ingest", str(p), "--json")
    assert ran.code == 0, ran.err
    out = json.loads(ran.out)
    assert out["documents"][0]["title"] == \
        "MINUTES OF THE MEETING OF THE WESTSHIRE POLICING BOARD HELD ON THURSDAY 4 MARCH 2021"  # not time and place
    [m] = out["meetings"]
    assert (m["date"], m["time"], m["venue"]) == ("2021-03-04", "10:00", "HARBOUR HOUSE, PORTTOWN")
