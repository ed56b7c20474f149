"""Collaboration agreement listings in more layouts (issue 13): a table printed one cell a line, a table with a lead
force column, agreements entered into in a sentence. Bodies, units and dates invented."""

from pathlib import Path

from tests.ingest.ingesting import ingest_text

CELLS = """Collaboration Agreements

Section 22A of the Police Act 1996 requires the Commissioner to publish the collaboration agreements made.

Agreement
Parties
Date made
Review date
Lead force
Regional Organised Crime Unit
PCCs and Chief Constables of Gwent, South Wales and Dyfed-Powys
1 April 2014
31 March 2019
South Wales Police
Joint Legal Services
PCCs for Gwent and South Wales
12 June 2012
June 2017
Gwent Police
"""

BARS = """Collaboration agreements

| Title | Parties | Lead force | Date signed | Review date |
| Regional Organised Crime Unit | Leicestershire, Derbyshire, Nottinghamshire and Lincolnshire | Northamptonshire | 1 April 2013 | April 2018 |
| Joint Major Crime Unit | Derbyshire and Nottinghamshire | Nottinghamshire | 3 March 2015 | March 2020 |
"""

ENTERED = """Collaboration agreements

The Commissioner publishes details of collaboration agreements under section 23E of the Police Act 1996.

The PCCs and Chief Constables of Norfolk and Suffolk entered into an agreement on 1 April 2014 to provide a joint
protective services command.

The Commissioner and the Chief Constable of Kent entered into a collaboration agreement with Essex on 3 June 2013 for a
joint serious crime directorate.
"""


def _agreements(out: dict) -> list[tuple]:
    return [(a["title"], a["parties"], a["lead"], a["start_date"], a["review_date"]) for a in out["agreements"]]


def test_a_table_one_cell_a_line_gives_a_record_a_row(concord, tmp_path: Path):
    out = ingest_text(concord, tmp_path, CELLS)
    assert _agreements(out) == [
        ("Regional Organised Crime Unit", ["dyfed-powys", "gwent", "south-wales"], "south-wales", "2014-04-01",
         "2019-03-31"),
        ("Joint Legal Services", ["gwent", "south-wales"], "gwent", "2012-06-12", "2017-06")]


def test_a_lead_force_column_names_the_lead_who_is_a_party(concord, tmp_path: Path):
    out = ingest_text(concord, tmp_path, BARS)
    assert _agreements(out) == [
        ("Regional Organised Crime Unit",
         ["derbyshire", "leicestershire", "lincolnshire", "northamptonshire", "nottinghamshire"], "northamptonshire",
         "2013-04-01", "2018-04"),
        ("Joint Major Crime Unit", ["derbyshire", "nottinghamshire"], "nottinghamshire", "2015-03-03", "2020-03")]


def test_an_agreement_entered_into_in_a_sentence_is_named_by_what_it_is_for(concord, tmp_path: Path):
    out = ingest_text(concord, tmp_path, ENTERED)
    assert _agreements(out) == [
        ("joint protective services command", ["norfolk", "suffolk"], None, "2014-04-01", None),
        ("joint serious crime directorate", ["essex", "kent"], None, "2013-06-03", None)]
