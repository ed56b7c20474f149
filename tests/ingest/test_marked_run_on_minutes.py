"""Minutes a document host printed as one long line under the page's markings, in English and in Welsh ("OFFICIAL
SWYDDOGOL NOT PROTECTIVELY MARKED <FORUM> MINUTES <date> (<place>) 1a. Attendance Attendance: ..."), read through the
real `concord ingest --json` in a fresh process. Bodies and people invented; the shape is that of a Welsh force's
ethics committee minutes on a host's preview page."""

from __future__ import annotations

from tests.ingest.ingesting import ingest_text

PEOPLE = ("Attendance: Professor Ann Able (Chair) Mr Bob Bell (Vice Chair) Dr Cara Cole, Associate Professor Criminology "
          "Detective Constable Dan Dale Inspector Eve Ellis Sergeant Fay Ford Ms Gail Grant Chief Inspector Hugh Hill "
          "Superintendent Ian Irwin Ms Jane Judd Guest: Dr Gil Green, Northtown University Apologies: C/Supt Hal Hart")
PAGE = ("Source: invented\n\nOFFICIAL SWYDDOGOL NOT PROTECTIVELY MARKED NORTHSHIRE ETHICS COMMITTEE MINUTES Wednesday "
        f"24th June 2020 ( Via Microsoft Teams / Conference Room 2) 1a. Attendance {PEOPLE} OFFICIAL SWYDDOGOL\n")


def test_the_markings_are_no_part_of_the_forum_the_place_or_a_name(concord, tmp_path):
    out = ingest_text(concord, tmp_path, PAGE)
    [m] = out["meetings"]
    assert (m["forum"], m["date"]) == ("Northshire Ethics Committee", "2020-06-24")
    assert m["venue"].endswith("Microsoft Teams / Conference Room 2") and "(" not in m["venue"]
    assert "Attendance" not in m["venue"]
    assert m["apologies"] == ["Hal Hart"]  # not "Hal Hart OFFICIAL SWYDDOGOL"


def test_a_guest_label_inside_the_run_ends_the_members(concord, tmp_path):
    """"... Ms Jane Judd Guest: Dr Gil Green, Northtown University": the guest attends and is no member; the run's
    people are told by their given names where ranks in words ran into the names before them."""
    [m] = ingest_text(concord, tmp_path, PAGE)["meetings"]
    assert m["members"] == ["Ann Able", "Bob Bell", "Cara Cole", "Dan Dale", "Eve Ellis", "Fay Ford", "Gail Grant",
                            "Hugh Hill", "Ian Irwin", "Jane Judd"]
    assert m["in_attendance"] == ["Gil Green"]

