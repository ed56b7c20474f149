"""Minutes that open with a sentence recording the meeting, "A meeting of <forum> was held on <date> in <place>.",
and no heading naming the forum above it: the sentence gives the forum, the date and the place. Read through the real
`concord ingest --json` in a fresh process. Bodies, people and places invented."""

from tests.ingest.ingesting import one_meeting

MINUTES = """Page 59

A meeting of Northshire Police Authority Executive was held on Wednesday 17 September 2008 in the Members Conference Room at Police HQ.

PRESENT: Councillor Ann Other (Chair), Councillor Bob Hill and Mr Cat Ray

OFFICIALS: Mr Dan Fox and Mrs Eve Lamb

APOLOGIES FOR ABSENCE
Apologies for absence were received from Councillor Fay Moss.
"""


def test_the_sentence_gives_the_forum_date_and_place(concord, tmp_path):
    m = one_meeting(concord, tmp_path, MINUTES)
    assert (m["forum"], m["date"]) == ("Northshire Police Authority Executive", "2008-09-17")
    assert m["venue"] == "Members Conference Room at Police HQ"
    assert m["members"] == ["Ann Other", "Bob Hill", "Cat Ray"]


def test_a_summons_that_will_be_held_is_no_record_of_a_meeting_held(concord, tmp_path):
    # the agenda letter's sentence is in the future tense: its date is the meeting's, the paper an agenda
    letter = MINUTES.replace("was held on", "will be held on").split("PRESENT")[0]
    m = one_meeting(concord, tmp_path, letter)
    assert m["date"] == "2008-09-17" and m["forum"] == "Northshire Police Authority Executive"
