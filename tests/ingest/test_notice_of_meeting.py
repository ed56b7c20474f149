"""A council's agenda headed "Notice of Meeting" over the forum's name, read through the real `concord ingest --json`
in a fresh process: the forum is the panel, not the notice. The panel and people are invented."""

from __future__ import annotations

from tests.ingest.ingesting import one_meeting

AGENDA = """{heading}

Police and Crime Panel

Date: Thursday 14 November 2019
Time: 10.30 am
Place: Council Chamber, Civic Offices, Southtown

For enquiries about this meeting contact Democratic Services, 01234 567890

AGENDA

1  Apologies for absence
2  Declarations of interest
3  Minutes of the meeting held on 12 September 2019 (Pages 1 - 8)
4  Police and Crime Commissioner's update (Pages 9 - 20)
"""


def test_the_forum_under_a_notice_of_meeting(concord, tmp_path):
    for heading in ("Notice of Meeting", "NOTICE OF MEETING", "Summons to attend a meeting", "Notice of meeting and agenda"):
        m = one_meeting(concord, tmp_path, AGENDA.format(heading=heading))
        assert (m["forum"], m["date"], m["time"]) == ("Police and Crime Panel", "2019-11-14", "10:30"), heading
        assert len(m["items"]) == 4
