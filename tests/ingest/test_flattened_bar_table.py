"""A web page's table printed with bars, its head over a rule, run onto one line with the rest of the page ("Venue:
Board Room Name | Role | ---|---| CC Tom Hart (Chair) | Chief Constable | DCC Sue Bell | ..."): the head, the rule
and each row (as many cells as the head has) go back onto lines of their own, and the table's people are read as the
table printed whole is. The head's first cell is as long as its longest other cell ("... via Microsoft Teams Name |
Role |" heads its table with "Name"). Before, no record came out of such a page. Bodies and people invented; read
through the real `concord ingest` in a fresh process."""

from tests.ingest.ingesting import one_meeting

ROWS = [("CC Tom Hart (Chair)", "Chief Constable"), ("DCC Sue Bell", "Deputy Chief Constable"),
        ("ACC Peter Long", "Local Policing Directorate"), ("ACO Mary Stone", "Director of Support Services"),
        ("PSE Jo Reed", "Chief Finance Officer")]
PAGE = ("Source: https://example.org/northshire-chief-officers-board-june-2024\n"
        " We use some essential cookies to make our website work. Your feedback helps us make things better, so please "
        "let us know what you think. Title: Northshire Chief Officers' Board - Strategic Date: Tuesday 4 June 2024 "
        "Venue: Board Room and virtual via Microsoft Teams Name | Role | ---|---| "
        + " ".join(f"{who} | {role} |" for who, role in ROWS) +
        " 1. Welcome The Chair welcomed members. 2. Minutes of the last meeting The minutes were agreed. "
        "3. Finance report The Board noted the report.")


def test_a_flattened_bar_table_of_attendees(concord, tmp_path):  # noqa: ANN001
    meeting = one_meeting(concord, tmp_path, PAGE)
    assert meeting["date"] == "2024-06-04"
    assert meeting["members"] == ["Tom Hart", "Sue Bell", "Peter Long", "Mary Stone", "Jo Reed"]
