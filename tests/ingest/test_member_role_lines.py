"""Members listed a name a line with each one's role on the line under it ("Cllr Rachel Moore" / "Chair" / "Cllr David
Pike" / "Vice Chair", or each role over its name), as a table of names and roles reaches a converter one cell a line: "Chair" there is the role of
the member above it, not a Chair label over the next. Bodies and people invented; read through the real
`concord ingest` in a fresh process."""

from tests.ingest.ingesting import one_meeting

HEAD = "Northshire Police and Crime Panel\nMinutes of the meeting held on 9 February 2022 at 2pm, Civic Centre, Room 3\n\n"
BUSINESS = ("\nOfficers\nRichard Vale\nPanel Support Officer\n\n1 Apologies\nApologies were received from Cllr Tom Webb.\n\n"
            "2 Minutes of the last meeting\nThe minutes were agreed.\n")

ROLES_UNDER_NAMES = HEAD + ("Members\nCllr Rachel Moore\nChair\nCllr David Pike\nVice Chair\nMrs Susan Clarke\n"
                            "Independent Member\n") + BUSINESS

CHAIR_OVER_NAME = HEAD + "Members\nChair\nCllr Rachel Moore\nCllr David Pike\nMrs Susan Clarke\n" + BUSINESS


def test_each_members_role_on_the_line_under_the_name(concord, tmp_path):  # noqa: ANN001
    meeting = one_meeting(concord, tmp_path, ROLES_UNDER_NAMES)
    assert meeting["members"] == ["Rachel Moore", "David Pike", "Susan Clarke"]
    assert meeting["in_attendance"] == ["Richard Vale"]


def test_the_chair_over_the_first_name(concord, tmp_path):  # noqa: ANN001
    """"Chair" before the first member is named: the role of the name under it, and the list goes on."""
    meeting = one_meeting(concord, tmp_path, CHAIR_OVER_NAME)
    assert sorted(meeting["members"]) == ["David Pike", "Rachel Moore", "Susan Clarke"]
