"""A paper copied from a typeset PDF keeps the font's ligatures as single characters ("Ofﬁcers in attendance",
"Chief Finance Ofﬁcer"): they read as their letters, so the label is found and the titles are spelt as a reader sees
them. Bodies and facts invented; read through the real `concord ingest --json`."""

from tests.ingest.ingesting import one_meeting

MINUTES = """Minutes of the Northshire Police and Crime Panel held on 3 May 2022

Present: Cllr J Barker (Chair), Cllr P Lomas, Cllr S Patel

Oﬃcers in attendance: F Arden (Chief Executive), G Moss (Chief Finance Oﬃcer)

1. Apologies
None.

2. Deﬁnitions in the Police and Crime Plan reﬂecting the ﬁnal draft
Noted.
"""


def test_ligatures_read_as_their_letters(concord, tmp_path):
    m = one_meeting(concord, tmp_path, MINUTES)
    assert m["members"] == ["J Barker", "P Lomas", "S Patel"]
    assert m["in_attendance"] == ["F Arden", "G Moss"]
    assert m["items"][1]["title"] == "Definitions in the Police and Crime Plan reflecting the final draft"
