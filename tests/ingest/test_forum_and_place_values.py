"""A forum's name and a meeting's place as a heading's line runs on around them (concord/ingest/extract/forum_names.py,
venues.py): a bracket saying what the forum is for is no part of its name, one saying what kind of body it is stays;
a committee site's page title run onto the heading is none of it; a time printed before the place is no part of it.
Names and places invented."""

import pytest

from concord.ingest.extract.forum_names import clean_forum
from concord.ingest.extract.venues import clean_venue


@pytest.mark.parametrize("printed, forum", [
    ("ACCOUNTABILITY FORUM (Purpose: To hold the Chief Constable to account in public)", "Accountability Forum"),
    ("Northshire Joint Audit Committee (a committee of the Commissioner and the Chief Constable)",
     "Northshire Joint Audit Committee"),
    ("Northshire Police and Crime Panel (Statutory Joint Committee)",
     "Northshire Police and Crime Panel (Statutory Joint Committee)"),
    # a committee site's page title run onto the meeting's heading
    ("Agenda and minutes Northshire Police and Crime Panel - Friday, 8 April 2022 11.00 am",
     "Northshire Police and Crime Panel"),
    ("Agenda and minutes", None),
    # a sentence of the minutes, cut where a name would end
    ("Chairman welcomed everyone to the virtual meeting of the Police and Crime Pa", None),
])
def test_what_stands_around_a_forums_name(printed, forum):
    assert clean_forum(printed) == forum


@pytest.mark.parametrize("printed, place", [
    ("4:00pm Filby Room, Building 1, Riverside House", "Filby Room, Building 1, Riverside House"),
    ("2.30 pm Council Chamber", "Council Chamber"),
    ("10am, County Hall", "County Hall"),
    ("10 Downing Street", "10 Downing Street"),
])
def test_a_time_before_the_place(printed, place):
    assert clean_venue(printed) == place
