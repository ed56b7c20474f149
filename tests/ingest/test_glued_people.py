"""People a converter ran together, the space between them lost: a title or a rank glued to the bracket or the surname
before it ("(Chair)Mr Mike Lewis", "SinghDr Jacqueline Gantley", "CommissionerDC Sian O'Shea"), and a given name glued
to the surname before it even where it is not a known given name, when a surname follows it ("PierpointJoga Singh").
An invented page in the shape of an ethics committee's PDF as a converter printed it, read through the real
`concord ingest` in a fresh process."""

from tests.ingest.ingesting import one_meeting

PAGE = """Source: https://example.org/iec-2019-12-11.pdf
INDEPENDENT ETHICS COMMITTEE MINUTES
Wednesday 11th December 2019 at 13:00hrs in the Docklands Conference Room
Attendance: Professor Mike McNamee (Chair)Mr Mike Lewis (Vice Chair)Dr Harriet PierpointJoga SinghDr Jacqueline \
GantleyLee Jones, Chief of Staff, Office of the Police and Crime CommissionerDC Sian O’Shea
1. Apologies
None.
2. Minutes of the last meeting
Agreed.
3. Ethical dilemmas
Noted.
"""


def test_people_glued_together_are_told_apart(concord, tmp_path):  # noqa: ANN001
    m = one_meeting(concord, tmp_path, PAGE)
    assert m["members"] == ["Mike McNamee", "Mike Lewis", "Harriet Pierpoint", "Joga Singh", "Jacqueline Gantley",
                            "Lee Jones", "Sian O'Shea"]


def test_a_name_with_a_capital_inside_stays_whole(concord, tmp_path):  # noqa: ANN001
    """A control: "McNamee", "MacDonald" and a double-barrelled name are no two people."""
    m = one_meeting(concord, tmp_path, PAGE.replace(
        "Attendance: Professor Mike McNamee (Chair)Mr Mike Lewis", "Attendance: Professor Mike McNamee (Chair), Mr Ian "
        "MacDonald, Ms Ann Hartland-Lane, Mr Mike Lewis"))
    assert m["members"][:4] == ["Mike McNamee", "Ian MacDonald", "Ann Hartland-Lane", "Mike Lewis"]


def test_a_heading_glued_to_minutes_and_a_drawing_number_before_it(concord, tmp_path):  # noqa: ANN001
    """"-344170-87757000 INDEPENDENT ETHICS COMMITTEEMINUTES Wednesday 11th December 2019 ...": a converter's drawing
    number before the heading and the record's word glued to the forum's name are no part of the forum."""
    text = PAGE.replace("INDEPENDENT ETHICS COMMITTEE MINUTES\nWednesday",
                        "-344170-87757000 INDEPENDENT ETHICS COMMITTEEMINUTES Wednesday")
    m = one_meeting(concord, tmp_path, text)
    assert m["forum"] == "Independent Ethics Committee"
    assert m["date"] == "2019-12-11"
