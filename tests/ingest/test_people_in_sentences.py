"""A meeting's people named in sentences rather than under labels ("The meeting was attended by ...", "Present were
Councillors ...", then "Also present were ..." and "Apologies were received from ..." in the same paragraph or the
next), read from invented panel minutes through the real `concord ingest --json` in a fresh process, beside a control:
the same words inside an item's minute name nobody."""

from __future__ import annotations

import pytest

from tests.ingest.ingesting import one_meeting

HEAD = ("Source: invented\n\nNorthshire Police and Crime Panel\n\nMinutes of the meeting held on Thursday 6 March 2025 "
        "at 10.30am at County Hall, Northtown\n\n")
ITEMS = "\n\n1. Declarations of interest\nNone.\n\n2. Proposed precept for 2025/26\nRESOLVED that the Panel supports " \
        "the precept.\n"
MEMBERS = ["Amy Hart", "Ben Irving", "Carol Jones", "David Kerr"]
PRESENT = "Present were Councillors Amy Hart (Chair), Ben Irving and Carol Jones, and David Kerr (Independent Member)."
ALSO = "Also present were Jane Lowe (Police and Crime Commissioner) and Mark Nolan (Chief Executive, OPCC)."
SENT = "Apologies were received from Councillor Eve Frost and Mr Gary Hill."


@pytest.mark.parametrize("people", [
    "The meeting was attended by Councillor Amy Hart (Chair), Councillor Ben Irving, Councillor Carol Jones and "
    "Mr David Kerr (Independent Member).",
    PRESENT,
], ids=["attended-by", "present-were"])
def test_members_in_a_sentence(concord, tmp_path, people):
    m = one_meeting(concord, tmp_path, HEAD + people + ITEMS)
    assert m["members"] == MEMBERS
    assert m["in_attendance"] == []


@pytest.mark.parametrize("people", [
    f"{PRESENT} {ALSO} {SENT}",
    f"{PRESENT}\n\n{ALSO}\n\n{SENT}",
    f"{PRESENT} {ALSO}\n\n{SENT}",
], ids=["one-paragraph", "three-paragraphs", "two-paragraphs"])
def test_members_then_others_in_sentences(concord, tmp_path, people):
    m = one_meeting(concord, tmp_path, HEAD + people + ITEMS)
    assert m["members"] == MEMBERS
    assert m["in_attendance"] == ["Jane Lowe", "Mark Nolan"]
    assert m["apologies"] == ["Eve Frost", "Gary Hill"]


def test_the_same_words_in_a_minute_name_nobody(concord, tmp_path):
    items = ("\n\n1. Declarations of interest\nNone.\n\n2. Proposed precept for 2025/26\nThe meeting was attended by "
             "members of the public and the press. Also present were several officers of the force.\nRESOLVED that "
             "the Panel supports the precept.\n")
    m = one_meeting(concord, tmp_path, HEAD + "Present: Councillor Amy Hart (Chair), Councillor Ben Irving" + items)
    assert m["members"] == ["Amy Hart", "Ben Irving"]
    assert m["in_attendance"] == [] and m["apologies"] == []
    assert [i["title"] for i in m["items"]] == ["Declarations of interest", "Proposed precept for 2025/26"]
