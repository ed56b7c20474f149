"""Apologies given as a sentence under an "Apologies for Absence" heading, with another sentence after it in the same
paragraph ("… and Janet Dover, Northtown Council.  Jon Andrews, Northtown Council attended as a substitute."): the
apologies are the names of the apologies sentence, not the substitute who came. A second sentence that sends
apologies too ("Apologies were also received from …") still adds its names. Before, the substitute was read as an
apology. Body and people invented; read through the real `concord ingest` in a fresh process."""

import pytest

from tests.ingest.ingesting import one_meeting

MINUTES = """Agenda and draft minutes

Northshire Police and Crime Panel
Thursday, 7th February, 2026 10.00 am

Venue: Committee Room 1

No. Item

Apologies for Absence

To receive any apologies for absence.

Apologies for absence were received from Bernie Davis, Southtown Borough Council and Janet Dover, Northtown Council.  {after}

Minutes

The minutes of the meeting held on 4 December 2025 were confirmed.
"""


@pytest.mark.parametrize("after, apologies", [
    ("Jon Andrews, Northtown Council attended as a substitute.", ["Bernie Davis", "Janet Dover"]),
    ("Apologies were also received from Carl Marsh, Northtown Council.", ["Bernie Davis", "Janet Dover", "Carl Marsh"]),
])
def test_the_apologies_are_the_apologies_sentences(concord, tmp_path, after, apologies):  # noqa: ANN001
    assert one_meeting(concord, tmp_path, MINUTES.format(after=after))["apologies"] == apologies
