"""A report a host printed as one line: the site's text, then the report's title, its header ("Report: 7 Date: ...
By: ..."), a summary, lettered sections ("A. Recommendation ... B. Supporting information") and its recommendations
numbered on one line. The header's labels go back onto lines of their own, even after a title ending in a number
("... quarter 1 Report: 7"); the title is the words after the site's last sentence; the "By:" value ends where the
summary's sentence opens; the recommendations are the numbered items up to the next lettered section. Before, no report
came out of such a page. Also: a report's recommendations end at an "Executive summary" heading. Reports and bodies
invented; read through the real `concord ingest` in a fresh process."""

from tests.ingest.ingesting import ingest_text

SITE = ("You are in: Reports of the Northshire Police Authority. Warning: This is archived material and may be out of "
        "date. See the archive's home page for further information. ")
REPORT = ("{title} Report: 7 Date: 12 September 2011 By: Treasurer The report sets out the capital position at the end "
          "of the quarter, with the changes agreed since the budget was set. A. Recommendation Members are asked to "
          "1. Note the capital position at the end of the quarter, 2. Approve the slippage of £1.2m into 2012/13 "
          "3. Approve the revised programme of £48.6m B. Supporting information 1. The Authority approved the capital "
          "programme in February 2011. The programme was £52.1m. 2. Since then the estates projects have slipped. "
          "3. The vehicle replacement programme is on budget. 4. The ICT projects are on budget. C. Equality "
          "implications There are none.")


def _report(concord, tmp_path, text):  # noqa: ANN001, ANN202
    out = ingest_text(concord, tmp_path, text)
    assert len(out["reports"]) == 1, out["reports"]
    return out["reports"][0]


def test_a_flattened_report_gives_its_header_and_recommendations(concord, tmp_path):  # noqa: ANN001
    text = SITE + REPORT.format(title="Capital programme monitoring 2011/12 - second quarter")
    report = _report(concord, tmp_path, "Source: https://example.org/reports/7\n" + text)
    assert report["title"] == "Capital programme monitoring 2011/12 - second quarter"
    assert report["from"] == "Treasurer"
    assert report["date"] == "2011-09-12"
    assert report["recommendations"] == ["Note the capital position at the end of the quarter,",
                                         "Approve the slippage of £1.2m into 2012/13",
                                         "Approve the revised programme of £48.6m"]


def test_a_title_ending_in_a_number_keeps_it(concord, tmp_path):  # noqa: ANN001
    text = SITE + REPORT.format(title="Capital programme monitoring report 2011/12 - quarter 1")
    report = _report(concord, tmp_path, "Source: https://example.org/reports/7\n" + text)
    assert report["title"] == "Capital programme monitoring report 2011/12 - quarter 1"
    assert report["date"] == "2011-09-12"


PANEL_REPORT = """Westshire Police and Crime Panel
Report to: Police and Crime Panel
Date of meeting: 5 February 2025
Report by: Chief Executive, Office of the Police and Crime Commissioner
Title: Proposed police precept 2025/26

Recommendations
The Panel is asked to:
(a) review the Commissioner's proposed precept of £14.00 a year for a Band D property;
(b) make a report to the Commissioner on the proposal.

Executive summary
The Commissioner proposes to raise the precept by £14.00.

Contact officer: Mary Stone, Chief Executive
"""


def test_recommendations_end_at_an_executive_summary(concord, tmp_path):  # noqa: ANN001
    report = _report(concord, tmp_path, PANEL_REPORT)
    assert report["recommendations"] == ["review the Commissioner's proposed precept of £14.00 a year for a Band D "
                                         "property", "make a report to the Commissioner on the proposal."]
    assert report["contact_officer"] == "Mary Stone"
