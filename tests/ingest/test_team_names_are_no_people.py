"""A post's team or function printed after it in a run of attendees ("Chief Superintendent, Portfolio Projects",
"Inspector, Community Wellbeing") is no person: the words that name functions and teams (data/names.toml
``role_words``) end a name and may not make one. Bodies, people and teams invented."""

from concord.ingest.textutil import person_name
from tests.ingest.ingesting import one_meeting

RUN = """MINUTES OF THE STRATEGIC LEADERSHIP BOARD DATE: Monday 14th January 2019 LOCATION: Board Room, Northford \
CHAIR: Ann Other, Chief Constable

MEMBERS PRESENT Bob Hill, Deputy Chief Constable (Crime and Operational Support) Cat Ray, Deputy Chief Officer \
Dan Fox, Assistant Chief Constable (Local Policing)

In attendance Eve Lamb, Chief Superintendent, Portfolio Projects Fay Moss, Superintendent, Safer Communities \
Gus Park, Committee Services Officer Hal Reed, Chief Inspector, Counter Terrorism Ian Cole, Inspector, Community \
Wellbeing

1. Minutes of Previous Meeting
The minutes were approved.
"""


def test_teams_after_posts_in_a_run_of_attendees_are_not_attendees(concord, tmp_path):
    m = one_meeting(concord, tmp_path, RUN)
    assert m["in_attendance"] == ["Eve Lamb", "Fay Moss", "Gus Park", "Hal Reed", "Ian Cole"]


def test_a_function_is_no_name_but_a_name_before_one_is_kept():
    for team in ("Portfolio Projects", "Safer Communities", "Counter Terrorism", "Equal Opportunities",
                 "Professional Standards and Integrity"):
        assert person_name(team) is None, team
    assert person_name("Eve Lamb Projects") == "Eve Lamb"
    assert person_name("Justine Fleet") == "Justine Fleet"  # a surname that is a word, not a function


def test_a_place_or_a_subject_is_no_name():
    for words in ("North Rhins", "Upper Nithsdale", "All Wales", "Young People", "Funding Review",
                  "Private Interests"):
        assert person_name(words) is None, words
    assert person_name("Superintendents R Horan") == "R Horan"
    assert person_name("Ann Westwood") == "Ann Westwood"
    assert person_name("Cllr Bob North") == "Bob North"  # a compass word as a surname stays
