"""Given names tell where one person ends in a run of names and posts (name_runs.by_first_names,
extract.given_names.given_named); people invented."""

from concord.ingest.extract.given_names import given_named
from concord.ingest.name_runs import by_first_names, first_names, split_people


def test_the_census_lists_and_the_islands_names_are_given_names():
    names = first_names()
    assert {"michael", "catherine", "gareth", "siân", "manjeet", "rhys"} <= names
    assert "director" not in names and "police" not in names


def test_a_run_of_names_and_posts_is_cut_before_each_given_name_after_a_post():
    run = ("Alan Able Director General Robert Baker Senior Independent Director Carol Cole Non-Executive Director "
           "Gareth Dale Deputy Director General (Operations) Emma Ellis Director, Resources")
    assert split_people(run) == ["Alan Able", "Robert Baker", "Carol Cole", "Gareth Dale", "Emma Ellis"]


def test_a_list_with_its_own_separators_is_left_alone():
    text = "Cllr Ann Able (Chair), Mr Bob Baker and Ms Carol Cole"
    assert by_first_names(text) == text
    assert split_people(text) == ["Ann Able", "Bob Baker", "Carol Cole"]


def test_given_named_reads_each_given_name_and_the_surname_after_it():
    run = ("Sir Hugh Able President (Chair) Timothy Baker Vice President Mark Cole Head of Crime Business Area "
           "Julie Dean DCC/ACC representative Peter Ellis NPIA Chief Executive")
    assert [n for _, n in given_named(run)] == ["Hugh Able", "Timothy Baker", "Mark Cole", "Julie Dean", "Peter Ellis"]


def test_a_street_or_a_post_is_no_surname():
    assert given_named("held at Victoria Street, Northtown, the Chief Constable") == []
    assert given_named("Grace Director of Finance") == []
