"""A police authority's report whose title stands over its header ("Report: 07 / Date / By") with a note in running
case under the header ("Linked to exempt item 23"): the title is the heading over the header, not the note. Before,
the note was read as the report's title, and the report (matched by its title) lost every field. A body's name over
the header is whose paper it is, and the title is then the line under the header. Body and facts invented; read
through the real `concord ingest` in a fresh process."""

import pytest

from tests.ingest.ingesting import ingest_text

REPORT = """{above}

Report: 07
Date: 15 July 2026
By: Treasurer on behalf of the Chief Constable

{below}

Summary

This report provides details of the first review of the capital programme 2026/27.

A. Recommendations

Members are requested to:-

1. approve the revised capital programme for 2026/27;
2. note the reduction in capital grant.
"""


@pytest.mark.parametrize("above, below, title", [
    ("First review of capital programme 2026/27", "Linked to exempt item 23", "First review of capital programme 2026/27"),
    ("Northshire Police Authority", "Capital programme review 2026/27", "Capital programme review 2026/27"),
])
def test_the_title_over_the_header_and_a_note_under_it(concord, tmp_path, above, below, title):  # noqa: ANN001
    report, = ingest_text(concord, tmp_path, REPORT.format(above=above, below=below))["reports"]
    assert (report["title"], report["from"], report["date"]) == (title, "Treasurer on behalf of the Chief Constable",
                                                                 "2026-07-15")


LOGO = """Northshire
Police & Crime
Commissioner

To: Business Coordination Board

From: Chief Executive

Date: 21 September 2026

COLLABORATION UPDATE – NORTHSHIRE, SOUTHSHIRE AND WESTSHIRE and SEVEN FORCE

1. Purpose

1.1 The purpose of this report is to update the Board on the progress of collaboration.

2. Recommendation

2.1 The Board is recommended to note the report.
"""


def test_a_logo_over_the_header_is_no_title(concord, tmp_path):  # noqa: ANN001
    # the office's logo (its name over three lines) over the header, the title in capitals under it with a joining word
    # in small letters: the title is the capitals line, not the logo's last line
    report, = ingest_text(concord, tmp_path, LOGO)["reports"]
    assert (report["title"], report["from"]) == (
        "COLLABORATION UPDATE - NORTHSHIRE, SOUTHSHIRE AND WESTSHIRE and SEVEN FORCE", "Chief Executive")
