"""A paper copied from a typeset PDF keeps the font's ligatures as single characters ("Ofﬁcers in attendance",
"Chief Finance Ofﬁcer"): they read as their letters, so the label is found and the titles are spelt as a reader sees
them. A page copied from a web site keeps characters a reader never sees: soft hyphens where a word may break and
zero-width spaces; they are no part of the words. Bodies and facts invented; read through the real `concord ingest --json`."""

from tests.ingest.ingesting import ingest_text, one_meeting

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


WEB = """Minutes of the Northshire Police and Crime Panel held on 3 May 2022

Present:\u200b Cllr J Barker (Chair), Cllr P Lomas, Cllr S Patel

Also in attendance: F Arden (Chief Executive to the Police and Crime Commis\u00adsioner)

1. Apologies
None.

2. Commis\u00adsioner\u2019s annual report
Noted.
"""


def test_soft_hyphens_and_zero_width_spaces_are_no_part_of_the_words(concord, tmp_path):
    m = one_meeting(concord, tmp_path, WEB)
    assert (m["members"], m["in_attendance"]) == (["J Barker", "P Lomas", "S Patel"], ["F Arden"])
    assert m["items"][1]["title"] == "Commissioner's annual report"


PAGE = """<html><body><h1>Minutes of the Northshire Police and Crime Panel held on 3 May 2022</h1>
<p>Present:&#8203; Cllr J Barker (Chair), Cllr P Lomas, Cllr S Patel</p>
<p>Also in attendance: F Arden (Chief Executive)</p>
<h2>1. Apologies</h2><p>None.</p>
<h2>2. Commis&shy;sioner&#39;s annual report</h2><p>Noted.</p>
</body></html>
"""


def test_the_same_characters_in_a_saved_web_page(concord, tmp_path):
    out = ingest_text(concord, tmp_path, PAGE, name="minutes.html")
    [m] = out["meetings"]
    assert (m["members"], m["in_attendance"]) == (["J Barker", "P Lomas", "S Patel"], ["F Arden"])
    assert m["items"][1]["title"] == "Commissioner's annual report"
