"""A forum's name with the minutes' status after it ("NORTHSHIRE BOARD MEETING APPROVED", "Joint Audit Committee
Draft"): the status is no part of the forum's name, as "Approved minutes" after it was not before; a forum named for
it ("Approved Premises Board") keeps the word. Bodies invented; read through the real `concord ingest` in a fresh
process."""

import pytest

from tests.ingest.ingesting import one_meeting


@pytest.mark.parametrize("banner, forum", [
    ("NORTHSHIRE BOARD MEETING APPROVED", "Northshire Board"),
    ("Westshire Joint Audit Committee Draft", "Westshire Joint Audit Committee"),
    ("Approved Premises Board", "Approved Premises Board"),
])
def test_a_status_after_the_forum_is_no_part_of_its_name(concord, tmp_path, banner, forum):  # noqa: ANN001
    text = (f"{banner}\nMinutes of the meeting held on Wednesday, 29 May 2019 at 11.00 am\n"
            "Present: Ann Vale (Chair), Tom Hart, Sue Bell\n1. Apologies\nNone.\n2. Minutes\nAgreed.\n3. Finance\nNoted.\n")
    assert one_meeting(concord, tmp_path, text)["forum"] == forum
