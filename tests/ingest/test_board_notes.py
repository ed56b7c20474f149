"""A PCC's accountability board notes in the layout a real paper showed (issue 13, twelfth round): one heading line
naming the forum, the record and the date ("X Board Notes 10th March 2020"), an unlabelled list of those present with
their initials in brackets (ranks "T/ACC", "ACO" among them), "Apologies were accepted from …" (a rank before a
surname alone), numbered items, and an action written "Action SN send …" with no colon; and an earlier page of the same board whose people are bare
names one a line, its actions bulleted ("• ACTION: SN and SB to review …") among other bullets. Bodies and people
invented."""

from pathlib import Path

from tests.ingest.ingesting import ingest_text

NOTES = """Strategic Assurance Board Notes 4th June 2021


4th June 2021

1. Welcome and introductions

PCC Alan Abbot (AA)

Beth Baker (BB)

T/ACC Carl Cole (CC)

ACO Dana Dunn (DD)

Eric Evans (EE)

Apologies were accepted from ACC Fowler, Gina Grant and Hal Hill

AA welcomed everyone to the meeting.

2. Previous minutes and action log

  • Outstanding actions from the Action Log have been updated.

Action EE send a note to AA on the fleet contract before the next meeting.

3. Estates Update

  • The estates strategy was discussed.
"""


def _meeting(concord, tmp_path: Path) -> tuple[dict, dict]:  # noqa: ANN001
    out = ingest_text(concord, tmp_path, NOTES)
    assert out["documents"][0]["kind"] == "minutes"
    assert len(out["meetings"]) == 1, out["meetings"]
    return out, out["meetings"][0]


def test_heading_naming_forum_record_and_date_is_minutes(concord, tmp_path: Path):
    out, m = _meeting(concord, tmp_path)
    assert out["documents"][0]["title"] == "Strategic Assurance Board Notes 4th June 2021"
    assert (m["forum"], m["date"]) == ("Strategic Assurance Board", "2021-06-04")
    assert m["venue"] is None  # the first item's heading under the date is no place
    assert m["items"] == [{"number": "1", "title": "Welcome and introductions"},
                          {"number": "2", "title": "Previous minutes and action log"},
                          {"number": "3", "title": "Estates Update"}]


def test_unlabelled_initials_list_with_ranks_and_apologies_accepted(concord, tmp_path: Path):
    _, m = _meeting(concord, tmp_path)
    assert m["members"] == ["Alan Abbot", "Beth Baker", "Carl Cole", "Dana Dunn", "Eric Evans"]
    assert m["apologies"] == ["Fowler", "Gina Grant", "Hal Hill"]


def test_action_word_then_initials_of_someone_present(concord, tmp_path: Path):
    out, _ = _meeting(concord, tmp_path)
    assert [(a["item"], a["text"]) for a in out["actions"]] == [
        ("2", "EE send a note to AA on the fleet contract before the next meeting.")]


PLAIN = """Strategic Assurance Board Notes 14th May 2019


14th May 2019


1. Welcome and introductions


Alan Abbot

Beth Baker

Carl Cole

Dana Dunn

Eric Evans

  • AA welcomed the meeting.
  • ACTION: BB and CC to meet to discuss the estates review further.


2. Budget

  • AA noted the pay overspend.
  • ACTION: DD to review use of the contingency budget.
  • AA noted confidence in the leadership team.
"""


def test_bare_names_listed_under_the_first_item_and_bulleted_actions(concord, tmp_path: Path):
    out = ingest_text(concord, tmp_path, PLAIN)
    [m] = out["meetings"]
    assert m["members"] == ["Alan Abbot", "Beth Baker", "Carl Cole", "Dana Dunn", "Eric Evans"]
    assert [(a["item"], a["text"]) for a in out["actions"]] == [
        ("1", "BB and CC to meet to discuss the estates review further."),
        ("2", "DD to review use of the contingency budget.")]
