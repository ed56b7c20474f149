"""Decision notices, decision listings, police-authority reports and agreement listings across bodies (issue 13):
each rule shown on a paper in a layout of its own, through the real `concord ingest --json` command. Facts and
bodies are invented; the layouts are those the issue names for these genres."""

from tests.ingest.test_genres_general import _ingest


KEY_DECISION = """Office of the Westshire Police and Crime Commissioner

KEY DECISION
Title and Reference – OPCC/K/017
Subject: Replacement of the control room telephony
Report of: Chief Finance Officer
Date: 22/09/2022
Summary:
The present telephony contract ends in March 2023 and the system can no longer be supported.
Recommendation:
To approve the award of a five year contract.
Westshire Police and Crime Commissioner
I hereby approve the recommendations above.
"""


def test_record_header_under_its_reference_is_no_report(concord, tmp_path):
    # "Subject / Report of / Date" just under the record's "Title and Reference" label head the record itself
    out = _ingest(concord, tmp_path, "key.txt", KEY_DECISION)
    assert out["reports"] == []
    assert out["documents"][0]["kind"] == "decision_notice"
    [d] = out["decision_notices"]
    assert (d["reference"], d["date"]) == ("OPCC/K/017", "2022-09-22")
    # the author's label ends the subject
    assert d["subject"] == "Replacement of the control room telephony"


def test_approver_named_above_the_approving_sentence_is_the_maker(concord, tmp_path):
    out = _ingest(concord, tmp_path, "key.txt", KEY_DECISION)
    [d] = out["decision_notices"]
    assert d["decision_maker"] == "Westshire Police and Crime Commissioner"


def test_approving_sentence_under_a_sentence_names_no_maker(concord, tmp_path):
    # precision: the line above "I approve" must name an office or a person, not be a recommendation
    text = KEY_DECISION.replace("Westshire Police and Crime Commissioner\nI hereby",
                                "To approve the award of the contract.\nI hereby")
    [d] = _ingest(concord, tmp_path, "key.txt", text)["decision_notices"]
    assert d["decision_maker"] is None


def test_listing_entry_date_after_the_reference_is_no_part_of_the_subject(concord, tmp_path):
    out = _ingest(concord, tmp_path, "decisions.txt", (
        "Decisions of the Commissioner\n\n"
        "Estates strategy refresh - OPCC/D/041 3/2/17\nTo adopt the refreshed estates strategy.\n\n"
        "Chief Constable's contract - OPCC/D/040 27/1/17\nTo extend the contract by two years.\n\n"
        "Community safety grants - OPCC/D/039 9/1/17\nTo award grants to seven community safety partnerships.\n"))
    got = [(d["reference"], d["date"], d["subject"]) for d in out["decision_notices"]]
    assert got == [("OPCC/D/041", "2017-02-03", "Estates strategy refresh"),
                   ("OPCC/D/040", "2017-01-27", "Chief Constable's contract"),
                   ("OPCC/D/039", "2017-01-09", "Community safety grants")]


def test_decision_heading_with_office_before_and_year_after_a_space(concord, tmp_path):
    out = _ingest(concord, tmp_path, "notice.txt", (
        "POLICE AND CRIME COMMISSIONER FOR WESTSHIRE\nPCC Decision 14 2018\n\n"
        "Subject\nCouncil tax precept 2018/19\n\nExecutive Summary\nThe Panel has considered the proposed precept.\n\n"
        "Decision\nI approve a Band D precept of £201.24 for 2018/19.\n\nSignature\nMark Dunn\n\nDate\n5 February 2018\n"))
    assert out["documents"][0]["kind"] == "decision_notice"
    [d] = out["decision_notices"]
    # the number as printed, spaces removed (LABELLING.md)
    assert (d["reference"], d["date"], d["decision_maker"]) == ("142018", "2018-02-05", "Mark Dunn")
    assert d["subject"] == "Council tax precept 2018/19"
    assert d["decision"].startswith("I approve a Band D precept")


def test_report_header_table_flattened_onto_one_line(concord, tmp_path):
    out = _ingest(concord, tmp_path, "report.txt", (
        "AGENDA ITEM 6 MEETING POLICE AUTHORITY RESOURCES COMMITTEE DATE 14th September 2010 TITLE OF REPORT "
        "Estates strategy: disposal of surplus buildings REPORT OF Director of Resources\n\n"
        "1. PURPOSE\n1.1 To seek approval to dispose of three police buildings.\n\n"
        "2. RECOMMENDATIONS\n2.1 That the Committee approves the disposal of the buildings in Appendix 1.\n"
        "2.2 That the proceeds be added to the capital reserve.\n\nCONTACT OFFICER: Anne Booth, Estates Manager\n"))
    [r] = out["reports"]
    assert out["documents"][0]["kind"] == "report"
    assert r["title"] == "Estates strategy: disposal of surplus buildings"
    assert r["to"].lower() == "police authority resources committee"
    assert (r["from"], r["date"], r["contact_officer"]) == ("Director of Resources", "2010-09-14", "Anne Booth")
    assert len(r["recommendations"]) == 2


def test_capitalised_words_in_prose_are_no_flattened_header(concord, tmp_path):
    # one or two capitalised label words in a sentence do not break a line
    out = _ingest(concord, tmp_path, "note.txt", (
        "The DATE of the next meeting and the TITLE of the paper will be confirmed by the clerk in due course, "
        "and members will be told by email.\n"))
    assert out["reports"] == [] and out["documents"][0]["kind"] == "other"


def test_agreement_listing_as_a_table_set_out_with_spaces(concord, tmp_path):
    out = _ingest(concord, tmp_path, "agreements.txt", (
        "Section 22A collaboration agreements\n\n"
        "Agreement                          Parties                                      Date made        Purpose\n"
        "Regional Organised Crime Unit      Bedfordshire, Hertfordshire, Kent            2 May 2014       Serious crime\n"
        "Joint Professional Standards       Bedfordshire, Hertfordshire                  17 June 2015     One department\n"
        "Armed Policing Alliance            Bedfordshire, Cambridgeshire, Hertfordshire  1 April 2013     Armed response\n"
        "\nThe agreements are reviewed every three years by the parties to each of them.\n"))
    got = [(a["title"], a["parties"], a["start_date"]) for a in out["agreements"]]
    assert got == [("Regional Organised Crime Unit", ["bedfordshire", "hertfordshire", "kent"], "2014-05-02"),
                   ("Joint Professional Standards", ["bedfordshire", "hertfordshire"], "2015-06-17"),
                   ("Armed Policing Alliance", ["bedfordshire", "cambridgeshire", "hertfordshire"], "2013-04-01")]


def test_decision_listing_as_a_table_set_out_with_spaces(concord, tmp_path):
    out = _ingest(concord, tmp_path, "decisions.txt", (
        "Decisions taken by the Police and Crime Commissioner 2014\n\n"
        "Reference     Date          Title                                      Decision maker\n"
        "PCC 031/14    12/05/2014    Purchase of two dog vans                   Police and Crime Commissioner\n"
        "PCC 032/14    19/05/2014    Victim services commissioning framework    Police and Crime Commissioner\n"
        "              (a wrapped note under the row, no row of its own)\n"
        "PCC 033/14    02/06/2014    Lease of Harbour Street office             Chief Executive\n"))
    got = [(d["reference"], d["date"], d["subject"], d["decision_maker"]) for d in out["decision_notices"]]
    assert got == [("PCC031/14", "2014-05-12", "Purchase of two dog vans", "Police and Crime Commissioner"),
                   ("PCC032/14", "2014-05-19", "Victim services commissioning framework",
                    "Police and Crime Commissioner"),
                   ("PCC033/14", "2014-06-02", "Lease of Harbour Street office", "Chief Executive")]


def test_signatory_over_office_line_and_contact_under_a_name_sublabel(concord, tmp_path):
    out = _ingest(concord, tmp_path, "form.txt", (
        "POLICE, FIRE AND CRIME COMMISSIONER FOR NORTHSHIRE\nDECISION RECORD FORM\n\n"
        "Decision Reference: PFCC/045/19\nSubject: Fleet telematics\nDate: 3 July 2019\n\n"
        "1. Executive Summary\nTelematics units will be fitted to 300 vehicles.\n\n"
        "2. Decision\nThe PFCC approves expenditure of £96,000 for telematics units.\n\n"
        "3. Contact Officer\nName: Karen Wells\nJob title: Head of Fleet\n\n"
        "Signed: Roger Hirst\nPolice, Fire and Crime Commissioner\nDate: 5 July 2019\n"))
    [d] = out["decision_notices"]
    # the signature's own line names the signatory; the date beside the signature is the decision's
    assert (d["decision_maker"], d["contact_officer"], d["date"]) == ("Roger Hirst", "Karen Wells", "2019-07-05")


def test_signature_with_an_initial_glued_to_the_surname(concord, tmp_path):
    out = _ingest(concord, tmp_path, "notice.txt", (
        "Decision Reference Number: NPCC-0212\nLead Officer: Tom Hale\nDate: 02/02/2024\n"
        "Decision summary:\nThe Commissioner approves the community grants listed in Appendix A.\n"
        "I confirm that none of my interests preclude me from making this decision.\n"
        "Signature: K.Marsh\nDate: 05/02/2024\n"))
    [d] = out["decision_notices"]
    assert (d["decision_maker"], d["date"]) == ("K. Marsh", "2024-02-05")


def test_page_headed_decision_number_dash_title_with_the_deciding_sentence(concord, tmp_path):
    out = _ingest(concord, tmp_path, "page.txt", (
        "Decision 021/2019 – Replacement of body worn video cameras\n\n"
        "The force's body worn video cameras reach the end of their supported life in 2020.\n\n"
        "The Police and Crime Commissioner approved capital funding of £610,000 for 1,200 replacement cameras.\n\n"
        "Supporting documents are available on request.\n"))
    [d] = out["decision_notices"]
    assert (d["reference"], d["subject"]) == ("021/2019", "Replacement of body worn video cameras")
    assert d["decision"].startswith("The Police and Crime Commissioner approved capital funding")


def test_labelled_record_without_a_decision_label_takes_the_sentence_that_decides(concord, tmp_path):
    out = _ingest(concord, tmp_path, "record.txt", (
        "DECISION RECORD\nReference: DR 33/2015\nSubject: Independent custody visiting scheme\n\n"
        "Date: 14 August 2015\n\n"
        "The Commissioner has agreed to extend the scheme to the new custody suite at Westbridge.\n\n"
        "Background\nThe scheme is to be reviewed every two years. The Commissioner approved the last review in 2013.\n"))
    [d] = out["decision_notices"]
    # the sentence under Background describes; the one standing alone decides
    assert d["decision"] == "The Commissioner has agreed to extend the scheme to the new custody suite at Westbridge."
    assert (d["reference"], d["date"]) == ("DR33/2015", "2015-08-14")


def test_a_sentence_that_asks_for_a_decision_is_none(concord, tmp_path):
    out = _ingest(concord, tmp_path, "record.txt", (
        "DECISION RECORD\nReference: DR 34/2015\nSubject: Custody visiting allowances\n\n"
        "The Commissioner is asked to approve an increase in the mileage rate paid to custody visitors.\n\n"
        "Date: 14 August 2015\n"))
    [d] = out["decision_notices"]
    assert not d["decision"]


def test_office_printed_as_the_signature_is_the_maker(concord, tmp_path):
    out = _ingest(concord, tmp_path, "notice.txt", (
        "DECISION NOTICE NO: 31/2014\n\n| Title | Estates disposals |\n"
        "| Decision | To sell the former police house at Mill Lane |\n| Date | 07/07/2014 |\n"
        "| Signed | Police and Crime Commissioner |\n"))
    [d] = out["decision_notices"]
    assert (d["reference"], d["decision_maker"], d["date"]) == ("31/2014", "Police and Crime Commissioner", "2014-07-07")


def test_explain_splits_the_text_the_extractors_read(concord, tmp_path):
    # --explain shows the flattened header's labels found, as the extraction reads them
    p = tmp_path / "flat.txt"
    p.write_text("AGENDA ITEM 6 MEETING POLICE AUTHORITY RESOURCES COMMITTEE DATE 14th September 2010 TITLE OF REPORT "
                 "Estates strategy REPORT OF Director of Resources\n\n1. PURPOSE\nTo seek approval.\n\n"
                 "2. RECOMMENDATIONS\n2.1 That the Committee approves the disposal.\n", encoding="utf-8")
    ran = concord("ingest", str(p), "--explain")
    assert ran.code == 0, ran.err
    assert "kind report" in ran.out
    assert "subject (TITLE OF REPORT)" in ran.out and "from (REPORT OF)" in ran.out


def test_paper_for_a_commissioner_titled_with_contact_and_recommendations(concord, tmp_path):
    out = _ingest(concord, tmp_path, "paper.txt", (
        "EASTSHIRE POLICE AND CRIME COMMISSIONER\n\n"
        "Title: Estates strategy 2020 to 2025\n\nContact name: Priya Shah, Head of Estates\n\n"
        "1. Recommendations It is recommended that:\n\n"
        "1.1. The Commissioner approves the estates strategy.\n\n"
        "1.2. The Commissioner notes the disposal programme in Appendix B.\n\n"
        "2. Background\n\n2.1. The last strategy ran from 2015.\n"))
    [r] = out["reports"]
    assert out["documents"][0]["kind"] == "report"
    assert (r["title"], r["contact_officer"], r["to"], r["from"]) == (
        "Estates strategy 2020 to 2025", "Priya Shah", None, None)
    # the lead-in on the heading's line is no recommendation
    assert r["recommendations"] == ["The Commissioner approves the estates strategy.",
                                    "The Commissioner notes the disposal programme in Appendix B."]


def test_a_title_and_a_contact_without_recommendations_are_no_report(concord, tmp_path):
    out = _ingest(concord, tmp_path, "page.txt", (
        "Title: Neighbourhood policing newsletter\n\nContact name: Priya Shah\n\n"
        "The newsletter is sent to every household each spring.\n"))
    assert out["reports"] == []


def test_record_of_decision_table_cells_end_their_values(concord, tmp_path):
    out = _ingest(concord, tmp_path, "record.txt", (
        "Record of Decision\n|\nORIGINATOR: |\nChief Finance Officer |\nREFERENCE: |\nOPCC.D.012.24 |\n|\n"
        "TITLE: Mobile data terminals |\n|\nOPEN ☒ CONFIDENTIAL ☐\n|\n"
        "EXECUTIVE SUMMARY The terminals in response vehicles are out of support. |\n|\n"
        "DECISION\n|\n|\nChief Finance Officer:\nComments: The costs are within the capital programme.\n"
        "Signature: Date:\n|\n"))
    [d] = out["decision_notices"]
    assert (d["reference"], d["subject"]) == ("OPCC.D.012.24", "Mobile data terminals")
    # the Decision cell is empty: an officer's comment box below it is no decision
    assert not d["decision"]


def test_flattened_header_inside_a_page_run_onto_one_line(concord, tmp_path):
    # the whole page on one line: the header's labels follow each other closely, the prose after them does not
    prose = "The force has reviewed the buildings it uses and found three no longer needed. " * 25
    out = _ingest(concord, tmp_path, "page.txt", (
        "Westshire Police Authority ITEM 4 MEETING RESOURCES COMMITTEE DATE 3 March 2011 TITLE Disposal of "
        "surplus buildings SUBMITTED BY Treasurer " + prose + "\n"))
    [r] = out["reports"]
    assert (r["title"], r["from"], r["date"]) == ("Disposal of surplus buildings", "Treasurer", "2011-03-03")
