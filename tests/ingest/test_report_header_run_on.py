"""A commissioner's report to a panel whose header has no labels ("Police and Crime Panel Meeting" / the date / "Report
of the Police and Crime Commissioner" / the title / "This report sets out ..."), printed on its lines or run onto one
line by a document host, read through the real `concord ingest --json` in a fresh process: the report to the panel,
from the commissioner, dated, titled, with the recommendation its first sentence names. The office and figures are
invented."""

from __future__ import annotations

import re

from tests.ingest.ingesting import ingest_text

LINED = """THE OFFICE OF THE POLICE AND CRIME COMMISSIONER FOR NORTHSHIRE

Police and Crime Panel Meeting
Friday 3rd February 2017

Report of the Police and Crime Commissioner

Proposed Precept and Budget 2017/18

This report sets out the financial position for the next four years and presents the following council tax recommendation for consideration by the Panel: That the Panel supports a 1.99% increase in the police element of the council tax for 2017/18.

1. Introduction

1.1 This is my first budget since taking office and I have sought to keep it balanced.

1.2 The Chief Constable has set out his proposals for operational policing.
"""


def test_the_header_on_its_lines_and_run_onto_one(concord, tmp_path):
    flat = "1 " + re.sub(r"\s+", " ", LINED).strip()
    for text in (LINED, flat):
        [r] = ingest_text(concord, tmp_path, text)["reports"]
        assert (r["title"], r["to"], r["from"], r["date"]) == (
            "Proposed Precept and Budget 2017/18", "Police and Crime Panel", "Police and Crime Commissioner", "2017-02-03")
        assert r["recommendations"] == [
            "That the Panel supports a 1.99% increase in the police element of the council tax for 2017/18."]
