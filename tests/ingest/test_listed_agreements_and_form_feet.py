"""A transparency page's agreements in three more shapes (an entry's title in sentence case over its labelled
fields; bullets under a "Section 22A Agreements" heading; links to each agreement's file, one a line) and a decision
form that prints its number at its foot, under the signature, read through the real `concord ingest --json` in a
fresh process. The forces are real (the parties are read by the forces' names); the agreements, people and numbers
are invented."""

from __future__ import annotations

from tests.ingest.ingesting import ingest_text

LABELLED = """Collaboration agreements

The Police and Crime Commissioner is party to the following agreements made under section 22A of the Police Act 1996.

Regional Organised Crime Unit
Parties: Derbyshire, Leicestershire and Nottinghamshire PCCs and Chief Constables
Date: 1 April 2016
Purpose: To provide a regional capability to tackle serious and organised crime.

Firearms training
Parties: Derbyshire and Nottinghamshire PCCs and Chief Constables
Date: 12 October 2018
Purpose: Joint firearms training facility and instructors.
"""

BULLETED = """Section 22A Agreements

Below are the collaboration agreements to which the Commissioner is a party.

- East Midlands Special Operations Unit – Derbyshire, Leicestershire, Lincolnshire, Northamptonshire and \
Nottinghamshire – signed 1 April 2016
- Regional Review Unit – Derbyshire, Leicestershire and Nottinghamshire – signed 3 May 2017
- Forensic Collision Investigation – Leicestershire and Northamptonshire – signed 12 June 2019
"""

LINKED = """Collaboration agreements

Regional Review Unit Section 22A Agreement (PDF, 245KB)
Forensic Collision Investigation Collaboration Agreement (PDF, 180KB)
Leicestershire and Northamptonshire Dogs Agreement (PDF, 120KB)
"""


def _agreements(concord, tmp_path, text: str) -> list[tuple[str, list[str], str | None]]:  # noqa: ANN001
    out = ingest_text(concord, tmp_path, text)
    return [(a["title"], a["parties"], a["start_date"]) for a in out["agreements"]]


def test_an_entrys_title_in_sentence_case_over_its_labelled_fields(concord, tmp_path):
    assert _agreements(concord, tmp_path, LABELLED) == [
        ("Regional Organised Crime Unit", ["derbyshire", "leicestershire", "nottinghamshire"], "2016-04-01"),
        ("Firearms training", ["derbyshire", "nottinghamshire"], "2018-10-12")]


def test_bullets_under_a_section_22a_heading(concord, tmp_path):
    assert _agreements(concord, tmp_path, BULLETED) == [
        ("East Midlands Special Operations Unit",
         ["derbyshire", "leicestershire", "lincolnshire", "northamptonshire", "nottinghamshire"], "2016-04-01"),
        ("Regional Review Unit", ["derbyshire", "leicestershire", "nottinghamshire"], "2017-05-03"),
        ("Forensic Collision Investigation", ["leicestershire", "northamptonshire"], "2019-06-12")]


def test_links_to_each_agreements_file(concord, tmp_path):
    got = _agreements(concord, tmp_path, LINKED)
    assert [t for t, _, _ in got] == ["Regional Review Unit Section 22A Agreement",
                                      "Forensic Collision Investigation Collaboration Agreement",
                                      "Leicestershire and Northamptonshire Dogs Agreement"]
    assert got[2][1] == ["leicestershire", "northamptonshire"]
    # a link that names no agreement is no entry
    assert len(_agreements(concord, tmp_path, LINKED + "Annual report 2019 (PDF, 2MB)\n")) == 3


FORM = """POLICE AND CRIME COMMISSIONER FOR WESTSHIRE
DECISION RECORD FORM

Request for decision
Title: Extension of the victims' advice line contract

Summary
The current contract for the victims' advice line ends on 31 March 2022. An extension of twelve months is proposed \
while the service is recommissioned.

Decision
To extend the victims' advice line contract for twelve months at a cost of £180,000.

Signature ..................................
Name: John Campion
Police and Crime Commissioner for Westshire
Date: 24 February 2022

Decision reference: WPCC 2022/031
"""


def test_a_forms_number_at_its_foot_is_its_reference(concord, tmp_path):
    # (the office's name in capitals over the form once sent a pattern of references into exponential backtracking:
    # the fixture's time limit fails this test if it ever does again)
    [notice] = ingest_text(concord, tmp_path, FORM)["decision_notices"]
    assert notice["reference"] == "WPCC2022/031"
    assert notice["subject"] == "Extension of the victims' advice line contract"
    assert notice["decision"].startswith("To extend the victims' advice line contract")
    assert notice["decision_maker"] == "John Campion"
    assert notice["date"] == "2022-02-24"


def test_a_number_heading_a_record_below_a_form_is_still_its_own(concord, tmp_path):
    second = FORM.replace("Decision reference: WPCC 2022/031\n", "Decision reference: WPCC 2022/032\n"
                          "Title: Custody healthcare contract\nDecision\nTo award the custody healthcare contract.\n"
                          "Date: 1 March 2022\n")
    got = ingest_text(concord, tmp_path, second)["decision_notices"]
    assert [n["reference"] for n in got][-1] == "WPCC2022/032"


CARDS = """Decision log

Decision 045/2021
Fleet replacement programme
Published: 3 May 2021
Read more

Decision 046/2021
Custody healthcare contract
Published: 17 May 2021
Read more

Decision 047/2021
Victims' services grants
Published: 2 June 2021
Read more
"""


def test_a_listings_last_short_card_is_a_record_not_the_foot_of_the_one_above(concord, tmp_path):
    got = ingest_text(concord, tmp_path, CARDS)["decision_notices"]
    assert [(n["reference"], n["subject"]) for n in got] == [
        ("045/2021", "Fleet replacement programme"), ("046/2021", "Custody healthcare contract"),
        ("047/2021", "Victims' services grants")]
