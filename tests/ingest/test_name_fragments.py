"""Pieces of a line that are no one's name: a bracket closed after a name whose opening a converter cut away, a post
closed so, and words of a sentence read where names stand. Found scoring earlier rounds' code on papers of bodies it had
not seen; names invented."""

from __future__ import annotations

from concord.ingest.name_runs import split_people
from concord.ingest.textutil import person_name


def test_a_bracket_closed_after_a_name_is_not_part_of_it():
    assert person_name("Stefan Roe)") == "Stefan Roe"
    assert person_name("Marketing Manager)") is None  # a post, not a person
    assert person_name("Councillor Jo Roe (Chair)") == "Jo Roe"


def test_words_of_a_sentence_are_no_name():
    assert person_name("Impact In") is None
    assert split_people("Jo Roe, Impact In, Al Ray") == ["Jo Roe", "Al Ray"]
    assert person_name("Ann Van Der Berg") == "Ann Van Der Berg"
