"""A decision's subject that names no decision (the host's line, another field's label and value, a table's total),
and a paper's title that is no heading (a marking, the site's furniture, a fragment), are left empty rather than filed:
found scoring earlier rounds' code on papers of bodies it had not seen, where such lines stood in their place."""

from __future__ import annotations

import pytest

from concord.ingest.extract import _no_subject
from concord.ingest.extract.doc_titles import _no_title


@pytest.mark.parametrize("line", ["Source: https://archive.example.org/?p=9443", "Date: 2025-01-10 / PDF ( KB)",
                                  "PDF (135 KB)", "Total", "Sub-total", "www.example.gov.uk/decisions",
                                  "Reference: 2024/017"])
def test_furniture_and_other_fields_are_no_subject(line):
    assert _no_subject(line)


@pytest.mark.parametrize("line", ["Appointment of Chief Constable", "Licence", "Date of the next meeting",
                                  "Reference and title of report", "Totally Policing grant 2024/25",
                                  "Sourcing of vehicles - framework call-off", "£1,250,000"])
def test_a_decisions_own_words_are_a_subject(line):
    assert not _no_subject(line)


@pytest.mark.parametrize("line", ["Not Protectively Marked Freedom of Information Classification – Open", "OFFICIAL",
                                  "Meeting Details", "Meeting Status", "Information", "th February 2009 DATE: 9",
                                  "Security classification: Official"])
def test_a_marking_the_sites_furniture_or_a_fragment_is_no_title(line):
    assert _no_title(line)


@pytest.mark.parametrize("line", ["Information Governance Report", "Meetings of the Panel 2019",
                                  "Official Feed and Forage Controls", "Budget Monitoring Report 2012/13",
                                  "Minutes of the Joint Audit Committee"])
def test_a_papers_heading_is_a_title(line):
    assert not _no_title(line)


def test_re_labels_the_subject(concord, tmp_path):
    """"Re:" before a record's subject, as a letter or memo prints it, is the subject's label, not part of it."""
    from tests.ingest.ingesting import ingest_text
    text = ("Northshire Police and Crime Commissioner\nRecord of Decision\n\nDecision number: 2025/014\n\n"
            "Re: Approval of the victims services grant 2025/26\n\n"
            "Decision: The Commissioner approves a grant of £120,000 to the Northshire Victims Hub.\n\n"
            "Signature: Ann Other, Police and Crime Commissioner\nDate: 3 March 2025\n")
    [d] = ingest_text(concord, tmp_path, text)["decision_notices"]
    assert d["subject"] == "Approval of the victims services grant 2025/26"
