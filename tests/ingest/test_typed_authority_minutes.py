"""Police-authority and panel minutes in two more layouts (issue 13, eleventh round): a typed authority's minutes with
its attendance in two columns ("Elected Members:-" beside a list whose lines wrap under the value column), the chair
"in the Chair", "The Authority met at …" for the place, and minutes numbered "151   HEADING – text"; and a council page
whose officers are bulleted with a middle dot and whose apologies were "presented on behalf of" councillors. Bodies,
places and people invented."""

from pathlib import Path

from tests.ingest.ingesting import ingest_text

TYPED = """                    NORTHSHIRE POLICE AUTHORITY

                            12 MARCH 2008


      PRESENT:-                Councillor Ashby in the Chair

      Elected Members:-        Councillors Baker, De Costa, Dunn and
                               Evans.

      Magistrate Members: -    Mr F Fox and Mrs G Gray.

      Officers: -              Mr H Hill, Director of Finance and
                               Resources, Mr I Ivory, Deputy Chief Constable,
                               Mr J Jones, Head of Estates and Ms K
                               King, Policy Officer.

      The Authority met at Riverside House, Northtown.

41    DECLARATIONS OF INTEREST – No interests were declared.

42    APOLOGIES – Apologies for absence were received from Mr Lowe.

43    MINUTES – Resolved – That the minutes of the meeting held on 6 February 2008 be signed.
"""

BULLETED = """Agenda and minutes

Southshire Police and Crime Panel - Monday, 3rd December, 2012 10.00 am

Venue: Room B, Shire Hall, Southtown. View directions

Contact: Ann Clerk

Items
No. Item

Officers in attendance:

·  Ben Bell, County Secretary - Southshire County Council

·  Cara Cole, Chief Executive - Southshire Police Authority

·  Dan Dale, Deputy Chief Crown Prosecutor and Chair of the Local Criminal Justice Board.

1.

Apologies

Minutes:

Apologies for absence were presented on behalf of Councillor E Eden (Deputy Chair), Councillor F Finch and Councillor G Grant.

2.

Minutes of the last meeting pdf icon PDF 39 KB

Minutes:

Resolved:- That the Minutes be confirmed.
"""


def _meeting(concord, tmp_path: Path, text: str) -> dict:  # noqa: ANN001
    out = ingest_text(concord, tmp_path, text)
    assert len(out["meetings"]) == 1, out["meetings"]
    return out["meetings"][0]


def test_typed_two_column_attendance_wrapped_under_its_column(concord, tmp_path: Path):
    m = _meeting(concord, tmp_path, TYPED)
    assert m["members"] == ["Ashby", "Baker", "De Costa", "Dunn", "Evans", "F Fox", "G Gray"]
    assert m["in_attendance"] == ["H Hill", "I Ivory", "J Jones", "K King"]
    assert m["apologies"] == ["Lowe"]


def test_met_at_sentence_and_capitals_heading_before_a_dash(concord, tmp_path: Path):
    m = _meeting(concord, tmp_path, TYPED)
    assert m["venue"] == "Riverside House, Northtown"
    assert m["items"] == [{"number": "41", "title": "DECLARATIONS OF INTEREST"},
                          {"number": "42", "title": "APOLOGIES"}, {"number": "43", "title": "MINUTES"}]


def test_middle_dot_bullets_and_apologies_presented_on_behalf_of(concord, tmp_path: Path):
    m = _meeting(concord, tmp_path, BULLETED)
    assert m["in_attendance"] == ["Ben Bell", "Cara Cole", "Dan Dale"]
    assert m["apologies"] == ["E Eden", "F Finch", "G Grant"]
