"""Forms of a committee's agenda, each on one invented committee's page, read through the real `concord ingest
--json` in a fresh process: a table of items whose outer bars were lost, items timed with a start time and tabs,
"Agenda item N" lines each over its title (an agenda's list, not a report's cover line each), and the officer
presenting an item after a dash (no part of its title)."""

from __future__ import annotations

import pytest

from tests.ingest.ingesting import one_meeting

HEAD = ("Source: invented\n\nNorthshire Joint Audit Committee\n\nAgenda\n\nWednesday 12 June 2024 at 10.00am\n"
        "Police Headquarters, Northtown\n\n")
TITLES = ["Apologies for absence", "Declarations of interest", "Internal audit progress report", "External audit plan",
          "Risk register"]


@pytest.mark.parametrize("body", [
    "Item | Title | Lead | Paper\n" + "\n".join(f"{k} | {t} | Chair | JAC/{k}" for k, t in enumerate(TITLES, 1)),
    "\n".join(f"{10 + k}:00\t{k}.\t{t}\tChair" for k, t in enumerate(TITLES, 1)),
    "\n\n".join(f"Agenda item {k}\n{t}" for k, t in enumerate(TITLES, 1)),
    "\n".join(f"{k}. {t} – Chief Finance Officer" for k, t in enumerate(TITLES, 1)),
], ids=["table-without-outer-bars", "timed-with-tabs", "agenda-item-over-title", "presenter-after-dash"])
def test_agenda_items_in_other_forms(concord, tmp_path, body):
    m = one_meeting(concord, tmp_path, HEAD + body + "\n")
    assert (m["forum"], m["date"]) == ("Northshire Joint Audit Committee", "2024-06-12")
    assert [(i["number"], i["title"]) for i in m["items"]] == [(str(k), t) for k, t in enumerate(TITLES, 1)]


def test_a_title_naming_a_post_inside_it_keeps_it(concord, tmp_path):
    body = "1. Apologies for absence\n2. Report of the Head of Internal Audit – annual opinion\n3. Risk register\n"
    m = one_meeting(concord, tmp_path, HEAD + body)
    assert [i["title"] for i in m["items"]][1].replace("–", "-") == "Report of the Head of Internal Audit - annual opinion"
