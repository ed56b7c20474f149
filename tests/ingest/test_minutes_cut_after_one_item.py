"""Minutes a host stored only in part: the page cut off after its first item, so one numbered heading stands under
the meeting's people. Bodies and names invented; read through the real `concord ingest` in a fresh process."""

from tests.ingest.ingesting import flattened_corpus_paper, one_meeting

CUT_AFTER_ONE = """Source: https://example.org/panel/minutes-2023-11-08
Eastmoor Police and Crime Panel
Minutes of the meeting held on Wednesday 8 November 2023 at 10.00 am at Town Hall, Eastmoor

Present
Councillor John Barker (Chair)
Councillor Lisa Marsh
Mrs Deborah Kay (Independent Co-opted Member)

Apologies
Councillor Ian Platt

1. Minutes of the previous meeting
The minutes of the meeting held on 6 September 2023 were approved as a correct record, subject to
"""

NUMBERED_ON = """Source: https://example.org/panel/minutes-2020-06-26
Westvale Police and Crime Panel
Minutes of the meeting held on 26 June 2020 at 10.30 am, by video conference

Present: Councillor Amy Cole (Chair), Councillor Rob Firth, Mr Neil Grant

31 Declarations of Interest
Councillor Firth declared a personal interest as a member of the fire authority. The Chair then
"""

PAGE_NUMBER_ON_TOP = """Source: https://example.org/panel/pack-2017-02-03
1 Public Document Pack Northdale Police and Crime Panel
Minutes of the meeting held at County Hall on Friday, 3 February 2017

Present: Councillor Jo Adams (Chairman), Councillor Mike Short, Councillor Ann Dove

Apologies for absence were received from Councillor Bernie Davis.
"""


def test_the_first_item_of_a_page_cut_after_it(concord, tmp_path):  # noqa: ANN001
    meeting = one_meeting(concord, tmp_path, CUT_AFTER_ONE)
    assert [(i["number"], i["title"]) for i in meeting["items"]] == [("1", "Minutes of the previous meeting")]
    assert meeting["members"] == ["John Barker", "Lisa Marsh", "Deborah Kay"]


def test_one_minute_numbered_on_from_the_last_meeting(concord, tmp_path):  # noqa: ANN001
    meeting = one_meeting(concord, tmp_path, NUMBERED_ON)
    assert [(i["number"], i["title"]) for i in meeting["items"]] == [("31", "Declarations of Interest")]


def test_a_page_number_over_the_panel_name_is_no_item(concord, tmp_path):  # noqa: ANN001
    """A control: "1" printed before the pack's heading, above the meeting's people, heads no item."""
    assert one_meeting(concord, tmp_path, PAGE_NUMBER_ON_TOP)["items"] == []



def test_the_agenda_number_after_a_minute_title_is_no_part_of_it(concord, tmp_path):  # noqa: ANN001
    """A dev paper's minutes printed "1. Apologies for absence (Agenda item 1)", the page flattened onto one line."""
    text, gold = flattened_corpus_paper("mpa-pscsc-2009-08-27")
    meeting = one_meeting(concord, tmp_path, text)
    assert meeting["items"][0] == gold["meetings"][0]["items"][0] == {"number": "1", "title": "Apologies for absence"}
