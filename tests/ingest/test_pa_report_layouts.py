"""Police-authority reports in other bodies' layouts (concord/ingest/extract/reports.py): the header on lines of
its own with blank lines between them and the title under "Report of"; a section heading in capitals under the
title; recommendations listed with roman numerals under a lead-in; "For further information contact" over the
contact's name. Bodies and people invented."""

from pathlib import Path

from tests.ingest.ingesting import ingest_text

SPACED_HEADER = """AGENDA ITEM 9

NORTHSHIRE POLICE AUTHORITY

FULL AUTHORITY

28 JUNE 2010

JOINT REPORT OF THE CHIEF EXECUTIVE AND THE CHIEF CONSTABLE

ANNUAL POLICING PLAN 2010/11

1. PURPOSE

1.1 To present the plan for approval.

2. RECOMMENDATION

2.1 It is recommended that Members approve the Annual Policing Plan 2010/11.

3. BACKGROUND

3.1 The plan sets out the priorities.

CONTACT OFFICER: Jim Bell, Head of Planning, Tel: 01632 960555
"""

SECTION_UNDER_TITLE = """Agenda Item 7

REPORT TO THE POLICE AUTHORITY

14 July 2010

REPORT OF THE CHIEF EXECUTIVE

ESTATES STRATEGY UPDATE

PURPOSE OF REPORT

To update Members on the estates strategy.

RECOMMENDATION

That the Authority notes the progress made.

CONTACT OFFICER
Name: Peter Dawes
Telephone: 01632 960123
"""

ROMAN_LIST = """Report to the Police Authority
Date: 22 September 2011
Report by: Chief Constable
Title: Collaboration with neighbouring forces

Summary
This report updates Members on collaboration.

Recommendations
Members are asked to:
i. note the progress made on regional collaboration;
ii. approve the section 23 agreement for the joint firearms unit.

For further information contact:
Sue Grant, Collaboration Manager, 01632 960777
"""


def test_header_lines_apart_and_the_title_under_report_of(concord, tmp_path: Path):
    [r] = ingest_text(concord, tmp_path, SPACED_HEADER)["reports"]
    assert r["title"] == "ANNUAL POLICING PLAN 2010/11"
    assert r["to"] == "Full Authority"
    assert r["date"] == "2010-06-28"
    assert r["recommendations"] == ["It is recommended that Members approve the Annual Policing Plan 2010/11."]
    assert r["contact_officer"] == "Jim Bell"


def test_a_section_heading_under_the_title_is_not_part_of_it(concord, tmp_path: Path):
    [r] = ingest_text(concord, tmp_path, SECTION_UNDER_TITLE)["reports"]
    assert r["title"] == "ESTATES STRATEGY UPDATE"
    assert r["contact_officer"] == "Peter Dawes"


def test_roman_numbered_recommendations_and_further_information_contact(concord, tmp_path: Path):
    [r] = ingest_text(concord, tmp_path, ROMAN_LIST)["reports"]
    assert r["recommendations"] == ["note the progress made on regional collaboration",
                                    "approve the section 23 agreement for the joint firearms unit."]
    assert r["contact_officer"] == "Sue Grant"


TAB_HEADER = """SOUTHSHIRE POLICE AUTHORITY

Meeting:\tFinance and Resources Committee
Date:\t9 March 2011
Joint report of:\tTreasurer and Director of Finance
Title:\tTreasury Management Strategy 2011/12

Purpose of report
To seek approval of the treasury management strategy.

Recommendation
Members are recommended to approve the strategy at Appendix A.

Officer to contact:\tRuth Ellis, Treasurer, 01632 960999
"""


def test_joint_report_of_and_officer_to_contact_labels(concord, tmp_path: Path):
    [r] = ingest_text(concord, tmp_path, TAB_HEADER)["reports"]
    assert r["to"] == "Finance and Resources Committee"
    assert r["from"] == "Treasurer and Director of Finance"
    assert r["title"] == "Treasury Management Strategy 2011/12"
    assert r["contact_officer"] == "Ruth Ellis"


RECOMMENDED = """WESTSHIRE POLICE AUTHORITY
REPORT TO: Full Authority
DATE: 25 March 2010
REPORT OF: Chief Executive
SUBJECT: Members' Allowances Scheme 2010/11

1. PURPOSE OF REPORT
1.1 To ask Members to approve the allowances scheme.

2. RECOMMENDED:
That the Authority approves the Members' Allowances Scheme for 2010/11 set out at Appendix 1.

3. BACKGROUND
3.1 The scheme is reviewed each year.

PERSON TO CONTACT: Mary Lowe, Governance Officer, tel 01632 960321
"""

LEAD_IN_ONLY = """REPORT TO: Audit Committee
DATE: 2 December 2010
REPORT BY: Treasurer
SUBJECT: Risk Register Update

SUMMARY
The risk register has been reviewed.

It is recommended that the Committee:
(a) notes the changes to the risk register; and
(b) agrees the new risk on pension costs.

Background papers: None
Contact: Neil Owen (Risk Manager) 01632 960444
"""


def test_a_recommended_heading(concord, tmp_path: Path):
    [r] = ingest_text(concord, tmp_path, RECOMMENDED)["reports"]
    assert r["recommendations"] == [
        "That the Authority approves the Members' Allowances Scheme for 2010/11 set out at Appendix 1."]
    assert r["contact_officer"] == "Mary Lowe"


def test_a_lead_in_with_no_heading_over_a_lettered_list(concord, tmp_path: Path):
    [r] = ingest_text(concord, tmp_path, LEAD_IN_ONLY)["reports"]
    assert r["recommendations"] == ["notes the changes to the risk register", "agrees the new risk on pension costs."]
    assert (r["to"], r["from"], r["contact_officer"]) == ("Audit Committee", "Treasurer", "Neil Owen")


WRAPPED_IN_ITS_COLUMN = """NORTHSHIRE POLICE AUTHORITY

Meeting:        Finance and Resources Committee
Date:           14 October 2010
Report of:      Clerk and Treasurer
Subject:        Medium term financial plan 2011/12 to
                2014/15

1. PURPOSE OF REPORT
1.1 To update members on the medium term financial plan.

2. RECOMMENDATION
2.1 That members note the funding gap of £12.4m over the four years.
"""


def test_a_header_value_wrapped_within_its_column(concord, tmp_path: Path):
    """The subject's second line starts at its column, with nothing to its left: it is the same value."""
    (report,) = ingest_text(concord, tmp_path, WRAPPED_IN_ITS_COLUMN)["reports"]
    assert report["title"] == "Medium term financial plan 2011/12 to 2014/15"
    assert (report["to"], report["from"], report["date"]) == (
        "Finance and Resources Committee", "Clerk and Treasurer", "2010-10-14")
    assert report["recommendations"] == ["That members note the funding gap of £12.4m over the four years."]
