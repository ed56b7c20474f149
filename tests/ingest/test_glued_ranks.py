"""Names glued to the "and" before the next person, where the next person is named by a police rank ("Supt E Wrightand
T/ACC F Moore", "Ch Supt K Brownand DCC A Moss"): each person once, without the rank, as for titles ("Mr A Smithand
Ms B Jones"). Bodies and people invented; read through the real `concord ingest --json`."""

from tests.ingest.ingesting import one_meeting

MINUTES = """Minutes of the Northshire Joint Audit Committee held on 3rdMarch 2015 at 10am

Present: Mr A Smithand Ms B Jones
In attendance: Supt E Wrightand T/ACC F Moore, Ch Supt K Brownand DCC A Moss

1. Apologies
Apologies were received from Cllr G Hale.

2. Internal audit
Noted.
"""


def test_and_glued_before_a_rank(concord, tmp_path):
    m = one_meeting(concord, tmp_path, MINUTES)
    assert (m["date"], m["time"]) == ("2015-03-03", "10:00")
    assert m["members"] == ["A Smith", "B Jones"]
    assert m["in_attendance"] == ["E Wright", "F Moore", "K Brown", "A Moss"]
