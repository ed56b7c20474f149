"""A paper's kind from the signals of its genre, across templates (fifth round of issue 13): agendas known by their
standing items and dated headings, meeting headings that name an occasion or run long with their date, decision
records and reports whose heading and labels agree when no record can be filed. Bodies, people and places invented;
each layout failed before its fix."""

from pathlib import Path

import pytest

from tests.ingest.ingesting import ingest_text

_ingest = ingest_text


# an archive page: a one-line summary sentence, then the agenda with no "Agenda" heading at all
NO_HEADING = """Agenda for the 12 May 2011 meeting of the Estates Panel and contains details of the reports for this meeting.

This is archived material.

Estates Panel
12 May 2011
4 Harbour Row, Eastport, EP1 2QQ.

Part 1

Items to be considered while the press and public are present

  1. Apologies for absence
  2. To receive any declarations of interests from members of the Panel.
    Members must declare any personal interests they have in any item on the agenda.
  3. Minutes of the meeting held on 10 March 2011
  4. Estates strategy update - oral report
"""


def test_an_agenda_without_a_heading_is_known_by_its_standing_items(concord, tmp_path: Path):
    out = _ingest(concord, tmp_path, NO_HEADING)
    [doc] = out["documents"]
    assert doc["kind"] == "agenda"
    [m] = out["meetings"]
    assert (m["forum"], m["date"]) == ("Estates Panel", "2011-05-12")
    assert m["venue"] == "4 Harbour Row, Eastport, EP1 2QQ"  # not the summary sentence's words after its date
    assert [(i["number"], i["title"]) for i in m["items"]] == [
        ("1", "Apologies for absence"),
        ("2", "To receive any declarations of interests from members of the Panel"),
        ("3", "Minutes of the meeting held on 10 March 2011"),
        ("4", "Estates strategy update"),
    ]


# the summary sentence names the agenda first; the page's own "Agenda" heading stands below it
SUMMARY_FIRST = """Agenda for the 3 June 2010 meeting of the Westmoor Committee.

Archived material: see the successor body's web site.

Agenda

Westmoor Full Authority
3 June 2010
10.00am
Council Chamber, Old Hall, Westmoor WM4 1AA

  1. Apologies for absence
  2. Minutes of the meeting held on 1 April 2010
  3. Chief Constable's report
"""


def test_a_summary_sentence_is_no_agenda_heading(concord, tmp_path: Path):
    [m] = _ingest(concord, tmp_path, SUMMARY_FIRST)["meetings"]
    assert (m["forum"], m["date"], m["time"]) == ("Westmoor Full Authority", "2010-06-03", "10:00")
    assert [i["number"] for i in m["items"]] == ["1", "2", "3"]


# a committee site's heading: the occasion before the forum, and the date after it, on one long line
OCCASION = """Agenda

AGM, followed by Confirmation Hearing, Northmoor Police and Crime Panel - Thursday, 20 June 2024 10.30 am

Venue: Guild Hall, Northmoor

1.

ELECTION OF CHAIRMAN

2.

APOLOGIES FOR ABSENCE

3.

DECLARATIONS OF INTEREST
"""


def test_the_occasion_before_a_forum_is_no_part_of_its_name(concord, tmp_path: Path):
    out = _ingest(concord, tmp_path, OCCASION)
    assert out["documents"][0]["kind"] == "agenda"
    [m] = out["meetings"]
    assert (m["forum"], m["date"], m["time"]) == ("Northmoor Police and Crime Panel", "2024-06-20", "10:30")
    assert len(m["items"]) == 3


# an agenda whose date stands alone on a line below its forum: "3 July 2004" is no item 3 (a run 3, 4, 5 ... from it
# hid the run from 1)
DATE_LINE = """Agenda

Southmere Police Authority
3 July 2004
10.00am
1 Quay Street, Southmere SM1 1AB.

  1. Apologies for absence
  2. Election of Chair of the Authority
  3. Appointments to committees
  4. Calendar of meetings
  5. Review of Standing Orders
  6. Members' allowances
  7. Any other business
  8. Date of next meeting
"""


def test_a_date_on_a_line_of_its_own_is_no_item(concord, tmp_path: Path):
    [m] = _ingest(concord, tmp_path, DATE_LINE)["meetings"]
    assert [i["number"] for i in m["items"]] == [str(n) for n in range(1, 9)]
    assert m["items"][7]["title"] == "Date of next meeting"


# minutes of an old authority: numbered headings with the space after the number lost, an ordinal meeting,
# officers named with their post-nominals, and the bodies people represent
ORDINAL = """EASTSHIRE POLICE AUTHORITY

MINUTES of the 9th meeting of the Eastshire Police Authority, held at Police Headquarters, Mill Road, Eastport on Thursday, 5 June 1997.

PRESENT:- Mr A B Carter (Chairman), Mrs C D Evans, JP, Mr E F Grant, CBE, QFSM, Mr G H Irving and Mrs J K Lane.

ALSO PRESENT:-Superintendent L Moss, Secretary, Eastshire Branch, Police Federation; Mrs N Owen, representing UNISON.

1.Membership

The Clerk reported the membership of the Authority.

2.Election of Chairman

RESOLVED that Mr A B Carter be elected Chairman.

3.Vice-Chairman

RESOLVED that Mrs C D Evans be elected Vice-Chairman.
"""


def test_an_ordinal_meeting_postnominals_and_lost_spaces(concord, tmp_path: Path):
    [m] = _ingest(concord, tmp_path, ORDINAL)["meetings"]
    assert m["forum"] == "Eastshire Police Authority"
    assert m["members"] == ["A B Carter", "C D Evans", "E F Grant", "G H Irving", "J K Lane"]
    assert m["in_attendance"] == ["L Moss", "N Owen"]  # "Eastshire Branch" is no one
    assert [(i["number"], i["title"]) for i in m["items"]] == [
        ("1", "Membership"), ("2", "Election of Chairman"), ("3", "Vice-Chairman")]


# a record of decision whose reference the form does not print: no record can be filed, but it is a decision
RECORD_NO_REF = """RECORD OF DECISION

Title: Replacement of the custody suite roof

Executive summary: The roof of the Westgate custody suite leaks and must be replaced this year.

Decision: I approve the replacement of the roof at a cost of up to £250,000.

Signature: P. Northcott
Date: 14 March 2019
"""

# a decision form with no heading at all: its Decision label, signature and date say what it is
FORM_NO_HEADING = """Office of the Police and Crime Commissioner for Southmere

Subject: Grant to the Southmere Victims' Hub

Decision: To award a grant of £40,000 to the Southmere Victims' Hub for 2019/20.

Signed: A. Commissioner
Date: 2 April 2019
"""

# a report whose header the extractor cannot read, with its Purpose, Recommendation and contact
REPORT_NO_HEADER = """Southmere Police and Crime Panel

Fleet replacement programme

Purpose
To inform the Panel of progress with the fleet replacement programme.

Recommendation
That the Panel notes the report.

Contact officer: J. Smith, Head of Fleet
"""


# a decision page whose heading and number the store cut: it names itself, under its Executive Summary label
SELF_NAMED = """Author and Job Role: A Person - Treasurer
Protective Marking: OFFICIAL
Executive Summary:
The half-year monitoring report shows the group £0.8m under budget. Virements over £0.5m must be approved by the
Commissioner and are included within this decision notice.
Background
The total budget for the year is £120.0m.
"""


# a record of decision whose number and heading were lost: its summary, then the approval, signed
SIGNED_APPROVAL = """Executive Summary

The Commissioner is asked to fund community projects from the reserve.

Approval Of

Southmere Police and Crime Commissioner

I hereby approve the above proposal

Signed: A. Commissioner
"""


@pytest.mark.parametrize("text, kind", [(RECORD_NO_REF, "decision_notice"), (FORM_NO_HEADING, "decision_notice"),
                                        (REPORT_NO_HEADER, "report"), (SELF_NAMED, "decision_notice"),
                                        (SIGNED_APPROVAL, "decision_notice")])
def test_the_kind_from_corroborated_signals_without_a_record(concord, tmp_path: Path, text, kind):
    out = _ingest(concord, tmp_path, text)
    [doc] = out["documents"]
    assert doc["kind"] == kind
    assert "no record made" in doc["reason"]
    assert not any(out[k] for k in ("decision_notices", "reports", "meetings", "agreements"))


# a heading of a genre with none of its labels stays "other": a page that only mentions a decision notice
UNCORROBORATED = """News

Decision notice published

The Commissioner has published a decision notice about the new custody suite. Read it on our decisions page.
"""


def test_a_cue_without_the_genres_signals_stays_other(concord, tmp_path: Path):
    out = _ingest(concord, tmp_path, UNCORROBORATED)
    assert out["documents"][0]["kind"] == "other"


# a summons: the heading councils and authorities send members, with the meeting's name, date and business
SUMMONS = """SUMMONS

Northmoor Police Authority

You are summoned to attend a meeting of the Authority on Friday, 6 November 2009 at 10.00 am.

Venue: Council House, Northmoor NM1 1AA

1. Chief Constable's report
2. Revenue budget 2010/11
3. Estates strategy
"""


def test_a_summons_is_an_agenda(concord, tmp_path: Path):
    out = _ingest(concord, tmp_path, SUMMONS)
    assert out["documents"][0]["kind"] == "agenda"
    [m] = out["meetings"]
    assert (m["forum"], m["date"]) == ("Northmoor Police Authority", "2009-11-06")
    assert [i["number"] for i in m["items"]] == ["1", "2", "3"]
