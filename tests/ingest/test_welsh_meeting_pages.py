"""A Welsh council's committee page in Welsh (its date, time, venue, apologies and headings), and an English one whose
heading ends in "11.00 a.m.", read through the real `concord ingest --json` in a fresh process. The panel, places and
people are invented."""

from __future__ import annotations

from tests.ingest.ingesting import one_meeting

WELSH = """Agenda a Chofnodion

Panel Heddlu a Throseddu Gogledd Cymru - Dydd Llun, 21ain Mawrth, 2022 2.00 yp

Lleoliad: Siambr y Cyngor, Swyddfeydd y Sir, Llanfair. LL99 9AA. Cyfarwyddiadau

Eitemau
Rhif eitem

1.

YMDDIHEURIADAU AM ABSENOLDEB

Cofnodion:

Derbyniwyd ymddiheuriadau am absenoldeb gan y Cynghorydd Alun Prys (Cyngor Sir Llanfair) a'r Cynghorydd Beca Huws.

2.

DATGANIADAU O FUDDIANT

Cofnodion:

Ni ddatganwyd unrhyw fuddiannau.

3.

CYLLIDEB 2022/23

Cofnodion:

PENDERFYNWYD nodi'r adroddiad.
"""

ENGLISH = """Agenda and draft minutes

Police and Crime Panel - Friday 24 March 2017 11.00 a.m.

Venue: Council Chamber, Town Hall, Northtown, NT1 2AB

Items
No. Item

53.

Minutes of the Previous Meeting held on 7 February 2017

Minutes:

Resolved:- That the minutes be approved.

54.

Declarations of Interest

Minutes:

There were no declarations of interest.
"""


def test_a_meeting_page_in_welsh(concord, tmp_path):
    m = one_meeting(concord, tmp_path, WELSH)
    assert (m["forum"], m["date"], m["time"]) == ("Panel Heddlu a Throseddu Gogledd Cymru", "2022-03-21", "14:00")
    assert m["venue"].startswith("Siambr y Cyngor, Swyddfeydd y Sir, Llanfair") and "Cyfarwyddiadau" not in m["venue"]
    assert m["apologies"] == ["Alun Prys", "Beca Huws"]
    assert [i["number"] for i in m["items"]] == ["1", "2", "3"]


def test_a_heading_ending_in_its_time_with_stops(concord, tmp_path):
    m = one_meeting(concord, tmp_path, ENGLISH)
    assert (m["forum"], m["date"], m["time"]) == ("Police and Crime Panel", "2017-03-24", "11:00")
    assert [i["number"] for i in m["items"]] == ["53", "54"]
