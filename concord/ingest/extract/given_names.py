"""People in a run of names and posts printed with nothing between them, told by their given names."""

from __future__ import annotations

import re

from concord.ingest.name_runs import WORDS, first_names
from concord.ingest.textutil import ROLE_WORDS, person_name

_PLACE_WORDS = frozenset("street road avenue square building house centre center crescent terrace gardens".split())


def given_named(text: str) -> list[tuple[int, str]]:
    """(offset, name) of each given name and the surname after it in a run of people and posts printed without a
    break ("Sir Hugh Orde President (Chair) Tim Hollis Vice President Mark Rowley Head of Crime ..."): a given name
    (``first_names``), then one capitalised word that is no post's word, place's word or initials."""
    words = list(WORDS.finditer(text))
    out: list[tuple[int, str]] = []
    k = 0
    while k < len(words) - 1:
        given, surname = words[k].group(0), words[k + 1].group(0).rstrip(".,;:")
        if given[:1].isupper() and given[1:].islower() and given.lower() in first_names() and \
                re.fullmatch(r"(?:Mc|Mac|O'|O’|De|Le|Da|Di)?[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?", surname) and \
                surname.lower() not in ROLE_WORDS and surname.lower() not in _PLACE_WORDS:
            name = person_name(f"{given} {surname}")
            if name:
                out.append((words[k].start(), name))
                k += 2
                continue
        k += 1
    return out
