"""Forms of a meeting's attendees, apologies and items that bodies print, each on one invented panel's minutes, read
through the real `concord ingest --json` in a fresh process: the members in a sentence or under a "Councillors:"
label, a register's names surname first (in capitals too), the chair on a line of its own ("... in the Chair"),
"Sederunt" (the Scottish word for those present), rows of a table between bars, items whose heading runs on into the minute after a colon or a full stop,
minute references with the panel's initials glued to them, items in a table's first cell, and apologies someone
"sent"."""

from __future__ import annotations

import pytest

from tests.ingest.ingesting import one_meeting

HEAD = ("Source: invented\n\nNorthshire Police and Crime Panel\n\nMinutes of the meeting held on Thursday 6 March 2025 "
        "at 10.30am at County Hall, Northtown\n\n")
ITEMS = "\n\n1. Apologies\nNone.\n\n2. Proposed precept for 2025/26\nRESOLVED that the Panel supports the precept.\n"
PRESENT = "Present: Councillor Amy Hart (Chair), Councillor Ben Irving, Councillor Carol Jones\n\n"
TITLES = ["Declarations of interest", "Minutes of the previous meeting", "Proposed precept for 2025/26",
          "Complaints update"]
BODY = "The Panel noted the report."


@pytest.mark.parametrize("people", [
    "The following members were present: Councillor Amy Hart (Chair), Councillor Ben Irving, Councillor Carol Jones "
    "and Councillor David Kerr.",
    "In the Chair: Councillor Amy Hart\nCouncillors: Ben Irving, Carol Jones and David Kerr",
    "Present:\nHart, Amy (Chair)\nIrving, Ben (Vice-Chair)\nJones, Carol\nKerr, David",
    "Present:\nHART, Amy (Chair)\nIRVING, Ben (Vice-Chair)\nJONES, Carol\nKERR, David",
    "Councillor Amy Hart in the Chair\n\nPresent: Councillors Ben Irving, Carol Jones and David Kerr",
    "Sederunt\nCouncillor Amy Hart (Convener)\nCouncillor Ben Irving\nCouncillor Carol Jones\nCouncillor David Kerr",
    "Members:\nAmy Hart | Northtown Borough Council | Chair\nBen Irving | Southvale District Council |\n"
    "Carol Jones | Independent Member |\nDavid Kerr | Westbury Council |",
    "Voting Members Present:\nCouncillor Amy Hart (Chair)\nCouncillor Ben Irving\nCouncillor Carol Jones\n"
    "Co-opted Members Present:\nDavid Kerr",
    "Attended:\nCouncillor Amy Hart (Chair)\nCouncillor Ben Irving\nCouncillor Carol Jones\nCouncillor David Kerr",
    # a register's surname in capitals, then the title and the whole given name
    "Present:\nHART, Councillor Amy (Chair)\nIRVING, Councillor Ben (Vice-Chair)\nJONES, Mrs Carol (Independent Member)"
    "\nKERR, Councillor David",
], ids=["sentence", "councillors-label", "surname-first", "surname-first-capitals", "in-the-chair-line", "sederunt",
        "barred-rows", "voting-and-co-opted", "attended-label", "surname-first-titled"])
def test_members_printed_in_other_forms(concord, tmp_path, people):
    m = one_meeting(concord, tmp_path, HEAD + people + ITEMS)
    assert m["members"] == ["Amy Hart", "Ben Irving", "Carol Jones", "David Kerr"]
    assert [i["title"] for i in m["items"]] == ["Apologies", "Proposed precept for 2025/26"]


@pytest.mark.parametrize("items, numbers", [
    ("\n\n".join(f"{k}. {t}: {BODY}" for k, t in enumerate(TITLES, 1)), ["1", "2", "3", "4"]),
    ("\n\n".join(f"{k}. {t}. {BODY}" for k, t in enumerate(TITLES, 1)), ["1", "2", "3", "4"]),
    ("\n\n".join(f"NPCP{k:02d}/25 {t}\n{BODY}" for k, t in enumerate(TITLES, 1)),
     ["NPCP01/25", "NPCP02/25", "NPCP03/25", "NPCP04/25"]),
    ("| Item | Minute |\n|---|---|\n" + "\n".join(f"| {k}. {t} | {BODY} |" for k, t in enumerate(TITLES, 1)),
     ["1", "2", "3", "4"]),
    ("\n\n".join(f"{r}. {t}\n{BODY}" for r, t in zip(("I", "II", "III", "IV"), TITLES)), ["I", "II", "III", "IV"]),
], ids=["run-in-colon", "run-in-stop", "glued-initials", "table-cell", "roman-numbers"])
def test_items_printed_in_other_forms(concord, tmp_path, items, numbers):
    m = one_meeting(concord, tmp_path, HEAD + PRESENT + items + "\n")
    assert [(i["number"], i["title"]) for i in m["items"]] == list(zip(numbers, TITLES))


def test_apologies_someone_sent(concord, tmp_path):
    text = HEAD + PRESENT + ("1. Apologies\nCouncillor Lucy Shaw and Councillor Martin Todd sent their apologies."
                             "\n\n2. Complaints update\nThe Panel noted the report.\n")
    m = one_meeting(concord, tmp_path, text)
    assert m["apologies"] == ["Lucy Shaw", "Martin Todd"]


@pytest.mark.parametrize("people, want", [
    ("Present:\nCouncillor Hart (Chair)\nCouncillor Irving\nCouncillor Jones\nCouncillor Kerr",
     ["Hart", "Irving", "Jones", "Kerr"]),
    ("Present: Mr Hart (Chair), Mrs Irving, Ms Jones, Dr Kerr", ["Hart", "Irving", "Jones", "Kerr"]),
    ("Present: Councillor Gwyneth ap Rhys (Chair), Councillor Jan van der Berg, Councillor Carol Jones",
     ["Gwyneth ap Rhys", "Jan van der Berg", "Carol Jones"]),
], ids=["surnames-one-a-line-chair-first", "titled-surnames", "particles"])
def test_members_by_surname_or_with_a_particle(concord, tmp_path, people, want):
    m = one_meeting(concord, tmp_path, HEAD + people + ITEMS)
    assert m["members"] == want


@pytest.mark.parametrize("sentence", [
    "The Police and Crime Commissioner, Sam Poe, and the Chief Executive, Tom Quill, were also in attendance.",
    "Sam Poe (Police and Crime Commissioner) and Tom Quill (Chief Executive) also attended the meeting.",
], ids=["were-also-in-attendance", "also-attended"])
def test_people_a_sentence_says_attended_are_in_attendance(concord, tmp_path, sentence):
    m = one_meeting(concord, tmp_path, HEAD + PRESENT + sentence + ITEMS)
    assert m["members"] == ["Amy Hart", "Ben Irving", "Carol Jones"]
    assert m["in_attendance"] == ["Sam Poe", "Tom Quill"]


def test_register_surname_first_with_two_initials(concord, tmp_path):
    """A register's "HART, Cllr A J (Chair)" keeps both initials, and a post in capitals after them ("Mr S ACC") is
    no third initial."""
    people = ("Present:\nHART, Cllr A J (Chair)\nIRVING, Mr B. K.\nJONES, Mrs C\nKERR, Mr D ACC Northshire Police\n")
    m = one_meeting(concord, tmp_path, HEAD + people + ITEMS)
    assert m["members"] == ["A J Hart", "B. K. Irving", "C Jones", "D Kerr"]


def test_a_body_then_its_titled_person(concord, tmp_path):
    """"Grant Thornton – Ms N Owen": a body before a dash, its person titled after it, though the body's words read as
    a given name and a surname; a person before their rank ("Kate Lamb - Chief Constable") stays the person."""
    people = ("PRESENT: Mr A Hart (Chair), Mrs B Irving\n\nALSO PRESENT: Police and Crime Commissioner – Mrs G Hall; "
              "Grant Thornton – Ms N Owen; Ernst Young – Mr P Quinn; Kate Lamb - Chief Constable\n")
    m = one_meeting(concord, tmp_path, HEAD + people + ITEMS)
    assert m["members"] == ["A Hart", "B Irving"]
    assert m["in_attendance"] == ["G Hall", "N Owen", "P Quinn", "Kate Lamb"]


@pytest.mark.parametrize("people, members", [
    ("Present: Councillors Hart (Chair), Irving and Jones; Mr Kerr and Mrs Lowe (Independent Members)",
     ["Hart", "Irving", "Jones", "Kerr", "Lowe"]),
    ("Present: Councillor A Hart (in the Chair); Councillors B Irving, C Jones; independent members D Kerr and E Lowe.",
     ["A Hart", "B Irving", "C Jones", "D Kerr", "E Lowe"]),
], ids=["titled-surnames-joined-by-and", "councillors-run-in-the-middle"])
def test_people_printed_by_surname_and_in_runs_keep_each_and_their_order(concord, tmp_path, people, members):
    """"Mr Kerr and Mrs Lowe": each a member, though the "and" stands before the next title; and the members named
    before, in and after a "Councillors ..." run, in the order printed."""
    m = one_meeting(concord, tmp_path, HEAD + people + ITEMS)
    assert m["members"] == members
