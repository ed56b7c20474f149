"""Agreement listings as transparency pages print them: bullets that link each agreement's file, with the forces and a
year after a dash ("Regional Procurement collaboration agreement (PDF, 200KB) – Cheshire, Merseyside, North Wales,
2015"), and a table set out in spaces whose Forces cell wraps onto a second line. The link's file, the year and the
forces are no part of the title; a force's name that holds a nation's ("North Wales") is that force, not the nation's
forces; a wrapped cell goes on its row, as printed and drawn as a PDF (whose reader sets cells apart by tabs). Bodies and agreements invented; read through the real `concord ingest`."""

import json

from devtools.ingest.pdf_drawing import draw_text
from tests.ingest.ingesting import ingest_text

BULLETS = """Collaboration Agreements

- National Police Air Service (NPAS) collaboration agreement (PDF, 450KB) – all forces in England and Wales, 2012
- Regional Procurement collaboration agreement (PDF, 200KB) – Cheshire, Merseyside, North Wales, 2015
- Joint Firearms Training Unit agreement [PDF 150 KB] – Cheshire and North Wales, 2018
"""

WRAPPED = """Section 22A Collaboration Agreements

Agreement                                   Forces                                        Signed
Regional Organised Crime Unit               Avon and Somerset, Devon and Cornwall,         2019
                                            Dorset, Gloucestershire, Wiltshire
Firearms Licensing                          Devon and Cornwall, Dorset                    March 2017
Tri-force Specialist Operations             Avon and Somerset, Gloucestershire, Wiltshire  January 2013
"""


def _agreements(concord, tmp_path, text):
    return [(a["title"], a["parties"], a["start_date"]) for a in ingest_text(concord, tmp_path, text)["agreements"]]


def test_bullets_linking_each_agreements_file(concord, tmp_path):
    assert _agreements(concord, tmp_path, BULLETS) == [
        ("National Police Air Service (NPAS) collaboration agreement", [], None),
        ("Regional Procurement collaboration agreement", ["cheshire", "merseyside", "north-wales"], None),
        ("Joint Firearms Training Unit agreement", ["cheshire", "north-wales"], None)]


def test_a_wrapped_cell_goes_on_its_row(concord, tmp_path):
    assert _agreements(concord, tmp_path, WRAPPED) == [
        ("Regional Organised Crime Unit",
         ["avon-and-somerset", "devon-and-cornwall", "dorset", "gloucestershire", "wiltshire"], None),
        ("Firearms Licensing", ["devon-and-cornwall", "dorset"], "2017-03"),
        ("Tri-force Specialist Operations", ["avon-and-somerset", "gloucestershire", "wiltshire"], "2013-01")]


def test_a_wrapped_cell_goes_on_its_row_in_a_pdf(concord, tmp_path):
    pdf = draw_text(WRAPPED, tmp_path / "agreements.pdf")
    ran = concord("ingest", str(pdf), "--json")
    assert ran.code == 0, ran.err
    got = [(a["title"], a["parties"]) for a in json.loads(ran.out)["agreements"]]
    assert got[0] == ("Regional Organised Crime Unit",
                      ["avon-and-somerset", "devon-and-cornwall", "dorset", "gloucestershire", "wiltshire"])
    assert len(got) == 3


TABLE = """Collaboration agreements

| Title of agreement | Parties | Date | Purpose |
|---|---|---|---|
| Joint Dog Section | Norfolk Constabulary, Suffolk Constabulary | 1 April 2013 | A single dog section serving both counties, with joint training and kennelling |
| Joint Protective Services | Norfolk Constabulary, Suffolk Constabulary | 23 June 2014 | Protective services (major crime, firearms and roads policing) delivered jointly |
| Eastern Region Special Operations Unit | Bedfordshire, Cambridgeshire, Essex, Hertfordshire, Kent, Norfolk, Suffolk | 1 October 2015 | Regional capability against serious and organised crime |
"""


def test_a_pdf_tables_cells_wrapped_within_their_columns(concord, tmp_path):
    """As a word processor prints the table: each row's cells wrapped within their columns over several lines, which
    the PDF's reader gives back each in its column (the first column's left empty) and the listing puts back on
    their row."""
    pdf = draw_text(TABLE, tmp_path / "agreements.pdf")
    ran = concord("ingest", str(pdf), "--json")
    assert ran.code == 0, ran.err
    got = [(a["title"], a["parties"], a["start_date"]) for a in json.loads(ran.out)["agreements"]]
    assert got == [("Joint Dog Section", ["norfolk", "suffolk"], "2013-04-01"),
                   ("Joint Protective Services", ["norfolk", "suffolk"], "2014-06-23"),
                   ("Eastern Region Special Operations Unit",
                    ["bedfordshire", "cambridgeshire", "essex", "hertfordshire", "kent", "norfolk", "suffolk"],
                    "2015-10-01")]
