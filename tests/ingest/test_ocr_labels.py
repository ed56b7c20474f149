"""A scanned paper's labels damaged by OCR in one character ("Apoloqies:", "eresent:", "ATTENDINQ:") read as the
labels they stand for (concord/ingest/ocrfix.relabel, the confusable characters in data/ocr.toml); a word that is no
damaged label ("Prevent:", "Seasons:") is left as printed. Bodies, people and places invented."""

from concord.ingest.ocrfix import relabel
from tests.ingest.ingesting import explained, one_meeting

SCANNED = """NORTHSHIRE JOINT POLICE BOARD - MINUTES OF MEETING ON 16 APRIL 1998

Minutes of Meeting in the Civic Hall, Northford on 16 April 1998

eresent: Councillor Ann Other (Convener) Councillor Bob Hill Councillor Cat Ray

Apoloqies: Councillor Dan Fox and Councillor Eve Lamb.

ATTENDINQ: G Moss (Clerk); H Reed (Chief Constable).

1. MINUTES OF PREVIOUS MEETING
The minutes of the meeting of 5 March 1998 were approved.
"""


def test_a_scanned_papers_damaged_labels_are_read(concord, tmp_path):
    m = one_meeting(concord, tmp_path, SCANNED)
    assert m["members"] == ["Ann Other", "Bob Hill", "Cat Ray"]
    assert m["apologies"] == ["Dan Fox", "Eve Lamb"]
    assert m["in_attendance"] == ["G Moss", "H Reed"]


def test_explain_names_each_label_it_mended(concord, tmp_path):
    out = explained(concord, tmp_path, SCANNED)
    assert "labels damaged by OCR" in out
    assert "'Apoloqies' as 'Apologies'" in out and "'eresent' as 'Present'" in out


def test_mending_keeps_every_offset():
    text = "Intro\neresent: A\nApoloqies: B\n"
    out = relabel(text)
    assert out == "Intro\nPresent: A\nApologies: B\n" and len(out) == len(text)


def test_words_that_are_no_damaged_label_are_left_as_printed():
    for text in ("Prevent: the team reported on referrals\n",  # a strategy's name, two letters from "Present"
                 "Seasons: summer patrols\n",  # a capital first letter is no lost one
                 "Presents: gifts\n",  # another length
                 "The Apoloqies: were noted\n",  # not at the head of the line
                 "Apoloqies were received\n"):  # no colon
        assert relabel(text) == text
