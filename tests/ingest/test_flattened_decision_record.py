"""A decision record a web page ran onto one line, read through the real `concord ingest --json` in a fresh process:
its heading in capitals, its reference under a label with no colon ("Decision Record Number 45"), and the section
after its decision ("Details of advice taken:") each start a line again, so the record has its reference, subject and
decision, and the decision stops where the advice begins. The paper is invented; its shape is that of a record whose
line breaks a web page lost."""

from __future__ import annotations

from tests.ingest.ingesting import ingest_text

RUN_ON = ("Decision Record 45 Replacement of the custody CCTV system DECISION RECORD Decision Record Number 45 This "
          "document records a decision taken by the Police and Crime Commissioner, together with details of the advice "
          "received before it was taken. Decision taken: The Police and Crime Commissioner has decided to replace the "
          "CCTV system in the three custody suites at a cost of £310,000, to be met from the capital programme. "
          "Details of advice taken: Financial and legal advice was sought to make sure the decision represents value "
          "for money.\n")


def test_a_run_on_record_gives_its_reference_subject_and_decision(concord, tmp_path):
    out = ingest_text(concord, tmp_path, "Source: https://pcc.example.org.uk/decisions/45\n\n" + RUN_ON)
    [rec] = out["decision_notices"]
    assert (rec["reference"], rec["subject"]) == ("45", "Replacement of the custody CCTV system")
    assert rec["decision"] == ("The Police and Crime Commissioner has decided to replace the CCTV system in the three "
                               "custody suites at a cost of £310,000, to be met from the capital programme.")
    assert out["documents"][0]["kind"] == "decision_notice"


def test_the_same_record_on_its_own_lines_reads_the_same(concord, tmp_path):
    lined = RUN_ON.replace(" DECISION RECORD ", "\nDECISION RECORD\n").replace(" This document", "\nThis document") \
        .replace(" Decision taken: ", "\nDecision taken:\n").replace(" Details of advice", "\nDetails of advice")
    out = ingest_text(concord, tmp_path, lined)
    [rec] = out["decision_notices"]
    assert (rec["reference"], rec["subject"]) == ("45", "Replacement of the custody CCTV system")
    assert rec["decision"].endswith("to be met from the capital programme.")


BAR_LOG = ("Source: https://pcc.example.org.uk/decisions/decision-log-2013\n\n"
           "Reference number | Originator of decision | Title | Decision agreed | View further details | "
           "2013/041 | Ann Able | Custody suite refurbishment To approve capital spending of £1.2m on the three suites | "
           "Yes | View Decision | 2013/040 | Bob Baker | Purchase of "
           "body worn video cameras | Yes | View Decision | 2013/039 | Cal Cole | Victims' services contract extension "
           "| Yes | View Decision | 2013/038 | Dee Dean | Sale of the former Ashby police station | Yes | View Decision |"
           "\n")


def test_a_bar_table_run_onto_one_line_gives_a_record_a_row(concord, tmp_path):
    out = ingest_text(concord, tmp_path, BAR_LOG)
    assert [(d["reference"], d["subject"]) for d in out["decision_notices"]] == [
        ("2013/041", "Custody suite refurbishment"), ("2013/040", "Purchase of body worn video cameras"),
        ("2013/039", "Victims' services contract extension"), ("2013/038", "Sale of the former Ashby police station")]
    # a title cell that ran into the summary under it (its line break lost): the title, then what was decided
    assert out["decision_notices"][0]["decision"] == "To approve capital spending of £1.2m on the three suites"
