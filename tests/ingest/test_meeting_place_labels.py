"""A meeting's place under a label that names the meeting ("Meeting held at: The Guildhall, Ashby", "Meeting location:
Committee Room 1"): the place, as printed. Bodies and facts invented; read through the real `concord ingest --json`."""

import pytest

from tests.ingest.ingesting import one_meeting

REST = "\n\nPresent: Cllr J Barker (Chair), Cllr P Lomas, Cllr S Patel\n\n1. Apologies\nNone.\n\n2. Precept\nNoted.\n"


@pytest.mark.parametrize("label", ["Meeting held at", "Meeting location", "Place of meeting"])
def test_a_place_labelled_with_the_meeting(concord, tmp_path, label):
    m = one_meeting(concord, tmp_path, f"Northshire Police and Crime Panel\n{label}: The Guildhall, Ashby\n"
                                       f"Date: 3 May 2022 at 14:00" + REST)
    assert (m["forum"], m["date"], m["venue"]) == ("Northshire Police and Crime Panel", "2022-05-03",
                                                   "The Guildhall, Ashby")
