"""Those printed under "Absent:", "Not present:" or "Absentees:" neither came nor sent apologies: they are no
meeting's members, attendance or apologies (the rule the corpus is labelled by, LABELLING.md fourth round). Before,
the labels were read as apologies, so a member who stayed away without a word was recorded as having sent them. The
label still ends the list before it. Papers invented; read through the real `concord ingest` in a fresh process."""

from __future__ import annotations

import pytest

from tests.ingest.ingesting import one_meeting

_RUN = """Northshire Police and Crime Panel

Minutes of the meeting held on 12 March 2024 at 10.00 am at County Hall, Northtown

Present: Councillor Ann Able (Chair), Councillor Bob Baker, Councillor Carol Cole
Apologies: Councillor Dan Dyer
{label}: Councillor Eve Ellis
In attendance: Fred Fox (Police and Crime Commissioner), Gail Green (Chief Executive, OPCC)

1. Apologies for absence
Apologies were received from Councillor Dan Dyer.
"""

_BLOCKS = """NORTHSHIRE JOINT AUDIT COMMITTEE

MINUTES OF THE MEETING HELD ON 4 JUNE 2024 AT POLICE HEADQUARTERS, NORTHTOWN

PRESENT:
Mr Harry Hill (Chair)
Ms Isla Irwin

{label}:
Mr Liam Lord

APOLOGIES:
Ms Kate King

IN ATTENDANCE:
Mike Moss, Chief Finance Officer, OPCC

1. MINUTES OF THE LAST MEETING
The minutes of the meeting held on 5 March 2024 were agreed.
"""


@pytest.mark.parametrize("label", ["Absent", "Not present", "Absentees"])
def test_a_member_absent_on_a_line_of_labels_sent_no_apologies(concord, tmp_path, label: str) -> None:  # noqa: ANN001
    meeting = one_meeting(concord, tmp_path, _RUN.format(label=label))
    assert meeting["members"] == ["Ann Able", "Bob Baker", "Carol Cole"]
    assert meeting["apologies"] == ["Dan Dyer"]
    assert meeting["in_attendance"] == ["Fred Fox", "Gail Green"]


@pytest.mark.parametrize("label", ["ABSENT", "NOT PRESENT"])
def test_an_absent_block_ends_the_members_and_names_no_one(concord, tmp_path, label: str) -> None:  # noqa: ANN001
    meeting = one_meeting(concord, tmp_path, _BLOCKS.format(label=label))
    assert meeting["members"] == ["Harry Hill", "Isla Irwin"]
    assert meeting["apologies"] == ["Kate King"]
    assert meeting["in_attendance"] == ["Mike Moss"]


def test_absent_with_apologies_is_still_apologies(concord, tmp_path) -> None:  # noqa: ANN001
    meeting = one_meeting(concord, tmp_path, _RUN.format(label="Absent with apologies"))
    assert meeting["apologies"] == ["Dan Dyer", "Eve Ellis"]
