"""A panel's report to its commissioner as a council's web site prints it:
- under the site's cookie notice ("Our use of cookies" / "We use strictly necessary cookies ..." / "Accept cookies
  Reject analytical cookies Manage cookies"), which stands over the report's heading; the notice is the site's, and the
  report is read as if the page began at its heading (before, the heading was no longer at the page's top, and the
  paper was filed as a decision notice with no record);
- with "Report of the … Panel (‘The Panel’)" / "to the" / "… Commissioner (’The PFCC’)" over three lines, the short
  names in quotes; whose report and to whom are read from the three, without the short names (before, the paper was
  filed as `other`).
Body and facts invented; read through the real `concord ingest` in a fresh process."""

from tests.ingest.ingesting import ingest_text

COOKIES = """Our use of cookies

We use strictly necessary cookies to make our site work. These cookies enable core functionality such as security, network management, and accessibility. For more information on how these cookies work please see our privacy policy.

To agree to our use of analytical cookies, click the 'Accept cookies' button. No, give me more information.
Accept cookies Reject analytical cookies Manage cookies

"""

REPORT = """Northshire Police and Crime Commissioner's Draft Budget and Precept 2026-27

Report of the Northshire Police and Crime Panel (The Panel) to the Police and Crime Commissioner for Northshire (The PCC)

With regard to:

The Police and Crime Commissioner for Northshire's Draft Budget and Precept 2026/27

As required under the Police Reform and Social Responsibility Act 2011 this is the formal report by the Panel on its consideration of your proposed budget and precept for 2026/27.

The Panel met on Monday 2 February 2026. You attended, accompanied by your Chief Executive and your Chief Finance Officer.
"""

THREE_LINES = """Response to the Draft Budget and Precept 2026/27
Report of the Northshire Police and Crime Panel (‘The Panel’)
to the
Police and Crime Commissioner for Northshire (’The PCC’)
With regard to:
The Police and Crime Commissioner for Northshire's Draft Budget and Precept 2026/27
Under the Police Reform and Social Responsibility Act 2011 the Panel is required to report formally to you on its consideration of your proposed budget and precept.
The Panel met on Monday 2 February 2026. You attended, accompanied by your Chief Executive and your Chief Finance Officer.
"""


def _report(concord, tmp_path, text: str) -> tuple[str, dict]:  # noqa: ANN001
    out = ingest_text(concord, tmp_path, text)
    report, = out["reports"]
    return out["documents"][0]["kind"], {k: report[k] for k in ("title", "from", "to")}


def test_a_report_under_a_cookie_notice(concord, tmp_path):  # noqa: ANN001
    assert _report(concord, tmp_path, COOKIES + REPORT) == ("report", {
        "title": "Northshire Police and Crime Commissioner's Draft Budget and Precept 2026-27",
        "from": "Northshire Police and Crime Panel", "to": "Police and Crime Commissioner for Northshire"})


def test_whose_report_and_to_whom_over_three_lines(concord, tmp_path):  # noqa: ANN001
    assert _report(concord, tmp_path, THREE_LINES) == ("report", {
        "title": "Response to the Draft Budget and Precept 2026/27",
        "from": "Northshire Police and Crime Panel", "to": "Police and Crime Commissioner for Northshire"})
