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


def test_an_address_set_a_part_a_line_after_the_label(concord, tmp_path):
    """"Venue: Durham Room," over "Police Headquarters," over "Aykley Heads, Durham": each part but the last ends in a
    comma, so the place goes on over the lines; the label under it starts a value of its own."""
    m = one_meeting(concord, tmp_path, "Northshire Joint Audit Committee\nMinutes of the meeting held on 18 February "
                                       "2014\nVenue: Durham Room,\nPolice Headquarters,\nAykley Heads, Durham\n"
                                       "Time: 10.00 am" + REST)
    assert m["venue"] == "Durham Room, Police Headquarters, Aykley Heads, Durham"
    assert m["time"] == "10:00"


def test_a_place_ending_its_line_without_a_comma_ends_there(concord, tmp_path):
    """A control: the line under a place that ends without a comma is no part of it."""
    m = one_meeting(concord, tmp_path, "Northshire Joint Audit Committee\nMinutes of the meeting held on 18 February "
                                       "2014\nVenue: Durham Room\nPolice Headquarters were represented by two officers."
                                       + REST)
    assert m["venue"] == "Durham Room"
