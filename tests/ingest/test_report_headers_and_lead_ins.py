"""Reports in two more shapes: a police authority report whose recommendation is a numbered lead-in over lettered items
("2. Members are asked to:" / "(a) note ...; and" / "(b) approve ..."), and a PCC's paper for the panel headed "Report
to the Police and Crime Panel" over labelled lines for its date and author. The lettered items are the
recommendations (the lead-in none of them); the heading names whom the report is to. Bodies and facts invented; read
through the real `concord ingest --json`."""

from tests.ingest.ingesting import ingest_text

AUTHORITY = """NORTHSHIRE POLICE AUTHORITY

Meeting:        Resources Committee
Date:           12 March 2009
Report of:      Treasurer and Chief Constable
Subject:        Revenue Budget Monitoring 2008/09

Purpose of report
1. To inform members of the forecast revenue outturn for 2008/09.

Recommendations
2. Members are asked to:
   (a) note the forecast underspend of £1.2m; and
   (b) approve the transfer of £0.5m to the capital reserve.

Person to contact: Jane Fulton, Head of Finance, tel 01234 567890
"""

PANEL = """Report to the Police and Crime Panel
Meeting date: 3 February 2021
Report from: Police and Crime Commissioner for Eastvale

Proposed Police Precept 2021/22

Purpose
The Panel is asked to review the Commissioner's proposed precept.

Recommendation
That the Panel supports the proposed increase of £15 a year for a Band D property.

Contact: Frank Hill, Chief Executive
"""


def test_lettered_recommendations_under_a_numbered_lead_in(concord, tmp_path):
    [rep] = ingest_text(concord, tmp_path, AUTHORITY)["reports"]
    assert rep["recommendations"] == ["note the forecast underspend of £1.2m",
                                      "approve the transfer of £0.5m to the capital reserve."]
    assert (rep["to"], rep["from"], rep["contact_officer"]) == ("Resources Committee", "Treasurer and Chief Constable",
                                                                "Jane Fulton")


def test_a_report_to_heading_names_whom_it_is_to(concord, tmp_path):
    [rep] = ingest_text(concord, tmp_path, PANEL)["reports"]
    assert (rep["to"], rep["from"], rep["date"]) == ("Police and Crime Panel",
                                                     "Police and Crime Commissioner for Eastvale", "2021-02-03")
    assert rep["title"] == "Proposed Police Precept 2021/22"
